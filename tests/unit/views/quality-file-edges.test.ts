/**
 * The data-quality file and order at their edges: a file of a version without a column, and the
 * order's answer for two items told apart by their ids alone, either way round.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byDiscrepancy, decodeQuality, encodeQuality, type QualityFile, type QualityItem } from '../../../src/lib/views/quality-file.ts';

const item = (id: string): QualityItem => ({ id, agency: '甲镇', agencyKey: '甲镇', year: 2024, level: 'township', division: '411625106', kind: 'prose', count: 1, diff: 2, text: '正文写 3 件' });

test('a file of a version without the share column is refused as not lining up', () => {
  const { share: _share, ...old } = encodeQuality([item('2024-a'), item('2024-b')]);
  assert.throws(() => decodeQuality(old as QualityFile), /^Error: quality\.json: columns do not line up \(2 ids\)$/);
});

test('two items alike but for their ids: the smaller id first, whichever is asked first; the same item is no different', () => {
  assert.ok(byDiscrepancy(item('2024-b'), item('2024-a')) > 0);
  assert.ok(byDiscrepancy(item('2024-a'), item('2024-b')) < 0);
  assert.equal(byDiscrepancy(item('2024-a'), item('2024-a')), 0);
});
