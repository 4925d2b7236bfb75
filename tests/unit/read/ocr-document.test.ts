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

/** Table 三's first rows as a narrow scan prints them: 自然人 and 商业企业 close together, 总计 far right. */
const rows = (middle: OcrBox[]): OcrBox[] => [
  box('（一）予以公开', 316, 1000, 453, 1028),
  box('1288', 710, 1000, 760, 1028, { text: '1288', confidence: 0.99 }),
  box('21', 810, 1000, 835, 1028, { text: '21', confidence: 0.99 }),
  box('1362', 1400, 1000, 1449, 1028, { text: '1362', confidence: 0.99 }),
  box('（二）部分公开', 316, 1040, 453, 1068),
  ...middle,
  box('13616', 1390, 1040, 1449, 1068, { text: '13616', confidence: 0.99 }),
  box('1.属于国家秘密', 316, 1080, 453, 1108),
  box('447', 725, 1080, 760, 1108, { text: '447', confidence: 0.99 }),
  box('7', 820, 1080, 832, 1108, { text: '7', confidence: 0.99 }),
  box('454', 1412, 1080, 1449, 1108, { text: '454', confidence: 0.99 }),
];

test('a box bridging two columns of its table, read with a space where the gutter is, is split there: one number a column', () => {
  const doc = scanToDocument([page(rows([box('13364 252', 710, 1040, 835, 1068, { text: '13364252', confidence: 0.99 })]))]);
  assert.deepEqual(doc.lines.map((l) => l.cells), [
    ['（一）予以公开', '1288', '21', '1362'],
    ['（二）部分公开', '13364', '252', '13616'],
    ['1.属于国家秘密', '447', '7', '454'],
  ]);
  assert.deepEqual(doc.unsure, []);
  // Each part where its characters are: 13364 under 自然人 (710–760), 252 under 商业企业 (810–835).
  const [, first, second] = doc.lines[1]!.spans!;
  assert.ok(first!.left === 710 && first!.right < 785, JSON.stringify(first));
  assert.ok(second!.left > 785 && second!.right === 835, JSON.stringify(second));
});

test('a box bridging two columns read without a space (13364252) is left one number, and unsure, with what was read', () => {
  const doc = scanToDocument([page(rows([box('13364252', 710, 1040, 835, 1068, { text: '13364252', confidence: 0.99 })]))]);
  assert.deepEqual(doc.lines[1]!.cells, ['（二）部分公开', '13364252', '13616']);
  assert.deepEqual(doc.unsure, [{ line: 1, cell: 1, page: 1, reading: '13364252', bridges: true }]);
});

test('a space away from the gutter is no split: the box is unsure', () => {
  const doc = scanToDocument([page(rows([box('1 3364252', 710, 1040, 835, 1068, { text: '13364252', confidence: 0.99 })]))]);
  assert.deepEqual(doc.lines[1]!.cells, ['（二）部分公开', '13364252', '13616']);
  assert.deepEqual(doc.unsure, [{ line: 1, cell: 1, page: 1, reading: '13364252', bridges: true }]);
});

test('a wide number is judged by its own table only, not by the columns of a table below a heading and its header', () => {
  const doc = scanToDocument([
    page([
      box('行政处罚', 316, 800, 420, 828),
      box('3985758', 700, 800, 840, 828, { text: '3985758', confidence: 0.99 }),
      box('三、收到和处理政府信息公开申请情况', 241, 860, 700, 888),
      box('申请人情况', 700, 900, 1000, 928),
      box('自然人', 700, 940, 770, 968),
      ...rows([box('13364', 710, 1040, 770, 1068, { text: '13364', confidence: 0.99 })]),
    ]),
  ]);
  assert.deepEqual(doc.lines[0]!.cells, ['行政处罚', '3985758']);
  assert.deepEqual(doc.lines.at(-2)!.cells, ['（二）部分公开', '13364', '13616']);
  assert.deepEqual(doc.unsure, []);
});
