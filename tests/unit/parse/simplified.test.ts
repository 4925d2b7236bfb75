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

test('the printed part a simplified part stands for', () => {
  assert.equal(asPrinted('延津县', '延津县人民政府', '延津縣人民政府'), '延津縣');
  assert.equal(asPrinted('延津县', '延津县人民政府', '延津縣人民政府辦'), '延津县', 'lengths differ: the simplified part');
});
