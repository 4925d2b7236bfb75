/**
 * How the report pages are split into Pagefind runs (only report pages, one part a year, newest
 * first, a year over the size limit split by its reports' keys), and in which order a search takes
 * the parts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bucketKey, pageUrl, partsYearsText, planParts, searchOrder, yearFilterValue, yearOfPage, type PartEntry } from '../../../src/lib/search/pagefind-parts.ts';

test('only report pages are indexed, each with the year of its 年度 filter', () => {
  assert.equal(yearOfPage('report/2024-qian-dian-zhen/'), '2024');
  assert.equal(yearOfPage('/report/nd-qian-dian-zhen-2/'), '不详');
  assert.equal(yearOfPage('agency/qian-dian-zhen/'), null);
  assert.equal(yearOfPage('search/'), null);
  assert.equal(yearOfPage(''), null);
  assert.equal(yearFilterValue(2024), '2024');
  assert.equal(yearFilterValue(null), '不详');
});

test('one part a year, newest first and reports without a year last, each named by its year', () => {
  const parts = planParts(['report/2022-b/', 'agency/a/', 'report/nd-a/', 'report/2024-b/', 'report/2024-a/', 'search/'], 10);
  assert.deepEqual(parts, [
    { name: '2024', pages: ['report/2024-a/', 'report/2024-b/'], years: ['2024'] },
    { name: '2022', pages: ['report/2022-b/'], years: ['2022'] },
    { name: 'nd', pages: ['report/nd-a/'], years: ['不详'] },
  ]);
  assert.deepEqual(planParts([], 4), []);
});

test("a report's place in its year is the sha256 its id ends with, else a hash of the id", () => {
  assert.equal(bucketKey('2024-qian-dian-zhen-78db50d4'), 0x78db50d4);
  assert.equal(bucketKey(`2024-qian-dian-zhen-${'c0ffee01'}${'7'.repeat(56)}`), 0xc0ffee01);
  // FNV-1a's published test vectors.
  assert.equal(bucketKey('a'), 0xe40c292c);
  assert.equal(bucketKey('foobar'), 0xbf9cf968);
});

// Keys: a 0x1…, b 0x3…, c 0x5… in the first half of the range, d 0x9…, e 0xf… in the second;
// in quarters a b | c | d | e.
const Y2024 = ['a-10000000', 'b-30000000', 'c-50000000', 'd-90000000', 'e-f0000000'].map((x) => `report/2024-${x}/`);

test('a year larger than the limit is split in halves, quarters, … of its keys, the fewest that fit', () => {
  assert.deepEqual(
    planParts(Y2024, 3).map((p) => [p.name, p.pages, p.years]),
    [
      ['2024-1', ['report/2024-a-10000000/', 'report/2024-b-30000000/', 'report/2024-c-50000000/'], ['2024']],
      ['2024-2', ['report/2024-d-90000000/', 'report/2024-e-f0000000/'], ['2024']],
    ],
  );
  assert.deepEqual(
    planParts(Y2024, 2).map((p) => [p.name, p.pages.length]),
    [['2024-1', 2], ['2024-2', 1], ['2024-3', 1], ['2024-4', 1]],
  );
  // Quarters 3 and 4 hold no page: no part, and the others keep their names.
  assert.deepEqual(planParts(Y2024.slice(0, 3), 2).map((p) => [p.name, p.pages.length]), [['2024-1', 2], ['2024-2', 1]]);
});

test('adding a year of reports, and one more report to an old year, leaves every other part with the same pages', () => {
  const old = [...Y2024, 'report/2023-x-20000000/', 'report/2023-y-a0000000/', 'report/nd-z-40000000/'];
  const before = new Map(planParts(old, 3).map((p) => [p.name, p.pages]));
  assert.deepEqual([...before.keys()], ['2024-1', '2024-2', '2023', 'nd']);
  const added = ['report/2025-p-11111111/', 'report/2025-q-22222222/', 'report/2025-r-33333333/', 'report/2024-f-a0000000/'];
  const after = new Map(planParts([...added, ...old], 3).map((p) => [p.name, p.pages]));
  assert.deepEqual([...after.keys()], ['2025', '2024-1', '2024-2', '2023', 'nd']);
  for (const name of ['2024-1', '2023', 'nd']) assert.deepEqual(after.get(name), before.get(name), name);
  assert.deepEqual(after.get('2024-2'), ['report/2024-d-90000000/', 'report/2024-e-f0000000/', 'report/2024-f-a0000000/']);
  assert.deepEqual(after.get('2025'), ['report/2025-p-11111111/', 'report/2025-q-22222222/', 'report/2025-r-33333333/']);
});

const part = (path: string, ...years: string[]): PartEntry => ({ path, years, pages: 100 });

test('a search takes the parts newest first; the newest part of each build part before older ones', () => {
  const parts = [part('1-of-2/1', '2024', '2023'), part('1-of-2/2', '2022', '不详'), part('2-of-2/1', '2024'), part('2-of-2/2', '2023', '2022')];
  assert.deepEqual(searchOrder(parts).map((p) => p.path), ['1-of-2/1', '2-of-2/1', '2-of-2/2', '1-of-2/2']);
});

test('a year filter searches only the parts that hold that year', () => {
  const parts = [part('all/1', '2024', '2023'), part('all/2', '2023', '2022'), part('all/3', '2021', '不详')];
  assert.deepEqual(searchOrder(parts, '2023').map((p) => p.path), ['all/1', 'all/2']);
  assert.deepEqual(searchOrder(parts, '不详').map((p) => p.path), ['all/3']);
  assert.deepEqual(searchOrder(parts, '2019'), []);
});

test('the years of the parts searched or left, in words', () => {
  assert.equal(partsYearsText([part('a', '2024', '2023'), part('b', '2022')]), '2022—2024年度');
  assert.equal(partsYearsText([part('a', '2024'), part('b', '2019', '2021')]), '2019、2021、2024年度', 'a gap is never hidden');
  assert.equal(partsYearsText([part('a', '2019')]), '2019年度');
  assert.equal(partsYearsText([part('a', '2019', '不详')]), '2019年度及年度不详');
  assert.equal(partsYearsText([part('a', '不详')]), '年度不详');
});

test('a page’s URL for Pagefind is relative to the site base, with a trailing slash', () => {
  assert.equal(pageUrl('report/2024-a/'), '/report/2024-a/');
  assert.equal(pageUrl('/report/2024-a'), '/report/2024-a/');
});
