import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { LEVEL_ORDER } from '../../../src/lib/present/labels.ts';
import { listRow } from '../../../src/lib/views/list-rows.ts';
import { DEFAULT_QUERY, PAGE_SIZE, decodeRows, encodeRows, firstPage, listView, queryFromSearch, queryToSearch, type ListQuery, type ListRow, type ListYear } from '../../../src/lib/views/list-view.ts';
import { COUNT_KEYS } from '../../../src/lib/measures/catalogue.ts';
import type { Counts } from '../../../src/lib/measures/values.ts';
import { makeReport } from '../fixture-reports.ts';

/** Every count blank unless given. */
const counts = (given: Partial<Counts>): Counts => ({ ...(Object.fromEntries(COUNT_KEYS.map((k) => [k, null])) as Counts), ...given });
const year = (y: number, newReceived: number | null, given: Partial<Counts> = {}, failed = 0): ListYear => ({ year: y, counts: counts({ newReceived, ...given }), failed });

const ROWS: ListRow[] = [
  { slug: 'qian-dian-zhen', name: '钱店镇', level: 'township', years: [year(2023, 4, {}, 2), year(2024, 12, { grantedOrPartial: 3, totalProcessed: 4, reconsideration: 1 })] },
  { slug: 'yan-jin-xian', name: '延津县', level: 'county', years: [year(2024, null, {}, 1)] },
  { slug: 'su-jia-zuo-xiang', name: '苏家作乡', level: 'township', years: [year(2023, 30)] },
  { slug: 'wu-nian-fen', name: '无年份乡', level: 'township', years: [] },
];

const query = (q: Partial<ListQuery>): ListQuery => ({ ...DEFAULT_QUERY, ...q });
const slugs = (rows: { row: ListRow }[]) => rows.map((v) => v.row.slug);

test('rows survive a round trip through their file, as JSON', () => {
  assert.deepEqual(decodeRows(JSON.parse(JSON.stringify(encodeRows(ROWS)))), ROWS);
  assert.deepEqual(decodeRows(encodeRows([])), []);
});

test('the file is columns: per agency-year every count in the catalogue’s order, then the failed checks', () => {
  const file = encodeRows(ROWS.slice(0, 2));
  assert.deepEqual(file.years, [[2023, 2024], [2024]]);
  const n = COUNT_KEYS.length + 1;
  assert.equal(file.numbers.length, 3 * n);
  const at = (yearIndex: number, key: (typeof COUNT_KEYS)[number]) => file.numbers[yearIndex * n + COUNT_KEYS.indexOf(key)];
  assert.deepEqual([at(0, 'newReceived'), file.numbers[n - 1]], [4, 2]);
  assert.deepEqual([at(1, 'newReceived'), at(1, 'grantedOrPartial'), at(1, 'totalProcessed'), at(1, 'reconsideration'), file.numbers[2 * n - 1]], [12, 3, 4, 1, 0]);
  assert.deepEqual([at(2, 'newReceived'), file.numbers[3 * n - 1]], [null, 1]);
});

test('a file whose columns do not line up is refused, not misread', () => {
  const file = encodeRows(ROWS);
  assert.throws(() => decodeRows({ ...file, numbers: file.numbers.slice(1) }), /columns do not line up/);
  assert.throws(() => decodeRows({ ...file, name: file.name.slice(1) }), /columns do not line up/);
});

test('a row holds the counted report of each year, and its file no report id', () => {
  const [agency] = groupAgencies([
    makeReport({ id: '2024-qian-dian-zhen', agency: '钱店镇', year: 2024, cells: { 'applications.newReceived.total': 12, 'applications.granted.total': 2, 'applications.partiallyGranted.total': 1, 'applications.totalProcessed.total': 4 } }),
    makeReport({ id: '2023-qian-dian-zhen', agency: '钱店镇', year: 2023, checks: [{ id: 'balance', ok: false, message: '不平衡' }] }),
  ]);
  const row = listRow(agency!);
  assert.deepEqual(row.years, [year(2023, null, {}, 1), year(2024, 12, { granted: 2, partiallyGranted: 1, grantedOrPartial: 3, totalProcessed: 4 })]);
  assert.doesNotMatch(JSON.stringify(encodeRows([row])), /2024-qian-dian-zhen/);
});

test('by default: each agency’s latest year, most 本年新收 first, blanks last, agencies without a year left out', () => {
  const views = listView(ROWS, DEFAULT_QUERY);
  assert.deepEqual(slugs(views), ['su-jia-zuo-xiang', 'qian-dian-zhen', 'yan-jin-xian']);
  const qian = views[1]!;
  assert.equal(qian.year.year, 2024);
  assert.deepEqual(qian.cells.map((c) => [c.key, c.value]), [['newReceived', 12], ['grantedOrPartialShare', 0.75], ['reconsideration', 1]]);
  assert.equal(qian.failed, 2, 'failed checks of every year');
  assert.deepEqual(slugs(listView(ROWS, query({ direction: 1 }))), ['qian-dian-zhen', 'su-jia-zuo-xiang', 'yan-jin-xian'], 'blanks last going up too');
});

test('filters by name, level and year; a chosen year shows that year’s numbers', () => {
  assert.deepEqual(slugs(listView(ROWS, query({ q: ' 乡 ' }))), ['su-jia-zuo-xiang']);
  assert.deepEqual(slugs(listView(ROWS, query({ level: 'county' }))), ['yan-jin-xian']);
  const in2023 = listView(ROWS, query({ year: 2023 }));
  assert.deepEqual(slugs(in2023), ['su-jia-zuo-xiang', 'qian-dian-zhen']);
  assert.deepEqual([in2023[1]!.year.counts.newReceived, in2023[1]!.failed], [4, 2]);
});

test('sorts by every column, ties by name', () => {
  const order = (q: Partial<ListQuery>) => slugs(listView(ROWS, query(q)));
  assert.deepEqual(order({ sort: 'name', direction: 1 }), ['qian-dian-zhen', 'su-jia-zuo-xiang', 'yan-jin-xian']);
  assert.deepEqual(order({ sort: 'level', direction: 1 }), ['yan-jin-xian', 'qian-dian-zhen', 'su-jia-zuo-xiang']);
  assert.deepEqual(order({ sort: 'years' }), ['qian-dian-zhen', 'su-jia-zuo-xiang', 'yan-jin-xian']);
  assert.deepEqual(order({ sort: 'grantedOrPartialShare' }), ['qian-dian-zhen', 'su-jia-zuo-xiang', 'yan-jin-xian']);
  assert.deepEqual(order({ sort: 'reconsideration' }), ['qian-dian-zhen', 'su-jia-zuo-xiang', 'yan-jin-xian']);
  assert.deepEqual(order({ sort: 'failed' }), ['qian-dian-zhen', 'yan-jin-xian', 'su-jia-zuo-xiang']);
});

test('levels sort from the top down, as everywhere on the site', () => {
  const rows = [...LEVEL_ORDER].reverse().map((level): ListRow => ({ slug: level, name: '机关', level, years: [year(2024, 1)] }));
  assert.deepEqual(slugs(listView(rows, query({ sort: 'level', direction: 1 }))), LEVEL_ORDER);
});

test('the first page file is the first page of the default view, with the view’s size', () => {
  const many: ListRow[] = Array.from({ length: PAGE_SIZE * 2 + 7 }, (_, i) => ({ slug: `a${i}`, name: `机关${i}`, level: 'county', years: [year(2024, i % 13)] }));
  const first = firstPage(many);
  assert.equal(first.count, many.length);
  assert.deepEqual(decodeRows(first.rows), listView(many, DEFAULT_QUERY).slice(0, PAGE_SIZE).map((v) => v.row));
});

test('the query and page survive a round trip through the URL; unknown values fall back to the default', () => {
  const q = query({ q: '自然资源', level: 'county', year: 2023, sort: 'name', direction: 1 });
  assert.equal(queryToSearch(q, 2), '?q=%E8%87%AA%E7%84%B6%E8%B5%84%E6%BA%90&level=county&year=2023&sort=name&dir=asc&page=3');
  assert.deepEqual(queryFromSearch(queryToSearch(q, 2)), { query: q, page: 2 });
  assert.deepEqual(queryFromSearch('?sort=evil&dir=sideways&year=abc&page=-4'), { query: DEFAULT_QUERY, page: 0 });
});
