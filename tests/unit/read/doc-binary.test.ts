/**
 * The Word 97–2003 binary reader (read/doc-binary.ts): a .doc LibreOffice wrote from a document
 * written by hand (tests/fixtures/formats/merged-word.fodt: a table with cells merged across and
 * down, a nested table, a tracked deletion, a field, a tab, a line break, a character beyond the
 * BMP), and main texts written by hand (tests/unit/hostile/long-files.ts `docOf`) for the marks
 * and control characters of the text and for damaged files. Every expected value is read from
 * the document as written.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { wordParagraphs, type CellMerge, type WordParagraph, type WordStreams } from '../../../src/lib/read/doc-binary.ts';
import { LIMITS } from '../../../src/lib/read/limits.ts';
import { openOle } from '../../../src/lib/read/ole.ts';
import { ReadError } from '../../../src/lib/read/types.ts';
import { docOf } from '../hostile/long-files.ts';

const streamsOf = (bytes: Uint8Array): WordStreams => {
  const ole = openOle(bytes, 'test.doc');
  return { wordDocument: ole.stream('WordDocument')!, table0: ole.stream('0Table'), table1: ole.stream('1Table'), data: ole.stream('Data') };
};
/** The streams of a main text written by hand: its paragraphs plain, in UTF-16 or, `utf16` false, in 8-bit characters. */
const plain = (text: string, utf16 = true) => streamsOf(new Uint8Array(docOf(text, utf16)));
const texts = (paragraphs: WordParagraph[]) => paragraphs.map((p) => p.text);

const no: CellMerge = { horizontal: false, vertical: false };
const down: CellMerge = { horizontal: false, vertical: true };
const para = (text: string): WordParagraph => ({ text, end: 'paragraph', inTable: false });
const inCell = (text: string): WordParagraph => ({ text, end: 'paragraph', inTable: true });
const cell = (text: string): WordParagraph => ({ text, end: 'cell', inTable: true });
const row = (...merges: CellMerge[]): WordParagraph => ({ text: '', end: 'row', inTable: true, merges });

test('a .doc LibreOffice wrote: its paragraphs, cells and rows, each row with its cells’ merges', () => {
  const streams = streamsOf(new Uint8Array(readFileSync(new URL('../../fixtures/formats/merged-word.doc', import.meta.url))));
  assert.deepEqual(wordParagraphs(streams), [
    para('三、收到和处理政府信息公开申请情况'),
    // The deleted 19 is left out, the page number field read as its result.
    para('本年新收申请21件\t第1页'),
    // 项目 over two grid columns: LibreOffice writes a wide cell, not a cell merged into its neighbour.
    cell('项目'),
    cell('自然人'),
    cell('法人'),
    cell('总计'),
    row(no, no, no, no),
    inCell('一、本年新收'),
    cell('申请数量'),
    cell('14'),
    cell('13'),
    cell('27'),
    row(no, no, no, no),
    // （三）不予公开 merged down three rows, 5 down two: the first of each is no continuation.
    cell('（三）不予公开'),
    cell('1．属于国家秘密'),
    cell('3'),
    cell('5'),
    cell('8'),
    row(no, no, no, no, no),
    cell(''),
    cell('2．其他法律\n行政法规禁止公开'),
    cell('6'),
    cell(''),
    cell('11'),
    row(down, no, no, down, no),
    cell(''),
    cell('3．危及“三安全一稳定”'),
    cell('4'),
    cell('7'),
    cell('12'),
    row(down, no, no, no, no),
    // The nested table's cells and rows, then the rest of the outer cell (its closing paragraph).
    inCell('按类别'),
    cell('商业企业'),
    cell('15'),
    row(no, no),
    cell('科研机构'),
    cell('16'),
    row(no, no),
    cell(''),
    cell('合计'),
    cell('31'),
    row(no, no, no),
    para('四、行政复议𠀀'),
  ]);
});

test('line and page breaks are line breaks, a tab a tab, a non-breaking hyphen a hyphen; other control characters nothing', () => {
  assert.deepEqual(wordParagraphs(plain('甲\x0b乙\t丙\x1e丁\x0c戊\x01己\x1f庚\r')), [para('甲\n乙\t丙-丁\n戊己庚')]);
});

test('8-bit text is read as Windows-1252, its bytes 0x80–0x9F as that code page has them', () => {
  // Written as Latin-1 bytes: 0x80 the euro sign, 0x93 and 0x94 curly quotes, 0x96 a dash, 0x81 undefined.
  assert.deepEqual(texts(wordParagraphs(plain('Tel. 0517\r\x80 5 \x93A\x94 1\x962 \x81\r', false))), ['Tel. 0517', '€ 5 “A” 1–2 \x81']);
});

test('a field reads as its result; a field nested in another’s code is part of that code; a stray field mark is nothing', () => {
  assert.deepEqual(texts(wordParagraphs(plain('第\x13 PAGE \x143\x15页\r甲\x13 IF \x13 PAGE \x14内\x15 \x14外\x15乙\r丙\x15丁\x14戊\r己\x13 NUMPAGES \x15庚\r'))), ['第3页', '甲外乙', '丙丁戊', '己庚']);
});

test('text after the last paragraph mark is a paragraph; none after it, none', () => {
  assert.deepEqual(wordParagraphs(plain('甲\r乙')), [para('甲'), para('乙')]);
  assert.deepEqual(wordParagraphs(plain('甲\r')), [para('甲')]);
});

test('a paragraph longer than LIMITS.lineChars is cut there and marked, the last one too', () => {
  const long = '长'.repeat(LIMITS.lineChars.value + 3);
  const paragraphs = wordParagraphs(plain(`${long}\r短\r${long}`));
  assert.deepEqual(
    paragraphs.map((p) => [p.text.length, p.cut]),
    [
      [LIMITS.lineChars.value, true],
      [1, undefined],
      [LIMITS.lineChars.value, true],
    ],
  );
});

test('a character beyond the BMP across the edge of a 64K window of text is read whole', () => {
  const paragraphs = wordParagraphs(plain(`${'a'.repeat(65_535)}𠀀政府\r第二段\r`));
  assert.deepEqual(
    paragraphs.map((p) => p.text.slice(-4)),
    ['𠀀政府', '第二段'],
  );
  assert.equal(paragraphs[0]!.text.length, 65_539);
});

/** The streams of `text` with the WordDocument stream changed by `change`. */
function changed(text: string, change: (wd: Buffer) => Buffer): WordStreams {
  const streams = plain(text);
  return { ...streams, wordDocument: new Uint8Array(change(Buffer.from(streams.wordDocument))) };
}
const refused = (streams: WordStreams, message: RegExp) => assert.throws(() => wordParagraphs(streams), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-doc' && message.test(e.message));

test('a WordDocument stream too short, or not starting as one, is damaged', () => {
  refused(changed('甲\r', (wd) => wd.subarray(0, 0x1ff)), /does not start as one/);
  refused(
    changed('甲\r', (wd) => {
      wd.writeUInt16LE(0xa5ed, 0);
      return wd;
    }),
    /does not start as one/,
  );
});

test('an encrypted document, a Word 6/95 one and one whose table stream is missing are refused, each saying why', () => {
  const flags = (value: number) => (wd: Buffer) => {
    wd.writeUInt16LE(value, 0x0a);
    return wd;
  };
  refused(changed('甲\r', flags(0x0100)), /password-protected/);
  refused(
    changed('甲\r', (wd) => {
      wd.writeUInt16LE(0xc0, 2);
      return wd;
    }),
    /Word 6\.0\/95 file \(nFib c0\)/,
  );
  refused(changed('甲\r', flags(0x0200)), /its 1Table stream is missing/);
  refused({ ...plain('甲\r'), table0: null }, /its 0Table stream is missing/);
});

test('a piece table that is missing or malformed, or text past the stream’s end, is damaged', () => {
  // The Clx: a Prc (0x01, its size, that many bytes) before the Pcdt is skipped.
  const streams = plain('甲乙\r');
  const table = Buffer.from(streams.table0!);
  const prc = Buffer.concat([Buffer.from([0x01, 0x02, 0x00, 0xaa, 0xbb]), table]);
  const clx = (wd: Buffer, lcb: number) => {
    wd.writeUInt32LE(lcb, 154 + 33 * 8 + 4);
    return wd;
  };
  assert.deepEqual(texts(wordParagraphs({ ...streams, table0: new Uint8Array(prc), wordDocument: new Uint8Array(clx(Buffer.from(streams.wordDocument), prc.length)) })), ['甲乙']);
  refused({ ...streams, table0: new Uint8Array(Buffer.from([0x01, 0x00, 0x00, 0x03, ...table.subarray(1)])) }, /piece table is missing/);
  const malformed = Buffer.from(table);
  malformed.writeUInt32LE(17, 1);
  refused({ ...streams, table0: new Uint8Array(malformed) }, /piece table is malformed/);
  const none = Buffer.from(table);
  none.writeUInt32LE(4, 1);
  refused({ ...streams, table0: new Uint8Array(none) }, /piece table is malformed/);
  refused(
    changed('甲乙\r', (wd) => {
      wd.writeUInt32LE(3 + 1, 64 + 12);
      return wd.subarray(0, wd.length - 2);
    }),
    /text runs past the end of the file/,
  );
});

test('a structure pointing outside its stream is damaged, with the cause', () => {
  refused(
    changed('甲\r', (wd) => {
      wd.writeUInt32LE(5000, 154 + 33 * 8);
      return wd;
    }),
    /its structure points outside the file \(.+\)/,
  );
});

test('a file whose wide rows keep their properties in a Data stream it lacks is damaged', () => {
  const streams = streamsOf(new Uint8Array(readFileSync(new URL('../../fixtures/layouts/doc.doc', import.meta.url))));
  refused({ ...streams, data: null }, /properties in a Data stream the file lacks/);
});

test('only the main text is read: characters past its length (ccpText: notes, headers) are not', () => {
  const streams = changed('甲乙\r丙\r', (wd) => {
    wd.writeUInt32LE(3, 64 + 12);
    return wd;
  });
  assert.deepEqual(wordParagraphs(streams), [para('甲乙')]);
});

test('a section break where the section table says a section ends ends a paragraph; elsewhere it is a page break in one', () => {
  // One section ending at character position 2, after the first 0x0C (PlcfSed: 2 positions, 1 Sed of 12 bytes).
  const streams = plain('甲\x0c乙\x0c丙\r');
  const sed = Buffer.alloc(20);
  sed.writeUInt32LE(0, 0);
  sed.writeUInt32LE(2, 4);
  const table = Buffer.concat([Buffer.from(streams.table0!), sed]);
  const wd = Buffer.from(streams.wordDocument);
  wd.writeUInt32LE(streams.table0!.length, 154 + 6 * 8);
  wd.writeUInt32LE(sed.length, 154 + 6 * 8 + 4);
  assert.deepEqual(wordParagraphs({ ...streams, wordDocument: new Uint8Array(wd), table0: new Uint8Array(table) }), [para('甲'), para('乙\n丙')]);
});
