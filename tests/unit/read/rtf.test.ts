/**
 * The RTF reader on the shapes writers give it: each file written here as its writer writes it
 * (Word and WPS in a Chinese code page, LibreOffice and AbiWord in Unicode escapes), with the text
 * it holds read by hand from the bytes. rtf-files.test.ts reads whole files, and rtf-bounds.test.ts
 * the reader's limits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRtfDocument, wordHtml } from '../../../src/lib/read/doc.ts';
import { readRtf } from '../../../src/lib/read/rtf.ts';
import { ReadError } from '../../../src/lib/read/types.ts';

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

const textOf = (rtf: string) => readRtf(bytes(rtf)).paragraphs.map((p) => p.text);

test('each destination whose content Word does not show is not read', () => {
  const skipped = [
    'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'fldinst', 'footnote', 'annotation',
    'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'listtable', 'listoverridetable',
    'revtbl', 'rsidtbl', 'filetbl', 'generator', 'xmlnstbl', 'themedata', 'colorschememapping', 'latentstyles', 'datastore',
    'nonshppict', 'shpinst', 'bkmkstart', 'bkmkend', 'pn', 'xe', 'tc', 'txe', 'userprops', 'docvar', 'template',
  ];
  for (const name of skipped) assert.deepEqual(textOf(`{\\rtf1\\ansi\\pard A{\\${name} hidden}B\\par}`), ['AB'], name);
  // A group that is no destination is read.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard A{\b bold}B\par}`), ['AboldB']);
});

test('each control word that stands for a character is that character', () => {
  const characters: [string, string][] = [
    ['tab', '\t'], ['line', '\n'], ['emdash', '\u2014'], ['endash', '\u2013'], ['bullet', '\u2022'], ['lquote', '\u2018'], ['rquote', '\u2019'],
    ['ldblquote', '\u201c'], ['rdblquote', '\u201d'], ['emspace', ' '], ['enspace', ' '], ['qmspace', ' '],
  ];
  for (const [word, character] of characters) assert.deepEqual(textOf(`{\\rtf1\\ansi\\pard a\\${word} b\\par}`), [`a${character}b`], word);
  // A control word of no character adds nothing.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard a\b b\par}`), ['ab']);
});

test("each font charset decodes the font's bytes in its code page", () => {
  // Each character's bytes in its code page, read from the code page's table; each reads otherwise in windows-1252.
  const charsets: [number, string, string][] = [
    [128, String.raw`\'82\'a0`, 'あ'], [129, String.raw`\'b0\'a1`, '가'], [134, String.raw`\'d6\'d0`, '中'], [136, String.raw`\'a4\'a4`, '中'],
    [161, String.raw`\'e1`, 'α'], [162, String.raw`\'fd`, 'ı'], [163, String.raw`\'f5`, 'ơ'], [177, String.raw`\'e0`, 'א'], [178, String.raw`\'c7`, 'ا'],
    [186, String.raw`\'e0`, 'ą'], [204, String.raw`\'c0`, 'А'], [222, String.raw`\'a1`, 'ก'], [238, String.raw`\'b9`, 'ą'],
  ];
  for (const [charset, escaped, character] of charsets) {
    assert.deepEqual(textOf(`{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f1\\fcharset${charset} F;}}\\pard\\f1 ${escaped}\\par}`), [character], String(charset));
  }
  // A charset of no code page here (0, Western) leaves the document's.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg1251{\fonttbl{\f1\fcharset0 F;}}\pard\f1 \'c0\par}`), ['А']);
});

test("each document code page (\\ansicpgN) decodes the bytes of a font without its own; any other N is windows-N", () => {
  const pages: [number, string, string][] = [
    [936, String.raw`\'d6\'d0`, '中'], [54936, String.raw`\'d6\'d0`, '中'], [950, String.raw`\'a4\'a4`, '中'], [932, String.raw`\'82\'a0`, 'あ'],
    [949, String.raw`\'b0\'a1`, '가'], [65001, String.raw`\'e4\'b8\'ad`, '中'], [1251, String.raw`\'c0`, 'А'],
  ];
  for (const [page, escaped, character] of pages) assert.deepEqual(textOf(`{\\rtf1\\ansi\\ansicpg${page}\\pard ${escaped}\\par}`), [character], String(page));
  // A code page the runtime does not know reads as windows-1252.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg12345\pard \'e1\par}`), ['á']);
});

test("a font's \\cpgN code page decodes its bytes, as its charset would", () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f2\cpg936 F;}}\pard\f2 \'d6\'d0\par}`), ['中']);
});

const no = { horizontal: false, vertical: false };

test("a row's cells and its end, each cell's merge from the row's definition; the next row's definition starts afresh", () => {
  const rtf = String.raw`{\rtf1\ansi\trowd\cellx1000\clmrg\cellx2000\clvmrg\cellx3000\pard\intbl A\cell B\cell C\cell\row` +
    String.raw`\trowd\cellx1000\cellx2000\pard\intbl D\cell E\cell\row\pard after\par}`;
  assert.deepEqual(readRtf(bytes(rtf)).paragraphs, [
    { text: 'A', end: 'cell', inTable: true },
    { text: 'B', end: 'cell', inTable: true },
    { text: 'C', end: 'cell', inTable: true },
    { text: '', end: 'row', inTable: true, merges: [no, { horizontal: true, vertical: false }, { horizontal: false, vertical: true }] },
    { text: 'D', end: 'cell', inTable: true },
    { text: 'E', end: 'cell', inTable: true },
    { text: '', end: 'row', inTable: true, merges: [no, no] },
    { text: 'after', end: 'paragraph', inTable: false },
  ]);
});

test("a nested table's cells and rows end as the outer ones do; Word's definition of a nested row, an ignorable group, is not read", () => {
  const rtf = String.raw`{\rtf1\ansi\trowd\cellx1000\pard\intbl\itap2 X\nestcell\nestrow Y\nestcell{\*\nesttableprops\trowd\cellx500\nestrow}\cell\row}`;
  assert.deepEqual(readRtf(bytes(rtf)).paragraphs.map((p) => [p.text, p.end]), [
    ['X', 'cell'],
    ['', 'row'],
    ['Y', 'cell'],
    ['', 'cell'],
    ['', 'row'],
  ]);
});

test('a paragraph in a cell (\\intbl) is in the table; after \\pard it is not; \\sect ends a paragraph as \\par does', () => {
  const rtf = String.raw`{\rtf1\ansi\pard\intbl one\par two\pard\sect three\par}`;
  assert.deepEqual(readRtf(bytes(rtf)).paragraphs, [
    { text: 'one', end: 'paragraph', inTable: true },
    { text: 'two', end: 'paragraph', inTable: false },
    { text: 'three', end: 'paragraph', inTable: false },
  ]);
});

test('text after the last paragraph mark is a paragraph, or a cell in a table; blank text is none', () => {
  assert.deepEqual(readRtf(bytes(String.raw`{\rtf1\ansi\pard one\par two}`)).paragraphs.map((p) => [p.text, p.end]), [['one', 'paragraph'], ['two', 'paragraph']]);
  assert.deepEqual(readRtf(bytes(String.raw`{\rtf1\ansi\trowd\cellx1000\pard\intbl 5}`)).paragraphs, [{ text: '5', end: 'cell', inTable: true }]);
  assert.deepEqual(readRtf(bytes(String.raw`{\rtf1\ansi\pard one\par\~ }`)).paragraphs.map((p) => p.text), ['one']);
});

test('control symbols: a non-breaking space, a non-breaking hyphen, and a backslash before a line end, which ends a paragraph', () => {
  assert.deepEqual(textOf('{\\rtf1\\ansi\\pard 12\\~345\\_6\\\nnext\\par}'), ['12 345-6', 'next']);
});

test('line ends in the file are no text; hex escapes are read in either case, and a broken one is left out', () => {
  assert.deepEqual(textOf("{\\rtf1\\ansi\\ansicpg936\\pard \\'D6\\'d0\r\n\\'zz\\'b9\\'FA\\par}"), ['中国']);
});

test('hidden and deleted text is not read, up to \\v0 or \\plain; the group it is set in ends it as well', () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard a\v b\v0 c\deleted d\plain e{\v f}g\par}`), ['aceg']);
});

test('a control word ends at its first non-letter: a number is its parameter, one space is eaten, a longer run of letters is cut at 32', () => {
  // \u-248 is U+FF08 （; the space after \par is eaten, the second kept.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard\uc0\u-248\u65289 x\par  y\par}`), ['（）x', ' y']);
  // 40 letters: the word is cut after 32 and the rest is text.
  assert.deepEqual(textOf(`{\\rtf1\\ansi\\pard a\\${'z'.repeat(40)} b\\par}`), [`a${'z'.repeat(8)} b`]);
});

test('\\ucN sets how many characters stand for the next \\uN; \\uc without a number is 1, and the count is kept to its group', () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard{\uc2\u20013 ab}\u25991 cd{\uc\u20013 ef}\par}`), ['中文d中f']);
});

test('binary data of \\binN bytes is skipped, whatever its bytes', () => {
  assert.deepEqual(textOf('{\\rtf1\\ansi\\pard a\\bin4 }{\\xz\\par}'), ['az']);
  // Without a number, nothing is skipped.
  assert.deepEqual(textOf('{\\rtf1\\ansi\\pard a\\bin z\\par}'), ['az']);
});

test('a date is read only whole: a year and month without a day give none', () => {
  assert.deepEqual(readRtf(bytes(String.raw`{\rtf1\ansi{\info{\creatim\yr2025\mo1}{\revtim\yr2025\dy7}{\printim\yr2024\mo2\dy3}}\pard x\par}`)).dates, []);
});

test("the document's default font (\\deffN) decodes bytes set in no font; a font entry without a number defines no font", () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg1252\deff1{\fonttbl{\f1\fcharset134 F;}}\pard \'d6\'d0\par}`), ['中']);
  // The second entry names no font: its charset is not the first's.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f1\fcharset0 A;}{\fcharset134 B;}}\pard\f1 \'d6\'d0\par}`), ['ÖÐ']);
});

test('the end of a group ends what is owed to a \\uN: the fallback characters left are text after it', () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard{\uc2\u20013 a}bc\par}`), ['中bc']);
  // A control symbol standing in for the character is skipped as a letter is.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard\u20013\~a\par}`), ['中a']);
});

test('a \\* marks only the group it opens: a group begun after it is read', () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard a{\*{\b x}}b\par}`), ['axb']);
});

test('a closing brace too many is passed over', () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard a\par}}{\b b}\par}`), ['a', 'b']);
});

test("text between a row's last cell and its end is no cell; a cell's end outside \\intbl is still in the table", () => {
  assert.deepEqual(readRtf(bytes(String.raw`{\rtf1\ansi\trowd\cellx1000\pard\intbl A\cell B\row}`)).paragraphs, [
    { text: 'A', end: 'cell', inTable: true },
    { text: '', end: 'row', inTable: true, merges: [no] },
  ]);
  assert.deepEqual(readRtf(bytes(String.raw`{\rtf1\ansi\pard C\cell\row}`)).paragraphs.map((p) => [p.text, p.end, p.inTable]), [
    ['C', 'cell', true],
    ['', 'row', true],
  ]);
});

test('a file cut short after bytes of text keeps them', () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg936\pard \'d6\'d0`), ['中']);
});

test('8-bit text in Windows-1252 keeps its curly quotes, dashes and euro sign (0x80–0x9F), as in a font of an unknown charset', () => {
  // \'93 “, \'94 ”, \'96 –, \'97 —, \'80 €, \'85 … (the Windows-1252 table, not Latin-1's control characters).
  assert.deepEqual(cells(String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times;}}\pard\f0 \'93A\'94 \'96 \'97 \'80\'85\par}`), [['“A” – — €…']]);
  assert.deepEqual(cells(String.raw`{\rtf1\ansi\ansicpg99999\pard \'93B\'94\par}`), [['“B”']]);
});

test('text after a closing brace too many is read in the default font; a destination word there names nothing, and a \\uN there has its one fallback', () => {
  // \'d6\'d0 is 中 in GBK, the charset of the default font 1.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg1252\deff1{\fonttbl{\f1\fcharset134 F;}}\pard a\par}}\'d6\'d0\par}`), ['a', '中']);
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard a\par}}\info\u20013?b\par}`), ['a', '中b']);
});

test('text before any \\pard is no table text; a row and a cell defined without \\trowd have no merges', () => {
  assert.deepEqual(readRtf(bytes(String.raw`{\rtf1\ansi one\par two}`)).paragraphs, [
    { text: 'one', end: 'paragraph', inTable: false },
    { text: 'two', end: 'paragraph', inTable: false },
  ]);
  assert.deepEqual(readRtf(bytes(String.raw`{\rtf1\ansi\cellx1000\pard\intbl A\cell\row}`)).paragraphs.at(-1), { text: '', end: 'row', inTable: true, merges: [no] });
});

test('hidden text is not read, characters of control words and symbols as well', () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard a{\v b\u20013?\emdash\~\_}c\par}`), ['ac']);
});

test("a group's bytes are read in the font of its group, when the group ends", () => {
  // \'d6\'d0 is 中 in GBK (font 1), and ÖÐ in Windows-1252, the document's.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f1\fcharset134 F;}}\pard{\f1 \'d6\'d0}A\par}`), ['中A']);
});

test('1001 groups nested (the document and 1000 in it) are refused, with a note of the bound', () => {
  const deep = `{\\rtf1${'{'.repeat(1_000)}x${'}'.repeat(1_000)}}`;
  assert.throws(() => readRtf(bytes(deep)), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-rtf' && /more than 1000 levels/.test(e.message));
});

test('a backslash before a carriage return ends a paragraph as before a line feed; another control symbol (an optional hyphen) ends none', () => {
  assert.deepEqual(readRtf(bytes('{\\rtf1\\ansi\\pard co\\-op\\\r\nnext\\par}')).paragraphs, [
    { text: 'coop', end: 'paragraph', inTable: false },
    { text: 'next', end: 'paragraph', inTable: false },
  ]);
});

test("a control word's number is cut at ten digits: the digits after are text", () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard a\b12345678901 x\par}`), ['a1 x']);
});

test('a destination word names its group only as the first word in it', () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard a{\b\footnote b}c\par}`), ['abc']);
});

test("a control word standing for a \\uN's fallback is skipped, and the text after it read", () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard\u8212\emdash a\par}`), ['—a']);
});

test("a control word's letters are of either case", () => {
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\pard a\ABCZ b\par}`), ['ab']);
});

test('a control word that needs a number, written without one, leaves as it was what it would set', () => {
  // \'d6\'d0 is 中 in GBK, ÖÐ in Windows-1252.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg936\ansicpg\pard \'d6\'d0\par}`), ['中']);
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f1\fcharset134\cpg F;}}\pard\f1 \'d6\'d0\par}`), ['中']);
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f1\f\fcharset134 F;}}\pard\f1 \'d6\'d0\par}`), ['中']);
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\uc0\pard a\u b\par}`), ['ab']);
  assert.deepEqual(readRtf(bytes(String.raw`{\rtf1\ansi{\info{\creatim\yr2025\mo1\dy20\dy}}\pard x\par}`)).dates, [
    { kind: 'file-created', value: '2025-01-20', field: 'RTF \\creatim' },
  ]);
});

test("in a font's entry only \\fcharsetN is its charset: another word's number, even one of a charset, is none", () => {
  // \fprq (the font's pitch) is 0–2; 134 here, as a damaged entry would have it. \'d6\'d0 read in Windows-1252 is ÖÐ.
  assert.deepEqual(textOf(String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f1\fcharset0\fprq134 F;}}\pard\f1 \'d6\'d0\par}`), ['ÖÐ']);
});
