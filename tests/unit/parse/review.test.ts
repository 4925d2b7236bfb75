/**
 * Table 四 read from a grid (HTML, DOCX, workbooks: exact cells), where one logical column may be
 * several cells of the grid with empty padding between them. The numbers are made up, distinct
 * where they can be, and each group adds up: 维持 + 纠正 + 其他 + 尚未审结 = 总计.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readReview } from '../../../src/lib/parse/review.ts';
import { NoteList } from '../../../src/lib/parse/notes.ts';
import type { RawDocument } from '../../../src/lib/read/types.ts';

// 行政复议 3 1 0 2 6 | 未经复议直接起诉 4 0 1 0 5 | 复议后起诉 2 0 0 1 3
const NUMBERS = ['3', '1', '0', '2', '6', '4', '0', '1', '0', '5', '2', '0', '0', '1', '3'];

function grid(row: string[]): RawDocument {
  return {
    exactCells: true,
    lines: [
      { cells: ['行政复议', '行政诉讼'], place: { line: 1 } },
      { cells: row, place: { line: 2 } },
    ],
  };
}

test('a grid row whose columns are padded with empty cells is read as its 15 numbers, in order', () => {
  const padded = NUMBERS.flatMap((n, i) => (i === 0 ? [n] : ['', n]));
  const notes = new NoteList();
  const result = readReview(grid(padded), { startIndex: 0, endIndex: 2 }, notes);
  assert.deepEqual(result.reviewLitigation.reconsideration, { upheld: 3, corrected: 1, other: 0, pending: 2, total: 6 });
  assert.deepEqual(result.reviewLitigation.litigationDirect, { upheld: 4, corrected: 0, other: 1, pending: 0, total: 5 });
  assert.deepEqual(result.reviewLitigation.litigationAfterReconsideration, { upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 });
  assert.deepEqual(result.unread, []);
});

test('a grid row of 15 cells keeps a blank cell in its column', () => {
  const row = [...NUMBERS];
  row[6] = '';
  const result = readReview(grid(row), { startIndex: 0, endIndex: 2 }, new NoteList());
  assert.deepEqual(result.reviewLitigation.litigationDirect, { upheld: 4, corrected: null, other: 1, pending: 0, total: 5 });
});

test('a grid row of more numbers than table 四 has is left unread, never cut to fit', () => {
  const notes = new NoteList();
  const result = readReview(grid([...NUMBERS, '7']), { startIndex: 0, endIndex: 2 }, notes);
  assert.deepEqual(result.unread, ['reviewLitigation']);
  assert.equal(result.reviewLitigation.reconsideration.upheld, null);
  assert.equal(result.reviewLitigation.litigationAfterReconsideration.total, null);
  assert.deepEqual(notes.items.map((n) => [n.code, n.message]), [['row-cells', '表四：应有 15 个数字，实际 16 个，整行留空']]);
});

/** Table 四 as text: its header, then `rows` one line each. */
function text(...rows: string[][]): RawDocument {
  return {
    exactCells: false,
    lines: [{ cells: ['行政复议', '行政诉讼'], place: { line: 7 } }, ...rows.map((cells, i) => ({ cells, place: { line: 8 + i } }))],
  };
}
const readText = (doc: RawDocument) => {
  const notes = new NoteList();
  const result = readReview(doc, { startIndex: 0, endIndex: doc.lines.length }, notes);
  return { ...result, notes: notes.items.map((n) => [n.level, n.code, n.message, n.line]) };
};

test('no region: no table, noted as missing', () => {
  const notes = new NoteList();
  const result = readReview(text(NUMBERS), null, notes);
  assert.deepEqual([result.found, result.incomplete, result.unread], [false, true, ['reviewLitigation']]);
  assert.deepEqual(notes.items, [{ level: 'error', code: 'table-missing', message: '未找到表四（行政复议、行政诉讼情况）' }]);
});

test('text: the first 15 numbers after the header are the table, each with its line and cell', () => {
  // The line after the table prints a number of its own (a page number): not the table's.
  const r = readText(text(NUMBERS.slice(0, 5), NUMBERS.slice(5), ['第3页', '9']));
  assert.deepEqual(r.reviewLitigation.reconsideration, { upheld: 3, corrected: 1, other: 0, pending: 2, total: 6 });
  assert.deepEqual(r.reviewLitigation.litigationAfterReconsideration, { upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 });
  assert.deepEqual([r.found, r.incomplete, r.unread, r.inferred, r.notes], [true, false, [], [], []]);
  assert.deepEqual(r.places.get('reviewLitigation.reconsideration.total'), { line: 8, column: 5 });
  assert.deepEqual(r.places.get('reviewLitigation.litigationDirect.upheld'), { line: 9, column: 1 });
  assert.equal(r.places.size, 15);
});

test('14 numbers that one reading fits: the missing cell inferred from its group, without a place', () => {
  // 行政复议 3 1 0 2 and no 总计: any other gap would need a negative count or break a group; 总计 is 6.
  const printed = NUMBERS.filter((_, i) => i !== 4);
  const r = readText(text(printed));
  assert.deepEqual(r.reviewLitigation.reconsideration, { upheld: 3, corrected: 1, other: 0, pending: 2, total: 6 });
  assert.deepEqual(r.reviewLitigation.litigationDirect, { upheld: 4, corrected: 0, other: 1, pending: 0, total: 5 });
  assert.deepEqual(r.inferred, ['reviewLitigation.reconsideration.total']);
  assert.deepEqual(r.notes, [['info', 'cell-inferred', '表四：15 个数字只印出 14 个；表四“行政复议”“总计”按该组总计推算为 6', 8]]);
  assert.equal(r.places.has('reviewLitigation.reconsideration.total'), false);
  assert.deepEqual(r.places.get('reviewLitigation.litigationDirect.upheld'), { line: 8, column: 5 });
  assert.deepEqual([r.found, r.incomplete, r.unread], [true, false, []]);
});

test('14 numbers that no reading fits: the whole table blank and unread', () => {
  // 行政复议 9 1 0 2 6: no cell left out makes 9 + 1 + 0 + 2 + ? = 6 nor any group add up after it.
  const printed = ['9', ...NUMBERS.slice(1, 14)];
  const r = readText(text(printed));
  assert.equal(r.reviewLitigation.reconsideration.upheld, null);
  assert.equal(r.reviewLitigation.litigationDirect.total, null);
  assert.deepEqual(r.unread, ['reviewLitigation']);
  assert.deepEqual(r.notes, [['warning', 'cell-ambiguous', '表四：15 个数字只印出 14 个，且没有任何读法符合各组总计，整行留空', 8]]);
  assert.equal(r.incomplete, true);
  assert.equal(r.places.size, 0);
});

test('14 numbers that several readings fit: what they agree on kept, the cells any of them left out blank', () => {
  // 复议后起诉 all 0, printed as four 0s: a gap in any of its five cells gives 0 0 0 0 0; a gap earlier breaks a group.
  const printed = [...NUMBERS.slice(0, 10), '0', '0', '0', '0'];
  const r = readText(text(printed));
  assert.deepEqual(r.reviewLitigation.litigationDirect, { upheld: 4, corrected: 0, other: 1, pending: 0, total: 5 });
  assert.deepEqual(r.reviewLitigation.litigationAfterReconsideration, { upheld: null, corrected: null, other: null, pending: null, total: null });
  assert.deepEqual(r.unread, ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `reviewLitigation.litigationAfterReconsideration.${c}`));
  assert.deepEqual(r.notes, [['warning', 'cell-ambiguous', '表四：15 个数字只印出 14 个，有 5 种读法都符合各组总计，不确定的格留空', 8]]);
  assert.deepEqual(r.places.get('reviewLitigation.litigationDirect.total'), { line: 8, column: 10 });
  assert.equal(r.places.has('reviewLitigation.litigationAfterReconsideration.upheld'), false);
  assert.equal(r.incomplete, true);
});

test('a table 四 of fewer numbers is unread, with an error', () => {
  const r = readText(text(NUMBERS.slice(0, 13)));
  assert.deepEqual(r.unread, ['reviewLitigation']);
  assert.deepEqual(r.notes, [['error', 'row-cells', '表四：应有 15 个数字，实际 13 个，整行留空', 8]]);
  assert.equal(r.reviewLitigation.reconsideration.upheld, null);
  assert.deepEqual([r.found, r.incomplete], [true, true]);
});

test('a header without a number: no table; digits run together with the labels are numbers not read', () => {
  const none = readText(text(['结果维持', '结果纠正']));
  assert.deepEqual(none.notes, [['error', 'table-missing', '表四（行政复议、行政诉讼情况）没有数字', 7]]);
  assert.deepEqual([none.found, none.unread], [false, ['reviewLitigation']]);
  const runTogether = readText(text(['行政复议31026']));
  assert.deepEqual(runTogether.notes, [['warning', 'cells-run-together', '表四印出了数字，但各格的数字连在一起，分不清各格：“行政复议31026”，未能读出', 8]]);
  assert.equal(runTogether.found, false);
});

test('a grid of exactly 15 cells keeps its empty cells, as blanks of their columns', () => {
  const row = [...NUMBERS];
  row[14] = '';
  const result = readReview(grid(row), { startIndex: 0, endIndex: 2 }, new NoteList());
  assert.equal(result.reviewLitigation.litigationAfterReconsideration.total, null);
  assert.equal(result.reviewLitigation.litigationAfterReconsideration.pending, 1);
});
