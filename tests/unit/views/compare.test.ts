import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { compareTable, selectionFromSearch, selectionToSearch, yearCharts } from '../../../src/lib/views/compare.ts';
import { compareRecord } from '../../../src/lib/views/list-rows.ts';
import { makeReport } from '../fixture-reports.ts';

test('the selection survives a round trip through the URL', () => {
  const search = selectionToSearch(['qian-dian-zhen', 'yan-jin-xian'], 2023);
  assert.equal(search, '?a=qian-dian-zhen&a=yan-jin-xian&y=2023');
  assert.deepEqual(selectionFromSearch(search), { slugs: ['qian-dian-zhen', 'yan-jin-xian'], year: 2023 });
});

test('the URL reader accepts comma lists, drops duplicates and unsafe slugs, and defaults to all years', () => {
  assert.deepEqual(selectionFromSearch('?a=b,c&a=b&a=%3Cscript%3E&y=abc'), { slugs: ['b', 'c'], year: null });
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
