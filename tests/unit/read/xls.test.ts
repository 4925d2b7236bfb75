/**
 * Workbooks → lines of cells (read/xls.ts), on workbooks written here with SheetJS: which cells a
 * row has (a blank or missing cell in its column, a merged range one cell, a padding column left
 * out of a laid-out table), where each cell is (sheet, row, reference); xls-bounds.test.ts has the
 * bounds on what a workbook may lay out. Every expected value is read from the sheet as written in the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { utils, write, type WorkSheet } from '@e965/xlsx';
import { readXls } from '../../../src/lib/read/xls.ts';
import { cut, LIMITS } from '../../../src/lib/read/limits.ts';
import { ReadError } from '../../../src/lib/read/types.ts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { cells, handWritten, number, text } from './xlsx-by-hand.ts';

function book(sheets: [string, WorkSheet][], hidden: number[] = []): Uint8Array {
  const b = utils.book_new();
  for (const [name, sheet] of sheets) utils.book_append_sheet(b, sheet, name);
  if (hidden.length > 0) b.Workbook = { Sheets: sheets.map(([name], i) => ({ name, Hidden: (hidden[i] ?? 0) as 0 | 1 | 2 })) };
  return new Uint8Array(write(b, { type: 'buffer', bookType: 'xlsx' }));
}
const readSheet = (sheet: WorkSheet) => readXls(book([['表', sheet]]), 'zip');
const merged = (sheet: WorkSheet, ...ranges: string[]) => Object.assign(sheet, { '!merges': ranges.map((r) => utils.decode_range(r)) });

test('each row a line, each cell with its sheet, row and reference; the line is placed at its first cell with text', async () => {
  const doc = await readSheet(utils.aoa_to_sheet([
    ['信息内容', '本年制发件数', '现行有效件数'],
    [null, 12, 7],
  ]));
  assert.deepEqual(cells(doc), [
    ['A1=信息内容', 'B1=本年制发件数', 'C1=现行有效件数'],
    ['A2=', 'B2=12', 'C2=7'],
  ]);
  assert.deepEqual(doc.lines.map((l) => l.place), [
    { sheet: '表', line: 1, cell: 'A1' },
    { sheet: '表', line: 2, cell: 'B2' },
  ]);
  assert.deepEqual(doc.lines[1]!.cellPlaces![2], { sheet: '表', line: 2, cell: 'C2' });
  assert.ok(doc.lines.every((l) => l.tableRow));
  assert.equal(doc.exactCells, true);
  assert.equal(doc.warnings, undefined);
});

test('an empty cell and a missing cell are both a blank cell in their column', async () => {
  const doc = await readSheet(utils.aoa_to_sheet([
    ['规章', '', 3],
    ['规范性文件', null, 5],
  ]));
  assert.deepEqual(cells(doc), [
    ['A1=规章', 'B1=', 'C1=3'],
    ['A2=规范性文件', 'B2=', 'C2=5'],
  ]);
});

test('the columns are those from the first holding text to the last: empty columns around them are no cells', async () => {
  const sheet = utils.aoa_to_sheet([
    [null, '行政许可', 8, ''],
    [null, null, 9, ''],
  ]);
  sheet['!ref'] = 'A1:F2';
  const doc = await readSheet(sheet);
  assert.deepEqual(cells(doc), [
    ['B1=行政许可', 'C1=8'],
    ['B2=', 'C2=9'],
  ]);
});

test('a table starting below and right of A1 keeps its references', async () => {
  const doc = await readSheet(utils.sheet_add_aoa({}, [['行政处罚', 6], ['行政强制', 2]], { origin: 'C4' }));
  assert.deepEqual(cells(doc), [
    ['C4=行政处罚', 'D4=6'],
    ['C5=行政强制', 'D5=2'],
  ]);
  assert.deepEqual(doc.lines.map((l) => l.place.line), [4, 5]);
});

test('an empty row gives no line, and the rows after it keep their numbers', async () => {
  const doc = await readSheet(utils.aoa_to_sheet([['甲', 1], [], [null, ''], ['乙', 2]]));
  assert.deepEqual(cells(doc), [
    ['A1=甲', 'B1=1'],
    ['A4=乙', 'B4=2'],
  ]);
});

test('a merged range across columns is one cell; in a table with a merge, a column empty in every row is left out, one with text in a row kept', async () => {
  // B1:C1 and B2:C2 merged: C holds nothing. D is blank in row 2 but has its header in row 1.
  const sheet = merged(
    utils.aoa_to_sheet([
      ['信息内容', '本年制发件数', null, '本年废止件数'],
      ['规章', 4, null, null],
    ]),
    'B1:C1',
    'B2:C2',
  );
  assert.deepEqual(cells(await readSheet(sheet)), [
    ['A1=信息内容', 'B1=本年制发件数', 'D1=本年废止件数'],
    ['A2=规章', 'B2=4', 'D2='],
  ]);
});

test('a merged range down rows is read on its first row only, its other rows without that cell', async () => {
  const sheet = merged(
    utils.aoa_to_sheet([
      ['（三）不予公开', '1．属于国家秘密', 3],
      [null, '2．其他法律行政法规禁止公开', 5],
      ['（四）无法提供', '1．本机关不掌握', 8],
    ]),
    'A1:A2',
  );
  assert.deepEqual(cells(await readSheet(sheet)), [
    ['A1=（三）不予公开', 'B1=1．属于国家秘密', 'C1=3'],
    ['B2=2．其他法律行政法规禁止公开', 'C2=5'],
    ['A3=（四）无法提供', 'B3=1．本机关不掌握', 'C3=8'],
  ]);
});

test('a merged range over a cell holding text: the covered cell’s text is not read', async () => {
  const sheet = merged(utils.aoa_to_sheet([['收到申请', '残留', 11]]), 'A1:B1');
  assert.deepEqual(cells(await readSheet(sheet)), [['A1=收到申请', 'C1=11']]);
});

test('each table of a sheet is judged by its own merges: a typed table below a laid-out one keeps its blank column', async () => {
  const sheet = merged(
    utils.aoa_to_sheet([
      ['行政复议', null, 4, null],
      [],
      ['行政诉讼', null, 6, null],
      ['维持', null, 2, 9],
    ]),
    'A1:B1',
  );
  assert.deepEqual(cells(await readSheet(sheet)), [
    ['A1=行政复议', 'C1=4'],
    ['A3=行政诉讼', 'B3=', 'C3=6', 'D3='],
    ['A4=维持', 'B4=', 'C4=2', 'D4=9'],
  ]);
});

test('a merge beginning on a table’s last row makes it a laid-out table', async () => {
  const sheet = merged(
    utils.aoa_to_sheet([
      ['维持', null, 2],
      ['纠正', null, 3],
    ]),
    'C2:D2',
  );
  assert.deepEqual(cells(await readSheet(sheet)), [
    ['A1=维持', 'C1=2'],
    ['A2=纠正', 'C2=3'],
  ]);
});

test('a merge beginning on a table’s first row does too, and one in another table does not', async () => {
  const sheet = merged(
    utils.aoa_to_sheet([
      ['维持', null, 2],
      ['纠正', null, 3],
      [],
      ['其他', null, 4],
    ]),
    'A1:B1',
  );
  assert.deepEqual(cells(await readSheet(sheet)), [
    ['A1=维持', 'C1=2'],
    ['A2=纠正', 'C2=3'],
    ['A4=其他', 'B4=', 'C4=4'],
  ]);
});

test('a number as its format prints it, and a cell holding an error as blank', async () => {
  const sheet = utils.aoa_to_sheet([['收费金额', 0, 1234]]);
  sheet.B1 = { t: 'e', v: 0x07 };
  sheet.C1!.z = '#,##0';
  assert.deepEqual(cells(await readSheet(sheet)), [['A1=收费金额', 'B1=', 'C1=1,234']]);
});

test('every visible sheet in order under its own name; a hidden and a very hidden sheet are left out, each with a note', async () => {
  const sheets: [string, WorkSheet][] = [
    ['一', utils.aoa_to_sheet([['甲', 1]])],
    ['隐', utils.aoa_to_sheet([['乙', 2]])],
    ['二', utils.aoa_to_sheet([['丙', 3]])],
    ['深', utils.aoa_to_sheet([['丁', 4]])],
  ];
  const doc = await readXls(book(sheets, [0, 1, 0, 2]), 'zip');
  assert.deepEqual(doc.lines.map((l) => [l.place.sheet, l.cells]), [
    ['一', ['甲', '1']],
    ['二', ['丙', '3']],
  ]);
  assert.deepEqual(doc.warnings, [
    { code: 'sheet-hidden', message: '工作表“隐”是隐藏的，未读入' },
    { code: 'sheet-hidden', message: '工作表“深”是隐藏的，未读入' },
  ]);
});

test('a sheet’s name is kept to 64 characters, without control characters', async () => {
  const name = `表三${'长'.repeat(70)}`;
  const doc = await readXls(handWritten('A1', `<row r="1">${text('A1', '甲')}</row>`, [], name), 'zip');
  assert.equal(doc.lines[0]!.place.sheet, name.slice(0, 64));
  const controlled = await readXls(handWritten('A1', `<row r="1">${text('A1', '甲')}</row>`, [], '表&#x7;三'), 'zip');
  assert.equal(controlled.lines[0]!.place.sheet, '表三');
});

test('a cell longer than LIMITS.lineChars is cut there, and a note counts it', async () => {
  const long = '长'.repeat(LIMITS.lineChars.value + 5);
  const doc = await readXls(handWritten('A1:B1', `<row r="1">${text('A1', long)}${number('B1', 3)}</row>`), 'zip');
  assert.equal(doc.lines[0]!.cells[0], '长'.repeat(LIMITS.lineChars.value));
  assert.equal(doc.lines[0]!.cells[1], '3');
  assert.deepEqual(doc.warnings, [{ code: 'limit-reached', message: cut('lineChars', 1) }]);
});

test('a sheet without cells, and one whose cells hold nothing, give no line; the next sheet is read', async () => {
  const blank = utils.aoa_to_sheet([['', '']]);
  const doc = await readXls(book([['空', utils.aoa_to_sheet([])], ['白', blank], ['表', utils.aoa_to_sheet([['甲', 2]])]]), 'zip');
  assert.deepEqual(doc.lines.map((l) => [l.place.sheet, ...l.cells]), [['表', '甲', '2']]);
});

test('an Excel 97 workbook (an OLE file, as .xls and WPS .et are) is read as an .xlsx is; it is no zip', async () => {
  const b = utils.book_new();
  utils.book_append_sheet(b, utils.aoa_to_sheet([['信息内容', '本年制发件数'], ['规章', 12]]), '表二');
  const xls = new Uint8Array(write(b, { type: 'buffer', bookType: 'xls' }));
  const doc = await readXls(xls, 'ole');
  assert.deepEqual(cells(doc), [
    ['A1=信息内容', 'B1=本年制发件数'],
    ['A2=规章', 'B2=12'],
  ]);
  assert.equal(doc.lines[1]!.place.sheet, '表二');
  await assert.rejects(readXls(xls, 'zip'), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-xls');
});

test('a table of one column is read; a column holding text only in the last row is a column', async () => {
  assert.deepEqual(cells(await readSheet(utils.aoa_to_sheet([['一、总体情况'], ['二、主动公开']]))), [['A1=一、总体情况'], ['A2=二、主动公开']]);
  assert.deepEqual(cells(await readSheet(utils.aoa_to_sheet([['申请人', null], ['自然人', 11]]))), [
    ['A1=申请人', 'B1='],
    ['A2=自然人', 'B2=11'],
  ]);
});

test('a laid-out table below and right of A1: its padding column is left out and its cells keep their references', async () => {
  // C3:D3, C4:D4 and C5:D5 merged: D holds nothing. E is blank in row 4 but has its header in row 3.
  const rows = [['信息内容', '本年制发件数', null, '本年废止件数'], ['规章', 4, null, null], ['规范性文件', 6, null, 2]];
  const sheet = merged(utils.sheet_add_aoa({}, rows, { origin: 'B3' }), 'C3:D3', 'C4:D4', 'C5:D5');
  // The sheet's declared range begins at the table, as a program that writes only the table declares it.
  sheet['!ref'] = 'B3:E5';
  assert.deepEqual(cells(await readSheet(sheet)), [
    ['B3=信息内容', 'C3=本年制发件数', 'E3=本年废止件数'],
    ['B4=规章', 'C4=4', 'E4='],
    ['B5=规范性文件', 'C5=6', 'E5=2'],
  ]);
});

test('a formula without a stored result is a blank cell', async () => {
  const doc = await readXls(handWritten('A1:C1', `<row r="1">${text('A1', '合计')}<c r="B1"><f>1+1</f></c>${number('C1', 3)}</row>`), 'zip');
  assert.deepEqual(cells(doc), [['A1=合计', 'B1=', 'C1=3']]);
});

test('a cell cut at LIMITS.lineChars is noted though a sheet without cells comes after it', async () => {
  // SheetJS writes no cell longer than Excel's 32,767 characters: the short text is lengthened in the written file.
  const parts = unzipSync(book([['表', utils.aoa_to_sheet([['短', 3]])], ['空', utils.aoa_to_sheet([])]]));
  const long = '长'.repeat(LIMITS.lineChars.value + 5);
  parts['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(parts['xl/worksheets/sheet1.xml']!).replace('<v>短</v>', `<v>${long}</v>`));
  const doc = await readXls(zipSync(parts), 'zip');
  assert.equal(doc.lines[0]!.cells[0]!.length, LIMITS.lineChars.value);
  assert.deepEqual(doc.warnings, [{ code: 'limit-reached', message: cut('lineChars', 1) }]);
});

test('a workbook listing no sheet, or a sheet whose part is missing, is damaged: it fails, naming the sheet', async () => {
  const { ['xl/worksheets/sheet1.xml']: _sheet, ...parts } = unzipSync(handWritten('A1', `<row r="1">${text('A1', '甲')}</row>`));
  const workbook = strFromU8(parts['xl/workbook.xml']!);
  const withoutSheets = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': _sheet!, 'xl/workbook.xml': strToU8(workbook.replace(/<sheets>.*<\/sheets>/, '<sheets></sheets>')) });
  await assert.rejects(readXls(withoutSheets, 'zip'), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-xls' && e.message.startsWith('a workbook without any sheet'));
  await assert.rejects(readXls(zipSync(parts), 'zip'), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-xls' && e.message.includes('a sheet "表" whose cells cannot be read'));
});

test('bytes no workbook reader knows are refused as unreadable', async () => {
  // An OLE file's signature and nothing after it.
  await assert.rejects(readXls(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ole'), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-xls' && e.message.startsWith('not a readable workbook'));
});

test('the console is given back after SheetJS has read, and after it has failed', async () => {
  const log = console.error;
  await readSheet(utils.aoa_to_sheet([['甲', 1]]));
  assert.equal(console.error, log);
  await readXls(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ole').catch(() => {});
  assert.equal(console.error, log);
});

test('cells beyond the range a sheet declares (its dimension, a hint Excel does not read) are read as Excel shows them', async () => {
  // Declared A1:A2, holding A1:B2: column B is no less a column of the table.
  const narrow = handWritten('A1:A2', `<row r="1">${text('A1', '信息内容')}${text('B1', '本年制发件数')}</row><row r="2">${text('A2', '规章')}${number('B2', 12)}</row>`);
  assert.deepEqual(cells(await readXls(narrow, 'zip')), [
    ['A1=信息内容', 'B1=本年制发件数'],
    ['A2=规章', 'B2=12'],
  ]);
  // Declared B2:C2, holding A1 above and left of it, and D2 right of it.
  const late = handWritten('B2:C2', `<row r="1">${text('A1', '表三')}</row><row r="2">${text('B2', '行政许可')}${number('C2', 35)}${number('D2', 7)}</row>`);
  assert.deepEqual(cells(await readXls(late, 'zip')), [
    ['A1=表三', 'B1=', 'C1=', 'D1='],
    ['A2=', 'B2=行政许可', 'C2=35', 'D2=7'],
  ]);
});
