import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homeOverview, homeYear, yearOverview, yearPaths } from '../../../src/lib/views/overview.ts';
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

/**
 * 甲 (county): 自然人 7 and 商业企业 2 of 新收 9; 不予公开 国家秘密 1; 行政复议 维持 2, 纠正 1; 直接起诉 尚未审结 4.
 * 乙 (township): 自然人 20 and 法律服务机构 3 of 新收 23; 第三方合法权益 5; 行政复议 维持 6.
 * 丙 (township): no number, its report read partly; 丁 (passing a second) and 己 failing one check each, 戊 two.
 * 甲 2023: 新收 4, failing one check (a report of another year, on no list of 2024).
 */
function charted() {
  const fails = (n: number) => Array.from({ length: n }, (_, i) => ({ id: (['balance', 'prose'] as const)[i]!, ok: false, message: '不符' }));
  return buildSite([
    makeReport({
      id: '2024-jia',
      agency: '甲',
      level: 'county',
      cells: {
        'applications.newReceived.naturalPerson': 7,
        'applications.newReceived.commercialEnterprise': 2,
        'applications.newReceived.total': 9,
        'applications.withheldStateSecret.total': 1,
        'reviewLitigation.reconsideration.upheld': 2,
        'reviewLitigation.reconsideration.corrected': 1,
        'reviewLitigation.litigationDirect.pending': 4,
      },
    }),
    makeReport({
      id: '2024-yi',
      agency: '乙',
      level: 'township',
      cells: {
        'applications.newReceived.naturalPerson': 20,
        'applications.newReceived.legalServiceOrganization': 3,
        'applications.newReceived.total': 23,
        'applications.withheldThirdPartyRights.total': 5,
        'reviewLitigation.reconsideration.upheld': 6,
      },
    }),
    makeReport({ id: '2024-ji', agency: '己', level: 'township', checks: fails(1) }),
    makeReport({ id: '2024-ding', agency: '丁', level: 'township', checks: [...fails(1), { id: 'review', ok: true, message: '平衡' }] }),
    makeReport({ id: '2024-bing', agency: '丙', level: 'township', status: 'partial' }),
    makeReport({ id: '2024-wu', agency: '戊', level: 'township', checks: fails(2) }),
    makeReport({ id: '2023-jia', agency: '甲', level: 'county', year: 2023, cells: { 'applications.newReceived.total': 4 }, checks: fails(1) }),
  ]);
}

test('the year’s charts add up every report: applicants, results, reasons withheld, review and litigation, levels', () => {
  const { charts } = yearOverview(charted(), 2024);
  assert.deepEqual(charts.applicants, {
    title: '2024年新收申请的申请人类型（全部机关合计）',
    labels: ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    series: [{ label: '新收申请', values: [27, 2, null, null, 3, null] }],
    unit: '件',
    horizontal: true,
  });
  assert.deepEqual(charts.outcomes.title, '2024年办理结果构成（全部机关合计）');
  assert.deepEqual(charts.outcomes.labels, ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
  assert.deepEqual(charts.outcomes.series, [{ label: '办理结果', values: [null, null, 6, null, null, null] }]);
  assert.deepEqual([charts.outcomes.unit, charts.outcomes.horizontal], ['件', true]);
  assert.deepEqual(charts.withheld, {
    title: '2024年不予公开的理由（全部机关合计）',
    labels: ['国家秘密', '法律法规禁止公开', '危及三安全一稳定', '第三方合法权益', '内部事务信息', '过程性信息', '行政执法案卷', '行政查询事项'],
    series: [{ label: '不予公开', values: [1, null, null, 5, null, null, null, null] }],
    unit: '件',
    horizontal: true,
  });
  assert.deepEqual(charts.review, {
    title: '2024年行政复议和行政诉讼的结果（全部机关合计）',
    labels: ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'],
    series: [
      { label: '结果维持', values: [8, null, null] },
      { label: '结果纠正', values: [1, null, null] },
      { label: '其他结果', values: [null, null, null] },
      { label: '尚未审结', values: [null, 4, null] },
    ],
    unit: '件',
    horizontal: true,
    stacked: true,
  });
  assert.deepEqual(charts.levels, { title: '2024年各层级机关的新收申请', labels: ['县级', '乡镇级'], series: [{ label: '新收申请', values: [9, 23] }], unit: '件', horizontal: true });
});

test('the reports to look at: read partly or failing checks, the most failures first, then by id', () => {
  const v = yearOverview(charted(), 2024);
  assert.deepEqual(v.attention, [
    { id: '2024-wu', agency: '戊', status: 'ok', failedChecks: 2 },
    { id: '2024-ding', agency: '丁', status: 'ok', failedChecks: 1 },
    { id: '2024-ji', agency: '己', status: 'ok', failedChecks: 1 },
    { id: '2024-bing', agency: '丙', status: 'partial', failedChecks: 0 },
  ]);
  assert.equal(v.reportCount, 6, 'the year’s reports only');
  assert.equal(v.year, 2024);
});

test('the headlines as a table: value, unit, numerator, denominator and how many reports state it', () => {
  const site = buildSite([
    makeReport({ agency: '甲', cells: { 'applications.newReceived.total': 10, 'applications.granted.total': 6, 'applications.totalProcessed.total': 10 } }),
    makeReport({ agency: '乙', cells: { 'applications.newReceived.total': 30, 'applications.granted.total': 9, 'applications.totalProcessed.total': 30, 'reviewLitigation.reconsideration.total': 2 } }),
  ]);
  const t = yearOverview(site, 2024).headlineTable;
  assert.equal(t.title, '2024年主要数字（全部机关合计）');
  assert.deepEqual(t.columns.map((c) => [c.label, c.kind]), [['指标', 'text'], ['单位', 'text'], ['数值', 'measure'], ['分子', 'count'], ['分母', 'count'], ['填报的报告数', 'count']]);
  assert.deepEqual(t.rows, [
    [{ value: '本年新收申请' }, { value: '件' }, { value: 40, kind: 'count' }, { value: null }, { value: null }, { value: 2 }],
    [{ value: '予以公开比例' }, { value: '%' }, { value: 15 / 40, kind: 'rate' }, { value: 15 }, { value: 40 }, { value: 2 }],
    [{ value: '予以公开及部分公开比例' }, { value: '%' }, { value: 15 / 40, kind: 'rate' }, { value: 15 }, { value: 40 }, { value: 2 }],
    [{ value: '行政复议' }, { value: '件' }, { value: 2, kind: 'count' }, { value: null }, { value: null }, { value: 1 }],
    [{ value: '行政诉讼' }, { value: '件' }, { value: null, kind: 'count' }, { value: null }, { value: null }, { value: 0 }],
  ]);
});

test('a page per year, and the home page on the year homeYear picks; none without data', () => {
  const site = charted();
  assert.deepEqual(yearPaths(site).map((p) => [p.params.year, p.props.view.year, p.props.years]), [['2024', 2024, [2024, 2023]], ['2023', 2023, [2024, 2023]]]);
  const home = homeOverview(site);
  assert.deepEqual([home.view!.year, home.years], [2024, [2024, 2023]]);
  assert.deepEqual(homeOverview(buildSite([])), { view: null, years: [] });
});

test('the home year counts the reports without a year nowhere', () => {
  // 2024: two reports; five without a year would put 2024's two under half if they counted.
  const reports = [makeReport({ agency: '甲', year: 2024 }), makeReport({ agency: '乙', year: 2024 }), makeReport({ agency: '甲', year: 2023 }), ...['丙', '丁', '戊', '己', '庚'].map((agency) => makeReport({ agency, year: null }))];
  assert.equal(homeYear(reports), 2024);
  assert.equal(homeYear([makeReport({ agency: '甲', year: 2023 }), makeReport({ agency: '乙', year: 2023 }), makeReport({ agency: '甲', year: 2024 })]), 2024, 'one of two is half: shown');
});
