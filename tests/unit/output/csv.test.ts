/**
 * The CSV writer's rules on hand-made reports: every column under its key and Chinese header, the
 * companions' words, each edition's cells, the characters that start a formula. Reports read from
 * real files are in csv-read.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { cellsCsv, reportsCsv, reportsHeader, type ReportColumn } from '../../../src/lib/output/csv.ts';
import { DISCLOSURE_2019 } from '../../../src/lib/template/active-disclosure.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { division, makeReport, RICH } from '../fixture-reports.ts';

test('the companions under Chinese headers: the same columns and rows, headers and enumerated values in Chinese', async () => {
  const reports = [{ ...RICH, inferred: ['applications.granted.total'] }, { ...makeReport({ id: '2023-x', year: 2023 }), scope: 'summary' as const, status: 'partial' as const }];
  const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const keys = parse([...reportsCsv(reports)].join(''));
  const zh = parse([...reportsCsv(reports, 'zh')].join(''));
  assert.equal(zh.length, keys.length);
  const header = zh[0]!;
  assert.equal(header.length, keys[0]!.length);
  assert.equal(header[keys[0]!.indexOf('applications.granted.total')], '表三·予以公开·总计');
  assert.equal(header[0], '报告编号');
  assert.equal(new Set(header).size, header.length, 'every Chinese header names one column');
  const at = (rows: string[][], row: number, key: string) => rows[row]![keys[0]!.indexOf(key)];
  // RICH: 甲县人民政府, a county government, own scope, read whole from a text file in the 2021 format.
  assert.deepEqual(['level', 'agencyKind', 'scope', 'template', 'status', 'source.format'].map((k) => at(keys, 1, k)), ['county', 'government', 'own', '2021', 'ok', 'text']);
  assert.deepEqual(['level', 'agencyKind', 'scope', 'template', 'status', 'source.format'].map((k) => at(zh, 1, k)), ['县级', '人民政府（街道办事处）', '本机关', '2021年版格式（国办公开办函〔2021〕30号）', '完整读取', '纯文本 .txt']);
  assert.deepEqual([at(zh, 2, 'scope'), at(zh, 2, 'status'), at(zh, 2, 'level')], ['全辖区汇总（含下级机关）', '部分读取', '乡镇级']);
  assert.deepEqual([at(zh, 1, 'applications.granted.total'), at(zh, 1, 'id'), at(zh, 1, 'agency')], [at(keys, 1, 'applications.granted.total'), at(keys, 1, 'id'), '甲县人民政府'], 'numbers and text as they are');
  const cellsKeys = parse([...cellsCsv(reports)].join(''));
  const cellsZh = parse([...cellsCsv(reports, 'zh')].join(''));
  assert.deepEqual(cellsZh[0], ['报告编号', '发布机关', '年度', '表', '行', '列', '数值', '推算', '识别不确定', '原文页', '原文行', '原文工作表', '原文单元格']);
  assert.equal(cellsZh.length, cellsKeys.length);
  const granted = cellsKeys.findIndex((r) => r[0] === RICH.id && r[4] === 'granted' && r[5] === 'total');
  assert.deepEqual(cellsZh[granted]!.slice(0, 8), [RICH.id, '甲县人民政府', '2024', '表三', '予以公开', '总计', cellsKeys[granted]![6]!, '是']);
  assert.equal(cellsKeys[granted]![7], 'true', 'the inferred flag, in the contract’s file');
  assert.equal(cellsZh.filter((r) => r[7] === 'true' || r[8] === 'true').length, 0, 'flags are 是, never true');
});

const rowsOf = (chunks: Iterable<string>) => Papa.parse<string[]>([...chunks].join('').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/** The identity columns of reports.csv, as docs/SCHEMA.md lists them, with their Chinese headers. */
const IDENTITY_KEYS = ['id', 'title', 'agency', 'agencyKey', 'year', 'level', 'agencyKind', 'scope', 'division.code', 'division.province', 'division.city', 'division.county', 'division.township', 'division.how', 'template', 'status', 'source.path', 'source.format', 'source.encoding', 'source.sha256', 'source.bytes', 'source.ocr', 'checks.failed', 'inferred', 'uncertain', 'missingColumns'];
const IDENTITY_ZH = ['报告编号', '标题', '发布机关', '机关标识', '年度', '层级', '机关类别', '数字范围', '区划代码', '省级行政区', '地级行政区', '县级行政区', '乡级行政区', '归入地区的依据', '表格格式', '读取状态', '原文路径', '原文格式', '原文编码', '原文SHA-256', '原文字节数', '经文字识别（OCR）', '未通过核对数', '推算值位置', '识别不确定的数字位置', '缺少的列'];

/** A scan of a street office's summary report, placed by its folder down to the township. */
function scanReport(): Report {
  const base = makeReport({
    id: '2023-huaian-jiedao',
    agency: '淮安市淮安区某街道办事处',
    agencyKey: '320803001',
    year: 2023,
    level: 'township',
    agencyKind: 'office',
    scope: 'summary',
    status: 'partial',
    division: division([['32', '江苏省'], ['3208', '淮安市'], ['320803', '淮安区'], ['320803001', '某街道']], 'path'),
    checks: [
      { id: 'balance', ok: false, message: '一＋二 45 ≠ 七＋四 44' },
      { id: 'outcomes', ok: true, message: '' },
      { id: 'review', ok: false, message: '总计 9 ≠ 8' },
    ],
    inferred: ['applications.granted.total', 'applications.carriedForward'],
    missingColumns: ['otherOrganization', 'legalServiceOrganization'],
    cells: { 'applications.newReceived.total': 31, 'reviewLitigation.reconsideration.upheld': 6 },
  });
  return {
    ...base,
    source: { path: 'jiangsu/huaian/jiedao.pdf', format: 'image' as const, encoding: 'binary', sha256: '9c'.repeat(32), bytes: 734512, ocr: true },
    uncertain: ['applications.newReceived.naturalPerson', 'reviewLitigation.reconsideration.upheld'],
  };
}

test('reports.csv: every identity column under its key and its Chinese header, each with the report’s value', async () => {
  const scan = scanReport();
  const keys = rowsOf(reportsCsv([scan, RICH]));
  const zh = rowsOf(reportsCsv([scan, RICH], 'zh'));
  assert.deepEqual(keys[0]!.slice(0, IDENTITY_KEYS.length), IDENTITY_KEYS);
  assert.deepEqual(zh[0]!.slice(0, IDENTITY_ZH.length), IDENTITY_ZH);
  assert.equal(keys[0]![IDENTITY_KEYS.length], 'activeDisclosure.regulations.issued', 'the numbers follow the identity');
  assert.deepEqual(keys[1]!.slice(0, IDENTITY_KEYS.length), [
    '2023-huaian-jiedao', '淮安市淮安区某街道办事处2023年政府信息公开工作年度报告', '淮安市淮安区某街道办事处', '320803001', '2023',
    'township', 'office', 'summary', '320803001', '江苏省', '淮安市', '淮安区', '某街道', 'path', '2021', 'partial',
    'jiangsu/huaian/jiedao.pdf', 'image', 'binary', '9c'.repeat(32), '734512', 'true', '2',
    'applications.granted.total applications.carriedForward', 'applications.newReceived.naturalPerson reviewLitigation.reconsideration.upheld', 'otherOrganization legalServiceOrganization',
  ]);
  assert.deepEqual(zh[1]!.slice(0, IDENTITY_KEYS.length), [
    '2023-huaian-jiedao', '淮安市淮安区某街道办事处2023年政府信息公开工作年度报告', '淮安市淮安区某街道办事处', '320803001', '2023',
    '乡镇级', '政府办公室（办公厅）', '全辖区汇总（含下级机关）', '320803001', '江苏省', '淮安市', '淮安区', '某街道', '文件夹名称', '2021年版格式（国办公开办函〔2021〕30号）', '部分读取',
    'jiangsu/huaian/jiedao.pdf', '扫描图像', 'binary', '9c'.repeat(32), '734512', '是', '2',
    'applications.granted.total applications.carriedForward', 'applications.newReceived.naturalPerson reviewLitigation.reconsideration.upheld', 'otherOrganization legalServiceOrganization',
  ]);
  // RICH: not placed, not a scan, no check failed, nothing inferred, uncertain or missing.
  assert.deepEqual(keys[2]!.slice(8, 14), ['', '', '', '', '', '']);
  assert.deepEqual(keys[2]!.slice(17, IDENTITY_KEYS.length), ['text', 'utf-8', '0'.repeat(64), '100', '', '0', '', '', '']);
  assert.deepEqual(zh[2]!.slice(17, IDENTITY_KEYS.length), ['纯文本 .txt', 'utf-8', '0'.repeat(64), '100', '', '0', '', '', '']);
  const at = (rows: string[][], row: number, key: string) => rows[row]![keys[0]!.indexOf(key)];
  assert.deepEqual([at(keys, 1, 'applications.newReceived.total'), at(keys, 1, 'reviewLitigation.reconsideration.upheld'), at(keys, 1, 'applications.granted.total')], ['31', '6', '']);
});

test('reports.csv: a division without a city level leaves that column blank, and the province is the first name', async () => {
  // 北京市 has no 地级 level: 东城区 (110101) is a county directly under the province.
  const report = makeReport({ agency: '北京市东城区人民政府', level: 'county', division: division([['11', '北京市'], ['110101', '东城区']], 'name') });
  const [header, row] = rowsOf(reportsCsv([report])) as [string[], string[]];
  const at = (key: string) => row[header.indexOf(key)];
  assert.deepEqual(['division.code', 'division.province', 'division.city', 'division.county', 'division.township', 'division.how'].map(at), ['110101', '北京市', '', '东城区', '', 'name']);
  const [, zh] = rowsOf(reportsCsv([report], 'zh')) as [string[], string[]];
  assert.equal(zh[header.indexOf('division.how')], '名称在全国唯一');
});

test('every character that starts a spreadsheet formula is neutralised, at the start of a text only; numbers stay numbers', async () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    const report = makeReport({ agency: `${start}SUM(A1:A9)` });
    const [header, row] = rowsOf(reportsCsv([report])) as [string[], string[]];
    assert.equal(row[header.indexOf('agency')], `'${start}SUM(A1:A9)`, JSON.stringify(start));
    const cells = rowsOf(cellsCsv([report]));
    assert.equal(cells[1]![1], `'${start}SUM(A1:A9)`, `cells.csv ${JSON.stringify(start)}`);
  }
  const plain = makeReport({ agency: '甲局=1+2-3@4', cells: { 'reviewLitigation.reconsideration.upheld': 7 } });
  const [header, row] = rowsOf(reportsCsv([plain])) as [string[], string[]];
  assert.equal(row[header.indexOf('agency')], '甲局=1+2-3@4', 'a formula character inside a text is left as it is');
  assert.equal(row[header.indexOf('reviewLitigation.reconsideration.upheld')], '7');
});

/** A report of the 2019 format, its section 二 blank but for 行政许可 (上一年 14, 本年增/减 −3, 处理决定 260) and 政府集中采购 (9 projects, 12.5 万元). */
const blank2019 = Object.fromEntries(DISCLOSURE_2019.map((item) => [item.key, Object.fromEntries(item.fields.map((f) => [f.key, null]))]));
const of2019 = { ...makeReport({ id: '2020-x', year: 2020, template: '2019' }), activeDisclosure2019: { ...blank2019, licensing: { previousYear: 14, change: -3, decisions: 260 }, procurement: { projects: 9, amountWanYuan: 12.5 } } } as Report;
/** A report under the 2007 条例: four totals, 行政诉讼 not stated. */
const old = { ...makeReport({ id: '2016-x', year: 2016, template: 'pre2019' }), pre2019: { activeDisclosed: 1520, applicationsTotal: 37, reconsideration: 2, litigation: null } } as Report;

test('reports.csv: a 2019-format report’s section 二 and an old report’s totals in their columns, a negative change as a number', async () => {
  const [header, row2019, rowOld] = rowsOf(reportsCsv([of2019, old])) as [string[], string[], string[]];
  const at = (row: string[], key: string) => row[header.indexOf(key)];
  assert.deepEqual(['activeDisclosure2019.licensing.previousYear', 'activeDisclosure2019.licensing.change', 'activeDisclosure2019.licensing.decisions'].map((k) => at(row2019, k)), ['14', '-3', '260']);
  assert.deepEqual(['pre2019.activeDisclosed', 'pre2019.applicationsTotal', 'pre2019.reconsideration', 'pre2019.litigation'].map((k) => at(rowOld, k)), ['1520', '37', '2', '']);
  const zhHeader = rowsOf(reportsCsv([], 'zh'))[0]!;
  // An old-format total has one number: no column label after its row.
  assert.equal(zhHeader[header.indexOf('pre2019.litigation')], '2019年前格式·行政诉讼数');
  assert.equal(zhHeader[header.indexOf('activeDisclosure2019.licensing.change')], '表二(2019年版)·行政许可·本年增/减');
  assert.equal(zhHeader[header.indexOf('reviewLitigation.litigationDirect.pending')], '表四·行政诉讼（未经复议直接起诉）·尚未审结');
});

test('cells.csv: a 2021-format report has its own section 二 (10 numbers), table 三 (25 × 7) and table 四 (5 × 3), and no other', () => {
  const rows = rowsOf(cellsCsv([RICH])).slice(1);
  const count = (table: string) => rows.filter((r) => r[3] === table).length;
  assert.deepEqual([rows.length, count('二'), count('三'), count('四')], [200, 10, 175, 15]);
  assert.deepEqual(rows.find((r) => r[4] === 'licensing')?.slice(3, 7), ['二', 'licensing', 'value', '']);
  assert.deepEqual(rows.find((r) => r[4] === 'reconsideration' && r[5] === 'corrected')?.slice(3, 7), ['四', 'reconsideration', 'corrected', '3']);
});

test('cells.csv: the rows of each edition, an old report’s totals with no column label in the companion', async () => {
  const rows = rowsOf(cellsCsv([of2019, old])).slice(1);
  const tables = (id: string) => rows.filter((r) => r[0] === id).map((r) => r[3]);
  // 2019 format: 22 numbers of table 二 (2019), 25 × 7 of table 三, 5 × 3 of table 四.
  const t2019 = tables('2020-x');
  assert.deepEqual([t2019.length, t2019.filter((t) => t === '二(2019)').length, t2019.filter((t) => t === '三').length, t2019.filter((t) => t === '四').length], [212, 22, 175, 15]);
  assert.deepEqual(rows.find((r) => r[0] === '2020-x' && r[4] === 'procurement' && r[5] === 'amountWanYuan')?.slice(3, 7), ['二(2019)', 'procurement', 'amountWanYuan', '12.5']);
  assert.deepEqual(rows.filter((r) => r[0] === '2016-x').map((r) => r.slice(3, 7)), [
    ['pre2019', 'activeDisclosed', 'value', '1520'],
    ['pre2019', 'applicationsTotal', 'value', '37'],
    ['pre2019', 'reconsideration', 'value', '2'],
    ['pre2019', 'litigation', 'value', ''],
  ]);
  const zh = rowsOf(cellsCsv([old], 'zh')).slice(1);
  assert.deepEqual(zh.map((r) => r.slice(3, 7)), [
    ['2019年前格式', '主动公开政府信息数', '', '1520'],
    ['2019年前格式', '收到政府信息公开申请总数', '', '37'],
    ['2019年前格式', '行政复议数', '', '2'],
    ['2019年前格式', '行政诉讼数', '', ''],
  ]);
});

test('cells.csv: a row named in `inferred` marks each of its cells and no other row’s; places and a sheet name escaped like any text', async () => {
  const report = {
    ...makeReport({ id: '2024-y', agency: '乙局', inferred: ['applications.carriedForward'], cells: { 'applications.carriedForward.naturalPerson': 4, 'applications.carriedOver.naturalPerson': 3 } }),
    uncertain: ['applications.carriedOver.total'],
    places: {
      'applications.carriedOver.naturalPerson': { page: 3, line: 17, column: 2 },
      'applications.carriedForward.naturalPerson': { sheet: '=表1', line: 44, column: 3, cell: 'C44' },
    },
  };
  for (const [headers, flag] of [['keys', 'true'], ['zh', '是']] as const) {
    const rows = rowsOf(cellsCsv([report], headers)).slice(1);
    const flagged = rows.filter((r) => r[7] === flag).map((r) => r[4]);
    assert.equal(flagged.length, 7, `${headers}: the 7 cells of the row`);
    assert.equal(new Set(flagged).size, 1, headers);
    assert.deepEqual(rows.filter((r) => r[8] === flag).length, 1, `${headers}: the one uncertain cell`);
  }
  const rows = rowsOf(cellsCsv([report])).slice(1);
  const find = (row: string, column: string) => rows.find((r) => r[4] === row && r[5] === column)!.slice(6);
  assert.deepEqual(find('carriedForward', 'naturalPerson'), ['4', 'true', '', '', '44', `'=表1`, 'C44']);
  assert.deepEqual(find('carriedForward', 'total'), ['', 'true', '', '', '', '', '']);
  assert.deepEqual(find('carriedOver', 'naturalPerson'), ['3', '', '', '3', '17', '', '']);
  assert.deepEqual(find('carriedOver', 'total'), ['', '', 'true', '', '', '', '']);
});

test('reports.csv: the columns a writer adds come after the identity, in its own words in the companion', async () => {
  const extra: ReportColumn[] = [['checklist.met', '对照要求·满足', (r) => (r.year === 2024 ? 'yes' : 'partly'), { yes: '满足' }], ['checklist.level', '对照要求·层级', (r) => r.level]];
  const reports = [makeReport({ id: '2024-a', year: 2024 }), makeReport({ id: '2022-b', year: 2022 })];
  const keys = rowsOf(reportsCsv(reports, 'keys', extra));
  const zh = rowsOf(reportsCsv(reports, 'zh', extra));
  const n = IDENTITY_KEYS.length;
  assert.deepEqual(keys[0]!.slice(n, n + 3), ['checklist.met', 'checklist.level', 'activeDisclosure.regulations.issued']);
  assert.deepEqual(zh[0]!.slice(n, n + 3), ['对照要求·满足', '对照要求·层级', '表二·规章·本年制发件数']);
  assert.deepEqual(reportsHeader('zh', extra), zh[0]);
  assert.deepEqual(reportsHeader(), rowsOf(reportsCsv([]))[0]);
  assert.deepEqual([keys[1]!.slice(n, n + 2), keys[2]!.slice(n, n + 2)], [['yes', 'township'], ['partly', 'township']]);
  // Its own words for its own values; a value they do not name as it is; a column without own words, the contract's.
  assert.deepEqual([zh[1]!.slice(n, n + 2), zh[2]!.slice(n, n + 2)], [['满足', 'township'], ['partly', 'township']]);
});

test('each file and its companion begins with the byte-order mark Excel needs, then the header line', () => {
  for (const csv of [reportsCsv([RICH]), reportsCsv([RICH], 'zh'), cellsCsv([RICH]), cellsCsv([RICH], 'zh')]) {
    const first = csv.next().value!;
    assert.equal(first[0], '\ufeff');
    assert.match(first, /^\ufeff(报告编号|id),.*\n$/);
  }
});
