import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homeYear, yearOverview } from '../../../src/lib/views/overview.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { makeReport } from '../fixture-reports.ts';
import { placeSite } from '../site/place-fixtures.ts';

test('headlines add reported numbers only and pool rates over reports that state both parts', () => {
  const site = buildSite([
    makeReport({ agency: '甲', cells: { 'applications.newReceived.total': 10, 'applications.granted.total': 6, 'applications.totalProcessed.total': 10 } }),
    makeReport({ agency: '乙', cells: { 'applications.newReceived.total': 30, 'applications.granted.total': 9, 'applications.totalProcessed.total': 30 } }),
    makeReport({ agency: '丙', cells: { 'applications.granted.total': 5 } }), // no 总计: out of the rate
  ]);
  const v = yearOverview(site, 2024);
  const received = v.headlines.find((h) => h.key === 'newReceived')!;
  assert.equal(received.value, 40);
  assert.equal(received.reported, 2);
  const granted = v.headlines.find((h) => h.key === 'grantedShare')!;
  // (6 + 9) / (10 + 30)
  assert.equal(granted.value, 15 / 40);
  assert.equal(granted.reported, 2);
  assert.equal(v.agencyCount, 3);
  // each headline is explained by its own glossary entry (the rate's, not one of its parts)
  assert.deepEqual(v.headlines.map((h) => [h.key, h.label, h.term]), [
    ['newReceived', '本年新收申请', 'newReceived'],
    ['grantedShare', '予以公开比例', 'grantedShare'],
    ['grantedOrPartialShare', '予以公开及部分公开比例', 'grantedOrPartialShare'],
    ['reconsideration', '行政复议', 'reconsideration'],
    ['litigation', '行政诉讼', 'litigation'],
  ]);
});

test('litigation adds both lawsuit groups over every report', () => {
  const site = buildSite([
    makeReport({ agency: '甲', cells: { 'reviewLitigation.litigationDirect.total': 2, 'reviewLitigation.litigationAfterReconsideration.total': 5 } }),
    makeReport({ agency: '乙', cells: { 'reviewLitigation.litigationAfterReconsideration.total': 11 } }),
  ]);
  const lit = yearOverview(site, 2024).headlines.find((h) => h.key === 'litigation')!;
  assert.deepEqual([lit.value, lit.reported], [18, 2]);
});

test('the home page skips a latest year that has under half the reports of the best year', () => {
  const reports = [
    ...['甲', '乙', '丙', '丁'].map((agency) => makeReport({ agency, year: 2023 })),
    makeReport({ agency: '甲', year: 2024 }),
    makeReport({ agency: '乙', year: 2024 }),
    makeReport({ agency: '甲', year: 2025 }),
  ];
  // 2025: 1 of 4 → skipped; 2024: 2 of 4 → shown
  assert.equal(homeYear(reports), 2024);
  assert.equal(homeYear([]), null);
});

test('a summary report is not added to its departments in the year’s totals and charts', () => {
  // tests/unit/site/place-fixtures.ts: 新收 of every 2024 report but the two summary reports
  // (郸城县人民政府 200, 周口市人民政府 900): 30 + 99 + 50 + 6 + 14 + 16 + 9 + 7 + 70 + 40 + 25 + 1000 + 300
  const v = yearOverview(placeSite(), 2024);
  const received = v.headlines.find((h) => h.key === 'newReceived')!;
  assert.deepEqual([received.value, received.reported], [1666, 13]);
  assert.equal(v.summaryCount, 2);
  assert.equal(v.agencyCount, 15);
  // the levels chart: county 7 + 16 + 9 + 40 + 25 (not the county's 200), city 70 (not 900)
  const levels = v.charts.levels;
  assert.equal(levels.series[0]!.values[levels.labels.indexOf('县级')], 97);
  assert.equal(levels.series[0]!.values[levels.labels.indexOf('市级')], 70);
  // 予以公开比例 pools the reports that state both parts, the county's summary left out: (8 + 50 + 30 + 5 + 3 + 4 + 9) / (20 + 99 + 40 + 5 + 12 + 16 + 9)
  assert.equal(v.headlines.find((h) => h.key === 'grantedShare')!.value, 109 / 201);
});

test('the year’s totals say how many of the reports they add fail one of their own checks', () => {
  const site = buildSite([
    makeReport({ agency: '甲', cells: { 'applications.newReceived.total': 13 }, checks: [{ id: 'prose', ok: false, message: '正文写 1 件，表格为 13 件' }] }),
    makeReport({ agency: '乙', cells: { 'applications.newReceived.total': 41 }, checks: [{ id: 'balance', ok: false, message: '不平衡' }] }),
    makeReport({ agency: '丙', cells: { 'applications.newReceived.total': 5 } }),
  ]);
  const v = yearOverview(site, 2024);
  assert.equal(v.headlines.find((h) => h.key === 'newReceived')!.value, 59, 'added all the same: 13 + 41 + 5');
  assert.equal(v.failedCount, 2);
});
