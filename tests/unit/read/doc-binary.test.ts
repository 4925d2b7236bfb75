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
  // 512 bytes hold a FIB: this one is refused later, its text being past them.
  refused(changed('甲\r', (wd) => wd.subarray(0, 0x200)), /text runs past the end of the file/);
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

/** A sprm: its code (little-endian), then its operand. */
const sprm = (code: number, ...operand: number[]) => [code & 0xff, code >> 8, ...operand];
const IN_TABLE = sprm(0x2416, 1);
const TTP = sprm(0x2417, 1);
const itap = (n: number) => sprm(0x6649, n, 0, 0, 0);
const INNER_CELL = sprm(0x244b, 1);
const INNER_TTP = sprm(0x244c, 1);
/** sprmTDefTable: its size (2 bytes), the cells, their boundaries, then a TC80 of 20 bytes, its flags first, for each of `flags`. */
const defTable = (cells: number, flags: number[]) => {
  const data = [cells, ...Array<number>((cells + 1) * 2).fill(0), ...flags.flatMap((f) => [f & 0xff, f >> 8, ...Array<number>(18).fill(0)])];
  return sprm(0xd608, (data.length + 1) & 0xff, (data.length + 1) >> 8, ...data);
};
/** sprmTDefTable whose last TC80 is cut after its flags, as a writer may end the definition. */
const defTableCut = (cells: number, flags: number[]) => {
  const full = defTable(cells, flags);
  const data = full.slice(4, full.length - 18);
  return sprm(0xd608, (data.length + 1) & 0xff, (data.length + 1) >> 8, ...data);
};
/** sprmTVertMerge: its size, the cell, its vertMerge. */
const vertMerge = (cell: number, value: number) => sprm(0xd62b, 2, cell, value);

const TEXT_AT = 1024; // where docOf writes the text
const PAGE = 512;

/**
 * `text` in UTF-16 with formatting written by hand: the paragraph properties of each paragraph
 * run (the characters from after the last mark up to and including the mark at `mark`), in one
 * PAPX page, the cb=0 form of each `long`; and character runs, each from the end of the one before
 * (the first from 0) to `to`, with sprmCFRMarkDel's operand `deleted`, in one CHPX page.
 */
function formatted(text: string, paragraphs: { mark: number; sprms: number[]; long?: boolean }[], characters: [to: number, deleted: number][] = []): WordStreams {
  const streams = plain(text);
  const fcOf = (cp: number) => TEXT_AT + cp * 2;
  const pages = Math.ceil(streams.wordDocument.length / PAGE);
  const papx = Buffer.alloc(PAGE);
  const crun = paragraphs.length;
  let at = PAGE - 1;
  paragraphs.forEach((p, j) => {
    papx.writeUInt32LE(fcOf(j === 0 ? 0 : paragraphs[j - 1]!.mark + 1), j * 4);
    papx.writeUInt32LE(fcOf(p.mark + 1), (j + 1) * 4);
    // PapxInFkp: cb, then the style (2 bytes) and the sprms in 2cb − 1 bytes; or 0, cb', and 2cb' bytes.
    const body = [0, 0, ...p.sprms];
    const bytes = p.long ? [0, Math.ceil(body.length / 2), ...body] : [Math.ceil((body.length + 1) / 2), ...body];
    at = (at - bytes.length - 1) & ~1;
    Buffer.from(bytes).copy(papx, at);
    papx.writeUInt8(at / 2, (crun + 1) * 4 + j * 13);
  });
  papx.writeUInt8(crun, PAGE - 1);
  const chpx = Buffer.alloc(PAGE);
  characters.forEach(([to, value], j) => {
    chpx.writeUInt32LE(fcOf(j === 0 ? 0 : characters[j - 1]![0]), j * 4);
    chpx.writeUInt32LE(fcOf(to), (j + 1) * 4);
    // Each run's Chpx: cb, then its sprms.
    const grpprl = [0x00, 0x00, 0x00, ...sprm(0x0800, value)];
    const chpxAt = PAGE - 8 * (j + 1);
    Buffer.from([grpprl.length, ...grpprl]).copy(chpx, chpxAt);
    chpx.writeUInt8(chpxAt / 2, (characters.length + 1) * 4 + j);
  });
  chpx.writeUInt8(characters.length, PAGE - 1);
  const wordDocument = Buffer.concat([Buffer.from(streams.wordDocument), Buffer.alloc(pages * PAGE - streams.wordDocument.length), papx, chpx]);
  // PlcBtePapx and PlcBteChpx after the Clx: the first and last fc, then the page.
  const table = Buffer.from(streams.table0!);
  const plc = (page: number) => {
    const b = Buffer.alloc(12);
    b.writeUInt32LE(TEXT_AT, 0);
    b.writeUInt32LE(fcOf(text.length), 4);
    b.writeUInt32LE(page, 8);
    return b;
  };
  const fc = (index: number, offset: number, lcb: number) => {
    wordDocument.writeUInt32LE(offset, 154 + index * 8);
    wordDocument.writeUInt32LE(lcb, 154 + index * 8 + 4);
  };
  fc(13, table.length, 12);
  fc(12, table.length + 12, characters.length > 0 ? 12 : 0);
  return { ...streams, wordDocument: new Uint8Array(wordDocument), table0: new Uint8Array(Buffer.concat([table, plc(pages), plc(pages + 1)])) };
}

test('a row’s merges from its table definition: merged into the cell to the left (horzMerge 2 or 3, not 1), continuing the one above (vertMerge 1, not 3), then sprmTVertMerge', () => {
  const text = '甲\x07乙\x07丙\x07丁\x07戊\x07己\x07\x07';
  const cells = [1, 3, 5, 7, 9, 11].map((mark) => ({ mark, sprms: IN_TABLE }));
  // Seven cells defined, six TC80s: the seventh is plain. sprmTVertMerge makes 甲 continue the cell above, and 戊 not; one for a cell past them changes nothing.
  const flags = [0, 2, 3, 1, 1 << 5, 3 << 5];
  const row = { mark: 12, sprms: [...IN_TABLE, ...TTP, ...defTable(7, flags), ...vertMerge(0, 1), ...vertMerge(4, 0), ...vertMerge(9, 1)] };
  const paragraphs = wordParagraphs(formatted(text, [...cells, row]));
  assert.deepEqual(paragraphs, [
    cell('甲'),
    cell('乙'),
    cell('丙'),
    cell('丁'),
    cell('戊'),
    cell('己'),
    { text: '', end: 'row', inTable: true, merges: [down, { horizontal: true, vertical: false }, { horizontal: true, vertical: false }, no, no, no, no] },
  ]);
});

test('a row without a table definition has no merges; a cell’s mark with one keeps none', () => {
  const paragraphs = wordParagraphs(formatted('甲\x07\x07', [{ mark: 1, sprms: [...IN_TABLE, ...defTable(1, [2])] }, { mark: 2, sprms: [...IN_TABLE, ...TTP] }]));
  assert.deepEqual(paragraphs, [cell('甲'), { text: '', end: 'row', inTable: true }]);
});

test('a nested table: paragraph marks at depth 2 end its cells and rows; at depth 1 they are paragraphs of the outer cell', () => {
  const text = '外\rA\rB\rC\r\r尾\x07\x07';
  const paragraphs = wordParagraphs(
    formatted(text, [
      { mark: 1, sprms: [...IN_TABLE, ...itap(1), ...INNER_CELL] },
      { mark: 3, sprms: [...IN_TABLE, ...itap(2), ...INNER_CELL] },
      { mark: 5, sprms: [...IN_TABLE, ...itap(2)] },
      { mark: 7, sprms: [...IN_TABLE, ...itap(2), ...INNER_CELL] },
      { mark: 8, sprms: [...IN_TABLE, ...itap(2), ...INNER_TTP] },
      { mark: 10, sprms: [...IN_TABLE, ...itap(1)] },
      { mark: 11, sprms: [...IN_TABLE, ...itap(1), ...TTP] },
    ]),
  );
  assert.deepEqual(paragraphs, [inCell('外'), cell('A'), inCell('B'), cell('C'), { text: '', end: 'row', inTable: true }, cell('尾'), { text: '', end: 'row', inTable: true }]);
});

test('a paragraph at depth 1 is in a table though its inTable flag is not set; a 0x07 without it ends a paragraph', () => {
  const paragraphs = wordParagraphs(formatted('甲\r乙\x07丙\r', [{ mark: 1, sprms: itap(1) }, { mark: 3, sprms: [] }, { mark: 5, sprms: [] }]));
  assert.deepEqual(paragraphs, [inCell('甲'), para('乙'), para('丙')]);
});

test('properties in either form of a PAPX, after sprms of every operand size the reader skips', () => {
  // Unknown sprms, one of each spra: 0 and 1 one byte, 2, 4 and 5 two, 3 four, 7 three, 6 its size first.
  const skipped = [...sprm(0x0001, 9), ...sprm(0x2001, 9), ...sprm(0x4001, 9, 9), ...sprm(0x6001, 9, 9, 9, 9), ...sprm(0x8001, 9, 9), ...sprm(0xa001, 9, 9), ...sprm(0xc001, 2, 9, 9), ...sprm(0xe001, 9, 9, 9)];
  const paragraphs = wordParagraphs(formatted('甲\x07乙\x07\x07', [{ mark: 1, sprms: [...skipped, ...IN_TABLE] }, { mark: 3, sprms: [...skipped, ...IN_TABLE], long: true }, { mark: 4, sprms: [...IN_TABLE, ...TTP] }]));
  assert.deepEqual(paragraphs, [cell('甲'), cell('乙'), { text: '', end: 'row', inTable: true }]);
});

test('a sprm cut off at the end of its properties is not read', () => {
  // The last sprm's operand (or a variable one's size) lies past the properties' end: ttp is not read.
  const cutOperand = wordParagraphs(formatted('甲\x07', [{ mark: 1, sprms: [...IN_TABLE, ...sprm(0x6649, 1, 0)] }]));
  assert.deepEqual(cutOperand, [cell('甲')]);
  const cutSize = wordParagraphs(formatted('甲\x07', [{ mark: 1, sprms: [...IN_TABLE, 0x2b, 0xd6] }]));
  assert.deepEqual(cutSize, [cell('甲')]);
});

test('text marked deleted is dropped, a deleted paragraph mark joining its paragraph to the next; a run whose mark is 0 is kept', () => {
  // 共 kept, 19 and a space deleted, 21件 and 甲 kept, 甲's paragraph mark deleted, 乙 marked 0, the rest kept.
  const paragraphs = wordParagraphs(formatted('共19 21件\r甲\r乙\r丙\r', [], [[1, 0], [4, 1], [9, 0], [10, 1], [11, 0], [14, 0]]));
  assert.deepEqual(texts(paragraphs), ['共21件', '甲乙', '丙']);
});

test('a flag’s sprm with operand 0 leaves the flag unset', () => {
  const off = (code: number) => sprm(code, 0);
  const paragraphs = wordParagraphs(
    formatted('甲\x07乙\x07丙\r丁\r\x07', [
      { mark: 1, sprms: off(0x2416) },
      { mark: 3, sprms: [...IN_TABLE, ...off(0x2417)] },
      { mark: 5, sprms: [...IN_TABLE, ...itap(2), ...off(0x244b)] },
      { mark: 7, sprms: [...IN_TABLE, ...itap(2), ...INNER_CELL, ...off(0x244c)] },
      { mark: 8, sprms: [...IN_TABLE, ...TTP] },
    ]),
  );
  assert.deepEqual(paragraphs, [para('甲'), cell('乙'), inCell('丙'), cell('丁'), { text: '', end: 'row', inTable: true }]);
});

test('a row mark with sprmTVertMerge but no table definition has no merges', () => {
  assert.deepEqual(wordParagraphs(formatted('甲\x07\x07', [{ mark: 1, sprms: IN_TABLE }, { mark: 2, sprms: [...IN_TABLE, ...TTP, ...vertMerge(0, 1)] }])), [cell('甲'), { text: '', end: 'row', inTable: true }]);
});

test('a table definition of more than 255 bytes (13 cells) is read whole; one whose last TC80 ends after its flags reads them', () => {
  const wide = wordParagraphs(formatted('\x07', [{ mark: 0, sprms: [...IN_TABLE, ...TTP, ...defTable(13, [...Array<number>(12).fill(0), 2])] }]));
  assert.deepEqual(wide[0]!.merges?.[12], { horizontal: true, vertical: false });
  const cut = wordParagraphs(formatted('\x07', [{ mark: 0, sprms: [...IN_TABLE, ...TTP, ...defTableCut(2, [0, 3])] }]));
  assert.deepEqual(cut[0]!.merges, [no, { horizontal: true, vertical: false }]);
});

test('the properties a wide row keeps in the Data stream (sprmPHugePapx, layouts/doc.doc) are read from it', () => {
  const paragraphs = wordParagraphs(streamsOf(new Uint8Array(readFileSync(new URL('../../fixtures/layouts/doc.doc', import.meta.url)))));
  // docx.docx's row of 本年新收: the label over three grid columns, then 12 3 0 1 2 0 18, ended as a row.
  const at = paragraphs.findIndex((p) => p.text === '一、本年新收政府信息公开申请数量');
  assert.deepEqual(
    paragraphs.slice(at, at + 10).map((p) => [p.text, p.end]),
    [['一、本年新收政府信息公开申请数量', 'cell'], ['', 'cell'], ['', 'cell'], ['12', 'cell'], ['3', 'cell'], ['0', 'cell'], ['1', 'cell'], ['2', 'cell'], ['0', 'cell'], ['18', 'cell']],
  );
  // Its table definition is in the Data stream too.
  const end = paragraphs.slice(at).find((p) => p.end === 'row');
  assert.ok(end?.merges && end.merges.length >= 10);
});

test('a 0x07 in a text without paragraph properties ends a paragraph; an inner row’s end at depth 1 is a paragraph of the cell', () => {
  assert.deepEqual(wordParagraphs(plain('甲\x07乙\r')), [para('甲'), para('乙')]);
  assert.deepEqual(wordParagraphs(formatted('甲\r\x07', [{ mark: 1, sprms: [...IN_TABLE, ...itap(1), ...INNER_TTP] }, { mark: 2, sprms: [...IN_TABLE, ...TTP] }])), [inCell('甲'), { text: '', end: 'row', inTable: true }]);
});

test('tabs and line breaks inside a field’s code are part of the code', () => {
  assert.deepEqual(texts(wordParagraphs(plain('第\x13 PAGE\t\x0b\\* MERGEFORMAT \x143\x15页\r'))), ['第3页']);
});

test('a surrogate pair just after the first window’s edge is read whole', () => {
  const paragraphs = wordParagraphs(plain(`${'a'.repeat(65_536)}𠀀\r`));
  assert.equal(paragraphs[0]!.text.slice(-2), '𠀀');
});

test('the reader’s own refusals keep their message, not wrapped as a damaged structure', () => {
  assert.throws(
    () =>
      wordParagraphs(
        changed('甲\r', (wd) => {
          wd.writeUInt16LE(0x0100, 0x0a);
          return wd;
        }),
      ),
    (e: unknown) => e instanceof ReadError && e.message.startsWith('the Word document is password-protected'),
  );
});

test('a Clx of Prcs only has no piece table, though a Pcdt follows it in the stream', () => {
  const streams = plain('甲\r');
  const prc = Buffer.from([0x01, 0x02, 0x00, 0xaa, 0xbb]);
  const clx = (lcb: number) => {
    const wd = Buffer.from(streams.wordDocument);
    wd.writeUInt32LE(lcb, 154 + 33 * 8 + 4);
    return new Uint8Array(wd);
  };
  // The Prc alone, the stream ending with it.
  refused({ ...streams, table0: new Uint8Array(prc), wordDocument: clx(5) }, /piece table is missing/);
  // The Prc, then the Pcdt outside the Clx's 5 bytes.
  refused({ ...streams, table0: new Uint8Array(Buffer.concat([prc, Buffer.from(streams.table0!)])), wordDocument: clx(5) }, /piece table is missing/);
});

test('a document of two pieces: the second piece’s text from its own offset, the pieces in the order of their positions', () => {
  // The file holds 乙丙\r then 甲 (characters 0–3 at 1024, 3 at 1030); piece 1 is 甲 (position 0),
  // piece 2 乙丙\r (positions 1–4).
  const twoPieces = (streams: WordStreams, fcs: [number, number]) => {
    const table = Buffer.alloc(1 + 4 + 3 * 4 + 2 * 8);
    table.writeUInt8(0x02, 0);
    table.writeUInt32LE(table.length - 5, 1);
    [0, 1, 4].forEach((cp, i) => table.writeUInt32LE(cp, 5 + i * 4));
    table.writeUInt32LE(fcs[0], 5 + 12 + 2);
    table.writeUInt32LE(fcs[1], 5 + 12 + 8 + 2);
    const wd = Buffer.from(streams.wordDocument);
    wd.writeUInt32LE(table.length, 154 + 33 * 8 + 4);
    return wordParagraphs({ ...streams, wordDocument: new Uint8Array(wd), table0: new Uint8Array(table) });
  };
  assert.deepEqual(twoPieces(plain('乙丙\r甲'), [TEXT_AT + 3 * 2, TEXT_AT]), [para('甲乙丙')]);
  // The same in 8-bit characters: BC\r then A, each fc with the compressed bit and twice the offset.
  const compressed = (offset: number) => 0x40000000 | (offset * 2);
  assert.deepEqual(twoPieces(plain('BC\rA', false), [compressed(TEXT_AT + 3), compressed(TEXT_AT)]), [para('ABC')]);
});

test('a PlcBte too short to point to a page (8 bytes) gives no properties', () => {
  const streams = formatted('甲\x07\x07', [{ mark: 1, sprms: IN_TABLE }, { mark: 2, sprms: [...IN_TABLE, ...TTP] }]);
  const wd = Buffer.from(streams.wordDocument);
  wd.writeUInt32LE(8, 154 + 13 * 8 + 4);
  assert.deepEqual(wordParagraphs({ ...streams, wordDocument: new Uint8Array(wd) }), [para('甲'), para('')]);
});

/** A PAPX page of runs (from, to: character positions of UTF-16 text at TEXT_AT), each BX's PHE saying 3 lines (clMac). */
function papxPage(runs: [from: number, to: number, sprms: number[]][]): Buffer {
  const page = Buffer.alloc(PAGE);
  let at = PAGE - 1;
  runs.forEach(([from, to, sprms], j) => {
    page.writeUInt32LE(TEXT_AT + from * 2, j * 4);
    page.writeUInt32LE(TEXT_AT + to * 2, (j + 1) * 4);
    const body = [0, 0, ...sprms];
    const bytes = [Math.ceil((body.length + 1) / 2), ...body];
    at = (at - bytes.length - 1) & ~1;
    Buffer.from(bytes).copy(page, at);
    const bx = (runs.length + 1) * 4 + j * 13;
    page.writeUInt8(at / 2, bx);
    page.writeUInt8(3, bx + 1 + 1);
  });
  page.writeUInt8(runs.length, PAGE - 1);
  return page;
}

/** `text` in UTF-16 with the PAPX and CHPX pages given, listed in the PlcBtes in this order, then the bytes `after`. */
function paged(text: string, papx: Buffer[], chpx: Buffer[], after = Buffer.alloc(0)): WordStreams {
  const streams = plain(text);
  const first = Math.ceil(streams.wordDocument.length / PAGE);
  const wordDocument = Buffer.concat([Buffer.from(streams.wordDocument), Buffer.alloc(first * PAGE - streams.wordDocument.length), ...papx, ...chpx, after]);
  const plc = (from: number, count: number) => {
    const b = Buffer.alloc(4 + 8 * count);
    for (let i = 0; i <= count; i++) b.writeUInt32LE(TEXT_AT, i * 4);
    for (let i = 0; i < count; i++) b.writeUInt32LE(from + i, (count + 1) * 4 + i * 4);
    return b;
  };
  const table = Buffer.from(streams.table0!);
  const papxPlc = plc(first, papx.length);
  const chpxPlc = plc(first + papx.length, chpx.length);
  wordDocument.writeUInt32LE(table.length, 154 + 13 * 8);
  wordDocument.writeUInt32LE(papxPlc.length, 154 + 13 * 8 + 4);
  wordDocument.writeUInt32LE(table.length + papxPlc.length, 154 + 12 * 8);
  wordDocument.writeUInt32LE(chpxPlc.length, 154 + 12 * 8 + 4);
  return { ...streams, wordDocument: new Uint8Array(wordDocument), table0: new Uint8Array(Buffer.concat([table, papxPlc, chpxPlc])) };
}

test('paragraph properties from two pages listed out of order: each run from its page, none past a page’s last run', () => {
  // The page of the row's mark (position 6) first, then the page of the three cells (positions 0–5).
  const cells = papxPage([
    [0, 2, IN_TABLE],
    [2, 4, IN_TABLE],
    [4, 6, IN_TABLE],
  ]);
  const rowEnd = papxPage([[6, 7, [...IN_TABLE, ...TTP]]]);
  const paragraphs = wordParagraphs(paged('甲\x07乙\x07丙\x07\x07', [rowEnd, cells], []));
  assert.deepEqual(paragraphs, [cell('甲'), cell('乙'), cell('丙'), { text: '', end: 'row', inTable: true }]);
});

test('a Chpx running past the end of its page is read up to it: the bytes of the next page are not its sprms', () => {
  // Eight character runs, the last one's Chpx at 506: cb 6, an unknown sprm (3 bytes), then at 510
  // sprmCFRMarkDel's code, its high byte the page's crun (8), its operand past the page (the next page's 1).
  const text = '甲乙丙丁戊己庚辛';
  const page = Buffer.alloc(PAGE);
  for (let j = 0; j <= 8; j++) page.writeUInt32LE(TEXT_AT + j * 2, j * 4);
  page.writeUInt8(506 / 2, 9 * 4 + 7);
  Buffer.from([6, ...sprm(0x0001, 9), 0x00]).copy(page, 506);
  page.writeUInt8(8, PAGE - 1);
  const next = Buffer.alloc(PAGE);
  next.writeUInt8(1, 0);
  assert.deepEqual(texts(wordParagraphs(paged(`${text}\r`, [], [page], next))), [text]);
});

test('a character beyond the BMP at the edge of the second window is read whole; a high surrogate ending the main text is not joined to what follows it', () => {
  // Its high surrogate is character 131 071 (65 535 characters and a mark, then 65 535 more), the second window's last.
  const paragraphs = wordParagraphs(plain(`${'a'.repeat(65_535)}\r${'a'.repeat(65_535)}𠀀政\r`));
  assert.deepEqual(
    paragraphs.map((p) => [p.text.length, p.text.slice(-3)]),
    [
      [65_535, 'aaa'],
      [65_538, '𠀀政'],
    ],
  );
  // ccpText 3: the text ends with 𠀀's high surrogate, a character alone (U+FFFD).
  const streams = changed('甲乙𠀀\r', (wd) => {
    wd.writeUInt32LE(3, 64 + 12);
    return wd;
  });
  assert.deepEqual(texts(wordParagraphs(streams)), ['甲乙\ufffd']);
});
