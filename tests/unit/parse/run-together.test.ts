/**
 * Which lines of a table print a row's digits run together with its label, and how a note quotes
 * them. The lines are written as a text copy of a web page prints them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteRunTogether, runTogetherLines } from '../../../src/lib/parse/run-together.ts';
import type { RawLine } from '../../../src/lib/read/types.ts';

const lines = (rows: string[][]): RawLine[] => rows.map((cells, i) => ({ cells, place: { line: i + 11 } }));
const namesRow = (key: string) => key.includes('申请') || key.includes('规章');
const found = (rows: string[][], from = 0, to = rows.length) => runTogetherLines(lines(rows), from, to, namesRow).map((f) => f.text);

test('a row label with a number run into it; full-width digits too', () => {
  assert.deepEqual(runTogetherLines(lines([['一、本年新收政府信息公开申请数量7000007'], ['规章０００']]), 0, 2, namesRow), [
    { text: '一、本年新收政府信息公开申请数量7000007', place: { line: 11 } },
    { text: '规章０００', place: { line: 12 } },
  ]);
});

test('numbering, dates and clauses are no cell digits: 1. 2、 (3) 第20条 2024年 3月 5日 4条 5款 6项', () => {
  for (const text of ['1.属于国家秘密的申请', '2、重复申请', '(3)申请人', '第20条规章', '2024年申请', '3月申请', '5日申请', '4条规章', '5款规章', '6项规章']) assert.deepEqual(found([[text]]), [], text);
  assert.deepEqual(found([['(3)申请人12']]), ['(3)申请人12'], 'a number after the numbering is');
  assert.deepEqual(found([['行政许可申请5']]), ['行政许可申请5'], 'one digit after the label');
});

test('only lines naming a row, with a text cell, shorter than a sentence', () => {
  assert.deepEqual(found([['合计7000007']]), [], 'no row named');
  assert.deepEqual(found([['规章', '0', '0', '0']]), [], 'the numbers are cells of their own');
  assert.deepEqual(found([['本年共收到申请18件。']]), [], 'a sentence');
  assert.deepEqual(found([['收到申请18件；办结17件']]), [], 'a sentence, to its semicolon');
  const eighty = `申请${'一'.repeat(76)}12`;
  assert.equal(eighty.length, 80);
  assert.deepEqual(found([[eighty]]), [eighty]);
  assert.deepEqual(found([[`${eighty}3`]]), [], 'longer than a row');
  assert.deepEqual(found([['申请', '数量12']]), ['申请 数量12'], 'the cells joined by a space, as printed');
  assert.deepEqual(found([['申请', '', '数量12', '']]), ['申请 数量12'], 'empty cells left out');
});

test('only the lines from `from` up to `to`', () => {
  const rows = [['规章000'], ['申请12'], ['规章345']];
  assert.deepEqual(found(rows, 1, 2), ['申请12']);
});

test('a note quotes the first two lines, each cut at 40 characters, and counts the rest', () => {
  const place = { line: 3 };
  const long = `一、本年新收政府信息公开申请数量${'7'.repeat(30)}`;
  assert.equal(quoteRunTogether([{ text: '规章000', place }]), '“规章000”');
  assert.equal(quoteRunTogether([{ text: long, place }, { text: '规章000', place }]), `“${long.slice(0, 40)}…”、“规章000”`);
  assert.equal(quoteRunTogether([{ text: '规章000', place }, { text: '规章111', place }, { text: '规章222', place }]), '“规章000”、“规章111”等 3 行');
  const forty = '申'.repeat(40);
  assert.equal(quoteRunTogether([{ text: forty, place }]), `“${forty}”`);
});
