import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { FILE_NAME_BYTES, compareFile, compareFileName, compareTable, compareTitle, measureComparisons, selectionFromSearch, selectionToSearch, withoutFailed, yearCharts } from '../../../src/lib/views/compare.ts';
import { quietChart } from '../../../src/lib/present/chart-spec.ts';
import { compareRecord } from '../../../src/lib/views/list-rows.ts';
import { makeReport } from '../fixture-reports.ts';

test('the selection survives a round trip through the URL, the picker’s region with it', () => {
  const search = selectionToSearch({ ids: [], slugs: ['qian-dian-zhen', 'yan-jin-xian'], year: 2023, place: '411625', failed: 'hide' });
  assert.equal(search, '?a=qian-dian-zhen&a=yan-jin-xian&y=2023&place=411625&failed=hide');
  assert.deepEqual(selectionFromSearch(search), { ids: [], slugs: ['qian-dian-zhen', 'yan-jin-xian'], year: 2023, place: '411625', failed: 'hide' });
  assert.equal(selectionToSearch({ ids: [], slugs: [], year: null, place: '41', failed: 'mark' }), '?place=41');
  assert.equal(selectionToSearch({ ids: [], slugs: [], year: null, place: '', failed: 'mark' }), '', 'nothing chosen: no query at all');
});

test('agencies with ids are written short, in one parameter; an agency without one keeps its slug', () => {
  const search = selectionToSearch({ ids: ['0p4x9k2a', 'zz81m0qq'], slugs: ['cheng-guan-zhen-3f9a1c'], year: null, place: '', failed: 'mark' });
  assert.equal(search, '?k=0p4x9k2a.zz81m0qq&a=cheng-guan-zhen-3f9a1c');
  assert.deepEqual(selectionFromSearch(search), { ids: ['0p4x9k2a', 'zz81m0qq'], slugs: ['cheng-guan-zhen-3f9a1c'], year: null, place: '', failed: 'mark' });
  // Anything but eight of [0-9a-z] is no id: too short, upper case, markup; a repeated id counts once.
  assert.deepEqual(selectionFromSearch('?k=0p4x9k2a.abc.0P4X9K2A.%3Cb%3E0p4x9k2.0p4x9k2a').ids, ['0p4x9k2a']);
});

test('the URL reader accepts comma lists, drops duplicates, unsafe slugs and a region that is no division code, and defaults to all years', () => {
  assert.deepEqual(selectionFromSearch('?a=b,c&a=b&a=%3Cscript%3E&y=abc&place=4116x&failed=maybe'), { ids: [], slugs: ['b', 'c'], year: null, place: '', failed: 'mark' });
  assert.deepEqual(selectionFromSearch('?place=41162'), { ids: [], slugs: [], year: null, place: '', failed: 'mark' }, 'five digits are no level');
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

test('the sentence instead of a chart shows a gap in the years: 2019 and 2024 are not 2019—2024', () => {
  const records = groupAgencies([
    makeReport({ id: '2019-jia', agency: '甲', year: 2019, cells: { 'applications.newReceived.total': 6, 'reviewLitigation.reconsideration.total': 0 } }),
    makeReport({ id: '2024-jia', agency: '甲', year: 2024, cells: { 'applications.newReceived.total': 9, 'reviewLitigation.reconsideration.total': 0 } }),
  ]).map(compareRecord);
  const all = measureComparisons(records, String);
  assert.equal(quietChart(all.find((m) => m.key === 'reconsideration')!.chart), '所选机关2019、2024年的行政复议均为0件或未填报。');
});

test('the title names the agencies and the year', () => {
  assert.equal(compareTitle([{ name: '甲' }, { name: '乙' }], 2023), '对比：甲、乙（2023年）');
  assert.equal(compareTitle([{ name: '甲' }, { name: '乙' }], null), '对比：甲、乙（全部年度）');
  assert.equal(compareTitle([], null), '对比');
});

test('the download: a row per measure, agency and year, counts and rates in their own columns', () => {
  const records = threeYears();
  const file = compareFile(compareTable(records, 2023), '对比：甲、乙（2023年）');
  assert.deepEqual(file.columns.map((c) => c.label), ['指标', '机关', '年度', '件数', '比例', '报告编号', '统计范围', '未通过核对']);
  assert.equal(file.rows.length, 14 * 2);
  assert.deepEqual(file.rows[0], [{ value: '本年新收申请' }, { value: '甲' }, { value: 2023 }, { value: 21 }, { value: null }, { value: '2023-jia' }, { value: '本机关' }, { value: null }]);
  const rate = file.rows.find((r) => r[0]!.value === '予以公开比例' && r[1]!.value === '甲')!;
  assert.deepEqual(rate.slice(3, 6), [{ value: null }, { value: 0.75 }, { value: '2023-jia' }]);
  const all = compareFile(compareTable(records, null), 'x');
  assert.equal(all.rows.length, 14 * 3, 'all years: every agency-year of the table');
});

/**
 * A county and two townships, by hand: 淮阴区人民政府 2023 its own 9 applications, 2024 the whole
 * district's 260 (a summary); 城关镇 2024 says 41 in its table and 1 in its text (the prose check
 * fails); 钱店镇 2024 13, passing.
 */
function marked() {
  const prose = { id: 'prose' as const, ok: false, message: '正文“收到申请1件”写 1 件，表格为 41 件（本年新收申请）', left: 1, right: 41 };
  return groupAgencies([
    makeReport({ id: '2023-huai-yin', agency: '淮阴区人民政府', level: 'county', year: 2023, scope: 'own', cells: { 'applications.newReceived.total': 9 } }),
    makeReport({ id: '2024-huai-yin', agency: '淮阴区人民政府', level: 'county', year: 2024, scope: 'summary', cells: { 'applications.newReceived.total': 260 } }),
    makeReport({ id: '2024-cheng-guan', agency: '城关镇', level: 'township', year: 2024, cells: { 'applications.newReceived.total': 41 }, checks: [prose] }),
    makeReport({ id: '2024-qian-dian', agency: '钱店镇', level: 'township', year: 2024, cells: { 'applications.newReceived.total': 13 } }),
  ])
    .map(compareRecord)
    .sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
}
/** The order of the selection, as a person chose them. */
const ORDER = ['淮阴区人民政府', '城关镇', '钱店镇'];

test('a summary and a report failing a check are marked in the table heads, the charts and the download, the check’s words with it', () => {
  const records = marked();
  const t = compareTable(records, 2024);
  assert.deepEqual(t.columns.map((c) => [c.name, c.marks.map((m) => m.text)]), [['淮阴区人民政府', ['汇总']], ['城关镇', ['未通过核对']], ['钱店镇', []]]);
  assert.match(t.columns[1]!.marks[0]!.title, /写 1 件，表格为 41 件/);
  assert.deepEqual(yearCharts(records, 2024)[0]!.series.map((s) => s.label), ['淮阴区人民政府（汇总）', '城关镇（未通过核对）', '钱店镇']);
  const file = compareFile(t, 'x');
  const received = file.rows.filter((r) => r[0]!.value === '本年新收申请');
  assert.deepEqual(received.map((r) => [r[1]!.value, r[3]!.value, r[6]!.value]), [['淮阴区人民政府', 260, '汇总'], ['城关镇', 41, '本机关'], ['钱店镇', 13, '本机关']]);
  assert.match(String(received[1]![7]!.value), /正文数字与表格一致.*写 1 件/);
  assert.equal(received[2]![7]!.value, null);
});

test('all years: a line never joins a summary year to an own one, and the failing year is named; the cells carry their marks', () => {
  const received = measureComparisons(marked(), (id) => `/report/${id}/`).find((m) => m.key === 'newReceived')!;
  assert.deepEqual(received.chart.series, [
    { label: '淮阴区人民政府（本机关）', values: [9, null] },
    { label: '淮阴区人民政府（汇总）', values: [null, 260] },
    { label: '城关镇（2024年未通过核对）', values: [null, 41] },
    { label: '钱店镇', values: [null, 13] },
  ]);
  assert.deepEqual(received.table.rows[1]!.map((c) => (c.marks ?? []).map((m) => m.text)), [[], ['汇总'], ['未通过核对'], []]);
});

test('failed=hide leaves the reports failing a check out and counts them', () => {
  const { records, left } = withoutFailed(marked());
  assert.equal(left, 1);
  assert.deepEqual(compareTable(records, 2024).rows[0]!.cells.map((c) => c.value), [260, null, 13]);
});

test('the download is named by what the view is, short: a few agencies by name, many counted, never over the byte bound', () => {
  assert.equal(compareFileName([{ name: '甲县' }, { name: '乙县' }], 2023), '对比-甲县-乙县-2023年');
  const fifteen = Array.from({ length: 15 }, (_, i) => ({ name: `郸城县第${i + 1}个很长名字的乡镇人民政府` }));
  assert.equal(compareFileName(fifteen, null), '对比-15个机关-全部年度');
  const long = [{ name: '某某省某某市某某县某某镇人民政府办公室党政综合服务中心' }, { name: '某某省某某市某某县某某乡人民政府办公室党政综合服务中心' }];
  assert.equal(compareFileName(long, 2024), '对比-2个机关-2024年', 'names over the bound are counted');
  assert.ok(new TextEncoder().encode(compareFileName(fifteen, 2024)).length <= FILE_NAME_BYTES);
});

test('the charts of a year: every count but the total side by side in 件, and every rate in percent', () => {
  const [counts, rates] = yearCharts(threeYears(), 2023);
  assert.equal(counts!.title, '2023年申请数量与办理结果');
  assert.deepEqual(counts!.labels, ['本年新收', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '行政复议', '行政诉讼']);
  // 甲 2023: 新收 21, 予以公开 15; 乙 2023: 新收 5, 行政复议 0
  assert.deepEqual(counts!.series, [
    { label: '甲', values: [21, 15, null, null, null, null, null, null, null] },
    { label: '乙', values: [5, null, null, null, null, null, null, 0, null] },
  ]);
  assert.equal(counts!.unit, '件');
  assert.equal(counts!.horizontal, true);
  assert.equal(counts!.percent, undefined);
  assert.equal(rates!.title, '2023年各项比例');
  assert.deepEqual(rates!.labels, ['予以公开比例', '公开比例', '不予公开比例', '复议纠错比例']);
  // 予以公开 15 of 20 办理, and with 部分公开 blank 15 公开及部分公开 too; 乙 states no 办理总计
  assert.deepEqual(rates!.series, [
    { label: '甲', values: [0.75, 0.75, null, null] },
    { label: '乙', values: [null, null, null, null] },
  ]);
  assert.equal(rates!.unit, '');
  assert.equal(rates!.percent, true);
  assert.equal(rates!.horizontal, true);
});

test('all years, measure by measure: the chart’s title, years and unit; a rate’s quiet sentence in percent', () => {
  const all = measureComparisons(threeYears(), String);
  const received = all.find((m) => m.key === 'newReceived')!.chart;
  assert.equal(received.title, '本年新收申请逐年变化');
  assert.deepEqual(received.labels, ['2022年', '2023年']);
  assert.equal(received.unit, '件');
  assert.equal(received.percent, false);
  const withheld = all.find((m) => m.key === 'withheldShare')!.chart;
  assert.equal(withheld.unit, '');
  assert.equal(quietChart(withheld), '所选机关2022—2023年的不予公开比例均为0%或未填报。');
});

test('the years run oldest first whatever order the agencies were chosen in', () => {
  // 乙 first, with 2023 only; 甲 after it, with 2022 and 2023.
  const records = threeYears().sort((a, b) => (a.name === '乙' ? -1 : b.name === '乙' ? 1 : 0));
  assert.deepEqual(records.map((r) => r.name), ['乙', '甲']);
  const received = measureComparisons(records, String).find((m) => m.key === 'newReceived')!;
  assert.deepEqual(received.table.rows.map((r) => r[0]!.value), ['2022年', '2023年']);
  assert.deepEqual(received.chart.series, [{ label: '乙', values: [null, 5] }, { label: '甲', values: [8, 21] }]);
});

test('a line names every year whose report fails a check, and its scope beside them', () => {
  const fails = [{ id: 'balance' as const, ok: false, message: '不平衡' }];
  // 泌阳县人民政府: its own 4 in 2022 (failing), 6 in 2023 (failing), the whole county's 70 in 2024.
  const records = groupAgencies([
    makeReport({ agency: '泌阳县人民政府', level: 'county', year: 2022, scope: 'own', cells: { 'applications.newReceived.total': 4 }, checks: fails }),
    makeReport({ agency: '泌阳县人民政府', level: 'county', year: 2023, scope: 'own', cells: { 'applications.newReceived.total': 6 }, checks: fails }),
    makeReport({ agency: '泌阳县人民政府', level: 'county', year: 2024, scope: 'summary', cells: { 'applications.newReceived.total': 70 } }),
  ]).map(compareRecord);
  const received = measureComparisons(records, String).find((m) => m.key === 'newReceived')!;
  assert.deepEqual(received.chart.series, [
    { label: '泌阳县人民政府（本机关；2022、2023年未通过核对）', values: [4, 6, null] },
    { label: '泌阳县人民政府（汇总；2022、2023年未通过核对）', values: [null, null, 70] },
  ]);
});

test('the download’s columns say their kind, and the scope and check columns their glossary terms', () => {
  const file = compareFile(compareTable(threeYears(), 2023), 'x');
  assert.equal(file.title, 'x');
  assert.deepEqual(file.columns.map((c) => [c.label, c.kind, c.term]), [
    ['指标', 'text', undefined],
    ['机关', 'text', undefined],
    ['年度', 'year', undefined],
    ['件数', 'count', undefined],
    ['比例', 'rate', undefined],
    ['报告编号', 'text', undefined],
    ['统计范围', 'text', 'summary'],
    ['未通过核对', 'text', 'identity'],
  ]);
});

test('the download leaves the check column blank for a summary that passes its checks', () => {
  const file = compareFile(compareTable(marked(), 2024), 'x');
  const huaiYin = file.rows.find((r) => r[0]!.value === '本年新收申请' && r[1]!.value === '淮阴区人民政府')!;
  assert.deepEqual([huaiYin[6]!.value, huaiYin[7]!.value], ['汇总', null]);
});

test('the download is named for three agencies, counted for four, and named up to exactly the byte bound', () => {
  const three = [{ name: '甲县' }, { name: '乙县' }, { name: '丙县' }];
  assert.equal(compareFileName(three, 2023), '对比-甲县-乙县-丙县-2023年');
  assert.equal(compareFileName([...three, { name: '丁县' }], 2023), '对比-4个机关-2023年');
  // 对比-<name>-2024年: 6 + 1 + 1 + 7 = 15 bytes around the name; 35 characters of 3 bytes make 120 in all.
  const exact = [{ name: '郸'.repeat(35) }];
  assert.equal(new TextEncoder().encode(compareFileName(exact, 2024)).length, FILE_NAME_BYTES);
  assert.equal(compareFileName(exact, 2024), `对比-${'郸'.repeat(35)}-2024年`);
  assert.equal(compareFileName([{ name: '郸'.repeat(36) }], 2024), '对比-1个机关-2024年');
});

test('the URL reader trims a slug and takes none that holds anything but [a-z0-9-] before or after', () => {
  assert.deepEqual(selectionFromSearch('?a=%20qian-dian-zhen%20,x%3Cb,%3Cb%3Ex').slugs, ['qian-dian-zhen']);
});
