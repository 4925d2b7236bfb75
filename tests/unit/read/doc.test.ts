/**
 * A Word 97–2003 document's paragraphs → HTML → lines (read/doc.ts), on paragraphs written by hand
 * as doc-binary.ts gives them: where a table begins and ends, which paragraphs make a cell, and
 * how a row's merged cells are written (a colspan for one continuing its left neighbour, nothing
 * for one continuing the cell above).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CellMerge, WordParagraph } from '../../../src/lib/read/doc-binary.ts';
import { readDoc, readRtfDocument, wordHtml } from '../../../src/lib/read/doc.ts';
import { htmlToDocument } from '../../../src/lib/read/html.ts';
import { cut, LIMITS } from '../../../src/lib/read/limits.ts';
import { openOle } from '../../../src/lib/read/ole.ts';
import { docOf } from '../hostile/long-files.ts';

const para = (text: string): WordParagraph => ({ text, end: 'paragraph', inTable: false });
const cell = (text: string): WordParagraph => ({ text, end: 'cell', inTable: true });
const inCell = (text: string): WordParagraph => ({ text, end: 'paragraph', inTable: true });
const rowEnd = (merges?: CellMerge[]): WordParagraph => (merges ? { text: '', end: 'row', inTable: true, merges } : { text: '', end: 'row', inTable: true });
const plain: CellMerge = { horizontal: false, vertical: false };
const left: CellMerge = { horizontal: true, vertical: false };
const above: CellMerge = { horizontal: false, vertical: true };
const lines = (paragraphs: WordParagraph[]) => htmlToDocument(wordHtml(paragraphs), 'word').lines.map((l) => [l.place.line, ...l.cells]);

test('paragraphs, then a table of two rows in one <table>, then a paragraph after it', () => {
  const paragraphs = [para('三、收到和处理'), cell('自然人'), cell('总计'), rowEnd(), cell('14'), cell('27'), rowEnd(), para('四、行政复议')];
  assert.equal(
    wordHtml(paragraphs),
    '<p>三、收到和处理</p>\n<table>\n<tr><td><p>自然人</p></td><td><p>总计</p></td></tr>\n<tr><td><p>14</p></td><td><p>27</p></td></tr>\n</table>\n<p>四、行政复议</p>',
  );
  assert.deepEqual(lines(paragraphs), [
    [1, '三、收到和处理'],
    [2, '自然人', '总计'],
    [3, '14', '27'],
    [4, '四、行政复议'],
  ]);
});

test('the paragraphs of one cell stay in that cell, in order', () => {
  const paragraphs = [inCell('本年新收'), cell('申请数量'), cell('9'), rowEnd()];
  assert.equal(wordHtml(paragraphs), '<table>\n<tr><td><p>本年新收</p><p>申请数量</p></td><td><p>9</p></td></tr>\n</table>');
  assert.deepEqual(lines(paragraphs), [[1, '本年新收申请数量', '9']]);
});

test('a cell continuing its left neighbour widens it (a colspan, padded in the line); its own text is not read', () => {
  const paragraphs = [cell('一、本年新收'), cell(''), cell(''), cell('12'), rowEnd([plain, left, left, plain])];
  assert.equal(wordHtml(paragraphs), '<table>\n<tr><td colspan="3"><p>一、本年新收</p></td><td><p>12</p></td></tr>\n</table>');
  assert.deepEqual(lines(paragraphs), [[1, '一、本年新收', '', '', '12']]);
});

test('a cell continuing the one above is left out, as a rowspan is not printed again', () => {
  const paragraphs = [cell('（三）不予公开'), cell('1．属于国家秘密'), cell('3'), rowEnd([plain, plain, plain]), cell(''), cell('2．其他法律'), cell('5'), rowEnd([above, plain, plain])];
  assert.deepEqual(lines(paragraphs), [
    [1, '（三）不予公开', '1．属于国家秘密', '3'],
    [2, '2．其他法律', '5'],
  ]);
});

test('a cell continuing the one above that holds text, in any of its paragraphs, is kept', () => {
  const paragraphs = [cell('（三）不予公开'), cell('3'), rowEnd([plain, plain]), inCell(''), cell('另计'), cell('5'), rowEnd([above, plain])];
  assert.deepEqual(lines(paragraphs), [
    [1, '（三）不予公开', '3'],
    [2, '另计', '5'],
  ]);
});

test('a first cell marked as continuing its left neighbour has none: it is a cell of its own', () => {
  const paragraphs = [cell('合计'), cell('7'), rowEnd([left, plain])];
  assert.equal(wordHtml(paragraphs), '<table>\n<tr><td><p>合计</p></td><td><p>7</p></td></tr>\n</table>');
});

test('a row with fewer merges than cells: the cells past them are plain', () => {
  const paragraphs = [cell('甲'), cell('乙'), cell('6'), rowEnd([plain, left])];
  assert.deepEqual(lines(paragraphs), [[1, '甲', '', '6']]);
});

test('cells without their row’s end (a damaged table) make a row of what there is, the cell being read included', () => {
  const paragraphs = [cell('甲'), inCell('乙'), para('正文')];
  assert.equal(wordHtml(paragraphs), '<table><tr><td><p>甲</p></td><td><p>乙</p></td></tr>\n</table>\n<p>正文</p>');
  const ended = [cell('甲'), cell('丙'), para('正文')];
  assert.equal(wordHtml(ended), '<table><tr><td><p>甲</p></td><td><p>丙</p></td></tr>\n</table>\n<p>正文</p>');
  const unended = [inCell('乙'), para('正文')];
  assert.equal(wordHtml(unended), '<table><tr><td><p>乙</p></td></tr>\n</table>\n<p>正文</p>');
});

test('after a table’s rows, cells without a row end are a row of that table', () => {
  const paragraphs = [cell('甲'), rowEnd(), cell('乙'), para('正文')];
  assert.equal(wordHtml(paragraphs), '<table>\n<tr><td><p>甲</p></td></tr>\n<tr><td><p>乙</p></td></tr>\n</table>\n<p>正文</p>');
});

test('a document ending in a table, or in cells without their row end, closes it', () => {
  assert.equal(wordHtml([cell('甲'), rowEnd()]), '<table>\n<tr><td><p>甲</p></td></tr>\n</table>');
  assert.equal(wordHtml([cell('甲'), rowEnd(), cell('乙')]), '<table>\n<tr><td><p>甲</p></td></tr>\n<tr><td><p>乙</p></td></tr>\n</table>');
  assert.equal(wordHtml([cell('甲'), inCell('乙')]), '<table><tr><td><p>甲</p></td><td><p>乙</p></td></tr>\n</table>');
  assert.equal(wordHtml([inCell('乙')]), '<table><tr><td><p>乙</p></td></tr>\n</table>');
  assert.equal(wordHtml([cell('甲')]), '<table><tr><td><p>甲</p></td></tr>\n</table>');
});

test('text is escaped, never read as markup, and a line break is one', () => {
  const paragraphs = [para('a<b>&c\nd'), cell('<td>1'), rowEnd()];
  assert.equal(wordHtml(paragraphs), '<p>a&lt;b&gt;&amp;c<br>d</p>\n<table>\n<tr><td><p>&lt;td&gt;1</p></td></tr>\n</table>');
  assert.deepEqual(lines(paragraphs), [
    [1, 'a<b>&c'],
    [1, 'd'],
    [2, '<td>1'],
  ]);
});

test('a .doc LibreOffice wrote (formats/merged-word.fodt): cells merged down left out, a wide cell one cell, a nested table’s rows lines of their own', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/formats/merged-word.doc', import.meta.url)));
  const doc = readDoc(openOle(bytes, 'merged-word.doc'));
  assert.deepEqual(
    doc.lines.map((l) => [l.place.line, ...l.cells]),
    [
      [1, '三、收到和处理政府信息公开申请情况'],
      [2, '本年新收申请21件 第1页'],
      [3, '项目', '自然人', '法人', '总计'],
      [4, '一、本年新收申请数量', '14', '13', '27'],
      [5, '（三）不予公开', '1．属于国家秘密', '3', '5', '8'],
      [6, '2．其他法律行政法规禁止公开', '6', '11'],
      [7, '3．危及“三安全一稳定”', '4', '7', '12'],
      [8, '按类别商业企业', '15'],
      [9, '科研机构', '16'],
      [10, '', '合计', '31'],
      [11, '四、行政复议𠀀'],
    ],
  );
  assert.equal(doc.warnings, undefined);
});

test('paragraphs of a .doc cut at LIMITS.lineChars are counted in one note', () => {
  const long = '长'.repeat(LIMITS.lineChars.value + 5);
  const doc = readDoc(openOle(new Uint8Array(docOf(`甲\r${long}\r乙\r${long}\r丙\r`, true)), 'long.doc'));
  assert.deepEqual(
    doc.lines.map((l) => l.cells[0]!.length),
    [1, LIMITS.lineChars.value, 1, LIMITS.lineChars.value, 1],
  );
  assert.deepEqual(doc.warnings, [{ code: 'limit-reached', message: cut('lineChars', 2) }]);
});

test('a .doc whose wide table rows keep their properties in the Data stream (layouts/doc.doc) is read through it', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/layouts/doc.doc', import.meta.url)));
  const row = readDoc(openOle(bytes, 'doc.doc')).lines.find((l) => l.cells[0] === '一、本年新收政府信息公开申请数量');
  // docx.docx's row of 本年新收: the label over three grid columns, then 12 3 0 1 2 0 18.
  assert.deepEqual(row?.cells.slice(0, 10), ['一、本年新收政府信息公开申请数量', '', '', '12', '3', '0', '1', '2', '0', '18']);
});

test('an RTF document’s creation date is its metadata; one without an info group has none', () => {
  const rtf = (text: string) => new TextEncoder().encode(text);
  const dated = readRtfDocument(rtf(String.raw`{\rtf1\ansi{\info{\creatim\yr2025\mo1\dy20}}\pard x\par}`));
  assert.deepEqual(dated.meta, { dates: [{ kind: 'file-created', value: '2025-01-20', field: 'RTF \\creatim' }] });
  assert.equal('meta' in readRtfDocument(rtf(String.raw`{\rtf1\ansi\pard x\par}`)), false);
});
