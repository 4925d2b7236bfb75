/**
 * Table 三's numbers into cells (reconcile.ts): rows read as printed, a row one number short
 * settled by the identities of its row and columns, or left blank where they cannot tell. The
 * numbers are set A (tests/unit/fixtures/set-a.ts, checked by hand against every identity); a test
 * changes the rows it is about, and its comment works out by hand what the identities allow.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readApplications } from '../../../src/lib/parse/applications.ts';
import { NoteList } from '../../../src/lib/parse/notes.ts';
import { readMatrix } from '../../../src/lib/parse/reconcile.ts';
import { textToDocument } from '../../../src/lib/read/text.ts';
import type { RawDocument } from '../../../src/lib/read/types.ts';
import { COLUMNS, SET_A_APPLICATIONS, table3With, type Table3 } from '../fixtures/set-a.ts';
import { HEADER, LABELS_2019, LABELS_2021 } from './table3-lines.ts';

/** Table 三 printed with `rows` (row key → printed cells; a row left out is not printed), read as `edition`. */
function read(rows: Record<string, (number | string | null)[]>, options: { header?: string[]; labels?: [string, string][]; edition?: '2019' | '2021' } = {}) {
  const lines = (options.labels ?? LABELS_2021)
    .filter(([k]) => rows[k] !== undefined)
    .map(([k, label]) => [label, ...rows[k]!.map((v) => (v === null ? '/' : String(v)))].join('\t'));
  return readDoc(textToDocument([...(options.header ?? HEADER), ...lines].join('\n')), options.edition ?? '2021');
}

function readDoc(doc: RawDocument, edition: '2019' | '2021') {
  const notes = new NoteList();
  const table = readApplications(doc, { startIndex: 0, endIndex: doc.lines.length }, notes)!;
  return { ...readMatrix(table, edition, notes), notes: notes.items };
}

/** A report's table 三 as rows of seven cells in printed order. */
const cells = (applications: Record<string, Record<string, number | null>>) =>
  Object.fromEntries(Object.entries(applications).map(([row, c]) => [row, COLUMNS.map((col) => c[col] ?? null)]));

/** Set A with `changes`, every row of the edition printed. */
const printed = (changes: Table3 = {}) => table3With(changes);

test('every row printed in full: each number in its cell, with its line and cell, nothing inferred or unread', () => {
  const r = read(printed());
  assert.deepEqual(cells(r.applications), SET_A_APPLICATIONS);
  assert.deepEqual([r.inferred, r.unread, r.missingColumns, r.incomplete, r.notes], [[], [], [], false, []]);
  // （一）予以公开 on line 6 (three header lines before 一): 三、本年度办理结果 and its label are cells 1 and 2.
  assert.deepEqual(r.places.get('applications.granted.naturalPerson'), { line: 6, column: 3 });
  assert.deepEqual(r.places.get('applications.granted.total'), { line: 6, column: 9 });
  // 一 prints its label and an empty cell before 12.
  assert.deepEqual(r.places.get('applications.newReceived.naturalPerson'), { line: 4, column: 3 });
  assert.equal(r.places.size, 25 * 7);
  assert.deepEqual([...r.places.keys()].slice(0, 2), ['applications.newReceived.naturalPerson', 'applications.newReceived.commercialEnterprise']);
});

test('a row without its 总计: the only reading that needs no negative count, the total inferred and noted', () => {
  // 3 0 0 1 0 0: a gap before the last number would make 0 the total of 3 + 1; only a missing 总计 fits, 4.
  const r = read(printed({ unableNotHeld: [3, 0, 0, 1, 0, 0] }));
  assert.deepEqual(cells(r.applications), SET_A_APPLICATIONS);
  assert.deepEqual(r.inferred, ['applications.unableNotHeld.total']);
  assert.deepEqual(r.notes, [{ level: 'info', code: 'cell-inferred', message: '表三“1.本机关不掌握相关政府信息”行：7 个数字只印出 6 个；“总计”按勾稽关系推算为 4', line: 16 }]);
  assert.equal(r.places.has('applications.unableNotHeld.total'), false);
  assert.deepEqual(r.places.get('applications.unableNotHeld.socialWelfareOrganization'), { line: 16, column: 7 });
  assert.equal(r.incomplete, false);
});

test('a row one short whose readings all give the same cells: the row is marked inferred as a whole', () => {
  // 1 0 0 0 0 2 (its 商业企业 1 dropped): the 商业企业 column must add up to 3 (1 + ? + 1), so the gap is
  // in 自然人 or 商业企业, and either way the row is 1 1 0 0 0 0 2.
  const r = read(printed({ withheldProcessInformation: [1, 0, 0, 0, 0, 2] }));
  assert.deepEqual(cells(r.applications), SET_A_APPLICATIONS);
  assert.deepEqual(r.inferred, ['applications.withheldProcessInformation']);
  assert.deepEqual(r.notes.map((n) => [n.level, n.code, n.message, n.line]), [
    ['info', 'cell-inferred', '表三“6.属于四类过程性信息”行：7 个数字只印出 6 个；无论缺的是哪一格，按勾稽关系得到的各格数值都相同', 13],
  ]);
  // Cells 1 and 2 come from different printed numbers in the two readings: no place; 总计 is the 6th printed number, cell 9.
  assert.equal(r.places.has('applications.withheldProcessInformation.naturalPerson'), false);
  assert.equal(r.places.has('applications.withheldProcessInformation.commercialEnterprise'), false);
  assert.deepEqual(r.places.get('applications.withheldProcessInformation.total'), { line: 13, column: 9 });
});

test('a row one short that a blank cell keeps from being solved: the gap the columns allow is left blank, not inferred', () => {
  // （一）予以公开 printed 5 / 0 0 1 7 (its 其他 0 dropped). Only a gap in 其他 keeps 法律服务机构 at 1 and
  // 总计 at 7, as the other outcome rows need (outcomes: 13, 3, 0, 1, 2, 0, 19); the / leaves 其他 unsolved.
  const r = read(printed({ granted: [5, null, 0, 0, 1, 7] }));
  assert.deepEqual(cells(r.applications).granted, [5, null, 0, 0, 1, null, 7]);
  assert.deepEqual(r.inferred, []);
  assert.deepEqual(r.notes.map((n) => n.message), ['表三“（一）予以公开”行：7 个数字只印出 6 个；“其他”留空']);
});

test('a row one short that two readings fit: the cells they agree on are kept, the others blank and unread', () => {
  // 二 prints / in 科研机构 and 社会公益组织, so those columns' balance cannot be tested; 一 prints 12 3 1 2 0 18.
  // A gap in 科研机构 (12 3 0 1 2 0 18) or in 社会公益组织 (12 3 1 0 2 0 18) keeps every column that can be
  // tested; any other gap breaks 自然人, 商业企业 or 法律服务机构.
  const r = read(printed({ carriedOver: [2, 0, null, null, 0, 0, 2], newReceived: [12, 3, 1, 2, 0, 18] }));
  assert.deepEqual(cells(r.applications).newReceived, [12, 3, null, null, 2, 0, 18]);
  assert.deepEqual(r.notes.map((n) => [n.level, n.code, n.message, n.line]), [
    ['warning', 'cell-ambiguous', '表三“一、本年新收政府信息公开申请数量”行：缺少一个数字，有 2 种读法都符合勾稽关系，科研机构、社会公益组织留空', 4],
  ]);
  assert.deepEqual(r.unread, ['applications.newReceived.researchInstitution', 'applications.newReceived.socialWelfareOrganization']);
  assert.deepEqual(r.inferred, []);
  assert.equal(r.incomplete, true);
  assert.deepEqual(r.places.get('applications.newReceived.naturalPerson'), { line: 4, column: 3 });
  assert.equal(r.places.has('applications.newReceived.researchInstitution'), false);
  // 法律服务机构: the 4th printed number in both readings.
  assert.deepEqual(r.places.get('applications.newReceived.legalServiceOrganization'), { line: 4, column: 6 });
});

test('a row one short that no reading fits: the whole row blank and unread, with a warning', () => {
  // 6 1 0 0 1 8: 自然人 would be 6 or 0, and the outcome rows need 5 there.
  const r = read(printed({ granted: [6, 1, 0, 0, 1, 8] }));
  assert.deepEqual(cells(r.applications).granted, [null, null, null, null, null, null, null]);
  assert.deepEqual(r.unread, ['applications.granted']);
  assert.deepEqual(r.notes.map((n) => [n.level, n.code, n.message, n.line]), [
    ['warning', 'cell-ambiguous', '表三“（一）予以公开”行：缺少一个数字，且没有任何读法符合勾稽关系，该行留空', 6],
  ]);
  assert.equal(r.incomplete, true);
});

test('a row of two numbers too few or one too many is left blank, with an error at the row', () => {
  for (const [row, n] of [[[5, 1, 0, 1, 7], 5], [[5, 1, 0, 0, 1, 0, 7, 7], 8]] as const) {
    const r = read(printed({ granted: [...row] }));
    assert.deepEqual(cells(r.applications).granted, [null, null, null, null, null, null, null]);
    assert.deepEqual(r.unread, ['applications.granted']);
    assert.deepEqual(r.notes.map((x) => [x.level, x.code, x.message, x.line]), [['error', 'row-cells', `表三“（一）予以公开”行：应有 7 个数字，实际 ${n} 个，该行留空`, 6]]);
    assert.equal(r.incomplete, true);
  }
});

test('rows of the edition that are not printed: named in one error, unread and blank', () => {
  const rows = printed();
  delete rows.withheldStateSecret;
  delete rows.withheldQueryMatters;
  const r = read(rows);
  assert.deepEqual(r.unread, ['applications.withheldStateSecret', 'applications.withheldQueryMatters']);
  assert.deepEqual(r.notes.map((n) => [n.level, n.code, n.message, n.line]), [['error', 'row-missing', '表三：未找到以下各行的数字：“1.属于国家秘密”、“8.属于行政查询事项”', undefined]]);
  assert.equal(r.incomplete, true);
  assert.equal(r.applications.withheldStateSecret.total, null);
});

test('a 2019 table read as the 2019 edition misses no row of the 2021 edition', () => {
  const rows = Object.fromEntries(LABELS_2019.map(([k]) => [k, SET_A_APPLICATIONS[k]!]));
  // Its （六）其他处理 row holds 逾期不补正's 1 and 3.其他's 1: 0 1 0 0 1 0 2, the outcomes still add up.
  rows.otherOther = [0, 1, 0, 0, 1, 0, 2];
  const r = read(rows, { labels: LABELS_2019, edition: '2019' });
  assert.deepEqual([r.unread, r.incomplete, r.notes], [[], false, []]);
  assert.deepEqual(cells(r.applications).otherOther, [0, 1, 0, 0, 1, 0, 2]);
  assert.equal(r.applications.otherOverdueCorrection.total, null);
  // Read as 2021, the same table lacks its two rows.
  assert.deepEqual(read(rows, { labels: LABELS_2019, edition: '2021' }).unread, ['applications.otherOverdueCorrection', 'applications.otherOverdueFee']);
});

test('a column the header does not print: its cells blank, noted at the first row', () => {
  const without = (drop: number[]) => Object.fromEntries(Object.entries(printed()).map(([k, v]) => [k, v.filter((_, i) => !drop.includes(i))]));
  const r = read(without([5]), { header: [HEADER[0]!, HEADER[1]!, '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构'] });
  assert.deepEqual(r.missingColumns, ['otherOrganization']);
  assert.deepEqual(r.notes.map((n) => [n.level, n.code, n.message, n.line]), [['warning', 'column-missing', '表三没有印出“其他”列，该列各格留空', 4]]);
  assert.equal(r.applications.granted.otherOrganization, null);
  assert.equal(r.applications.granted.total, 7);
  assert.equal(r.incomplete, false);
  // Two columns not printed, rows of five: both named.
  const two = read(without([2, 5]), { header: [HEADER[0]!, HEADER[1]!, '\t\t\t商业企业\t社会公益组织\t法律服务机构'] });
  assert.deepEqual(two.missingColumns, ['researchInstitution', 'otherOrganization']);
  assert.equal(two.notes[0]!.message, '表三没有印出“科研机构、其他”列，该列各格留空');
});

test('a header short of one column over rows half of seven numbers and half of six: the header decides', () => {
  // Without 其他 in the header; two rows of seven and two of six: not most rows of seven.
  const header = [HEADER[0]!, HEADER[1]!, '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构'];
  const r = read({ newReceived: [12, 3, 0, 1, 2, 0, 18], carriedOver: [2, 0, 0, 0, 0, 0, 2], totalProcessed: [13, 3, 0, 1, 2, 19], carriedForward: [1, 0, 0, 0, 0, 1] }, { header });
  assert.deepEqual(r.missingColumns, ['otherOrganization']);
  assert.deepEqual(cells(r.applications).carriedForward, [1, 0, 0, 0, 0, null, 1]);
  assert.deepEqual(r.unread.slice(0, 2), ['applications.newReceived', 'applications.carriedOver']);
});

test('a header of six columns over rows of six: its own six, whichever column it lacks', () => {
  const header = [HEADER[0]!, HEADER[1]!, '\t\t\t商业企业\t社会公益组织\t法律服务机构\t其他'];
  const rows = Object.fromEntries(Object.entries(printed()).map(([k, v]) => [k, v.filter((_, i) => i !== 2)]));
  const r = read(rows, { header });
  assert.deepEqual(r.missingColumns, ['researchInstitution']);
  assert.deepEqual(cells(r.applications).granted, [5, 1, null, 0, 1, 0, 7]);
});

test('in exact (HTML) rows, empty cells beyond the header’s columns are padding; within them, blanks', () => {
  const row = (label: string, cells: string[]) => ({ cells: [label, ...cells], place: { line: 0 } });
  const lines = Object.entries(printed()).map(([k, v]) => row(LABELS_2021.find(([key]) => key === k)![1].replace(/\t/g, ''), v.map(String)));
  lines.forEach((l, i) => (l.place = { line: i + 4 }));
  // （一）予以公开 with two empty cells after its seven; （二）部分公开 with its 总计 left empty: seven cells.
  lines[2]!.cells.push('', '');
  lines[3]!.cells[7] = '';
  const doc: RawDocument = { exactCells: true, lines: [...HEADER.map((h, i) => ({ cells: h.split('\t'), place: { line: i + 1 } })), ...lines] };
  const r = readDoc(doc, '2021');
  assert.deepEqual(cells(r.applications).granted, [5, 1, 0, 0, 1, 0, 7]);
  assert.deepEqual(cells(r.applications).partiallyGranted, [2, 0, 0, 0, 0, 0, null]);
  assert.deepEqual(r.unread, []);
});

test('a row one short that only the columns can settle waits for the row one short that settles alone', () => {
  // （一）予以公开 prints 5 1 0 0 0 7 (its 法律服务机构 1 dropped): every gap fits its row, and only the
  // outcomes of 法律服务机构 (2 = ? + 3.其他's 1) tell it, once 1.本机关不掌握 is known. That row, printed
  // 3 0 0 1 0 0 below it, settles alone (a missing 总计, 4): then the columns settle 予以公开.
  const r = read(printed({ granted: [5, 1, 0, 0, 0, 7], unableNotHeld: [3, 0, 0, 1, 0, 0] }));
  assert.deepEqual(cells(r.applications), SET_A_APPLICATIONS);
  assert.deepEqual(r.inferred, ['applications.unableNotHeld.total', 'applications.granted.legalServiceOrganization']);
  assert.equal(r.incomplete, false);
});

test('several readings that agree on a cell one of them infers: that cell is blank all the same', () => {
  // 二 prints / in 科研机构, 社会公益组织 and 法律服务机构: their balance cannot be tested. 一 prints
  // 12 3 0 3 0 18: a gap in 科研机构 or 社会公益组织 gives 12 3 0 0 3 0 18, one in 法律服务机构 or 其他
  // 12 3 0 3 0 0 18. They agree on 科研机构 (0) and 其他 (0), but each is a gap of some reading.
  const r = read(printed({ carriedOver: [2, 0, null, null, null, 0, 2], newReceived: [12, 3, 0, 3, 0, 18] }));
  assert.deepEqual(cells(r.applications).newReceived, [12, 3, null, null, null, null, 18]);
  assert.deepEqual(r.unread, ['researchInstitution', 'socialWelfareOrganization', 'legalServiceOrganization', 'otherOrganization'].map((c) => `applications.newReceived.${c}`));
  assert.deepEqual(r.notes.map((n) => n.message), ['表三“一、本年新收政府信息公开申请数量”行：缺少一个数字，有 4 种读法都符合勾稽关系，社会公益组织、法律服务机构留空']);
});

test('a row one short is judged by the identities it is part of, not by one another column breaks', () => {
  // 四、结转 prints 自然人 2 (set A: 1): the balance of 自然人 fails whatever 1.本机关不掌握 holds, which
  // is no part of it; its outcomes still settle its missing 总计.
  const r = read(printed({ carriedForward: [2, 0, 0, 0, 0, 0, 2], unableNotHeld: [3, 0, 0, 1, 0, 0] }));
  assert.deepEqual(cells(r.applications).unableNotHeld, [3, 0, 0, 1, 0, 0, 4]);
  assert.deepEqual(r.inferred, ['applications.unableNotHeld.total']);
});

test('a header short of two columns over rows half of six numbers: the header decides', () => {
  const header = [HEADER[0]!, HEADER[1]!, '\t\t\t商业企业\t科研机构\t社会公益组织'];
  const r = read({ newReceived: [12, 3, 0, 1, 2, 18], carriedOver: [2, 0, 0, 0, 0, 2], totalProcessed: [13, 3, 0, 1, 19], carriedForward: [1, 0, 0, 0, 1] }, { header });
  assert.deepEqual(r.missingColumns, ['legalServiceOrganization', 'otherOrganization']);
  assert.deepEqual(cells(r.applications).carriedForward, [1, 0, 0, 0, null, null, 1]);
});

/** A printed line of a PDF: [text, left, right] per cell. */
const pdfLine = (n: number, ...cells: [string, number, number][]) => ({ cells: cells.map((c) => c[0]), spans: cells.map((c) => ({ left: c[1], right: c[2] })), place: { page: 1, line: n } });

test('a PDF row with blank cells: each number under the column it is printed beneath, the blanks null', () => {
  // The header's columns at x = 100, 130, … 280; 四、结转 prints 1 under 自然人 and 1 under 总计 only.
  const header = pdfLine(1, ['自然人', 92, 108], ['商业企业', 122, 138], ['科研机构', 152, 168], ['社会公益组织', 182, 198], ['法律服务机构', 212, 228], ['其他', 242, 258], ['总计', 272, 288]);
  const rows = LABELS_2021.map(([k, label], i) => {
    const values = SET_A_APPLICATIONS[k]!.map((v, c): [string, number, number] => [String(v), 97 + 30 * c, 103 + 30 * c]);
    return pdfLine(2 + i, [label.replace(/\t/g, ''), 10, 80], ...(k === 'carriedForward' ? [values[0]!, values[6]!] : values));
  });
  const r = readDoc({ exactCells: false, lines: [header, ...rows] }, '2021');
  assert.deepEqual(cells(r.applications).carriedForward, [1, null, null, null, null, null, 1]);
  assert.deepEqual(cells(r.applications).granted, SET_A_APPLICATIONS.granted);
  assert.deepEqual(r.places.get('applications.carriedForward.total'), { page: 1, line: 26, column: 3 });
  assert.equal(r.places.has('applications.carriedForward.commercialEnterprise'), false);
  assert.deepEqual(r.unread, []);
});

test('a PDF header printed off its numbers: the full rows’ own columns place a row with blanks', () => {
  // The header's labels stand 40 to the left of the numbers (x = 60 … 240): its bands would put every
  // number of a full row one column right, so the full rows decide the columns (x = 100 … 280).
  const header = pdfLine(1, ['自然人', 52, 68], ['商业企业', 82, 98], ['科研机构', 112, 128], ['社会公益组织', 142, 158], ['法律服务机构', 172, 188], ['其他', 202, 218], ['总计', 232, 248]);
  const rows = LABELS_2021.map(([k, label], i) => {
    const values = SET_A_APPLICATIONS[k]!.map((v, c): [string, number, number] => [String(v), 97 + 30 * c, 103 + 30 * c]);
    return pdfLine(2 + i, [label.replace(/\t/g, ''), 10, 40], ...(k === 'carriedForward' ? [values[0]!, values[6]!] : values));
  });
  const r = readDoc({ exactCells: false, lines: [header, ...rows] }, '2021');
  assert.deepEqual(cells(r.applications).carriedForward, [1, null, null, null, null, null, 1]);
  assert.deepEqual(cells(r.applications).newReceived, SET_A_APPLICATIONS.newReceived);
});
