/**
 * Traditional characters matched as simplified ones: converted where a document holds them, left
 * as printed elsewhere, and never beyond what matching needs (a hostile file of traditional text
 * must not cost minutes).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asPrinted, simplified, simplifiedDocument } from '../../../src/lib/parse/simplified.ts';
import type { RawDocument } from '../../../src/lib/read/types.ts';

test('a traditional text is matched in simplified characters; a simplified document is left as it is', () => {
  assert.equal(simplified('延津縣政府信息公開工作年度報告'), '延津县政府信息公开工作年度报告');
  const plain: RawDocument = { lines: [{ cells: ['一、总体情况'], place: { line: 1 } }], exactCells: false };
  assert.equal(simplifiedDocument(plain), plain);
});

test('every cell of a traditional document is converted, also one without a telling character; places kept', () => {
  const doc: RawDocument = {
    lines: [
      { cells: ['政府信息公開工作年度報告'], place: { line: 1 } },
      { cells: ['', '1.屬於國家秘密', '3'], place: { line: 7 } },
    ],
    exactCells: true,
  };
  const simple = simplifiedDocument(doc);
  assert.deepEqual(simple.lines.map((l) => [l.place.line, l.cells]), [[1, ['政府信息公开工作年度报告']], [7, ['', '1.属于国家秘密', '3']]]);
  assert.deepEqual(doc.lines[1]!.cells, ['', '1.屬於國家秘密', '3'], 'the document as printed is untouched');
});

test('a text far longer than any title is converted at its start only', () => {
  const tail = '報'.repeat(30_000);
  const out = simplified(`公開${tail}`);
  assert.equal(out.length, 30_002);
  assert.ok(out.startsWith('公开报'));
  assert.ok(out.endsWith('報'), 'the end is left as printed');
});

test('a text without a telling character is left as printed, though it holds another traditional one (裏)', () => {
  assert.equal(simplified('裏'), '裏');
  assert.equal(simplified('縣裏'), '县里');
});

test('a document whose only telling character is in a line with a number is converted', () => {
  const doc: RawDocument = { lines: [{ cells: ['（七）總計', '18'], place: { line: 64 } }], exactCells: true };
  assert.deepEqual(simplifiedDocument(doc).lines[0]!.cells, ['（七）总计', '18']);
});

test('a cell far longer than any label is converted at its start only', () => {
  const doc: RawDocument = { lines: [{ cells: [`公開${'報'.repeat(30_000)}`], place: { line: 1 } }], exactCells: false };
  const [cell] = simplifiedDocument(doc).lines[0]!.cells;
  assert.equal(cell!.length, 30_002);
  assert.ok(cell!.startsWith('公开报'));
  assert.ok(cell!.endsWith('報'));
  assert.equal(cell![19_999], '报');
  assert.equal(cell![20_000], '報');
});

test('a document converts at most 2,000,000 characters, each cell counting up to 20,000; cells without Chinese count none', () => {
  const ascii = Array.from({ length: 101 }, () => 'x'.repeat(20_000));
  const many = Array.from({ length: 101 }, () => '報');
  const doc: RawDocument = { lines: [{ cells: ['總計'], place: { line: 1 } }, { cells: [...ascii, ...many, '總計'], place: { line: 2 } }], exactCells: true };
  const cells = simplifiedDocument(doc).lines[1]!.cells;
  assert.deepEqual(cells.slice(101), [...many.map(() => '报'), '总计'], 'short cells count their length, ASCII ones nothing');
  const full = Array.from({ length: 100 }, () => '報'.repeat(20_000));
  const spent: RawDocument = { lines: [{ cells: [...full, '總計'], place: { line: 1 } }], exactCells: true };
  const out = simplifiedDocument(spent).lines[0]!.cells;
  assert.equal(out[99]!.at(-1), '报', 'the 100th cell brings the count to 2,000,000, converted');
  assert.equal(out[100], '總計', 'then the budget is spent');
});

test('the printed part a simplified part stands for', () => {
  assert.equal(asPrinted('延津县', '延津县人民政府', '延津縣人民政府'), '延津縣');
  assert.equal(asPrinted('延津县', '延津县人民政府', '延津縣人民政府辦'), '延津县', 'lengths differ: the simplified part');
  assert.equal(asPrinted('长垣县', '延津县人民政府', '延津縣人民政府'), '长垣县', 'not in the simplified text: the part itself');
});
