import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageCount, QUALITY_PAGE_SIZE, qualityPage, qualityPagePaths, type QualityItem, type QualityView } from '../../../src/lib/views/quality.ts';

const items = (n: number): QualityItem[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, agency: `机关${i}`, year: 2024, count: 1, detail: '' }));

test('groups are paged by 100; an empty group still has one (empty) page', () => {
  assert.equal(QUALITY_PAGE_SIZE, 100);
  assert.equal(pageCount(items(0)), 1);
  assert.equal(pageCount(items(100)), 1);
  assert.equal(pageCount(items(101)), 2);
  assert.deepEqual(qualityPage(items(250), 3).map((x) => x.id), Array.from({ length: 50 }, (_, i) => `r${200 + i}`));
});

test('one JSON file per page of each group that has problems', () => {
  const view: QualityView = {
    groups: [
      { key: 'failed', title: '', description: '', items: items(0) },
      { key: 'partial', title: '', description: '', items: items(150) },
    ],
    files: [],
    reportCount: 150,
    cleanCount: 0,
  };
  const paths = qualityPagePaths(view);
  assert.deepEqual(paths.map((p) => p.params), [{ group: 'partial', page: '1' }, { group: 'partial', page: '2' }]);
  assert.equal(paths[1]!.props.items.length, 50);
  assert.equal(paths[1]!.props.items[0]!.id, 'r100');
});
