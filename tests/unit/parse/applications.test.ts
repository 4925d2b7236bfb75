/**
 * Table 三 read from its lines (applications.ts): which edition its rows are, which columns its
 * header prints, and which row each run of numbers is. Each row below prints its own first number
 * (一 prints 11, 二 12, （一）予以公开 13 …), so that a number found under another row shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readApplications, type ApplicationsTable } from '../../../src/lib/parse/applications.ts';
import { NoteList } from '../../../src/lib/parse/notes.ts';
import { textToDocument } from '../../../src/lib/read/text.ts';
import type { RawDocument } from '../../../src/lib/read/types.ts';
import { HEADER, LABELS_2019, LABELS_2021 } from './table3-lines.ts';

/** Row i prints 11 + i, then 0 1 2 3 4 5: a first number of its own. */
const rowLines = (labels: [string, string][]) => labels.map(([, label], i) => `${label}\t${11 + i}\t0\t1\t2\t3\t4\t5`);
const first = (labels: [string, string][]) => Object.fromEntries(labels.map(([k], i) => [k, 11 + i]));

function read(lines: string[], doc: RawDocument = textToDocument(lines.join('\n'))) {
  const notes = new NoteList();
  const table = readApplications(doc, { startIndex: 0, endIndex: doc.lines.length }, notes);
  return { table, notes: notes.items };
}

const firstNumbers = (table: ApplicationsTable | null) => Object.fromEntries([...table!.rows].map(([k, s]) => [k, s.values[0]!.value]));
const ALL = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceOrganization', 'otherOrganization', 'total'];

test('no region: no table', () => {
  assert.equal(readApplications(textToDocument('一、本年新收政府信息公开申请数量\t1'), null, new NoteList()), null);
});

test('the 2021 edition: every row its own numbers, the seven columns of the header, where the table starts', () => {
  const { table, notes } = read([...HEADER, ...rowLines(LABELS_2021)]);
  assert.equal(table!.edition, '2021');
  assert.deepEqual(table!.columns, ALL);
  assert.deepEqual(firstNumbers(table), first(LABELS_2021));
  assert.deepEqual(table!.place, { line: 1 });
  assert.deepEqual(table!.rows.get('granted')!.values.map((v) => v.value), [13, 0, 1, 2, 3, 4, 5]);
  assert.deepEqual(notes, []);
  assert.equal(table!.blank, undefined);
  assert.equal(table!.runTogether, undefined);
  assert.equal(table!.headerBands, undefined);
});

test('the 2019 edition: （六）其他处理 is the row 其他, and no row of the 2021 edition is looked for', () => {
  const { table } = read([...HEADER, ...rowLines(LABELS_2019)]);
  assert.equal(table!.edition, '2019');
  assert.deepEqual(firstNumbers(table), first(LABELS_2019));
  assert.equal(table!.rows.get('otherOther')!.values[0]!.value, 31);
});

test('a table of neither edition’s own rows: no edition, its rows read all the same', () => {
  const labels = LABELS_2021.filter(([k]) => ['newReceived', 'carriedOver', 'granted', 'totalProcessed', 'carriedForward'].includes(k));
  const { table } = read([...HEADER, ...rowLines(labels)]);
  assert.equal(table!.edition, null);
  assert.deepEqual(firstNumbers(table), first(labels));
});

test('a header that names under three columns: the seven official columns, with a warning at the table', () => {
  const { table, notes } = read(['\t\t自然人\t总计', ...rowLines(LABELS_2021)]);
  assert.deepEqual(table!.columns, ALL);
  assert.deepEqual(notes, [{ level: 'warning', code: 'row-cells', message: '表三：未能识别表头，按官方格式的七列读取', line: 1 }]);
  // A table that starts at its first row has no header to misread: no warning.
  const bare = read(rowLines(LABELS_2021));
  assert.deepEqual(bare.table!.columns, ALL);
  assert.deepEqual(bare.notes, []);
});

test('the columns a header prints, in order; 法人或其他组织 and the identity note name none of them', () => {
  // No 其他 column: the 其他 of 法人或其他组织 is not it.
  const noOther = read([HEADER[0]!, HEADER[1]!, '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构', ...rowLines(LABELS_2021)]);
  assert.deepEqual(noOther.table!.columns, ALL.filter((c) => c !== 'otherOrganization'));
  // An identity note that names （七）总计, over a header without 总计.
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项（七）总计加第四项之和）\t\t申请人情况';
  const noTotal = read([note, '\t\t自然人\t法人或其他组织', HEADER[2]!, ...rowLines(LABELS_2021)]);
  assert.deepEqual(noTotal.table!.columns, ALL.filter((c) => c !== 'total'));
});

test('a table printed with its labels and no number is a blank table of seven columns', () => {
  const { table } = read([...HEADER, ...LABELS_2021.map(([, l]) => l)]);
  assert.deepEqual(table, { columns: ALL, rows: new Map(), edition: '2021', place: { line: 1 }, blank: true });
});

test('a table whose digits are run together with its labels is not blank: those lines are kept', () => {
  const lines = [...HEADER, ...LABELS_2021.map(([k, l]) => (k === 'newReceived' ? '一、本年新收政府信息公开申请数量7000007' : l))];
  const { table } = read(lines);
  assert.equal(table!.blank, undefined);
  assert.deepEqual(table!.runTogether, [{ text: '一、本年新收政府信息公开申请数量7000007', place: { line: 4 } }]);
  assert.deepEqual(table!.rows, new Map());
});

test('without a number, a table is one that prints at least half of its rows', () => {
  // The header names 其他 and 总计 (rows 3.其他 and （七）总计 to a key); with the first 11 labels, 13 of 25 rows.
  assert.equal(read([...HEADER, ...LABELS_2021.slice(0, 11).map(([, l]) => l)]).table!.blank, true);
  assert.equal(read([...HEADER, ...LABELS_2021.slice(0, 10).map(([, l]) => l)]).table, null);
});

/** The 2021 rows with the label of `row` printed as `label`. */
const relabel = (labels: [string, string][], row: string, label: string) => labels.map(([k, l]): [string, string] => [k, k === row ? label : l]);

test('a damaged label between the rows before and after it is that row, noted with both neighbours', () => {
  const labels = relabel(LABELS_2021, 'withheldProhibitedByLaw', '\t\t2.其他法律行政止公开');
  const { table, notes } = read([...HEADER, ...rowLines(labels)]);
  assert.deepEqual(firstNumbers(table), first(LABELS_2021));
  assert.deepEqual(notes, [{
    level: 'info',
    code: 'label-repaired',
    message: '表三“2.其他法律行政止公开”行：标签与官方格式不尽相同，位于“1.属于国家秘密”与“3.危及“三安全一稳定””之间，按“2.其他法律行政法规禁止公开”读取',
    line: 9,
  }]);
});

test('a damaged label at either edge of the table: the table’s edge pins it on that side', () => {
  const top = read([...HEADER, ...rowLines(relabel(LABELS_2021, 'newReceived', '一、本年新政府信息公开申请数量\t'))]);
  assert.deepEqual(firstNumbers(top.table), first(LABELS_2021));
  assert.deepEqual(top.notes.map((n) => [n.code, n.message, n.line]), [
    ['label-repaired', '表三“一、本年新政府信息公开申请数量”行：标签与官方格式不尽相同，位于“二、上年结转政府信息公开申请数量”之间，按“一、本年新收政府信息公开申请数量”读取', 4],
  ]);
  const bottom = read([...HEADER, ...rowLines(relabel(LABELS_2021, 'carriedForward', '四、结转下一年度继续办\t'))]);
  assert.deepEqual(firstNumbers(bottom.table), first(LABELS_2021));
  assert.deepEqual(bottom.notes.map((n) => [n.code, n.line]), [['label-repaired', 28]]);
  assert.match(bottom.notes[0]!.message, /位于“（七）总计”之间，按“四、结转下年度继续办理”读取$/);
});

test('in the 2019 edition a damaged （六）其他处理 is repaired to that label', () => {
  // The note under the table names the row as printed: the table is of the 2019 edition.
  const labels = relabel(LABELS_2019, 'otherOther', '\t（六）其它处理\t');
  const { table, notes } = read([...HEADER, ...rowLines(labels), '注：（六）其他处理含申请人撤回申请']);
  assert.equal(table!.rows.get('otherOther')!.values[0]!.value, 31);
  assert.equal(notes.length, 1);
  assert.match(notes[0]!.message, /^表三“（六）其它处理”行：.*按“（六）其他处理”读取$/);
});

test('a damaged label is not repaired when the row between its neighbours is not free, or its words are not close', () => {
  // 2.其他法律行政止公开 printed where 3.危及 should be, after a 2. that is read: 3. then lies between 2. and 4., but the words are 2.'s.
  const twice = relabel(LABELS_2021, 'withheldSecurityStability', '\t\t2.其他法律行政止公开');
  const { table, notes } = read([...HEADER, ...rowLines(twice)]);
  assert.equal(table!.rows.has('withheldSecurityStability'), false);
  assert.deepEqual(notes, []);
  // Two rows after one another both damaged: neither is pinned.
  const both = relabel(relabel(LABELS_2021, 'withheldProhibitedByLaw', '\t\t2.其他法律行政止公开'), 'withheldSecurityStability', '\t\t3.威及“三全一稳”');
  const two = read([...HEADER, ...rowLines(both)]);
  assert.equal(two.table!.rows.has('withheldProhibitedByLaw'), false);
  assert.equal(two.table!.rows.has('withheldSecurityStability'), false);
});

/** A printed line of a PDF: [text, left, right] per cell. */
const printed = (n: number, ...cells: [string, number, number][]) => ({
  cells: cells.map((c) => c[0]),
  spans: cells.map((c) => ({ left: c[1], right: c[2] })),
  place: { page: 2, line: n },
});
/** A row printed under columns at x = 100, 130, … 280. */
const printedRow = (n: number, label: string, numbers: number[]) =>
  printed(n, [label, 10, 80], ...numbers.map((v, i): [string, number, number] => [String(v), 97 + 30 * i, 103 + 30 * i]));
const PRINTED_ROWS = LABELS_2021.map(([, label], i) => printedRow(6 + i, label.replace(/\t/g, ''), [11 + i, 0, 1, 2, 3, 4, 5]));

test('a header printed one or two characters a line: its columns are where its labels stand, without a warning', () => {
  const header = [
    printed(1, ['申请人情况', 150, 230]),
    printed(2, ['自然', 92, 108], ['商', 126, 134], ['科', 156, 164], ['社会', 182, 198], ['法律', 212, 228], ['总', 276, 284]),
    printed(3, ['人', 96, 104], ['业', 126, 134], ['研', 156, 164], ['公益', 182, 198], ['服务', 212, 228], ['其', 246, 254], ['计', 276, 284]),
    printed(4, ['企', 126, 134], ['机', 156, 164], ['组织', 182, 198], ['机构', 212, 228], ['他', 246, 254]),
    printed(5, ['业', 126, 134], ['构', 156, 164]),
  ];
  const { table, notes } = read([], { exactCells: false, lines: [...header, ...PRINTED_ROWS] });
  assert.deepEqual(table!.columns, ALL);
  assert.deepEqual(table!.headerBands!.columns, ALL);
  assert.deepEqual(table!.headerBands!.bands[0], { from: 92 - 192 / 7 / 2, to: 117 });
  assert.deepEqual(notes, []);
  assert.deepEqual(firstNumbers(table), first(LABELS_2021));
  assert.deepEqual(table!.place, { page: 2, line: 1 });
});

test('a positioned header whose labels place fewer columns than its text names: the columns of its text', () => {
  // 其 and 他 printed side by side: one label to the text, two cells that name nothing to the positions.
  const header = [printed(1, ['自然人', 92, 108], ['商业企业', 122, 138], ['科研机构', 152, 168], ['社会公益组织', 182, 198], ['法律服务机构', 212, 228], ['其', 242, 248], ['他', 252, 258], ['总计', 272, 288])];
  const { table, notes } = read([], { exactCells: false, lines: [...header, ...PRINTED_ROWS] });
  assert.deepEqual(table!.columns, ALL);
  assert.equal(table!.headerBands, undefined);
  assert.deepEqual(notes, []);
});

test('a damaged label right after the first row is pinned by it; one with a row missing beside it is not', () => {
  const second = read([...HEADER, ...rowLines(relabel(LABELS_2021, 'carriedOver', '二、上年结政府信息公开申请数量\t'))]);
  assert.deepEqual(firstNumbers(second.table), first(LABELS_2021));
  assert.deepEqual(second.notes.map((n) => n.code), ['label-repaired']);
  // 3.危及 not printed: the damaged 2. lies between 1. and 4., two rows apart.
  const labels = relabel(LABELS_2021, 'withheldProhibitedByLaw', '\t\t2.其他法律行政止公开').filter(([k]) => k !== 'withheldSecurityStability');
  const gap = read([...HEADER, ...rowLines(labels)]);
  assert.equal(gap.table!.rows.has('withheldProhibitedByLaw'), false);
  assert.deepEqual(gap.notes, []);
});

test('a damaged first row after a line of numbers that no row claims is not pinned by the table’s edge', () => {
  // Columns numbered 1 to 7 under the header: numbers without a row.
  const labels = relabel(LABELS_2021, 'newReceived', '一、本年新政府信息公开申请数量\t');
  const { table, notes } = read([...HEADER, '\t\t1\t2\t3\t4\t5\t6\t7', ...rowLines(labels)]);
  assert.equal(table!.rows.has('newReceived'), false);
  assert.equal(table!.rows.get('carriedOver')!.values[0]!.value, 12);
  assert.deepEqual(notes, []);
});

test('a damaged label after its group heading is still that row’s own words', () => {
  // The merged cell （三）不予公开 printed after the row's label instead of before it.
  const labels = relabel(LABELS_2021, 'withheldProhibitedByLaw', '\t2.其他法律行政止公开\t（三）不予公开');
  const { table, notes } = read([...HEADER, ...rowLines(labels)]);
  assert.equal(table!.rows.get('withheldProhibitedByLaw')!.values[0]!.value, 16);
  assert.deepEqual(notes.map((n) => n.code), ['label-repaired']);
});

test('in the 2021 edition 3.其他 is matched by its own label only, never repaired to （六）其他处理', () => {
  const labels = relabel(LABELS_2021, 'otherOther', '\t\t3.其它处理');
  const { table, notes } = read([...HEADER, ...rowLines(labels)]);
  assert.equal(table!.edition, '2021');
  assert.equal(table!.rows.has('otherOther'), false);
  assert.deepEqual(notes, []);
});

test('the edition is told by the table’s own lines, not by the text around it', () => {
  const lines = ['申请人逾期未按收费通知要求缴纳费用的，不再处理。', ...HEADER, ...rowLines(LABELS_2019)];
  const doc = textToDocument(lines.join('\n'));
  const table = readApplications(doc, { startIndex: 1, endIndex: doc.lines.length }, new NoteList());
  assert.equal(table!.edition, '2019');
  assert.deepEqual(table!.place, { line: 2 });
});

test('a header naming three columns is read as those three', () => {
  const { table, notes } = read(['\t\t自然人\t商业企业\t总计', ...rowLines(LABELS_2021)]);
  assert.deepEqual(table!.columns, ['naturalPerson', 'commercialEnterprise', 'total']);
  assert.deepEqual(notes, []);
});

test('a positioned header placing three columns is read by position; placing two, by its text', () => {
  const three = read([], { exactCells: false, lines: [printed(1, ['自然人', 92, 108], ['商业企业', 122, 138], ['总计', 272, 288]), ...PRINTED_ROWS] });
  assert.deepEqual(three.table!.columns, ['naturalPerson', 'commercialEnterprise', 'total']);
  assert.deepEqual(three.table!.headerBands!.columns, ['naturalPerson', 'commercialEnterprise', 'total']);
  const two = read([], { exactCells: false, lines: [printed(1, ['自然人', 92, 108], ['总计', 272, 288]), ...PRINTED_ROWS] });
  assert.deepEqual(two.table!.columns, ALL);
  assert.equal(two.table!.headerBands, undefined);
  assert.deepEqual(two.notes.map((n) => [n.code, n.message, n.page, n.line]), [['row-cells', '表三：未能识别表头，按官方格式的七列读取', 2, 1]]);
});

test('a table with numbers and a row whose digits run together with its label keeps that line', () => {
  const lines = [...HEADER, ...rowLines(LABELS_2021).map((l, i) => (i === 1 ? '二、上年结转政府信息公开申请数量2000002' : l))];
  const { table } = read(lines);
  assert.deepEqual(table!.runTogether, [{ text: '二、上年结转政府信息公开申请数量2000002', place: { line: 5 } }]);
  assert.equal(table!.rows.has('carriedOver'), false);
  assert.equal(table!.rows.get('granted')!.values[0]!.value, 13);
});

test('a 合计 line after （七）总计 is not the row: the stronger label keeps it', () => {
  const lines = [...HEADER, ...rowLines(LABELS_2021)];
  lines.splice(lines.length - 1, 0, '合计\t99\t0\t1\t2\t3\t4\t5');
  const { table } = read(lines);
  assert.equal(table!.rows.get('totalProcessed')!.values[0]!.value, 34);
  assert.equal(table!.rows.get('carriedForward')!.values[0]!.value, 35);
});

test('a label printed under its numbers names them, when the next row’s label follows it', () => {
  const rows = rowLines(LABELS_2021);
  const lines = [...HEADER, '\t\t11\t0\t1\t2\t3\t4\t5', '一、本年新收政府信息公开申请数量', ...rows.slice(1)];
  const { table } = read(lines);
  assert.deepEqual(firstNumbers(table), first(LABELS_2021));
});

test('the heading （六）其他处理 printed beside a 2021 row is not that row’s label: it does not make it 3.其他', () => {
  // Of （六）, only its first row printed, and its label holds 不补正 but not 逾期不补正: the heading's
  // 其他处理 would name 3.其他 more strongly than 不补正 names the row.
  const labels = relabel(LABELS_2021, 'otherOverdueCorrection', '\t（六）其他处理\t1.申请人无正当理由超期不补正、行政机关不再处理其政府信息公开申请')
    .filter(([k]) => k !== 'otherOverdueFee' && k !== 'otherOther');
  const { table } = read([...HEADER, ...rowLines(labels)]);
  assert.equal(table!.edition, '2021');
  assert.equal(table!.rows.get('otherOverdueCorrection')!.values[0]!.value, 31);
  assert.equal(table!.rows.has('otherOther'), false);
});

test('a positioned header whose stacked labels place three columns while its text read across names fewer: the three placed, its rows read', () => {
  // 自然 / 人, 商 / 业 / 企 / 业 and 总 / 计: read across, the lines give 自然商总, 人业计, 企, 业 (one column named).
  const header = [
    printed(1, ['自然', 92, 108], ['商', 126, 134], ['总', 276, 284]),
    printed(2, ['人', 96, 104], ['业', 126, 134], ['计', 276, 284]),
    printed(3, ['企', 126, 134]),
    printed(4, ['业', 126, 134]),
  ];
  const rows = LABELS_2021.map(([, label], i) => printed(6 + i, [label.replace(/\t/g, ''), 10, 80], [String(11 + i), 97, 103], ['2', 127, 133], [String(13 + i), 277, 283]));
  const { table, notes } = read([], { exactCells: false, lines: [...header, ...rows] });
  assert.deepEqual(table!.columns, ['naturalPerson', 'commercialEnterprise', 'total']);
  assert.deepEqual(table!.headerBands!.columns, ['naturalPerson', 'commercialEnterprise', 'total']);
  assert.deepEqual(notes, []);
  assert.deepEqual(table!.rows.get('carriedOver')!.values.map((v) => v.value), [12, 2, 14]);
});

test('a label wrapped around its numbers, a key broken by them, is that row without a repair', () => {
  // 2.其他法律行政法规禁 / the numbers / 止公开, as a browser prints a narrow cell: 禁止公开 only across the numbers.
  const lines = rowLines(LABELS_2021).flatMap((l, i) =>
    LABELS_2021[i]![0] === 'withheldProhibitedByLaw' ? ['\t\t2.其他法律行政法规禁', '\t\t\t16\t0\t1\t2\t3\t4\t5', '\t\t止公开'] : [l]);
  const { table, notes } = read([...HEADER, ...lines]);
  assert.deepEqual(firstNumbers(table), first(LABELS_2021));
  assert.deepEqual(notes, []);
});

test('a label printed over two lines above its numbers, a key broken between them, is that row without a repair', () => {
  // 一、本年新 / 收政府信息公开申请数量 / the numbers: 本年新收 and 新收政府信息公开申请 only across the two lines.
  const { table, notes } = read([...HEADER, '一、本年新', '收政府信息公开申请数量', '\t\t11\t0\t1\t2\t3\t4\t5', ...rowLines(LABELS_2021).slice(1)]);
  assert.deepEqual(firstNumbers(table), first(LABELS_2021));
  assert.deepEqual(notes, []);
});

/** The 2021 rows with `extra` lines printed after the row `after`; each extra line of numbers begins with 99. */
const withLinesAfter = (labels: [string, string][], after: string, ...extra: string[]) =>
  rowLines(labels).flatMap((line, i) => (labels[i]![0] === after ? [line, ...extra] : [line]));
const PART = '\t99\t0\t0\t0\t0\t0\t99';

test('a line 其中… under a row, naming it again by a lesser key, does not take its numbers', () => {
  // 上年结转 (the row's first key) outweighs 上年度结转 (its second, one character longer).
  const second = read([...HEADER, ...withLinesAfter(LABELS_2021, 'carriedOver', `\t其中：上年度结转的网上申请${PART}`)]);
  assert.deepEqual(firstNumbers(second.table), first(LABELS_2021));
  // Printed 一、新收政府信息公开申请数量: the longer key 新收政府信息公开申请 outweighs 本年新收, the row's first.
  const labels = relabel(LABELS_2021, 'newReceived', '一、新收政府信息公开申请数量\t');
  const first1 = read([...HEADER, ...withLinesAfter(labels, 'newReceived', `\t其中：本年新收的网上申请${PART}`)]);
  assert.deepEqual(firstNumbers(first1.table), first(LABELS_2021));
  // A key on the row's own line outweighs a stronger one on a line before the numbers: 上年度结转 on
  // the row's line, 上年结转 on the line before 网上申请 and the numbers of the part.
  const over = relabel(LABELS_2021, 'carriedOver', '二、上年度结转政府信息公开申请数量\t');
  const own = read([...HEADER, ...withLinesAfter(over, 'carriedOver', '\t其中：上年结转的', '\t网上申请', `\t${PART}`)]);
  assert.deepEqual(firstNumbers(own.table), first(LABELS_2021));
});

test('a label over two lines above its numbers outweighs the same words printed under the next run of numbers', () => {
  // 二、上年 / 结转政府信息公开申请数量 / its numbers, then a run 99 … with 其中：上年结转 printed under it:
  // 上年结转 on the lines before the row's numbers, and across the part's.
  const lines = rowLines(LABELS_2021).flatMap((l, i) =>
    LABELS_2021[i]![0] === 'carriedOver' ? ['二、上年', '结转政府信息公开申请数量', '\t\t12\t0\t1\t2\t3\t4\t5', `\t${PART}`, '\t其中：上年结转'] : [l]);
  const { table, notes } = read([...HEADER, ...lines]);
  assert.deepEqual(firstNumbers(table), first(LABELS_2021));
  assert.deepEqual(notes, []);
});
