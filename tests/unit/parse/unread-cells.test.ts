/** Which cells of a workbook row are unread: text where the row holds numbers, never a label. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyUnreadCells, markUnreadCells } from '../../../src/lib/parse/unread-cells.ts';
import { NoteList } from '../../../src/lib/parse/notes.ts';
import type { RawDocument, RawLine } from '../../../src/lib/read/types.ts';

function row(line: number, cells: string[], sheet: string | null = '表三'): RawLine {
  const cellPlaces = cells.map((_, i) => ({ line, ...(sheet === null ? {} : { sheet, cell: `${String.fromCharCode(65 + i)}${line}` }) }));
  return { cells, place: cellPlaces[0]!, cellPlaces, tableRow: true };
}

test('text without Chinese between two numbers, or with Latin letters, is emptied; labels, a number-less row and a remark after the numbers are not', () => {
  const doc: RawDocument = {
    exactCells: true,
    lines: [
      row(3, ['信息内容', '本年制发件数', 'Total']),
      row(4, ['1.', '属于国家秘密', '4', '1,2,3', '6', 'l2', '备注：含转办']),
      row(5, ['O', '3', '5']),
      // Two tables side by side: the second's label is between the first's number and its own.
      row(6, ['行政许可', '35', '行政处罚', '12']),
      row(7, ['（一）予以公开', '7', 'O', '9'], null),
    ],
  };
  const { doc: read, cells } = emptyUnreadCells(doc);
  assert.deepEqual(
    cells.map((c) => [c.place.cell, c.text]),
    [['D4', '1,2,3'], ['F4', 'l2'], ['A5', 'O']],
  );
  assert.deepEqual(read.lines.map((l) => l.cells), [
    ['信息内容', '本年制发件数', 'Total'],
    ['1.', '属于国家秘密', '4', '', '6', '', '备注：含转办'],
    ['', '3', '5'],
    ['行政许可', '35', '行政处罚', '12'],
    // Cells without an address (not a workbook) are left to the table parsers.
    ['（一）予以公开', '7', 'O', '9'],
  ]);
  assert.deepEqual(doc.lines[1]!.cells[3], '1,2,3', 'the document as read is not changed');
});

test('a number in the first cell; a blank or empty cell between numbers and a footnote mark after them are not text to empty', () => {
  const doc: RawDocument = {
    exactCells: true,
    lines: [row(3, ['3', 'O', '5']), row(4, ['行政许可', '4', '', '/', '6', '(1)'])],
  };
  const { doc: read, cells } = emptyUnreadCells(doc);
  assert.deepEqual(cells.map((c) => [c.place.cell, c.text]), [['B3', 'O']]);
  assert.deepEqual(read.lines[0]!.cells, ['3', '', '5']);
  assert.equal(read.lines[1], doc.lines[1], 'a line with nothing unread is the document\'s own');
});

test('a document without an unread cell is returned as it is; lines without cell references are left alone', () => {
  const doc: RawDocument = { exactCells: true, lines: [row(3, ['规章', '4', '5', '6']), { cells: ['1', 'O', '3'], place: { line: 4 } }] };
  assert.equal(emptyUnreadCells(doc).doc, doc);
  assert.deepEqual(emptyUnreadCells(doc).cells, []);
});

test('a row whose label has no cell reference (a joined label) is still a workbook row', () => {
  const line = row(5, ['规章', '4', 'N/A', '6']);
  const { cells } = emptyUnreadCells({ exactCells: true, lines: [{ ...line, cellPlaces: [{ line: 5 }, ...line.cellPlaces!.slice(1)] }] });
  assert.deepEqual(cells.map((c) => [c.place.cell, c.text]), [['C5', 'N/A']]);
});

describe('markUnreadCells', () => {
  const places = {
    'applications.granted.total': { sheet: '表三', line: 44, column: 12, cell: 'L44' },
    'applications.granted.naturalPerson': { sheet: '表三', line: 44, column: 4, cell: 'D44' },
    'reviewLitigation.reconsideration.total': { sheet: '表四', line: 44, column: 12, cell: 'L44' },
  };
  test('the number read from the cell is unread, once, with a note naming the sheet and cell; the report is partial', () => {
    const report = { places, unread: ['applications.granted.total'], status: 'ok' as const };
    const notes = new NoteList();
    markUnreadCells(report, [{ place: { sheet: '表三', line: 44, cell: 'D44' }, text: 'O' }, { place: { sheet: '表三', line: 44, cell: 'L44' }, text: 'l2' }], notes);
    assert.deepEqual(report.unread, ['applications.granted.total', 'applications.granted.naturalPerson']);
    assert.equal(report.status, 'partial');
    assert.deepEqual(notes.items, [
      { level: 'warning', code: 'cell-unread', message: '工作表“表三”D44 格写的是“O”，不是数字：该格留空，同行其他数字照常读取', line: 44, sheet: '表三', cell: 'D44' },
      { level: 'warning', code: 'cell-unread', message: '工作表“表三”L44 格写的是“l2”，不是数字：该格留空，同行其他数字照常读取', line: 44, sheet: '表三', cell: 'L44' },
    ]);
  });
  test('a cell no number was read from (a label, a header) is left out; a failed report stays failed', () => {
    const report = { places, unread: [] as string[], status: 'failed' as 'ok' | 'partial' | 'failed' };
    const notes = new NoteList();
    markUnreadCells(report, [{ place: { sheet: '表三', line: 40, cell: 'D40' }, text: 'Total' }], notes);
    assert.deepEqual([report.unread, notes.items], [[], []]);
    markUnreadCells(report, [{ place: { sheet: '表三', line: 44, cell: 'D44' }, text: 'O' }], notes);
    assert.equal(report.status, 'failed');
    assert.deepEqual(report.unread, ['applications.granted.naturalPerson']);
  });
  test('a place without a sheet name, and a report without places', () => {
    const report = { places: { 'activeDisclosure.licensing': { line: 7, column: 3, cell: 'C7' } }, unread: [] as string[], status: 'ok' as const };
    const notes = new NoteList();
    markUnreadCells(report, [{ place: { line: 7, cell: 'C7' }, text: 'O' }], notes);
    assert.equal(notes.items[0]?.message, '工作表“”C7 格写的是“O”，不是数字：该格留空，同行其他数字照常读取');
    const none = { unread: [] as string[], status: 'ok' as const };
    markUnreadCells(none, [{ place: { line: 7, cell: 'C7' }, text: 'O' }], notes);
    assert.deepEqual(none, { unread: [], status: 'ok' });
  });
});
