/**
 * How the report pages are split into Pagefind runs (only report pages, newest year first, as few
 * parts as the size limit allows, of equal size), and in which order a search takes the parts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageUrl, partsYearsText, planParts, searchOrder, yearFilterValue, yearOfPage, type PartEntry } from '../../../src/lib/search/pagefind-parts.ts';

test('only report pages are indexed, each with the year of its 年度 filter', () => {
  assert.equal(yearOfPage('report/2024-qian-dian-zhen/'), '2024');
  assert.equal(yearOfPage('/report/nd-qian-dian-zhen-2/'), '不详');
  assert.equal(yearOfPage('agency/qian-dian-zhen/'), null);
  assert.equal(yearOfPage('search/'), null);
  assert.equal(yearOfPage(''), null);
  assert.equal(yearFilterValue(2024), '2024');
  assert.equal(yearFilterValue(null), '不详');
});

test('one part while the pages fit, newest year first and reports without a year last', () => {
  const parts = planParts(['report/2022-b/', 'agency/a/', 'report/nd-a/', 'report/2024-b/', 'report/2024-a/', 'search/'], 10);
  assert.deepEqual(parts, [{ name: '1', pages: ['report/2024-a/', 'report/2024-b/', 'report/2022-b/', 'report/nd-a/'], years: ['2024', '2022', '不详'] }]);
});

test('more pages than the limit: the fewest parts, of equal size, years in order', () => {
  const pages = [...['a', 'b', 'c', 'd'].map((x) => `report/2023-${x}/`), ...['a', 'b', 'c'].map((x) => `report/2024-${x}/`)];
  const parts = planParts(pages, 3);
  // 7 pages, at most 3 a part: 3 parts of 3, 3 and 1.
  assert.deepEqual(
    parts.map((p) => [p.name, p.pages, p.years]),
    [
      ['1', ['report/2024-a/', 'report/2024-b/', 'report/2024-c/'], ['2024']],
      ['2', ['report/2023-a/', 'report/2023-b/', 'report/2023-c/'], ['2023']],
      ['3', ['report/2023-d/'], ['2023']],
    ],
  );
  assert.deepEqual(planParts(pages, 4).map((p) => [p.pages.length, p.years]), [[4, ['2024', '2023']], [3, ['2023']]]);
  assert.deepEqual(planParts([], 4), []);
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
