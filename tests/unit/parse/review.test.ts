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
