import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { compareFile, compareTable, compareTitle, measureComparisons, selectionFromSearch, selectionToSearch, yearCharts } from '../../../src/lib/views/compare.ts';
import { quietChart } from '../../../src/lib/present/chart-spec.ts';
import { compareRecord } from '../../../src/lib/views/list-rows.ts';
import { makeReport } from '../fixture-reports.ts';

test('the selection survives a round trip through the URL, the picker’s region with it', () => {
  const search = selectionToSearch({ slugs: ['qian-dian-zhen', 'yan-jin-xian'], year: 2023, place: '411625' });
  assert.equal(search, '?a=qian-dian-zhen&a=yan-jin-xian&y=2023&place=411625');
  assert.deepEqual(selectionFromSearch(search), { slugs: ['qian-dian-zhen', 'yan-jin-xian'], year: 2023, place: '411625' });
  assert.equal(selectionToSearch({ slugs: [], year: null, place: '41' }), '?place=41');
  assert.equal(selectionToSearch({ slugs: [], year: null, place: '' }), '', 'nothing chosen: no query at all');
});

test('the URL reader accepts comma lists, drops duplicates, unsafe slugs and a region that is no division code, and defaults to all years', () => {
  assert.deepEqual(selectionFromSearch('?a=b,c&a=b&a=%3Cscript%3E&y=abc&place=4116x'), { slugs: ['b', 'c'], year: null, place: '' });
  assert.deepEqual(selectionFromSearch('?place=41162'), { slugs: [], year: null, place: '' }, 'five digits are no level');
});

test('one year: a column per agency, rates with their basis and the small-denominator flag', () => {
  const records = groupAgencies([
    makeReport({ agency: '甲', cells: { 'applications.granted.total': 3, 'applications.totalProcessed.total': 4 } }),
    makeReport({ agency: '乙', cells: { 'applications.granted.total': 15, 'applications.totalProcessed.total': 20 } }),
  ]).map(compareRecord);
  const t = compareTable(records, 2024);
  assert.deepEqual(t.columns.map((c) => c.name), ['甲', '乙']);
  const rate = t.rows.find((r) => r.label === '予以公开比例')!;
  assert.deepEqual(rate.cells.map((c) => [c.value, c.share?.small]), [[0.75, true], [0.75, false]]);
  assert.equal(t.anySmall, true);
  const [counts] = yearCharts(records, 2024);
  assert.deepEqual(counts!.series.map((s) => s.label), ['甲', '乙']);
  assert.equal(counts!.series[1]!.values[counts!.labels.indexOf('予以公开')], 15);
});

test('all years: a column per agency and year', () => {
  const records = groupAgencies([
    makeReport({ agency: '甲', year: 2022 }),
    makeReport({ agency: '甲', year: 2023 }),
    makeReport({ agency: '乙', year: 2023 }),
  ]).map(compareRecord);
  assert.deepEqual(compareTable(records, null).columns.map((c) => `${c.name}${c.year}`), ['甲2022', '甲2023', '乙2023']);
});

/**
 * 甲: 2022 新收 8, 予以公开 3 of 办理 4 (small); 2023 新收 21, 予以公开 15 of 20. 乙: 2023 新收 5,
 * 行政复议 0. Numbers by hand.
 */
function threeYears() {
  return groupAgencies([
    makeReport({ id: '2022-jia', agency: '甲', year: 2022, cells: { 'applications.newReceived.total': 8, 'applications.granted.total': 3, 'applications.totalProcessed.total': 4 } }),
    makeReport({ id: '2023-jia', agency: '甲', year: 2023, cells: { 'applications.newReceived.total': 21, 'applications.granted.total': 15, 'applications.totalProcessed.total': 20 } }),
    makeReport({ id: '2023-yi', agency: '乙', year: 2023, cells: { 'applications.newReceived.total': 5, 'reviewLitigation.reconsideration.total': 0 } }),
  ]).map(compareRecord);
}

test('all years, measure by measure: the years down, the agencies across, each value linking to its report', () => {
  const all = measureComparisons(threeYears(), (id) => `/report/${id}/`);
  assert.deepEqual(all.map((m) => m.key), ['newReceived', 'totalProcessed', 'granted', 'partiallyGranted', 'withheld', 'unable', 'notProcessed', 'other', 'grantedShare', 'grantedOrPartialShare', 'withheldShare', 'reconsideration', 'reconsiderationCorrectedShare', 'litigation']);
  const received = all.find((m) => m.key === 'newReceived')!;
  assert.deepEqual(received.table.columns.map((c) => [c.label, c.kind]), [['年度', 'text'], ['甲', 'count'], ['乙', 'count']]);
  assert.deepEqual(received.table.rows, [
    [{ value: '2022年' }, { value: 8, href: '/report/2022-jia/' }, { value: null }],
    [{ value: '2023年' }, { value: 21, href: '/report/2023-jia/' }, { value: 5, href: '/report/2023-yi/' }],
  ]);
  assert.deepEqual(received.chart.series, [{ label: '甲', values: [8, 21] }, { label: '乙', values: [null, 5] }]);
  const granted = all.find((m) => m.key === 'grantedShare')!;
  assert.deepEqual(granted.table.rows.map((r) => r[1]), [{ value: 0.75, small: true, basis: '3/4', href: '/report/2022-jia/' }, { value: 0.75, basis: '15/20', href: '/report/2023-jia/' }]);
  assert.equal(granted.chart.percent, true);
});

test('a measure that is 0 or blank everywhere is said in a sentence instead of drawn', () => {
  const all = measureComparisons(threeYears(), String);
  assert.equal(quietChart(all.find((m) => m.key === 'reconsideration')!.chart), '所选机关2022—2023年的行政复议均为0件或未填报。');
  assert.equal(quietChart(all.find((m) => m.key === 'newReceived')!.chart), null);
});

test('the title names the agencies and the year', () => {
  assert.equal(compareTitle([{ name: '甲' }, { name: '乙' }], 2023), '对比：甲、乙（2023年）');
  assert.equal(compareTitle([{ name: '甲' }, { name: '乙' }], null), '对比：甲、乙（全部年度）');
  assert.equal(compareTitle([], null), '对比');
});

test('the download: a row per measure, agency and year, counts and rates in their own columns', () => {
  const records = threeYears();
  const file = compareFile(compareTable(records, 2023), '对比：甲、乙（2023年）');
  assert.deepEqual(file.columns.map((c) => c.label), ['指标', '机关', '年度', '件数', '比例', '报告编号']);
  assert.equal(file.rows.length, 14 * 2);
  assert.deepEqual(file.rows[0], [{ value: '本年新收申请' }, { value: '甲' }, { value: 2023 }, { value: 21 }, { value: null }, { value: '2023-jia' }]);
  const rate = file.rows.find((r) => r[0]!.value === '予以公开比例' && r[1]!.value === '甲')!;
  assert.deepEqual(rate.slice(3), [{ value: null }, { value: 0.75 }, { value: '2023-jia' }]);
  const all = compareFile(compareTable(records, null), 'x');
  assert.equal(all.rows.length, 14 * 3, 'all years: every agency-year of the table');
});
