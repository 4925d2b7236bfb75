/**
 * How the report pages are split into Pagefind runs: only report pages, newest year first, as few
 * parts as the size limit allows, of equal size.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupOf, pageUrl, planParts } from '../../../src/lib/search/pagefind-parts.ts';

test('only report pages are indexed, grouped by the year in their id', () => {
  assert.equal(groupOf('report/2024-qian-dian-zhen/'), '2024');
  assert.equal(groupOf('/report/nd-qian-dian-zhen-2/'), 'nd');
  assert.equal(groupOf('agency/qian-dian-zhen/'), null);
  assert.equal(groupOf('search/'), null);
  assert.equal(groupOf(''), null);
});

test('one part while the pages fit, newest year first and reports without a year last', () => {
  const parts = planParts(['report/2022-b/', 'agency/a/', 'report/nd-a/', 'report/2024-b/', 'report/2024-a/', 'search/'], 10);
  assert.deepEqual(parts, [{ name: '1', pages: ['report/2024-a/', 'report/2024-b/', 'report/2022-b/', 'report/nd-a/'], years: ['2024', 'nd'] }]);
});

test('more pages than the limit: the fewest parts, of equal size, years in order', () => {
  const pages = [...['a', 'b', 'c', 'd'].map((x) => `report/2023-${x}/`), ...['a', 'b', 'c'].map((x) => `report/2024-${x}/`)];
  const parts = planParts(pages, 3);
  // 7 pages, at most 3 a part: 3 parts of 3, 3 and 1.
  assert.deepEqual(
    parts.map((p) => [p.name, p.pages, p.years]),
    [
      ['1', ['report/2024-a/', 'report/2024-b/', 'report/2024-c/'], ['2024', '2024']],
      ['2', ['report/2023-a/', 'report/2023-b/', 'report/2023-c/'], ['2023', '2023']],
      ['3', ['report/2023-d/'], ['2023', '2023']],
    ],
  );
  assert.deepEqual(planParts(pages, 4).map((p) => p.pages.length), [4, 3]);
  assert.deepEqual(planParts([], 4), []);
});

test('a page’s URL for Pagefind is relative to the site base, with a trailing slash', () => {
  assert.equal(pageUrl('report/2024-a/'), '/report/2024-a/');
  assert.equal(pageUrl('/report/2024-a'), '/report/2024-a/');
});
