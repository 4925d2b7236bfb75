/**
 * The site across years, on three agencies that come and go: 甲县 reports 2022–2024, 乙镇 2023–2024,
 * 丙镇 2024 only. Every expected number added up by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSite } from '../../../src/lib/site/site.ts';
import { siteTrends, siteYoy } from '../../../src/lib/views/trends.ts';
import { makeReport } from '../fixture-reports.ts';

const r = (agency: string, level: 'county' | 'township', year: number, cells: Record<string, number>) =>
  makeReport({ id: `${year}-${agency}`.replace(/[^\x00-\x7f]/g, (c) => c.codePointAt(0)!.toString(36)), agency, level, year, cells });
const site = buildSite([
  r('甲县', 'county', 2022, { 'applications.newReceived.total': 10, 'applications.granted.total': 4, 'applications.totalProcessed.total': 8 }),
  r('甲县', 'county', 2023, { 'applications.newReceived.total': 14, 'applications.granted.total': 6, 'applications.totalProcessed.total': 12 }),
  r('甲县', 'county', 2024, { 'applications.newReceived.total': 9 }),
  r('乙镇', 'township', 2023, { 'applications.newReceived.total': 3, 'applications.granted.total': 1, 'applications.totalProcessed.total': 2, 'reviewLitigation.reconsideration.total': 2 }),
  r('乙镇', 'township', 2024, { 'applications.newReceived.total': 7, 'reviewLitigation.reconsideration.total': 1 }),
  r('丙镇', 'township', 2024, { 'applications.newReceived.total': 20, 'applications.granted.total': 11, 'applications.totalProcessed.total': 16 }),
]);

test('each year sums every agency that reported it; rates pooled', () => {
  const t = siteTrends(site);
  assert.deepEqual(t.years, [2022, 2023, 2024]);
  const series = (label: string) => t.charts.counts.series.find((s) => s.label === label)!.values;
  assert.deepEqual(series('本年新收'), [10, 17, 36]);
  // 予以公开 ÷ 办理总计 over the agencies stating both: 4/8; (6+1)/(12+2); 11/16 (丙镇 alone in 2024).
  assert.deepEqual(t.charts.rates.series.find((s) => s.label === '予以公开比例')!.values, [0.5, 0.5, 11 / 16]);
});

test('by level: a line per level, blank in a year without its agencies', () => {
  const t = siteTrends(site);
  assert.deepEqual(t.charts.levelsReceived.series, [{ label: '县级', values: [10, 14, 9] }, { label: '乡镇级', values: [null, 3, 27] }]);
});

test('the table of every year, newest first, with the number of agencies', () => {
  const { table } = siteTrends(site);
  assert.deepEqual(table.columns.slice(0, 4).map((c) => c.label), ['年度', '机关数', '其中未通过核对的报告', '本年新收']);
  assert.deepEqual(table.rows.map((row) => [row[0]!.value, row[1]!.value, row[2]!.value, row[3]!.value]), [['2024年', 3, 0, 36], ['2023年', 2, 0, 17], ['2022年', 1, 0, 10]]);
  const share = table.columns.findIndex((c) => c.label === '予以公开比例');
  assert.deepEqual(table.rows[1]![share], { value: 0.5, basis: '7/14' });
});

test('a year against the one before, over the agencies that reported in both', () => {
  // 2024 vs 2023: 甲县 and 乙镇. 新收 9 + 7 = 16 against 14 + 3 = 17; 予以公开 stated by neither in 2024;
  // 行政复议 only 乙镇 states both: 1 against 2. 丙镇 (2024 only) is left out.
  assert.deepEqual(siteYoy(site, 2024), { year: 2024, previousYear: 2023, agencies: 2, sentences: ['本年新收申请16件，比上年减少1件', '本年被申请行政复议1件，比上年减少1件'] });
  assert.deepEqual(siteYoy(site, 2023)!.sentences, ['本年新收申请14件，比上年增加4件', '本年予以公开6件，比上年增加2件']);
  assert.equal(siteYoy(site, 2022), null, 'no earlier year');
});

test('a report that sums up its subordinate bodies is not added to them again', () => {
  const withSummary = buildSite([
    r('甲县', 'county', 2024, { 'applications.newReceived.total': 9 }),
    { ...r('全县汇总', 'county', 2024, { 'applications.newReceived.total': 500 }), scope: 'summary' as const },
  ]);
  assert.deepEqual(siteTrends(withSummary).charts.counts.series.find((s) => s.label === '本年新收')!.values, [9]);
});

test('each year’s sum says how many of its reports fail one of their own checks', () => {
  // 乙镇 2024 and 丙镇 2024 fail a check; 甲县 2023 fails one too.
  const fails = [{ id: 'balance' as const, ok: false, message: '不平衡' }];
  const failing = new Set(['乙镇 2024', '丙镇 2024', '甲县 2023']);
  const marked = buildSite(site.reports.map((x) => (failing.has(`${x.agency} ${x.year}`) ? { ...x, checks: fails } : x)) as Parameters<typeof buildSite>[0]);
  const { table } = siteTrends(marked);
  assert.deepEqual(table.rows.map((row) => [row[0]!.value, row[2]!.value, row[3]!.value]), [['2024年', 2, 36], ['2023年', 1, 17], ['2022年', 0, 10]]);
});

test('the trends are computed once per site: the home page and every year page share them', () => {
  assert.equal(siteTrends(site), siteTrends(site));
});

test('the charts say what they add up, by year, in 件 or in percent', () => {
  const { charts } = siteTrends(site);
  assert.deepEqual([charts.counts.title, charts.counts.labels, charts.counts.unit, charts.counts.percent], ['全部机关的申请、复议和诉讼（合计）', ['2022年', '2023年', '2024年'], '件', undefined]);
  assert.deepEqual(charts.counts.series.map((s) => s.label), ['本年新收', '办理总计', '行政复议', '行政诉讼']);
  assert.deepEqual([charts.rates.title, charts.rates.unit, charts.rates.percent], ['全部机关的办理结果比例（合计）', '', true]);
  assert.deepEqual(charts.rates.series.map((s) => s.label), ['予以公开比例', '公开比例', '不予公开比例']);
  assert.deepEqual([charts.levelsReceived.title, charts.levelsReceived.unit, charts.levelsReceived.percent], ['各层级机关的本年新收申请（合计）', '件', undefined]);
  assert.deepEqual([charts.levelsShare.title, charts.levelsShare.unit, charts.levelsShare.percent], ['各层级机关的予以公开及部分公开比例（合计）', '', true]);
  // 公开及部分公开 (no 部分公开 stated: 予以公开 alone) ÷ 办理总计 by level: 甲县 4/8, 6/12, none; 乙镇 1/2 in 2023, 丙镇 11/16 in 2024
  assert.deepEqual(charts.levelsShare.series, [{ label: '县级', values: [0.5, 0.5, null] }, { label: '乡镇级', values: [null, 0.5, 11 / 16] }]);
});

test('the table of every year says its title, and each column’s kind; the failed reports’ column its glossary term', () => {
  const { table } = siteTrends(site);
  assert.equal(table.title, '全部机关历年合计');
  assert.deepEqual(table.columns.slice(0, 3).map((c) => [c.label, c.kind, c.term]), [['年度', 'text', undefined], ['机关数', 'count', undefined], ['其中未通过核对的报告', 'count', 'identity']]);
});

test('a year against the one before counts only the agencies that state a number in both years', () => {
  // 甲县 states 行政复议 3 in 2024 but none in 2023: left out of it; 乙镇 2 then 1.
  const both = buildSite([
    r('甲县', 'county', 2023, { 'applications.newReceived.total': 14 }),
    r('甲县', 'county', 2024, { 'applications.newReceived.total': 9, 'reviewLitigation.reconsideration.total': 3 }),
    r('乙镇', 'township', 2023, { 'applications.newReceived.total': 5, 'reviewLitigation.reconsideration.total': 2 }),
    r('乙镇', 'township', 2024, { 'applications.newReceived.total': 11, 'reviewLitigation.reconsideration.total': 1 }),
  ]);
  assert.deepEqual(siteYoy(both, 2024)!.sentences, ['本年新收申请20件，比上年增加1件', '本年被申请行政复议1件，比上年减少1件']);
});
