/** The peers page of the hand-made county (tests/unit/site/place-fixtures.ts): every number below is worked out from its table. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PEER_MEASURES, peerPage, peerPaths } from '../../../src/lib/views/peers.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { division, makeReport } from '../fixture-reports.ts';
import { DANCHENG_DIVISION, PLACE_REPORTS, placeSite } from '../site/place-fixtures.ts';

const at = (key: string) => PEER_MEASURES.indexOf(key as (typeof PEER_MEASURES)[number]);

test('the townships of a county side by side for a year: ranked, with the county’s median', () => {
  const v = peerPage(placeSite(), '411625', 'townships');
  assert.equal(v.title, '郸城县各乡镇（街道）');
  assert.equal(v.members, 4);
  assert.deepEqual(v.years.map((y) => y.year), [2024, 2023]);
  const y = v.years[0]!;
  assert.deepEqual(y.rows.map((r) => [r.rank, r.name, r.cells[at('newReceived')]!.value]), [
    [1, '汲冢镇', 50],
    [2, '钱店镇', 30],
    [3, '城郊乡', 14],
    [4, '石槽镇', 6],
  ]);
  // 新收 6, 14, 30, 50 → (14 + 30) / 2; the office of 钱店镇 (99) is no township
  assert.deepEqual(y.medians[at('newReceived')], { median: 22, n: 4 });
  // 予以公开比例 solid: 城郊乡 3/12, 钱店镇 8/20, 汲冢镇 30/40; 石槽镇 5/5 is on a small base
  assert.deepEqual(y.medians[at('grantedShare')], { median: 0.4, n: 3 });
  assert.equal(y.rows[3]!.cells[at('grantedShare')]!.share!.small, true);
  // 行政复议 2, 4, 1; 城郊乡 blank
  assert.deepEqual(y.medians[at('reconsideration')], { median: 2, n: 3 });
  const older = v.years[1]!;
  assert.deepEqual(older.rows.map((r) => [r.rank, r.name]), [[1, '钱店镇'], [2, '石槽镇']]);
  assert.deepEqual(older.medians[at('newReceived')], { median: 10, n: 2 });
});

test('the latest year’s charts rank a rate on a small denominator after the solid ones and say so', () => {
  const v = peerPage(placeSite(), '411625', 'townships');
  const [count, rate] = v.charts;
  assert.equal(count!.title, '2024年郸城县各乡镇（街道）本年新收申请（中位数22件）');
  assert.deepEqual(count!.labels, ['汲冢镇', '钱店镇', '城郊乡', '石槽镇']);
  assert.deepEqual(count!.series[0]!.values, [50, 30, 14, 6]);
  // 予以公开及部分公开比例 here equals 予以公开比例 (no 部分公开): 75%, 40%, 25%, then 100% on 5
  assert.equal(rate!.title, '2024年郸城县各乡镇（街道）予以公开及部分公开比例（中位数40.0%）');
  assert.deepEqual(rate!.labels, ['汲冢镇', '钱店镇', '城郊乡', '石槽镇（基数过小）']);
  assert.deepEqual(rate!.series[0]!.values, [0.75, 0.4, 0.25, 1]);
  assert.equal(rate!.percent, true);
});

test('over the years: every township in the latest year’s order, with the median of each year', () => {
  const { trend } = peerPage(placeSite(), '411625', 'townships');
  assert.deepEqual(trend.years, [2023, 2024]);
  assert.deepEqual(trend.rows.map((r) => [r.name, r.values]), [
    ['汲冢镇', [null, 50]],
    ['钱店镇', [12, 30]],
    ['城郊乡', [null, 14]],
    ['石槽镇', [8, 6]],
  ]);
  assert.deepEqual(trend.median, [10, 22]);
  assert.deepEqual(trend.chart.series.at(-1), { label: '中位数', values: [10, 22] });
});

test('the departments of a county: the same grouping, its own median', () => {
  const v = peerPage(placeSite(), '411625', 'departments');
  assert.equal(v.title, '郸城县各部门和单位');
  const y = v.years[0]!;
  assert.deepEqual(y.rows.map((r) => [r.rank, r.name]), [[1, '郸城县教育体育局'], [2, '郸城县财政局']]);
  assert.deepEqual(y.medians[at('newReceived')], { median: 12.5, n: 2 });
  // 4/16 solid; 9/9 small
  assert.deepEqual(y.medians[at('grantedShare')], { median: 0.25, n: 1 });
  assert.deepEqual(peerPaths(placeSite()).map((p) => `${p.params.code}/${p.params.group}`), ['411625/townships', '411625/departments']);
});

test('a summary report in a group is no peer: it is left out of the ranking and the median', () => {
  // A department whose report adds up the whole county's system (全县卫生系统共受理…): 500 applications.
  const summary = makeReport({
    agency: '郸城县卫生健康委员会',
    agencyKey: '411625 郸城县卫生健康委员会',
    division: DANCHENG_DIVISION,
    agencyKind: 'department',
    level: 'county',
    scope: 'summary',
    cells: { 'applications.newReceived.total': 500 },
  });
  const v = peerPage(buildSite([...PLACE_REPORTS, summary]), '411625', 'departments');
  assert.equal(v.members, 3);
  const y = v.years[0]!;
  assert.deepEqual(y.rows.map((r) => r.name), ['郸城县教育体育局', '郸城县财政局']);
  assert.deepEqual(y.medians[at('newReceived')], { median: 12.5, n: 2 });
});

test('a figure from a report failing a check keeps its place and is marked, with the number its text states, in the table, charts and trend', () => {
  // 汲冢镇 2024: the table says 50 applications, its text 5.
  const message = '正文“收到政府信息公开申请5件”写 5 件，表格为 50 件（本年新收申请）';
  const reports = PLACE_REPORTS.map((r) => (r.agency === '汲冢镇' ? { ...r, checks: [{ id: 'prose' as const, ok: false, message, left: 5, right: 50 }] } : r));
  const v = peerPage(buildSite(reports), '411625', 'townships');
  const y = v.years[0]!;
  assert.deepEqual(y.rows.map((r) => [r.rank, r.name, r.marks.map((m) => m.text)]), [
    [1, '汲冢镇', ['未通过核对']],
    [2, '钱店镇', []],
    [3, '城郊乡', []],
    [4, '石槽镇', []],
  ]);
  assert.match(y.rows[0]!.marks[0]!.title, /正文数字与表格一致.*写 5 件，表格为 50 件/);
  assert.deepEqual(v.charts[0]!.labels, ['汲冢镇（未通过核对）', '钱店镇', '城郊乡', '石槽镇']);
  assert.deepEqual(v.charts[1]!.labels, ['汲冢镇（未通过核对）', '钱店镇', '城郊乡', '石槽镇（基数过小）']);
  assert.deepEqual(v.trend.rows[0]!.marks.map((m) => m.length), [0, 1], '汲冢镇 has no 2023 report; its 2024 one is marked');
  assert.equal(v.trend.chart.series[0]!.label, '汲冢镇（2024年未通过核对）');
  assert.equal(v.trend.chart.series[1]!.label, '钱店镇');
});

test('without the reports failing a check (failed=hide): the places close up, the median is taken without them, and the page says how many', () => {
  assert.equal(peerPage(placeSite(), '411625', 'townships').withoutFailed, null, 'no report fails: nothing to leave out');
  const reports = PLACE_REPORTS.map((r) => (r.agency === '汲冢镇' ? { ...r, checks: [{ id: 'balance' as const, ok: false, message: '不平衡' }] } : r));
  const hidden = peerPage(buildSite(reports), '411625', 'townships').withoutFailed!;
  const y = hidden.years[0]!;
  assert.deepEqual(y.rows.map((r) => [r.rank, r.name]), [[1, '钱店镇'], [2, '城郊乡'], [3, '石槽镇']]);
  assert.equal(y.left, 1);
  // 新收 6, 14, 30 without 汲冢镇's 50 → 14 over three
  assert.deepEqual(y.medians[at('newReceived')], { median: 14, n: 3 });
  assert.deepEqual(hidden.charts[0]!.labels, ['钱店镇', '城郊乡', '石槽镇']);
  assert.equal(hidden.years[1]!.left, 0, '2023: 汲冢镇 has no report');
});

test('the page’s columns, the count chart in 件, and the trend chart’s title, years and unit', () => {
  const v = peerPage(placeSite(), '411625', 'townships');
  assert.deepEqual(v.columns.map((c) => [c.key, c.label, c.kind, c.term]), [
    ['newReceived', '本年新收', 'count', 'newReceived'],
    ['grantedShare', '予以公开比例', 'rate', 'grantedShare'],
    ['grantedOrPartialShare', '公开比例', 'rate', 'grantedOrPartialShare'],
    ['withheldShare', '不予公开比例', 'rate', 'withheldShare'],
    ['reconsideration', '行政复议', 'count', 'reconsideration'],
    ['litigation', '行政诉讼', 'count', 'litigation'],
  ]);
  assert.equal(v.rankLabel, '本年新收申请');
  const [count] = v.charts;
  assert.equal(count!.unit, '件');
  assert.equal(count!.percent, undefined);
  assert.equal(count!.horizontal, true);
  assert.equal(v.charts[1]!.unit, '');
  assert.equal(v.trend.chart.title, '郸城县各乡镇（街道）本年新收申请逐年变化');
  assert.deepEqual(v.trend.chart.labels, ['2023年', '2024年']);
  assert.equal(v.trend.chart.unit, '件');
  assert.deepEqual(peerPaths(placeSite()).map((p) => p.props), [{ code: '411625', kind: 'townships' }, { code: '411625', kind: 'departments' }]);
});

/**
 * Two more townships of 郸城县 with 2023 reports only: 吴台镇 新收 8 (as many as 石槽镇 that year),
 * 宜路镇 3.
 */
function withOlderTownships() {
  const at = (code: string, name: string, received: number) =>
    makeReport({ agency: name, agencyKey: `${code} ${name}`, division: division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], [code, name]]), agencyKind: 'government', level: 'township', year: 2023, cells: { 'applications.newReceived.total': received } });
  return buildSite([...PLACE_REPORTS, at('411625101', '吴台镇', 8), at('411625105', '宜路镇', 3)]);
}

test('equal values share a place and stand by name; the members without a report in the latest year follow the others, by name', () => {
  const v = peerPage(withOlderTownships(), '411625', 'townships');
  // 2023: 钱店镇 12, then 石槽镇 and 吴台镇 8 each (shi before wu), then 宜路镇 3
  assert.deepEqual(v.years[1]!.rows.map((r) => [r.rank, r.name]), [[1, '钱店镇'], [2, '石槽镇'], [2, '吴台镇'], [4, '宜路镇']]);
  assert.deepEqual(v.trend.rows.map((r) => [r.name, r.values]), [
    ['汲冢镇', [null, 50]],
    ['钱店镇', [12, 30]],
    ['城郊乡', [null, 14]],
    ['石槽镇', [8, 6]],
    ['吴台镇', [8, null]],
    ['宜路镇', [3, null]],
  ]);
});

test('a check that passes marks nothing; a line names every year whose report fails one', () => {
  const passing = [{ id: 'balance' as const, ok: true, message: '平衡' }];
  const failing = [{ id: 'balance' as const, ok: false, message: '不平衡' }];
  const reports = PLACE_REPORTS.map((r) => (r.agency === '石槽镇' ? { ...r, checks: failing } : r.agency === '钱店镇' ? { ...r, checks: passing } : r));
  const v = peerPage(buildSite(reports), '411625', 'townships');
  assert.deepEqual(v.years[0]!.rows.map((r) => [r.name, r.marks.length]), [['汲冢镇', 0], ['钱店镇', 0], ['城郊乡', 0], ['石槽镇', 1]]);
  assert.equal(v.trend.chart.series.find((s) => s.label.startsWith('石槽镇'))!.label, '石槽镇（2023、2024年未通过核对）');
});

test('a place without such a group has no peers page', () => {
  assert.throws(() => peerPage(placeSite(), '410726', 'townships'), /no group of townships under place 410726/);
});

test('a group whose reports say no year: no year’s table, no chart, every member in the trend by name', () => {
  const at = (code: string, name: string) =>
    makeReport({ agency: name, agencyKey: `${code} ${name}`, division: division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], [code, name]]), agencyKind: 'government', level: 'township', year: null, cells: { 'applications.newReceived.total': 5 } });
  const v = peerPage(buildSite([at('411625105', '宜路镇'), at('411625101', '吴台镇')]), '411625', 'townships');
  assert.equal(v.members, 2);
  assert.deepEqual(v.years, []);
  assert.deepEqual(v.charts, []);
  assert.equal(v.withoutFailed, null);
  assert.deepEqual(v.trend.rows.map((r) => [r.name, r.values]), [['吴台镇', []], ['宜路镇', []]]);
});
