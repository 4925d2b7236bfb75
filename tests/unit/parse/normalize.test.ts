import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelKey, lineKeys, readCell, toHalfWidth, unnumbered } from '../../../src/lib/parse/normalize.ts';
import type { RawDocument } from '../../../src/lib/read/types.ts';

test('readCell: numbers as printed, with separators, decimals, full-width digits and units', () => {
  assert.deepEqual(readCell('12'), { kind: 'number', value: 12 });
  assert.deepEqual(readCell(' 1,234 '), { kind: 'number', value: 1234 });
  assert.deepEqual(readCell('96171.6'), { kind: 'number', value: 96171.6 });
  assert.deepEqual(readCell('１２３'), { kind: 'number', value: 123 });
  assert.deepEqual(readCell('3件'), { kind: 'number', value: 3 });
  assert.deepEqual(readCell('251000元'), { kind: 'number', value: 251000, unit: 'yuan' });
  assert.deepEqual(readCell('减4'), { kind: 'number', value: -4 });
  assert.deepEqual(readCell('-3'), { kind: 'number', value: -3 });
});

test('readCell: blank marks are null values, empty cells and labels are not values', () => {
  for (const mark of ['/', '-', '—', '——', '无', '／']) assert.deepEqual(readCell(mark), { kind: 'blank' }, mark);
  assert.deepEqual(readCell(''), { kind: 'empty' });
  assert.deepEqual(readCell('1.属于国家秘密'), { kind: 'text' });
  assert.deepEqual(readCell('2024年'), { kind: 'text' });
  assert.deepEqual(readCell('1.2.3'), { kind: 'text' });
});

test('labelKey folds spacing, brackets and punctuation of either width', () => {
  assert.equal(labelKey('(三) 不予公开'), labelKey('（三）不予公开'));
  assert.equal(labelKey('结果 维持'), '结果维持');
  assert.equal(labelKey('1、申请人'), '1申请人');
});

test('readCell: every blank mark, full-width or set off by spaces; a cell of spaces is empty', () => {
  for (const mark of ['/', '／', '-', '－', '—', '——', '–', '―', '无', '空', '\\', '×', '*', '—/—', ' / ', '　—　']) assert.deepEqual(readCell(mark), { kind: 'blank' }, mark);
  assert.deepEqual(readCell('   '), { kind: 'empty' });
});

test('readCell: 增 and 增加 are plus, 减 and 减少 minus; thousands in groups of three; every decimal', () => {
  assert.deepEqual(readCell('增3'), { kind: 'number', value: 3 });
  assert.deepEqual(readCell('增加4'), { kind: 'number', value: 4 });
  assert.deepEqual(readCell('减少5'), { kind: 'number', value: -5 });
  assert.deepEqual(readCell('12,345'), { kind: 'number', value: 12345 });
  assert.deepEqual(readCell('1,234,567'), { kind: 'number', value: 1234567 });
  assert.deepEqual(readCell('3.25万元'), { kind: 'number', value: 3.25 });
});

test('toHalfWidth: the ideographic space is a space', () => {
  assert.equal(toHalfWidth('２０２５年　１月'), '2025年 1月');
});

test('unnumbered: the leading numbering only, in Chinese or Arabic numerals of any length', () => {
  assert.equal(unnumbered('三本年度办理结果'), '本年度办理结果');
  assert.equal(unnumbered('十二其他'), '其他');
  assert.equal(unnumbered('12其他'), '其他');
  assert.equal(unnumbered('其他三'), '其他三');
});

test('lineKeys: the label key of each line, its cells joined; computed once a document', () => {
  const doc: RawDocument = { lines: [{ cells: ['（一）', '予以公开'], place: { line: 1 } }, { cells: ['规章', '0'], place: { line: 2 } }], exactCells: true };
  const keys = lineKeys(doc);
  assert.deepEqual(keys, ['一予以公开', '规章0']);
  assert.equal(lineKeys(doc), keys);
});
