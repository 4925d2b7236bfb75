import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureCell } from '../../../src/lib/measures/cell.ts';
import { ranking } from '../../../src/lib/measures/rank.ts';
import { countsOf } from '../../../src/lib/measures/values.ts';
import { makeReport } from '../fixture-reports.ts';

/** granted ÷ processed, by hand: 甲 18/24 = 75%, 乙 9/30 = 30%, 丙 3/3 = 100% on a small base, 丁 blank, 戊 6/8 = 75% small, 己 15/20 = 75%. */
const rows = [
  ['甲', 18, 24],
  ['乙', 9, 30],
  ['丙', 3, 3],
  ['丁', null, null],
  ['戊', 6, 8],
  ['己', 15, 20],
] as const;
const items = rows.map(([name, granted, processed]) => ({
  name,
  counts: countsOf(makeReport({ agency: name, cells: { 'applications.granted.total': granted, 'applications.totalProcessed.total': processed } })),
}));

test('a rate on a small denominator comes after every solid one, unranked, blanks last, equal values share a place', () => {
  const order = ranking(items, (i) => ({ cell: measureCell('grantedShare', i.counts) }), {}, (a, b) => a.name.localeCompare(b.name, 'zh-CN')).rows;
  assert.deepEqual(
    order.map((r) => [r.item.name, r.rank, r.standing]),
    [
      ['己', 1, 'solid'], // 75%, tied with 甲: ties by name in pinyin order (ji before jia)
      ['甲', 1, 'solid'],
      ['乙', 3, 'solid'],
      ['丙', null, 'small'], // 100%, but on 3 applications
      ['戊', null, 'small'],
      ['丁', null, 'blank'],
    ],
  );
});

test('counts rank largest first, 0 before a blank', () => {
  const counts = [5, 0, null, 12].map((n, i) => ({ name: String(i), counts: countsOf(makeReport({ agency: `机关${i}`, cells: { 'applications.newReceived.total': n } })) }));
  const order = ranking(counts, (i) => ({ cell: measureCell('newReceived', i.counts) })).rows;
  assert.deepEqual(order.map((r) => [r.cell.value, r.rank]), [[12, 1], [5, 2], [0, 3], [null, null]]);
});

/** 本年新收 by hand: 甲镇 41 (its report fails a check), 乙镇 13, 丙镇 7, 丁市 3,119 and 戊县 260 (summaries), 己镇 blank. */
const mixed = [
  { name: '甲镇', n: 41, summary: false, failed: true },
  { name: '乙镇', n: 13, summary: false, failed: false },
  { name: '丙镇', n: 7, summary: false, failed: false },
  { name: '丁市', n: 3119, summary: true, failed: false },
  { name: '戊县', n: 260, summary: true, failed: false },
  { name: '己镇', n: null, summary: false, failed: false },
].map((m) => ({ ...m, counts: countsOf(makeReport({ agency: m.name, cells: { 'applications.newReceived.total': m.n } })) }));
const entry = (m: (typeof mixed)[number]) => ({ cell: measureCell('newReceived', m.counts), summary: m.summary, failed: m.failed });

test('a summary is ranked only among summaries, after every own-scope value; a failed report keeps its place, marked', () => {
  const r = ranking(mixed, entry);
  assert.deepEqual(r.rows.map((x) => [x.item.name, x.rank, x.summary, x.failed]), [
    ['甲镇', 1, false, true],
    ['乙镇', 2, false, false],
    ['丙镇', 3, false, false],
    ['丁市', 1, true, false],
    ['戊县', 2, true, false],
    ['己镇', null, false, false],
  ]);
  assert.deepEqual([r.summaries, r.ranked, r.failedOut], [2, 5, 0]);
});

test('failed: hide leaves a failing report out, counts it, and the places close up; the smallest first keeps the groups', () => {
  const hidden = ranking(mixed, entry, { failed: 'hide' });
  assert.deepEqual(hidden.rows.map((x) => [x.item.name, x.rank]), [['乙镇', 1], ['丙镇', 2], ['丁市', 1], ['戊县', 2], ['己镇', null]]);
  assert.equal(hidden.failedOut, 1);
  const up = ranking(mixed, entry, { direction: 1 });
  assert.deepEqual(up.rows.map((x) => [x.item.name, x.rank]), [['丙镇', 1], ['乙镇', 2], ['甲镇', 3], ['戊县', 1], ['丁市', 2], ['己镇', null]]);
});

test('a minimum of cases leaves out and counts the values below it; small rates can be left out', () => {
  const r = ranking(mixed, (m) => ({ ...entry(m), cases: m.n }), { min: 10 });
  assert.deepEqual(r.rows.map((x) => x.item.name), ['甲镇', '乙镇', '丁市', '戊县']);
  assert.equal(r.belowMin, 2, '丙镇 7 and 己镇 blank');
  const rates = ranking(items, (i) => ({ cell: measureCell('grantedShare', i.counts) }), { small: 'hide' });
  assert.deepEqual(rates.rows.map((x) => x.item.name).sort(), ['丁', '乙', '己', '甲'].sort());
  assert.equal(rates.small, 2);
});

/** Counts by hand, each a report of its own: a summary report (全县) or one of its own scope. */
const received = (name: string, received: number | null, summary = false) => ({
  name,
  summary,
  counts: countsOf(makeReport({ agency: name, cells: { 'applications.newReceived.total': received } })),
});
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

test('summaries rank among themselves, numbered from 1, even where one equals an own-scope value', () => {
  const items = [received('甲镇', 30), received('乙镇', 20), received('丙县人民政府', 20, true), received('丁县人民政府', 10, true)];
  const order = ranking(items, (i) => ({ cell: measureCell('newReceived', i.counts), summary: i.summary }), {}, byName).rows;
  // own scope: 30 (1), 20 (2); then summaries: 20 (1, not the 2 of the own-scope 20 just before it), 10 (2)
  assert.deepEqual(order.map((r) => [r.item.name, r.rank]), [['甲镇', 1], ['乙镇', 2], ['丙县人民政府', 1], ['丁县人民政府', 2]]);
});

test('a blank comes after the summaries too, whatever its name', () => {
  // 甲 sorts before 乙 by name: only its group keeps the blank after the summary of 0
  const items = [received('甲镇', null), received('乙县人民政府', 0, true), received('丙镇', 7)];
  const order = ranking(items, (i) => ({ cell: measureCell('newReceived', i.counts), summary: i.summary }), {}, byName).rows;
  assert.deepEqual(order.map((r) => [r.item.name, r.rank]), [['丙镇', 1], ['乙县人民政府', 1], ['甲镇', null]]);
});
