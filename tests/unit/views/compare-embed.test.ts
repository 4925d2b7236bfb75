/**
 * A chart of the compare page alone: its address (the selection without the picker's region, and
 * the chart), and the chart each address draws. 甲 2022 新收 8, 2023 新收 21; 乙 2023 新收 5 and
 * 予以公开 3 of 办理 4. Numbers by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { compareEmbedChart, compareEmbedFromSearch, compareEmbedSearch, compareEmbedTable, compareEmbedYearTable, compareSearch } from '../../../src/lib/views/compare-embed.ts';
import { compareRecord } from '../../../src/lib/views/list-rows.ts';
import { makeReport } from '../fixture-reports.ts';

const records = () =>
  groupAgencies([
    makeReport({ id: '2022-jia', agency: '甲', year: 2022, cells: { 'applications.newReceived.total': 8 } }),
    makeReport({ id: '2023-jia', agency: '甲', year: 2023, cells: { 'applications.newReceived.total': 21 } }),
    makeReport({ id: '2023-yi', agency: '乙', year: 2023, cells: { 'applications.newReceived.total': 5, 'applications.granted.total': 3, 'applications.totalProcessed.total': 4 } }),
  ]).map(compareRecord);

test('a record’s year keeps the checks its report fails, in their own words, not those it passes', () => {
  const [record] = groupAgencies([
    makeReport({ id: '2023-bing', agency: '丙', year: 2023, checks: [{ id: 'balance', ok: true, message: '收支平衡' }, { id: 'prose', ok: false, message: '正文写 3 件，表格为 7 件' }] }),
  ]).map(compareRecord);
  assert.deepEqual(record!.years.map((y) => [y.year, y.failed]), [[2023, [{ id: 'prose', message: '正文写 3 件，表格为 7 件' }]]]);
});

test('the embed’s address: the selection by id without the picker’s region, then the chart; read back the same', () => {
  const selection = { ids: ['0p4x9k2a', 'zz81m0qq'], slugs: [], year: 2023, place: '411625', failed: 'hide' as const };
  const search = compareEmbedSearch(selection, 'rates');
  assert.equal(search, '?k=0p4x9k2a.zz81m0qq&y=2023&failed=hide&m=rates');
  assert.deepEqual(compareEmbedFromSearch(search), { selection: { ...selection, place: '' }, chart: 'rates' });
  assert.equal(compareSearch(selection), '?k=0p4x9k2a.zz81m0qq&y=2023&failed=hide', 'the compare page of the same state');
  // An old address of slugs still reads.
  assert.deepEqual(compareEmbedFromSearch('?a=jia&a=yi&m=newReceived').selection.slugs, ['jia', 'yi']);
});

test('an empty selection’s embed address is the chart alone, the picker’s region left out; an address without a chart embeds none', () => {
  const selection = { ids: [], slugs: [], year: null, place: '411625', failed: 'mark' as const };
  assert.equal(compareEmbedSearch(selection, 'newReceived'), '?m=newReceived');
  assert.equal(compareSearch(selection), '');
  assert.equal(compareEmbedFromSearch('?k=0p4x9k2a&place=411625').chart, '');
  assert.equal(compareEmbedFromSearch('?k=0p4x9k2a&place=411625').selection.place, '');
});

test('all years: a measure’s line over the years, by its catalogue key', () => {
  const found = compareEmbedChart(records(), null, 'newReceived')!;
  assert.equal(found.kind, 'line');
  assert.equal(found.spec.title, '本年新收申请逐年变化');
  assert.deepEqual(found.spec.labels, ['2022年', '2023年']);
  assert.deepEqual(found.spec.series, [{ label: '甲', values: [8, 21] }, { label: '乙', values: [null, 5] }]);
});

test('all years: each measure its own line and table, not the first measure’s', () => {
  // 办理结果总计: 乙 2023 4, 甲 none printed
  const found = compareEmbedChart(records(), null, 'totalProcessed')!;
  assert.equal(found.spec.title, '办理结果总计逐年变化');
  assert.deepEqual(found.spec.series.map((s) => s.values), [[null, null], [null, 4]]);
  const t = compareEmbedTable(records(), null, 'totalProcessed-table', (id) => `/report/${id}/`)!;
  assert.equal(t.title, '对比：甲、乙（全部年度）：办理结果总计');
  assert.deepEqual(t.rows[1]![2], { value: 4, href: '/report/2023-yi/' });
});

test('one year: the counts’ bars or the rates’ bars', () => {
  const counts = compareEmbedChart(records(), 2023, 'counts')!;
  assert.equal(counts.kind, 'bar');
  assert.equal(counts.spec.title, '2023年申请数量与办理结果');
  assert.equal(counts.spec.series[0]!.values[counts.spec.labels.indexOf('本年新收')], 21);
  const rates = compareEmbedChart(records(), 2023, 'rates')!;
  assert.equal(rates.spec.title, '2023年各项比例');
  assert.equal(rates.spec.series[1]!.values[rates.spec.labels.indexOf('予以公开比例')], 0.75);
});

test('a chart the state does not draw is none: a measure with a year, a year’s chart over all years, an unknown word', () => {
  assert.equal(compareEmbedChart(records(), 2023, 'newReceived'), null);
  assert.equal(compareEmbedChart(records(), null, 'counts'), null);
  assert.equal(compareEmbedChart(records(), null, 'toString'), null);
  assert.equal(compareEmbedChart(records(), null, ''), null);
});

test('all years: a measure’s table, titled with what is compared, its values linking to their reports; none for a year or a chart', () => {
  const t = compareEmbedTable(records(), null, 'newReceived-table', (id) => `/report/${id}/`)!;
  assert.equal(t.title, '对比：甲、乙（全部年度）：本年新收申请');
  assert.deepEqual(t.rows, [
    [{ value: '2022年' }, { value: 8, href: '/report/2022-jia/' }, { value: null }],
    [{ value: '2023年' }, { value: 21, href: '/report/2023-jia/' }, { value: 5, href: '/report/2023-yi/' }],
  ]);
  assert.equal(compareEmbedTable(records(), 2023, 'newReceived-table', String), null);
  assert.equal(compareEmbedTable(records(), null, 'newReceived', String), null);
  assert.equal(compareEmbedTable(records(), null, 'counts-table', String), null);
  assert.equal(compareEmbedChart(records(), null, 'newReceived-table'), null, 'a table is no chart');
});

test('one year: its table of the measures down and the agencies across, titled with what is compared; none over all years or for another word', () => {
  const found = compareEmbedYearTable(records(), 2023, 'table')!;
  assert.equal(found.title, '对比：甲、乙（2023年）：对比表');
  assert.deepEqual(found.table.columns.map((c) => c.name), ['甲', '乙']);
  const row = (label: string) => found.table.rows.find((r) => r.label === label)!;
  assert.deepEqual(row('本年新收申请').cells.map((c) => [c.value, c.reportId]), [[21, '2023-jia'], [5, '2023-yi']]);
  // 乙: 予以公开 3 of 办理 4
  assert.equal(row('予以公开比例').cells[1]!.value, 0.75);
  assert.equal(compareEmbedYearTable(records(), null, 'table'), null);
  assert.equal(compareEmbedYearTable(records(), 2023, 'counts'), null);
  assert.equal(compareEmbedChart(records(), 2023, 'table'), null, 'the table is no chart');
  assert.equal(compareEmbedTable(records(), 2023, 'table', String), null);
});
