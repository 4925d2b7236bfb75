import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelKey, readCell } from '../../../src/lib/parse/normalize.ts';

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
