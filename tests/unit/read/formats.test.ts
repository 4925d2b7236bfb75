/**
 * The readers of Word 97–2003 (.doc, .wps), workbooks (.xls, .xlsx, .et) and OFD: the places of
 * known cells, counted by hand in the sources, and bad files of each format failing with a message
 * that names the file and says what is wrong. Every number of their fixtures is checked in
 * tests/unit/fixtures/layouts.test.ts (set A) and tests/unit/ingest/real-pdf.test.ts (the OFD).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { read, utils, write } from '@e965/xlsx';
import { processFile } from '../../../src/lib/ingest/process-file.ts';
import { readFile } from '../../../src/lib/read/index.ts';
import type { RawDocument } from '../../../src/lib/read/types.ts';
import { applicationDiffs, assertNoDiffs } from '../fixtures/helpers.ts';
import { SET_A_APPLICATIONS } from '../fixtures/set-a.ts';
import { zip } from '../hostile/cases.ts';
import { docOf } from '../hostile/long-files.ts';

const fixture = (rel: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${rel}`, import.meta.url)));
const lineOf = (doc: RawDocument, start: string) => doc.lines.find((l) => l.cells.filter(Boolean).join(' ').startsWith(start));

/** The log of one file through the whole ingest step: its status and its one message. */
async function failure(bytes: Uint8Array, path: string): Promise<{ status: string; message: string }> {
  const { log, internalError } = await processFile(bytes, path);
  assert.equal(internalError, undefined, `${path}: an internal error, not a clear failure: ${log.messages.join('; ')}`);
  return { status: log.status, message: log.messages.join('; ') };
}

describe('Word 97–2003', () => {
  // doc.doc is docx.docx saved by LibreOffice as Word 97–2003: its paragraphs and table rows are
  // those counted by hand in docx.docx's word/document.xml (tests/unit/read/places.test.ts).
  test('paragraphs and table rows counted from the top of the body, one each, as in the DOCX it was saved from', async () => {
    const { doc, format } = await readFile(fixture('layouts/doc.doc'), 'doc.doc');
    assert.equal(format, 'doc');
    assert.equal(doc.exactCells, true);
    assert.deepEqual(lineOf(doc, '红旗街道办事处2023年')?.place, { line: 3 });
    assert.deepEqual(lineOf(doc, '一、总体情况')?.place, { line: 6 });
    assert.deepEqual(lineOf(doc, '规章')?.place, { line: 15 });
    assert.deepEqual(lineOf(doc, '三、收到和处理政府信息公开申请情况')?.place, { line: 27 });
    assert.deepEqual(lineOf(doc, '三、本年度办理结果')?.place, { line: 33 });
    assert.deepEqual(lineOf(doc, '四、政府信息公开行政复议')?.place, { line: 56 });
    assert.deepEqual(lineOf(doc, '六、其他需要报告的事项')?.place, { line: 63 });
  });

  test('a table row keeps its cells apart, blank cells included', async () => {
    const { doc } = await readFile(fixture('layouts/doc.doc'), 'doc.doc');
    // The row of 本年新收 in docx.docx: the label over three grid columns, then 12 3 0 1 2 0 18.
    const row = lineOf(doc, '一、本年新收政府信息公开申请数量')!;
    assert.deepEqual(row.cells.slice(0, 10), ['一、本年新收政府信息公开申请数量', '', '', '12', '3', '0', '1', '2', '0', '18']);
    assert.equal(row.tableRow, true);
  });

  test('a WPS file (.wps, the same binary format) is read as one, and keeps its extension as a download', async () => {
    // No tool here saves as WPS: this is doc.doc under a .wps name, which is what WPS writes.
    const { report } = await processFile(fixture('layouts/doc.doc'), 'reports/hongqi.wps');
    assert.equal(report?.source.format, 'doc');
    assert.equal(report?.applications.newReceived.total, 18);
  });

  test('text read in windows: a character of two UTF-16 units across the end of one is read whole', async () => {
    // 𠀀 (U+20000) is the 65,536th and 65,537th unit: the first window ends between them.
    const { doc } = await readFile(new Uint8Array(docOf(`${'a'.repeat(65_535)}𠀀政府\r第二段\r`, true)), 'wide.doc');
    assert.deepEqual(doc.lines.map((l) => l.cells.join('').slice(-5)), ['a𠀀政府', '第二段']);
    assert.equal(doc.warnings, undefined);
  });

  test('a paragraph of 200,000 characters is cut at 100,000 and noted, the next one read', async () => {
    const { doc } = await readFile(new Uint8Array(docOf(`${'政'.repeat(200_000)}\r第二段\r`, true)), 'long.doc');
    assert.deepEqual(doc.lines.map((l) => l.cells.join('').length), [100_000, 3]);
    assert.deepEqual(doc.warnings?.map((w) => w.message), ['原文有1行超过100,000字，每行超出的部分未读入（读取上限）；全文请下载原文核对']);
  });

  test('a truncated .doc fails as unreadable-doc, naming the file', async () => {
    const bytes = fixture('layouts/doc.doc');
    const { status, message } = await failure(bytes.slice(0, bytes.length / 2), '2023/hongqi.doc');
    assert.equal(status, 'failed');
    assert.match(message, /^2023\/hongqi\.doc: unreadable-doc: .*damaged or truncated/);
  });

  test('a .doc whose piece table is pointed outside its table stream fails as unreadable-doc', async () => {
    // The FIB's fcClx ([MS-DOC] 2.5.6, FibRgFcLcb97 pair 33: 154 + 33 × 8 = 418 bytes into the
    // WordDocument stream, after FibBase, FibRgW and the 22 longs of FibRgLw) made huge.
    const bytes = fixture('layouts/doc.doc');
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(findWordDocument(bytes) + 418, 0x7fffffff, true);
    const { status, message } = await failure(bytes, 'hongqi.doc');
    assert.equal(status, 'failed');
    assert.match(message, /^hongqi\.doc: unreadable-doc: not a readable Word 97–2003 \(\.doc\/\.wps\) file: its structure points outside the file/);
  });
});

/** Where the WordDocument stream starts: at a sector (512 bytes), its FIB beginning with wIdent 0xA5EC. */
function findWordDocument(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i += 512) if (bytes[i] === 0xec && bytes[i + 1] === 0xa5) return i;
  throw new Error('no FIB in the fixture');
}

describe('workbooks', () => {
  // Read by hand in xlsx.xlsx's xl/worksheets/sheet1.xml (and in LibreOffice's CSV of xls.xls, the
  // same sheet saved as Excel 97): A44 一、本年新收政府信息公开申请数量, J44 18, D46 5 (予以公开,
  // 自然人), C49 2.其他法律行政法规禁止公开, J67 19 (总计 of 总计), O76 1; A46:A67 merged.
  for (const rel of ['layouts/xlsx.xlsx', 'layouts/xls.xls']) {
    test(`${rel}: every cell has its sheet and reference; a merged cell's value on its first cell only`, async () => {
      const { doc, format } = await readFile(fixture(rel), rel);
      assert.equal(format, 'xls');
      assert.equal(doc.exactCells, true);
      const cellOf = (line: ReturnType<typeof lineOf>, value: string) => line!.cellPlaces![line!.cells.indexOf(value)];
      const newReceived = lineOf(doc, '一、本年新收政府信息公开申请数量')!;
      assert.deepEqual(newReceived.place, { sheet: 'Sheet1', line: 44, cell: 'A44' });
      assert.deepEqual(cellOf(newReceived, '18'), { sheet: 'Sheet1', line: 44, cell: 'J44' });
      const granted = lineOf(doc, '三、本年度办理结果')!;
      // B46:C46 is one merged cell: C46 is no cell of the row, so 5 is the row's third.
      assert.deepEqual(granted.cellPlaces![2], { sheet: 'Sheet1', line: 46, cell: 'D46' });
      assert.equal(granted.cells[2], '5');
      const prohibited = lineOf(doc, '2.其他法律行政法规禁止公开')!;
      assert.deepEqual(prohibited.place, { sheet: 'Sheet1', line: 49, cell: 'C49' });
      assert.equal(prohibited.cells[0], '2.其他法律行政法规禁止公开', 'A49 and B49 are covered by A46:A67 and B48:B55: no cells, as under a rowspan');
      const total = lineOf(doc, '（七）总计')!;
      assert.deepEqual(cellOf(total, '19'), { sheet: 'Sheet1', line: 67, cell: 'J67' });
      assert.deepEqual(lineOf(doc, '四、政府信息公开行政复议')?.place, { sheet: 'Sheet1', line: 70, cell: 'A70' });
    });
  }

  // Read by hand in merged.xlsx's xl/worksheets/sheet1.xml: row 44 holds A44 (label, A44:F44),
  // G44 12 (G44:H44), I44 empty and unmerged, J44 3 (J44:K44), L44 0 (L44:N44), O44 1, P44 2
  // (P44:Q44), R44 0 (R44:S44), T44 18 (T44:V44); column I holds nothing in any row of table 三.
  // Row 76 (table 四) holds A76 1, C76 0, F76 1, G76 0, I76 empty (column I empty in 72–76), J76 2, ….
  for (const rel of ['formats/merged.xlsx', 'formats/merged.xls']) {
    test(`${rel}: a merged range is one cell, and a column empty in every row of its table is no cell`, async () => {
      const { doc } = await readFile(fixture(rel), rel);
      const newReceived = lineOf(doc, '一、本年新收政府信息公开申请数量')!;
      assert.deepEqual(newReceived.cells, ['一、本年新收政府信息公开申请数量', '12', '3', '0', '1', '2', '0', '18']);
      assert.deepEqual(
        newReceived.cellPlaces!.map((p) => p.cell),
        ['A44', 'G44', 'J44', 'L44', 'O44', 'P44', 'R44', 'T44'],
      );
      const review = doc.lines.find((l) => l.place.line === 76)!;
      assert.deepEqual(review.cells.slice(0, 6), ['1', '0', '1', '0', '2', '0']);
      assert.deepEqual(review.cellPlaces!.slice(0, 6).map((p) => p.cell), ['A76', 'C76', 'F76', 'G76', 'J76', 'L76']);
    });
  }

  test('a blank cell keeps its column, and a column of a table typed into a sheet is kept though blank in every row', async () => {
    const book = utils.book_new();
    const sheet = utils.aoa_to_sheet([
      ['信息内容', '本年制发件数', null, null, '本年废止件数', '现行有效件数'],
      ['规章', 4, null, null, null, 7],
    ]);
    // The header's 本年制发件数 and the row's 4 over B:D, as a program lays out a column of a web page.
    sheet['!merges'] = [utils.decode_range('B1:D1'), utils.decode_range('B2:D2')];
    utils.book_append_sheet(book, sheet, '表二');
    utils.book_append_sheet(book, utils.aoa_to_sheet([['规章', 4, null, 7]]), '手填');
    const { doc } = await readFile(new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' })), 'book.xlsx');
    assert.deepEqual(
      doc.lines.map((l) => [l.place.sheet, l.cells, l.cellPlaces!.map((p) => p.cell)]),
      [
        ['表二', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['A1', 'B1', 'E1', 'F1']],
        ['表二', ['规章', '4', '', '7'], ['A2', 'B2', 'E2', 'F2']],
        ['手填', ['规章', '4', '', '7'], ['A1', 'B1', 'C1', 'D1']],
      ],
    );
  });

  test('a WPS workbook (.et, the Excel 97 format) is read as one', async () => {
    // No tool here saves as WPS: this is xls.xls under an .et name, which is what WPS writes.
    const { report } = await processFile(fixture('layouts/xls.xls'), 'hongqi.et');
    assert.equal(report?.source.format, 'xls');
    assert.equal(report?.applications.totalProcessed.total, 19);
  });

  test('every visible sheet in order, each under its own name; a hidden sheet is left out, and a note says so', async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['红旗街道办事处2023年政府信息公开工作年度报告']]), '封面');
    utils.book_append_sheet(book, utils.aoa_to_sheet([['草稿'], ['规章', 9, 9, 9]]), '草稿');
    utils.book_append_sheet(book, utils.aoa_to_sheet([[], ['信息内容', '本年制发件数'], ['规章', 0, null, 1.5]]), '表二');
    book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 0 }] };
    const { doc } = await readFile(new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' })), 'book.xlsx');
    assert.deepEqual(
      doc.lines.map((l) => [l.place.sheet, l.place.cell, l.cells]),
      [
        ['封面', 'A1', ['红旗街道办事处2023年政府信息公开工作年度报告']],
        // Row 1 of 表二 is empty: no line. Its range is A1:D3, so each row has four cells.
        ['表二', 'A2', ['信息内容', '本年制发件数', '', '']],
        ['表二', 'A3', ['规章', '0', '', '1.5']],
      ],
    );
    assert.deepEqual(doc.warnings, [{ code: 'sheet-hidden', message: '工作表“草稿”是隐藏的，未读入' }]);
  });

  test('table 三 alone in a workbook, as agencies attach it: every number, and no agency or year made up', async () => {
    // The rows of table 三 of xlsx.xlsx (LibreOffice's), values as stored, in a sheet of their own.
    const rows = utils.sheet_to_json<unknown[]>(read(fixture('layouts/xlsx.xlsx')).Sheets.Sheet1!, { header: 1, raw: true, defval: null });
    const from = rows.findIndex((r) => String(r[0]).startsWith('三、收到和处理'));
    const to = rows.findIndex((r) => String(r[0]).startsWith('四、政府信息公开行政复议'));
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows.slice(from + 1, to)), '表三');
    const { report, log } = await processFile(new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' })), '附件.xlsx');
    assert.ok(report);
    assertNoDiffs(applicationDiffs(report, SET_A_APPLICATIONS), '附件.xlsx');
    assert.deepEqual([report.agency, report.year], ['', null]);
    assert.ok(log.messages.some((m) => m.startsWith('附件.xlsx: error: year-missing')), log.messages.join('\n'));
  });

  test('a truncated .xls and a truncated .xlsx fail as unreadable-xls, naming the file', async () => {
    const xls = fixture('layouts/xls.xls');
    const a = await failure(xls.slice(0, xls.length / 2), 'hongqi.xls');
    assert.equal(a.status, 'failed');
    assert.match(a.message, /^hongqi\.xls: unreadable-xls: .*damaged or truncated/);
    const xlsx = fixture('layouts/xlsx.xlsx');
    const b = await failure(xlsx.slice(0, xlsx.length / 2), 'hongqi.xlsx');
    assert.equal(b.status, 'failed');
    assert.match(b.message, /^hongqi\.xlsx: unreadable-xls: the zip archive is damaged/);
  });

  test('a .xls damaged inside its workbook stream fails as unreadable-xls, not as "not a report"', async () => {
    const xls = fixture('layouts/xls.xls');
    // Zeros over the workbook's records: SheetJS finds no sheet.
    const zeroed = xls.slice();
    zeroed.fill(0, 1024, 3072);
    const a = await failure(zeroed, 'hongqi.xls');
    assert.equal(a.status, 'failed');
    assert.match(a.message, /^hongqi\.xls: unreadable-xls: a workbook without any sheet that can be read: it is damaged/);
    // Junk over the sheet's records: the sheet is listed, its cells are not there.
    const junk = xls.slice();
    for (let i = 6000; i < 7500; i++) junk[i] = (i * 7919) & 255;
    const b = await failure(junk, 'hongqi.xls');
    assert.equal(b.status, 'failed');
    assert.match(b.message, /^hongqi\.xls: unreadable-xls: the workbook lists a sheet "Sheet1" whose cells cannot be read/);
  });

  test('merged ranges over more cells than a workbook may hold are refused, not expanded', async () => {
    const sheet = utils.aoa_to_sheet(Array.from({ length: 100 }, (_, i) => [`第${i + 1}行`]));
    sheet['!merges'] = [utils.decode_range('A1:XFD100')];
    sheet['!ref'] = 'A1:XFD100';
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, '表三');
    const { status, message } = await failure(new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' })), 'merged.xlsx');
    assert.equal(status, 'failed');
    assert.match(message, /^merged\.xlsx: too-large: .*merged ranges over more than 1,000,000 cells/);
  });

  test('one merged range given 3,000 times is refused by the cells it covers, each time counted', async () => {
    const sheet = utils.aoa_to_sheet(Array.from({ length: 1000 }, (_, i) => [`第${i + 1}行`]));
    sheet['!ref'] = 'A1:Z1000';
    // 26,000 cells each time (a 0.2 MB file): 78 million cells to go through, which took 28 s.
    sheet['!merges'] = Array.from({ length: 3000 }, () => utils.decode_range('A1:Z1000'));
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, '表三');
    const { status, message } = await failure(new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' })), 'overlaps.xlsx');
    assert.equal(status, 'failed');
    assert.match(message, /^overlaps\.xlsx: too-large: cells of a workbook: merged ranges over more than 1,000,000 cells \(a cell covered by two counted twice\)/);
  });

  test('a sheet declaring columns up to XFD has the cells of the columns that hold text', async () => {
    const sheet = utils.aoa_to_sheet([['项目', '', '数量'], ['规章', '', '3'], ['规范性文件', '', '12']]);
    sheet['!ref'] = 'A1:XFD3';
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, '表二');
    const { doc } = await readFile(new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' })), 'wide.xlsx');
    assert.deepEqual(doc.lines.map((l) => l.cells), [['项目', '', '数量'], ['规章', '', '3'], ['规范性文件', '', '12']]);
    assert.deepEqual(doc.lines[2]!.cellPlaces?.map((p) => p.cell), ['A3', 'B3', 'C3']);
  });

  test('two cells 16,384 columns apart on 6,000 rows are refused as a table of 98 million cells', async () => {
    const sheet = utils.aoa_to_sheet([['政府信息公开']]);
    sheet.XFD6000 = { t: 's', v: '完' };
    sheet['!ref'] = 'A1:XFD6000';
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, '表三');
    const { status, message } = await failure(new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' })), 'corners.xlsx');
    assert.equal(status, 'failed');
    assert.match(message, /^corners\.xlsx: too-large: cells of a workbook: sheet "表三" lays its table out over 6000 rows by 16384 columns, 98,304,000 cells, over the limit of 1,000,000 cells/);
  });

  test('an XLSX zip bomb is refused before SheetJS inflates it', async () => {
    const sheet = Buffer.from(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(2_000_000)}</t></is></c></row></sheetData></worksheet>`);
    const bomb = zip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="表三" sheetId="1"/></sheets></workbook>') },
      // Declares 1,000 bytes, inflates to 2 MB.
      { name: 'xl/worksheets/sheet1.xml', data: sheet, declared: 1000 },
    ]);
    const { status, message } = await failure(new Uint8Array(bomb), 'bomb.xlsx');
    assert.equal(status, 'failed');
    assert.match(message, /^bomb\.xlsx: too-large: .*declare/);
  });

  test('an XLSX of more than 1,000,000 cells is refused from its XML, before SheetJS builds them', async () => {
    const sheet = Buffer.from(`<worksheet><sheetData><row r="1">${'<c/>'.repeat(1_000_001)}</row></sheetData></worksheet>`);
    const big = zip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="表三" sheetId="1"/></sheets></workbook>') },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ]);
    const { status, message } = await failure(new Uint8Array(big), 'big.xlsx');
    assert.equal(status, 'failed');
    assert.match(message, /^big\.xlsx: too-large: cells of a workbook: .*over the limit of 1,000,000 cells/);
  });
});

/**
 * An OFD package of the given page contents (GB/T 33190: OFD.xml, Document.xml, the pages); a
 * page given with its XML declaration is written as it is.
 */
function ofd(pages: string[], extra: { name: string; data: Buffer; declared?: number }[] = []): Uint8Array {
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  return new Uint8Array(
    zip([
      { name: 'OFD.xml', data: Buffer.from(`<ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`) },
      {
        name: 'Doc_0/Document.xml',
        data: Buffer.from(`<ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>${pages.map((_, i) => `<ofd:Page ID="${i + 10}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`),
      },
      ...pages.map((content, i) => ({ name: `Doc_0/Pages/Page_${i}/Content.xml`, data: Buffer.from(content.startsWith('<?xml') ? content : `<ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">${content}</ofd:Layer></ofd:Content></ofd:Page>`) })),
      ...extra,
    ]),
  );
}

describe('OFD', () => {
  // huaian-2024.ofd prints the text of huaian-2024.pdf where the PDF prints it (tools/fixtures/
  // make-ofd.ts): its pages and printed lines are those read by hand off the PDF's pages
  // (tests/unit/read/pdf.test.ts, 'every line has its page and its line on that page').
  test('every line has its page and its printed line on that page, as in the PDF', async () => {
    const { doc, format } = await readFile(fixture('ofd/huaian-2024.ofd'), 'huaian-2024.ofd');
    assert.equal(format, 'ofd');
    assert.equal(doc.exactCells, false);
    assert.deepEqual(lineOf(doc, '淮安市人民政府')?.place, { page: 1, line: 1 });
    assert.deepEqual(lineOf(doc, '二、主动公开政府信息情况')?.place, { page: 3, line: 13 });
    assert.deepEqual(lineOf(doc, '三、收到和处理政府信息公开申请情况')?.place, { page: 4, line: 7 });
    assert.deepEqual(lineOf(doc, '（一）予以公开')?.place, { page: 4, line: 17 });
    assert.deepEqual(lineOf(doc, '法提供')?.place, { page: 5, line: 1 });
    assert.deepEqual(lineOf(doc, '六、其他需要报告的事项')?.place, { page: 6, line: 11 });
  });

  test('a table row is one line, one cell per printed number, each with its extent on the page', async () => {
    const { doc } = await readFile(fixture('ofd/huaian-2024.ofd'), 'huaian-2024.ofd');
    const row = lineOf(doc, '（一）予以公开')!;
    assert.deepEqual(row.cells, ['（一）予以公开', '1288', '21', '0', '0', '50', '3', '1362']);
    assert.equal(row.spans?.length, 8);
    assert.ok(row.spans!.every((s, i) => s.left < s.right && (i === 0 || s.left > row.spans![i - 1]!.right)), 'spans left to right, apart');
  });

  test('TextCode positions: X and Y inside the Boundary, DeltaX with g N v, lines by baseline', async () => {
    const text = (y: number, x: number, code: string, delta = '') =>
      `<ofd:TextObject ID="1" Boundary="${x} ${y - 5} 150 6" Font="3" Size="4"><ofd:TextCode X="0" Y="5"${delta ? ` DeltaX="${delta}"` : ''}>${code}</ofd:TextCode></ofd:TextObject>`;
    const bytes = ofd([
      // Row 1: 规章 at x 20 (two ideographs 4 mm apart), 0 at 80, 11 at 100 (DeltaX 2); a title above.
      text(30, 20, '红旗街道办事处2023年政府信息公开工作年度报告') + text(60, 20, '规章', '4') + text(60, 80, '0') + text(60, 100, '11', '2') +
        // Row 2: one TextObject whose characters are spread by g 3 4: 行政许可 at x 20, 24, 28, 32.
        text(70, 20, '行政许可', 'g 3 4') + text(70, 80, '35'),
    ]);
    const { doc } = await readFile(bytes, 'a.ofd');
    assert.deepEqual(
      doc.lines.map((l) => [l.place, l.cells]),
      [
        [{ page: 1, line: 1 }, ['红旗街道办事处2023年政府信息公开工作年度报告']],
        [{ page: 1, line: 2 }, ['规章', '0', '11']],
        [{ page: 1, line: 3 }, ['行政许可', '35']],
      ],
    );
    assert.deepEqual(doc.lines[2]!.spans!.map((s) => s.left), [20, 80]);
    assert.deepEqual(doc.lines[2]!.spans![0]!.right, 36, '许 at 32 plus an em of 4');
  });

  test('without DeltaX a character advances an em if an ideograph, a full-width form or CJK punctuation, half an em otherwise', async () => {
    const text = (y: number, x: number, code: string) =>
      `<ofd:TextObject ID="1" Boundary="${x} ${y - 5} 150 6" Font="3" Size="4"><ofd:TextCode X="0" Y="5">${code}</ofd:TextCode></ofd:TextObject>`;
    // Size 4: Ａ (U+FF21) and 、 (U+3001) take 4 mm, 7, b and 9 take 2; 年 (U+5E74) takes 4.
    const bytes = ofd([text(30, 20, '红旗街道办事处2023年政府信息公开工作年度报告') + text(60, 20, 'Ａ7') + text(60, 80, '、b9') + text(60, 140, '年')]);
    const { doc } = await readFile(bytes, 'a.ofd');
    const row = doc.lines[1]!;
    assert.deepEqual(row.cells, ['Ａ7', '、b9', '年']);
    assert.deepEqual(row.spans!.map((s) => [s.left, s.right]), [[20, 26], [80, 88], [140, 144]]);
  });

  test('3,000 TextCodes each saying g 99999 3: each advances its own characters by 3 mm', async () => {
    // Expanded in full, the 3,000 DeltaX took 15 s for a file of 20 KB.
    const codes = Array.from({ length: 3000 }, (_, i) => `<ofd:TextObject ID="${i + 1}" Boundary="20 ${5 + 3 * i} 150 6" Font="3" Size="4"><ofd:TextCode X="0" Y="5" DeltaX="g 99999 3">规章</ofd:TextCode></ofd:TextObject>`);
    const { doc } = await readFile(ofd([codes.join('')]), 'deltas.ofd');
    assert.equal(doc.lines.length, 3000);
    // 规 at 20, 章 3 mm further, an em of 4 wide.
    assert.deepEqual(new Set(doc.lines.map((l) => JSON.stringify([l.cells, l.spans]))), new Set([JSON.stringify([['规章'], [{ left: 20, right: 27 }]])]));
  });

  test('500 pages printing one content file: each page has its lines, as far as the budget of the view lasts', async () => {
    const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
    /** An OFD of 500 pages whose Page entries all name one content of `rows` lines of 政府信息 (4 mm apart, clear of the margins). */
    const samePages = (rows: number) => {
      const layer = Array.from({ length: rows }, (_, i) => `<ofd:TextObject ID="${i + 1}" Boundary="20 ${50 + (i % 50) * 4} 170 6" Font="3" Size="4"><ofd:TextCode X="${Math.floor(i / 50) * 17}" Y="5">政府信息</ofd:TextCode></ofd:TextObject>`).join('');
      const pages = Array.from({ length: 500 }, (_, i) => `<ofd:Page ID="${i + 10}" BaseLoc="Pages/Page_0/Content.xml"/>`).join('');
      return new Uint8Array(
        zip([
          { name: 'OFD.xml', data: Buffer.from(`<ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`) },
          { name: 'Doc_0/Document.xml', data: Buffer.from(`<ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>${pages}</ofd:Pages></ofd:Document>`) },
          { name: 'Doc_0/Pages/Page_0/Content.xml', data: Buffer.from(`<ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">${layer}</ofd:Layer></ofd:Content></ofd:Page>`) },
        ]),
      );
    };
    // 50 lines of one cell a page: 25,000 lines, the last the 50th of page 500.
    const small = (await readFile(samePages(50), 'same.ofd')).doc;
    assert.equal(small.lines.length, 25_000);
    assert.deepEqual([small.lines.at(-1)!.place, small.lines.at(-1)!.cells], [{ page: 500, line: 50 }, ['政府信息']]);
    assert.equal(small.warnings, undefined);
    // 5,000 codes of 4 characters a page (50 lines of 100 cells, 17 mm apart): 20,000 characters a
    // page, 10 million in all; the view's 2 million are the first 100 pages.
    const large = (await readFile(samePages(5000), 'same.ofd')).doc;
    assert.deepEqual(large.warnings?.map((w) => w.message), ['读出的原文共10,000,000字，原文视图只收录前2,000,000字（读取上限）；全文请下载原文核对']);
    assert.equal(large.lines.at(-1)!.place.page, 100);
  });

  test('an OFD without pages fails as unreadable-ofd, naming the file', async () => {
    const { status, message } = await failure(ofd([]), '2024/huaian.ofd');
    assert.equal(status, 'failed');
    assert.match(message, /^2024\/huaian\.ofd: unreadable-ofd: the OFD has no pages/);
  });

  test('an OFD whose pages hold no text (a scan saved as OFD) fails as ofd-no-text', async () => {
    const image = '<ofd:ImageObject ID="5" Boundary="0 0 210 297" ResourceID="6"/>';
    const { status, message } = await failure(ofd([image, image]), 'scan.ofd');
    assert.equal(status, 'failed');
    assert.match(message, /^scan\.ofd: ofd-no-text: the OFD has no text to read \(2 pages, 0 characters\)/);
  });

  test('an OFD naming a page it lacks, a malformed page and an entity bomb fail as unreadable-ofd', async () => {
    const missing = zip([
      { name: 'OFD.xml', data: Buffer.from('<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>') },
      { name: 'Doc_0/Document.xml', data: Buffer.from('<Document><Pages><Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></Pages></Document>') },
    ]);
    assert.match((await failure(new Uint8Array(missing), 'a.ofd')).message, /^a\.ofd: unreadable-ofd: the OFD lacks Doc_0\/Pages\/Page_0\/Content\.xml/);
    assert.match((await failure(ofd(['<ofd:TextObject>']), 'b.ofd')).message, /^b\.ofd: unreadable-ofd: Doc_0\/Pages\/Page_0\/Content\.xml is not well-formed XML/);
    // The billion laughs: refused for its DOCTYPE, never expanded.
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><ofd:TextCode>&lol2;</ofd:TextCode>`;
    assert.match((await failure(ofd([laughs]), 'c.ofd')).message, /^c\.ofd: unreadable-ofd: .*DOCTYPE/);
  });

  test('an OFD zip bomb is refused before it is inflated', async () => {
    const page = { name: 'Doc_0/Pages/Page_1/Content.xml', data: Buffer.from(`<Page>${' '.repeat(2_000_000)}</Page>`), declared: 100 };
    const { status, message } = await failure(ofd([''], [page]), 'bomb.ofd');
    assert.equal(status, 'failed');
    assert.match(message, /^bomb\.ofd: too-large: .*declare/);
  });
});
