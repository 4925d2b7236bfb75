/**
 * The search page's conditions on numbers: exactly the reports that meet them, in order, with
 * hand-made agency-years whose numbers are distinct.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COUNT_KEYS } from '../../../src/lib/measures/catalogue.ts';
import type { Counts } from '../../../src/lib/measures/values.ts';
import type { ListRow, ListYear } from '../../../src/lib/views/list-file.ts';
import { matchTable, reportMatches, type MatchFilters } from '../../../src/lib/views/report-matches.ts';

const counts = (given: Partial<Counts>): Counts => ({ ...(Object.fromEntries(COUNT_KEYS.map((k) => [k, null])) as Counts), ...given });
const y = (slug: string, year: number, given: Partial<Counts>, failedIds: ListYear['failedIds'] = [], scope: ListYear['scope'] = 'own'): ListYear => ({ year, id: `${year}-${slug}`, counts: counts(given), failed: failedIds.length, failedIds, scope, stated: [], items: ['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown'] });

/** 行政复议 by agency and year: 甲 2023: 3, 2024: 0; 乙 2024: 5; 丙 2024: blank, 2022: 1 (and balance failed). */
const ROWS: ListRow[] = [
  { slug: 'jia', name: '甲县', level: 'county', division: '411625', years: [y('jia', 2023, { reconsideration: 3, withheld: 7 }), y('jia', 2024, { reconsideration: 0, withheld: 5 })] },
  { slug: 'yi', name: '乙镇', level: 'township', division: '411625106', years: [y('yi', 2024, { reconsideration: 5, withheld: 2, granted: 1, totalProcessed: 4 })] },
  { slug: 'bing', name: '丙乡', level: 'township', division: '', years: [y('bing', 2022, { reconsideration: 1, granted: 6, totalProcessed: 12 }, ['balance']), y('bing', 2024, { reconsideration: null })] },
];
const filters = (f: Partial<MatchFilters>): MatchFilters => ({ conditions: [], check: '', year: null, level: '', place: '', ...f });
const ids = (f: Partial<MatchFilters>) => reportMatches(ROWS, filters(f)).map((m) => m.year.id);

test('行政复议 > 0: exactly the reports that have one, largest first; a 0 and a blank are out', () => {
  assert.deepEqual(ids({ conditions: [{ key: 'reconsideration', op: 'gt', value: 0 }] }), ['2024-yi', '2023-jia', '2022-bing']);
});

test('every condition must hold; year, level and a failed check narrow', () => {
  assert.deepEqual(ids({ conditions: [{ key: 'reconsideration', op: 'gt', value: 0 }, { key: 'withheld', op: 'ge', value: 5 }] }), ['2023-jia']);
  assert.deepEqual(ids({ conditions: [{ key: 'withheld', op: 'ge', value: 5 }] }), ['2023-jia', '2024-jia'], '7 before 5');
  assert.deepEqual(ids({ conditions: [{ key: 'reconsideration', op: 'ge', value: 0 }], year: 2024 }), ['2024-yi', '2024-jia']);
  assert.deepEqual(ids({ conditions: [{ key: 'reconsideration', op: 'ge', value: 0 }], level: 'township' }), ['2024-yi', '2022-bing']);
  assert.deepEqual(ids({ check: 'balance' }), ['2022-bing']);
  assert.deepEqual(ids({ conditions: [{ key: 'reconsideration', op: 'ge', value: 0 }], place: '411625' }), ['2024-yi', '2023-jia', '2024-jia'], 'the county and its township; 丙乡 is unplaced');
});

test('without a condition: the newest year first, then by the agency’s name', () => {
  // 2024: 丙乡 (bing), 甲县 (jia), 乙镇 (yi) by pinyin; then 甲县 2023, 丙乡 2022
  assert.deepEqual(ids({}), ['2024-bing', '2024-jia', '2024-yi', '2023-jia', '2022-bing']);
  assert.deepEqual(ids({ level: 'township' }), ['2024-bing', '2024-yi', '2022-bing']);
});

test('rates: compared as percentages; a small denominator after the solid ones', () => {
  // 乙 1/4 = 25% (small), 丙 6/12 = 50%.
  assert.deepEqual(ids({ conditions: [{ key: 'grantedShare', op: 'ge', value: 20 }] }), ['2022-bing', '2024-yi']);
  assert.deepEqual(ids({ conditions: [{ key: 'grantedShare', op: 'gt', value: 30 }] }), ['2022-bing']);
});

test('the table shown and downloaded: the report with its link, level, year, the conditions’ measures', () => {
  const f = filters({ conditions: [{ key: 'reconsideration', op: 'gt', value: 0 }, { key: 'grantedShare', op: 'ge', value: 0 }] });
  const t = matchTable(reportMatches(ROWS, f), f, { levelLabel: (l) => (l === 'county' ? '县级' : '乡镇级'), reportHref: (id) => `/report/${id}/` });
  assert.equal(t.title, '符合数字条件的报告');
  assert.deepEqual(t.columns, [
    { label: '报告', kind: 'text' },
    { label: '层级', kind: 'text' },
    { label: '年度', kind: 'year' },
    { label: '行政复议', kind: 'count', term: 'reconsideration' },
    { label: '予以公开比例', kind: 'rate', term: 'grantedShare' },
    { label: '未通过核对', kind: 'count', term: 'identity' },
  ]);
  assert.deepEqual(t.rows.map((r) => r[0]!.value), ['乙镇 2024年报告', '丙乡 2022年报告'], '甲 has no 予以公开比例');
  assert.deepEqual(t.rows[0], [{ value: '乙镇 2024年报告', href: '/report/2024-yi/' }, { value: '乡镇级' }, { value: 2024 }, { value: 5 }, { value: 0.25, small: true, basis: '1/4' }, { value: 0 }]);
  assert.deepEqual(t.rows[1]![5], { value: 1 });
});

test('a summary report comes after every own-scope report, whatever its number, and is marked 汇总; a failing one is marked', () => {
  // 丁市 2024 sums its city: 行政复议 9, more than any own report; 丙乡 2022 failed balance.
  const rows: ListRow[] = [...ROWS, { slug: 'ding', name: '丁市', level: 'city', division: '4116', years: [y('ding', 2024, { reconsideration: 9 }, [], 'summary')] }];
  const f = filters({ conditions: [{ key: 'reconsideration', op: 'gt', value: 0 }] });
  const matches = reportMatches(rows, f);
  assert.deepEqual(matches.map((m) => m.year.id), ['2024-yi', '2023-jia', '2022-bing', '2024-ding']);
  const t = matchTable(matches, f, { levelLabel: String, reportHref: (id) => `/report/${id}/` });
  assert.deepEqual(t.rows.map((r) => (r[0]!.marks ?? []).map((m) => m.text)), [[], [], ['未通过核对'], ['汇总']]);
});

test('with a failed check chosen: its column names the check and says 是 for each report', () => {
  const f = filters({ check: 'balance' });
  const t = matchTable(reportMatches(ROWS, f), f, { levelLabel: String, reportHref: (id) => `/report/${id}/` });
  assert.deepEqual(t.columns.at(-1), { label: '“收支平衡（一＋二＝七＋四）”未通过', kind: 'text', term: 'identity' });
  assert.deepEqual(t.rows.map((r) => [r[0]!.value, r.at(-1)]), [['丙乡 2022年报告', { value: '是' }]]);
});
