import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureCell } from '../../../src/lib/measures/cell.ts';
import { ranked } from '../../../src/lib/measures/rank.ts';
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

test('a rate on a small denominator ranks after every solid one, blanks last, equal values share a place', () => {
  const order = ranked(items, (i) => measureCell('grantedShare', i.counts), (a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  assert.deepEqual(
    order.map((r) => [r.item.name, r.rank, r.standing]),
    [
      ['己', 1, 'solid'], // 75%, tied with 甲: ties by name in pinyin order (ji before jia)
      ['甲', 1, 'solid'],
      ['乙', 3, 'solid'],
      ['丙', 4, 'small'], // 100%, but on 3 applications
      ['戊', 5, 'small'],
      ['丁', null, 'blank'],
    ],
  );
});

test('counts rank largest first, 0 before a blank', () => {
  const counts = [5, 0, null, 12].map((n, i) => ({ name: String(i), counts: countsOf(makeReport({ agency: `机关${i}`, cells: { 'applications.newReceived.total': n } })) }));
  const order = ranked(counts, (i) => measureCell('newReceived', i.counts));
  assert.deepEqual(order.map((r) => [r.cell.value, r.rank]), [[12, 1], [5, 2], [0, 3], [null, null]]);
});
