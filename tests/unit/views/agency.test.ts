/**
 * The agency page's model on two years of one agency whose names and numbers differ year to year:
 * the name of its latest report, each measure in the right column and chart series, the level's
 * median.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measure } from '../../../src/lib/measures/catalogue.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { agencyPaths, agencyView } from '../../../src/lib/views/agency.ts';
import { quietChart } from '../../../src/lib/present/chart-spec.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

/** The same agency (one key) under its 2023 and its 2024 name. */
function year(y: number, agency: string, cells: Record<string, number>): Report {
  return { ...makeReport({ id: `${y}-hong-ze`, agency, year: y, level: 'county', cells, path: `洪泽区/${y}.txt` }), agencyKey: '洪泽区' };
}

const site = buildSite([
  year(2023, '洪泽区人民政府', {
    'applications.newReceived.total': 20,
    'applications.granted.total': 6,
    'applications.totalProcessed.total': 15,
    'reviewLitigation.reconsideration.total': 5,
    'reviewLitigation.litigationDirect.total': 1,
    'reviewLitigation.litigationAfterReconsideration.total': 2,
  }),
  year(2024, '淮安市洪泽区人民政府', {
    'applications.newReceived.total': 32,
    'applications.granted.total': 9,
    'applications.totalProcessed.total': 30,
    'reviewLitigation.reconsideration.total': 8,
    'reviewLitigation.litigationDirect.total': 4,
    'reviewLitigation.litigationAfterReconsideration.total': 6,
  }),
]);

test('the agency is named as in its latest report, and lists both years, oldest first', () => {
  const view = agencyView(site, site.agencies[0]!);
  assert.equal(view.agency.name, '淮安市洪泽区人民政府');
  assert.deepEqual(view.years.map((y) => [y.year, y.id]), [[2023, '2023-hong-ze'], [2024, '2024-hong-ze']]);
  assert.equal(view.levelLabel, '县级');
});

test('each chart series holds its own measure, year by year', () => {
  const { charts } = agencyView(site, site.agencies[0]!);
  const series = (spec: { series: { label: string; values: (number | null)[] }[] }, label: string) => spec.series.find((s) => s.label === label)!.values;
  assert.deepEqual(charts.applications.labels, ['2023年', '2024年']);
  assert.deepEqual([charts.applications.title, charts.outcomes.title, charts.review.title], ['申请数量逐年变化', '办理结果构成逐年变化', '行政复议和行政诉讼逐年变化']);
  assert.deepEqual([charts.applications.unit, charts.outcomes.unit, charts.review.unit, charts.outcomes.stacked], ['件', '件', '件', true]);
  // every year received, processed and was sued: no chart is quiet
  assert.deepEqual([charts.applications.quiet, charts.outcomes.quiet, charts.review.quiet], [undefined, undefined, undefined]);
  assert.deepEqual(series(charts.applications, '本年新收'), [20, 32]);
  assert.deepEqual(series(charts.applications, '办理总计'), [15, 30]);
  assert.deepEqual(series(charts.applications, '予以公开'), [6, 9]);
  assert.deepEqual(series(charts.review, '行政复议'), [5, 8]);
  // 行政诉讼 = 直接起诉 + 复议后起诉
  assert.deepEqual(series(charts.review, '行政诉讼'), [3, 10]);
});

test('the table of every year: one cell per column, rates with their basis', () => {
  const view = agencyView(site, site.agencies[0]!);
  const column = (key: string) => view.columns.findIndex((c) => c.key === key);
  const latest = view.years.at(-1)!;
  assert.equal(view.columns[column('grantedShare')]!.label, measure('grantedShare').short);
  assert.equal(latest.cells[column('newReceived')]!.value, 32);
  assert.deepEqual(latest.cells[column('grantedShare')]!.share, { value: 9 / 30, numerator: 9, denominator: 30, small: false });
  assert.equal(latest.cells[column('litigation')]!.value, 10);
  assert.equal(latest.cells[column('reconsideration')]!.value, 8);
});

test('the comparison is for the latest year, against the level’s median', () => {
  const c = agencyView(site, site.agencies[0]!).comparison!;
  assert.equal(c.year, 2024);
  const received = c.rows.find((r) => r.key === 'newReceived')!;
  assert.deepEqual([received.own, received.median, received.n], [32, 32, 1]);
});

test('year-on-year sentences against the year before', () => {
  const [latest] = agencyView(site, site.agencies[0]!).yoy;
  assert.equal(latest!.year, 2024);
  assert.deepEqual(latest!.sentences, ['本年新收申请32件，比上年增加12件', '本年予以公开9件，比上年增加3件', '本年被申请行政复议8件，比上年增加3件', '本年被提起行政诉讼10件，比上年增加7件']);
});

test('the table of every year as shown and downloaded: newest first, each year linking to its report', () => {
  const view = agencyView(site, site.agencies[0]!);
  assert.equal(view.table.title, '淮安市洪泽区人民政府历年数字');
  assert.deepEqual(view.table.columns[0], { label: '年度', kind: 'text' });
  assert.deepEqual(view.table.columns.map((c) => c.label), ['年度', '本年新收', '办理总计', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '予以公开比例', '行政复议', '行政诉讼']);
  assert.deepEqual(view.table.rows.map((r) => [r[0], r[1], r[9], r[11]]), [
    [{ value: '2024年', href: '/report/2024-hong-ze/' }, { value: 32 }, { value: 9 / 30 }, { value: 10 }],
    [{ value: '2023年', href: '/report/2023-hong-ze/' }, { value: 20 }, { value: 6 / 15 }, { value: 3 }],
  ]);
  assert.equal(view.yearsText, '2023—2024年');
});

test('the comparison with the level as a table: unit, own value, median, how many', () => {
  const t = agencyView(site, site.agencies[0]!).comparisonTable!;
  assert.deepEqual(t.columns.map((c) => [c.label, c.kind]), [['指标', 'text'], ['单位', 'text'], ['本机关', 'measure'], ['同层级中位数', 'measure'], ['参与比较的机关数', 'count'], ['说明', 'text']]);
  assert.deepEqual(t.rows[0], [{ value: '本年新收申请' }, { value: '件' }, { value: 32, kind: 'count' }, { value: 32, kind: 'count' }, { value: 1 }, { value: '' }]);
  assert.deepEqual(t.rows[1]!.slice(1, 4), [{ value: '%' }, { value: 9 / 30, kind: 'rate' }, { value: 9 / 30, kind: 'rate' }]);
});

test('an agency of one year with nothing to report: sentences for every chart, the year said once', () => {
  const quiet = buildSite([
    makeReport({
      id: '2024-wu',
      agency: '无申请乡',
      cells: { 'applications.newReceived.total': 0, 'applications.totalProcessed.total': 0, 'reviewLitigation.reconsideration.total': 0, 'reviewLitigation.litigationDirect.total': 0, 'reviewLitigation.litigationAfterReconsideration.total': 0 },
    }),
  ]);
  const view = agencyView(quiet, quiet.agencies[0]!);
  assert.equal(view.yearsText, '2024年');
  assert.equal(quietChart(view.charts.applications), '该机关2024年未收到政府信息公开申请。');
  assert.equal(quietChart(view.charts.outcomes), '该机关2024年没有办结的政府信息公开申请。');
  assert.equal(quietChart(view.charts.review), '该机关2024年未被申请行政复议，也未被提起行政诉讼。');
});

test('one year with numbers: no chart over years, the numbers in a sentence', () => {
  const one = buildSite([makeReport({ id: '2024-yi', agency: '一年镇', cells: { 'applications.newReceived.total': 6, 'applications.totalProcessed.total': 5, 'applications.granted.total': 4 } })]);
  const view = agencyView(one, one.agencies[0]!);
  assert.equal(view.charts.applications.title, '2024年申请数量');
  assert.equal(quietChart(view.charts.applications), '2024年申请数量：本年新收6件，办理总计5件，予以公开4件。');
});

test('a government whose 2024 report became a district-wide summary: the year marked 汇总 and said so, one line per scope, no sentence across the change', () => {
  const changed = buildSite([
    { ...year(2023, '洪泽区人民政府', { 'applications.newReceived.total': 20 }), scope: 'own' },
    {
      ...year(2024, '淮安市洪泽区人民政府', { 'applications.newReceived.total': 32 }),
      scope: 'summary',
      checks: [{ id: 'prose', ok: false, message: '正文“收到申请3件”写 3 件，表格为 32 件（本年新收申请）', left: 3, right: 32 }],
    },
  ]);
  const view = agencyView(changed, changed.agencies[0]!);
  assert.match(view.scopeNote!, /^2024年的报告为全区汇总报告：数字是全区各级行政机关的合计，不是淮安市洪泽区人民政府自身的工作量/);
  assert.deepEqual(view.table.rows.map((r) => (r[0]!.marks ?? []).map((m) => m.text)), [['汇总', '未通过核对'], []]);
  assert.match(view.table.rows[0]![0]!.marks![1]!.title, /写 3 件，表格为 32 件/);
  const received = view.charts.applications.series.filter((s) => s.label.startsWith('本年新收'));
  assert.deepEqual(received, [
    { label: '本年新收（本机关）', values: [20, null] },
    { label: '本年新收（全区汇总）', values: [null, 32] },
  ]);
  assert.deepEqual(view.charts.applications.labels, ['2023年', '2024年（未通过核对）']);
  assert.deepEqual(view.yoy[0], { year: 2024, sentences: ['2024年报告为全区汇总报告，与2023年本机关报告不可比'] });
  assert.equal(view.comparison!.summary, true);
  assert.deepEqual(view.comparisonTable!.rows[0]![2]!.marks!.map((m) => m.text), ['汇总', '未通过核对'], 'its own figure, marked');
});

test('the list of an agency’s reports: each with its year, title, status and how many of its checks failed, one without a year too', () => {
  const failed = (id: 'rowTotal' | 'prose', message: string) => ({ id, ok: false, message });
  const reports = buildSite([
    makeReport({ id: '2023-jia', agency: '甲镇', year: 2023, status: 'partial', checks: [failed('rowTotal', '合计不符'), { id: 'prose', ok: true, message: '正文数字与表格一致' }, failed('prose', '正文与表格不符')] }),
    makeReport({ id: '2024-jia', agency: '甲镇', year: 2024, checks: [{ id: 'rowTotal', ok: true, message: '' }] }),
    makeReport({ id: 'nd-jia', agency: '甲镇', year: null }),
  ]);
  const view = agencyView(reports, reports.agencies[0]!);
  assert.deepEqual(view.reports.map((r) => [r.id, r.year, r.status, r.failedChecks]), [['2023-jia', 2023, 'partial', 2], ['2024-jia', 2024, 'ok', 0], ['nd-jia', null, 'ok', 0]]);
  assert.equal(view.reports[0]!.title, '甲镇2023年政府信息公开工作年度报告');
  // the year-less report has no row of the table of years; a check that passed marks nothing
  assert.deepEqual(view.years.map((y) => [y.year, y.marks.map((m) => m.text)]), [[2023, ['未通过核对']], [2024, []]]);
  // the mark's title gives the failed checks' messages, not the passed one's
  assert.match(view.years[0]!.marks[0]!.title, /。合计不符；正文与表格不符$/);
});

test('an agency whose only report has no year: no years, no comparison, and no chart says it received nothing', () => {
  const undated = buildSite([makeReport({ id: 'nd-yi', agency: '乙镇', year: null, cells: { 'applications.newReceived.total': 5 } })]);
  const view = agencyView(undated, undated.agencies[0]!);
  assert.deepEqual([view.years, view.comparison, view.comparisonTable, view.table.rows], [[], null, null, []]);
  assert.equal(view.yearsText, '年度不详');
  assert.deepEqual([view.charts.applications.quiet, view.charts.outcomes.quiet, view.charts.review.quiet], [undefined, undefined, undefined]);
});

test('a rate on a small denominator is the agency’s own figure, said to be left out of the median', () => {
  // 予以公开 3 of 办理总计 4: below 10, too few to judge by
  const small = buildSite([makeReport({ id: '2024-bing', agency: '丙镇', cells: { 'applications.newReceived.total': 6, 'applications.totalProcessed.total': 4, 'applications.granted.total': 3 } })]);
  const t = agencyView(small, small.agencies[0]!).comparisonTable!;
  const row = t.rows.find((r) => r[0]!.value === '予以公开比例')!;
  assert.deepEqual(row.slice(2).map((c) => c.value), [3 / 4, null, 0, '本机关的比例基数过小，不计入中位数']);
  assert.equal(t.rows.find((r) => r[0]!.value === '本年新收申请')![5]!.value, '');
  assert.equal(t.title, '丙镇与同层级机关比较（2024年）');
});

test('every agency of the build part has its page, by its slug', () => {
  const paths = agencyPaths(site);
  assert.deepEqual(paths.map((p) => [p.params.slug, p.props.agency.name]), [[site.agencies[0]!.slug, '淮安市洪泽区人民政府']]);
  assert.equal(paths[0]!.props.agency, site.agencies[0]);
});

test('a chart is quiet only when every year is 0: one year with applications, or with a lawsuit, keeps it', () => {
  // 丁镇 received nothing in 2023 and 7 in 2024; it was never asked for reconsideration, but sued twice in 2024
  const zero = { 'applications.newReceived.total': 0, 'applications.totalProcessed.total': 0, 'reviewLitigation.reconsideration.total': 0, 'reviewLitigation.litigationDirect.total': 0, 'reviewLitigation.litigationAfterReconsideration.total': 0 };
  const mixed = buildSite([
    makeReport({ id: '2023-ding', agency: '丁镇', year: 2023, cells: zero }),
    makeReport({ id: '2024-ding', agency: '丁镇', year: 2024, cells: { ...zero, 'applications.newReceived.total': 7, 'reviewLitigation.litigationDirect.total': 2 } }),
  ]);
  const { charts } = agencyView(mixed, mixed.agencies[0]!);
  assert.equal(charts.applications.quiet, undefined);
  assert.equal(charts.review.quiet, undefined);
  // nothing was processed in either year
  assert.equal(charts.outcomes.quiet, '该机关2023—2024年没有办结的政府信息公开申请。');
});
