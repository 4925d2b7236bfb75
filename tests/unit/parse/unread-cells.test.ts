/** Which cells of a workbook row are unread: text where the row holds numbers, never a label. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyUnreadCells } from '../../../src/lib/parse/unread-cells.ts';
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
