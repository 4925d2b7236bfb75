/**
 * OCR text boxes → lines of cells (read/ocr/document.ts), on boxes written by hand as the engine
 * gives them: the layout of a PDF's text layer applies, a number box gives its digits, and a
 * number repaired from look-alike letters or read with low confidence marks its cell unsure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanToDocument, UNSURE_BELOW } from '../../../src/lib/read/ocr/document.ts';
import type { OcrBox, OcrPage } from '../../../src/lib/read/ocr/types.ts';

const box = (text: string, left: number, top: number, right: number, bottom: number, digits?: OcrBox['digits']): OcrBox =>
  digits ? { text, box: [left, top, right, bottom], confidence: 0.99, digits } : { text, box: [left, top, right, bottom], confidence: 0.99 };

const page = (boxes: OcrBox[]): OcrPage => ({ width: 1654, height: 2339, skew: 0, boxes });

test('a table row: the label and its numbers on one line, one cell each, the boxes in any order', () => {
  const doc = scanToDocument([
    page([
      box('1362', 1400, 1442, 1449, 1469, { text: '1362', confidence: 0.999 }),
      box('（一）予以公开', 316, 1432, 453, 1460),
      box('1288', 745, 1440, 794, 1469, { text: '1288', confidence: 0.999 }),
      box('21', 854, 1440, 879, 1469, { text: '21', confidence: 0.99 }),
    ]),
  ]);
  assert.deepEqual(doc.lines.map((l) => l.cells), [['（一）予以公开', '1288', '21', '1362']]);
  assert.deepEqual(doc.unsure, []);
  assert.equal(doc.exactCells, false);
});

test('a 0 read as the letter O is given as 0 and marked unsure; so is a number read with low confidence', () => {
  const doc = scanToDocument([
    page([
      box('二、上年结转政府信息公开申请数量', 241, 1368, 573, 1392),
      box('34', 754, 1374, 783, 1401, { text: '34', confidence: 0.996 }),
      box('O', 860, 1376, 876, 1399, { text: '0', confidence: 0.98 }),
      box('8', 960, 1376, 976, 1399, { text: '8', confidence: UNSURE_BELOW - 0.1 }),
      box('34', 1411, 1374, 1439, 1401, { text: '34', confidence: 0.994 }),
    ]),
    page([box('第二页', 200, 300, 400, 340)]),
  ]);
  assert.deepEqual(doc.lines[0]!.cells, ['二、上年结转政府信息公开申请数量', '34', '0', '8', '34']);
  assert.deepEqual(doc.unsure, [
    { line: 0, cell: 2, page: 1, reading: '0' },
    { line: 0, cell: 3, page: 1, reading: '8' },
  ]);
});

test('full-width digits read as such are not a repair', () => {
  const doc = scanToDocument([page([box('合计', 200, 300, 300, 330), box('１２', 700, 300, 760, 330, { text: '12', confidence: 0.99 })])]);
  assert.deepEqual(doc.lines[0]!.cells, ['合计', '12']);
  assert.deepEqual(doc.unsure, []);
});

test('page numbers in the bottom margin are dropped, as in a PDF', () => {
  const doc = scanToDocument([
    page([box('正文第一行', 200, 300, 900, 340), box('-4-', 800, 2250, 860, 2280)]),
  ]);
  assert.deepEqual(doc.lines.map((l) => l.cells), [['正文第一行']]);
});
