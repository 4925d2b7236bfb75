/**
 * The report page's model: the counts of checks passed and failed, the failed ones explained, the
 * outcome chart from the catalogue's outcome groups, the agency's other reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSite } from '../../../src/lib/site/site.ts';
import { reportPaths, reportView } from '../../../src/lib/views/report.ts';
import { makeReport, RICH } from '../fixture-reports.ts';

const checks = [
  { id: 'balance' as const, ok: true, message: '平' },
  { id: 'outcomes' as const, ok: true, message: '平' },
  { id: 'rowTotal' as const, ok: false, message: '“本年新收”行不平', where: 'applications.newReceived', left: 3, right: 40 },
  { id: 'review' as const, ok: true, message: '平' },
];
const report = { ...RICH, id: '2024-jia', checks };
const older = { ...makeReport({ id: '2023-jia', agency: '甲县人民政府', year: 2023 }), agencyKey: RICH.agencyKey };
const site = buildSite([report, older]);

test('checks: three passed, one failed and explained', () => {
  const view = reportView(site, report, null);
  assert.deepEqual(view.checkGroups, [{ label: '统计表勾稽关系', passed: 3, failed: 1 }]);
  assert.equal(view.failed.length, 1);
  assert.equal(view.failed[0]!.id, 'rowTotal');
  assert.match(view.failed[0]!.text, /“本年新收”行/);
});

test('checks counted by what they compare, as the checklist counts them: the table identities, the text, last year’s report', () => {
  const all = [
    ...checks,
    { id: 'prose' as const, ok: false, message: '正文写 5 件，表格为 7 件' },
    { id: 'carryover' as const, ok: true, message: '平' },
    { id: 'inForce' as const, ok: true, message: '平' },
  ];
  const view = reportView(site, { ...report, checks: all }, null);
  assert.deepEqual(view.checkGroups, [
    { label: '统计表勾稽关系', passed: 3, failed: 1 },
    { label: '正文与表格', passed: 0, failed: 1 },
    { label: '与上年报告', passed: 2, failed: 0 },
  ]);
  // a kind no check of the report tried is not listed
  assert.deepEqual(reportView(site, { ...report, checks: all.slice(4) }, null).checkGroups, [
    { label: '正文与表格', passed: 0, failed: 1 },
    { label: '与上年报告', passed: 2, failed: 0 },
  ]);
});

test('the outcome chart: each outcome group of the 总计 column, in printed order', () => {
  const chart = reportView(site, report, null).outcomeChart!;
  assert.deepEqual(chart.labels, ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
  assert.deepEqual(chart.series[0]!.values, [12, 9, 3, 8, 4, 3]);
});

test('the agency, its other reports, and the source file as given', () => {
  const view = reportView(site, report, '2024-jia.txt');
  assert.deepEqual(view.siblings, [{ id: '2023-jia', year: 2023 }]);
  assert.equal(view.sourceFile, '2024-jia.txt');
  assert.equal(view.agency.name, '甲县人民政府');
  assert.equal(view.tables.length, 3);
});

/** The cells of table 三 (the second table) as [path-like label, cell] for the value cells of a body row. */
function rowCells(view: ReturnType<typeof reportView>, rowIndex: number) {
  return view.tables[1]!.body[rowIndex]!.filter((c) => !c.header);
}

test('the cells a failed check involves are marked with its number; others are not', () => {
  const view = reportView(site, report, null);
  assert.equal(view.failedCells, true);
  // rowTotal in the 本年新收 row (the first body row): its six applicant cells and its 总计, check 1.
  assert.deepEqual(rowCells(view, 0).map((c) => c.fails), [1, 1, 1, 1, 1, 1, 1]);
  assert.deepEqual(rowCells(view, 1).map((c) => c.fails), Array(7).fill(undefined), '上年结转 is no part of it');
  assert.equal(view.failed[0]!.cells.length, 7);
  assert.deepEqual(view.failed[0]!.cells.slice(-1), ['applications.newReceived.total']);
});

test('a cell not read is marked apart from a printed blank; inferred values keep their mark', () => {
  const damaged = { ...RICH, id: '2024-jia', checks: [], unread: ['applications.carriedOver', 'reviewLitigation'], inferred: ['applications.granted.total'] };
  const view = reportView(buildSite([damaged]), damaged, null);
  assert.equal(view.unreadCells, true);
  // 上年结转 (second row): RICH prints only its 总计 (5); the six blank applicant cells were not read.
  assert.deepEqual(rowCells(view, 1).map((c) => [c.text, c.unread === true]), [['', true], ['', true], ['', true], ['', true], ['', true], ['', true], ['5', false]]);
  // 本年新收 (first row): its blanks are printed blanks.
  assert.ok(rowCells(view, 0).every((c) => !c.unread));
  // Table 四, not read: every blank cell of it; a number read is never marked unread.
  assert.ok(view.tables[2]!.body[0]!.filter((c) => c.text === '').every((c) => c.unread && c.note === '未能读出'));
  assert.ok(view.tables[2]!.body[0]!.filter((c) => c.text !== '').every((c) => !c.unread));
  const granted = rowCells(view, 2).at(-1)!;
  assert.deepEqual([granted.text, granted.inferred, granted.note], ['12', true, '推算值']);
});

test('a summary report says its numbers are the whole county’s, not the government’s own; an own report says nothing', () => {
  const summary = { ...report, scope: 'summary' as const, level: 'county' as const };
  assert.equal(
    reportView(buildSite([summary, older]), summary, null).scopeNote,
    '这份报告为全县汇总报告：数字是全县各级行政机关的合计，不是甲县人民政府自身的工作量，不能与单个机关的数字相比，也不能与下级机关的报告相加。',
  );
  assert.equal(reportView(site, { ...report, scope: 'own' }, null).scopeNote, null);
});

test('copied text: the share found in last year’s report and the same year’s reports, each by its agency, with its link target', () => {
  const copy = { ...makeReport({ id: '2024-yi', agency: '乙镇', year: 2024 }) };
  const copier = { ...report, copied: { previousId: '2023-jia', previousShare: 0.857, sameYear: [{ id: '2024-yi', share: 0.912 }] } };
  const view = reportView(buildSite([copier, older, copy]), copier, null);
  assert.deepEqual(view.copied, { previous: { id: '2023-jia', year: 2023, share: '86%' }, sameYear: [{ id: '2024-yi', agency: '乙镇', share: '91%' }], capped: false });
  const capped = { ...copier, copied: { ...copier.copied, sameYearCapped: true as const } };
  assert.equal(reportView(buildSite([capped, older, copy]), capped, null).copied!.capped, true, 'more same-year candidates than were counted: the list may be short');
  assert.equal(view.checklist.items.find((i) => i.key === 'notCopied')!.state, 'unmet');
  assert.equal(reportView(site, report, null).copied, null, 'no copied field: nothing compared');
});

test('the dates with what each is and its evidence, and whether the report came out on time', () => {
  const dated = {
    ...RICH,
    id: '2024-jia',
    checks: [],
    dates: [
      { kind: 'published' as const, date: '2025-02-12', evidence: '发布时间：2025-02-12' },
      { kind: 'signed' as const, date: '2025-01-20', evidence: '甲县人民政府 2025年1月20日' },
    ],
  };
  const view = reportView(buildSite([dated]), dated, null);
  assert.deepEqual(view.dates, [
    { label: '发布日期', date: '2025-02-12', evidence: '发布时间：2025-02-12' },
    { label: '落款日期', date: '2025-01-20', evidence: '甲县人民政府 2025年1月20日' },
  ]);
  // RICH is a county government reporting on 2024: its own report is due by 31 March 2025 (条例第四十九条).
  assert.equal(view.timeliness.text, '按期：2025-02-12发布，期限为2025-03-31');
  // The same date on a county department's report is twelve days after 31 January 2025.
  const department = { ...dated, agency: '甲县财政局', agencyKind: 'department' as const };
  assert.equal(reportView(buildSite([department]), department, null).timeliness.text, '逾期12天：2025-02-12发布，期限为2025-01-31');
});

test('the page’s labels of the report’s level, reading and format', () => {
  const view = reportView(site, report, null);
  assert.deepEqual([view.levelLabel, view.statusLabel, view.templateLabel], ['县级', '完整读取', '2021年版格式（国办公开办函〔2021〕30号）']);
  assert.deepEqual([view.unreadCells, view.inferredCells, view.inferredRows, view.dates], [false, false, false, []]);
  assert.deepEqual(view.checklist.items.map((i) => i.key), ['sections', 'edition', 'identities', 'prose', 'onTime', 'notCopied']);
});

test('the outcome chart’s title, unit and series, as horizontal bars; none where every outcome is blank', () => {
  const chart = reportView(site, report, null).outcomeChart!;
  assert.deepEqual([chart.title, chart.unit, chart.horizontal, chart.series[0]!.label], ['2024年办理结果构成', '件', true, '办理结果（总计栏）']);
  const noYear = { ...report, year: null };
  assert.equal(reportView(buildSite([noYear]), noYear, null).outcomeChart!.title, '年办理结果构成');
  const blank = { ...makeReport({ id: '2024-blank', agency: '空白镇', cells: { 'applications.newReceived.total': 6 } }) };
  assert.equal(reportView(buildSite([blank]), blank, null).outcomeChart, null);
  // One outcome printed is enough for the chart, the others blank.
  const one = { ...makeReport({ id: '2024-one', agency: '一项镇', cells: { 'applications.unableNotHeld.total': 4 } }) };
  assert.deepEqual(reportView(buildSite([one]), one, null).outcomeChart!.series[0]!.values, [null, null, null, 4, null, null]);
});

test('a report before 2019 has no tables of the format and no outcome chart', () => {
  const old = makeReport({ id: '2017-old', agency: '旧县', year: 2017, template: 'pre2019', cells: { 'applications.granted.total': 3 } });
  const view = reportView(buildSite([old]), old, null);
  assert.deepEqual([view.tables, view.outcomeChart], [[], null]);
});

test('a cell inferred is marked as such; a row of table 三 inferred is marked apart', () => {
  const cell = { ...report, inferred: ['applications.granted.total'] };
  assert.deepEqual([reportView(site, cell, null).inferredCells, reportView(site, cell, null).inferredRows], [true, false]);
  const row = { ...report, inferred: ['applications.granted'] };
  assert.deepEqual([reportView(site, row, null).inferredCells, reportView(site, row, null).inferredRows], [false, true]);
  const review = { ...report, inferred: ['reviewLitigation.reconsideration.total'] };
  assert.equal(reportView(site, review, null).inferredCells, true, 'a cell of table 四');
});

test('the share of last year’s text is given only with last year’s report, its share and this one’s year; a report of the same year not on the site is named by its id', () => {
  const copied = (c: NonNullable<typeof report.copied>, year: number | null = 2024) => {
    const r = { ...report, year, copied: c };
    return reportView(buildSite([r, older]), r, null).copied!;
  };
  assert.equal(copied({ previousId: null, previousShare: 0.9, sameYear: [] }).previous, null);
  assert.equal(copied({ previousId: '2023-jia', previousShare: null, sameYear: [] }).previous, null);
  assert.equal(copied({ previousId: '2023-jia', previousShare: 0.9, sameYear: [] }, null).previous, null);
  assert.deepEqual(copied({ previousId: '2023-jia', previousShare: 0.004, sameYear: [{ id: '2024-elsewhere', share: 0.83 }] }), { previous: { id: '2023-jia', year: 2023, share: '1%' }, sameYear: [{ id: '2024-elsewhere', agency: '2024-elsewhere', share: '83%' }], capped: false });
});

test('the report pages: one per report of the part’s own agencies', () => {
  const other = makeReport({ id: '2024-yi', agency: '乙镇', year: 2024 });
  const s = buildSite([report, older, other]);
  assert.deepEqual(reportPaths(s).map((p) => [p.params.id, p.props.id]).sort(), [['2023-jia', '2023-jia'], ['2024-jia', '2024-jia'], ['2024-yi', '2024-yi']]);
  const part = { ...s, ownAgencies: s.agencies.filter((a) => a.name === '乙镇') };
  assert.deepEqual(reportPaths(part), [{ params: { id: '2024-yi' }, props: { id: '2024-yi' } }]);
});
