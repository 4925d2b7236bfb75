/**
 * The RTF reader on the shapes writers give it: each file written here as its writer writes it
 * (Word and WPS in a Chinese code page, LibreOffice and AbiWord in Unicode escapes), with the text
 * it holds read by hand from the bytes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from '../../../src/lib/read/index.ts';
import { readRtfDocument, wordHtml } from '../../../src/lib/read/doc.ts';
import { readRtf } from '../../../src/lib/read/rtf.ts';
import { ReadError } from '../../../src/lib/read/types.ts';
import { LIMITS } from '../../../src/lib/read/limits.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const cells = (rtf: string) => readRtfDocument(bytes(rtf)).lines.map((l) => l.cells);
/** Chinese text as RTF writes it without a code page: `\\uN?` escapes, each with its one-character fallback. */
const u = (text: string) => [...text].map((c) => `\\u${c.codePointAt(0)}?`).join('');

test('GBK bytes under \\ansicpg936, as Word and WPS write a Chinese document', () => {
  // 公开 is B9AB BFAA in GBK; 年报 C4EA B1A8.
  const rtf = String.raw`{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}\pard\f0 \'b9\'ab\'bf\'aa\'c4\'ea\'b1\'a8\par}`;
  assert.deepEqual(cells(rtf), [['公开年报']]);
});

test("a font's charset decodes its bytes where the document's code page is another", () => {
  // Word in an English locale: \ansicpg1252, the Chinese font of charset 134 (GB2312) for the text.
  const rtf = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times;}{\f1\fnil\fcharset134 SimSun;}}\pard\f0 A\f1 \'d6\'d0\f0 B\par}`;
  assert.deepEqual(cells(rtf), [['A中B']]);
});

test('\\uN escapes, their fallbacks skipped by \\ucN, and negative values', () => {
  // 中 is U+4E2D = 20013; （ U+FF08 = 65288 = -248 as a signed 16-bit number; 文 U+6587 = 25991.
  const rtf = String.raw`{\rtf1\ansi\uc1\pard \u20013?\u-248?{\uc2\u25991\'ce\'c4}x\par}`;
  assert.deepEqual(cells(rtf), [['中（文x']]);
});

test('\\uc0: no fallback, so the character after the escape is text', () => {
  const rtf = String.raw`{\rtf1\ansi\pard{\uc0\u20013 7}\par}`;
  assert.deepEqual(cells(rtf), [['中7']]);
});

test('paragraphs, line breaks, tabs, escaped braces and backslashes', () => {
  const rtf = String.raw`{\rtf1\ansi\pard one\line two\tab 3\par\pard \{a\}\\b\par}`;
  // A line break inside a paragraph ends a line of the 原文 view, as in a .doc (doc.ts).
  assert.deepEqual(cells(rtf), [['one'], ['two 3'], ['{a}\\b']]);
});

test('what Word does not show is not read: tables of fonts and colours, ignorable destinations, field codes, headers, hidden text, binary data', () => {
  const rtf = String.raw`{\rtf1\ansi{\fonttbl{\f0 FontName;}}{\colortbl;\red255\green0\blue0;}{\stylesheet{\s0 StyleName;}}` +
    String.raw`{\*\generator Writer;}{\header HEADER\par}{\footer FOOTER\par}` +
    String.raw`\pard A{\*\bkmkstart mark}{\field{\*\fldinst HYPERLINK "x"}{\fldrslt B}}{\v HIDDEN}{\pict\bin2 }C}C{\*\unknown D}E\par}`;
  assert.deepEqual(cells(rtf), [['ABCE']]);
});

test('a table: cells and rows, an empty cell merged down left out, an empty cell merged across widening its left neighbour', () => {
  const row1 = String.raw`\trowd\clvmgf\cellx1000\cellx2000\clmgf\cellx3000\clmrg\cellx4000\pard\intbl ` + `${u('申请')}\\cell 12\\cell ${u('总')}\\cell\\cell\\row`;
  const row2 = String.raw`\trowd\clvmrg\cellx1000\cellx2000\cellx3000\cellx4000\pard\intbl\cell 7\cell 5\cell 9\cell\row`;
  const doc = readRtfDocument(bytes(String.raw`{\rtf1\ansi ${row1}${row2}\pard after\par}`));
  // html.ts pads a colspan with empty cells so that the columns keep their places.
  assert.deepEqual(doc.lines.map((l) => l.cells), [['申请', '12', '总', ''], ['7', '5', '9'], ['after']]);
  assert.equal(doc.exactCells, true);
  assert.deepEqual(doc.lines.map((l) => l.place.line), [1, 2, 3]);
});

test('a cell marked as continuing the one above but holding text keeps its text (AbiWord lists cells out of order)', () => {
  const html = wordHtml([
    { text: '2.其他法律行政法规禁止公开', end: 'cell', inTable: true },
    { text: '6', end: 'cell', inTable: true },
    { text: '', end: 'cell', inTable: true },
    { text: '', end: 'row', inTable: true, merges: [{ horizontal: false, vertical: true }, { horizontal: false, vertical: false }, { horizontal: false, vertical: true }] },
  ]);
  assert.equal(html, '<table>\n<tr><td><p>2.其他法律行政法规禁止公开</p></td><td><p>6</p></td></tr>\n</table>');
});

test('a cell of several paragraphs is one cell', () => {
  const rtf = `{\\rtf1\\ansi\\trowd\\cellx1000\\cellx2000\\pard\\intbl ${u('一')}\\par ${u('二')}\\cell 3\\cell\\row}`;
  assert.deepEqual(cells(rtf)[0]!.slice(1), ['3']);
  assert.match(cells(rtf)[0]![0]!, /一[\s\n]*二/);
});

test("the document's creation and revision dates, for the report's dates", () => {
  const rtf = String.raw`{\rtf1\ansi{\info{\title T}{\creatim\yr2025\mo1\dy20\hr9\min30}{\revtim\yr2025\mo3\dy7}}\pard x\par}`;
  assert.deepEqual(readRtf(bytes(rtf)).dates, [
    { kind: 'file-created', value: '2025-01-20', field: 'RTF \\creatim' },
    { kind: 'file-modified', value: '2025-03-07', field: 'RTF \\revtim' },
  ]);
  assert.deepEqual(cells(rtf), [['x']]);
});

test('groups nested beyond any real document are refused with a named failure', () => {
  const deep = `{\\rtf1${'{'.repeat(1_001)}x${'}'.repeat(1_001)}}`;
  assert.throws(() => readRtf(bytes(deep)), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-rtf');
  // At the bound itself it reads.
  const bound = `{\\rtf1${'{'.repeat(998)}x${'}'.repeat(998)}\\par}`;
  assert.deepEqual(readRtf(bytes(bound)).paragraphs.map((p) => p.text), ['x']);
});

test('a paragraph beyond LIMITS.lineChars is cut, with a note', () => {
  const long = 'a'.repeat(LIMITS.lineChars.value + 5);
  const { paragraphs, warnings } = readRtf(bytes(`{\\rtf1\\ansi\\pard ${long}\\par}`));
  assert.equal(paragraphs[0]!.text.length, LIMITS.lineChars.value);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]!.code, 'limit-reached');
});

test('RTF is told by its bytes: named .doc, it is read as RTF, and the other writers give the same cells', async () => {
  const abiword = await readFile(readFileSync('tests/fixtures/layouts/abiword-rtf.doc'), 'report.doc');
  assert.equal(abiword.format, 'rtf');
  const libre = await readFile(readFileSync('tests/fixtures/layouts/rtf.rtf'), 'report.rtf');
  assert.equal(libre.format, 'rtf');
  // Read by hand from html.html, table 三's first row: 本年新收 12, 3, 0, 1, 2, 0, total 18.
  for (const { doc } of [abiword, libre]) {
    const row = doc.lines.find((l) => l.cells[0] === '一、本年新收政府信息公开申请数量');
    assert.deepEqual(row?.cells.filter((c) => c !== ''), ['一、本年新收政府信息公开申请数量', '12', '3', '0', '1', '2', '0', '18']);
  }
});

test('all paragraphs together are kept within LIMITS.viewChars, and past LIMITS.lines reading stops, each with a note', () => {
  const paragraph = `\\pard ${'b'.repeat(50_000)}\\par`;
  const many = readRtf(bytes(`{\\rtf1\\ansi${paragraph.repeat(41)}}`));
  const kept = many.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  assert.equal(kept, LIMITS.viewChars.value);
  assert.deepEqual(many.warnings.map((w) => w.code), ['limit-reached']);
  const lines = readRtf(bytes(`{\\rtf1\\ansi${'\\par'.repeat(LIMITS.lines.value + 3)}}`));
  assert.equal(lines.paragraphs.length, LIMITS.lines.value);
  assert.equal(lines.warnings.length, 1);
});
