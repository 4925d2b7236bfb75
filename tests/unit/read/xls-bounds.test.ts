/**
 * The workbook reader's bounds (read/xls.ts): a table laid out over as many cells as a workbook
 * may hold, and merged ranges covering as many, on workbooks written by hand. Apart from
 * xls.test.ts because reading a million merged cells takes seconds: a mutation run gives each
 * mutant the quick tests first, and these only when those pass.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { LIMITS } from '../../../src/lib/read/limits.ts';
import { readXls } from '../../../src/lib/read/xls.ts';
import { ReadError } from '../../../src/lib/read/types.ts';
import { cells, handWritten, number, text } from './xlsx-by-hand.ts';

test('a table laid out over exactly as many cells as a workbook may hold is read; one more is refused, naming the sheet and its size', async () => {
  // A1 and CV10000 (column 100) lay a table out over 10,000 rows by 100 columns.
  const doc = await readXls(handWritten('A1:CV10000', `<row r="1">${text('A1', '起')}</row><row r="10000">${number('CV10000', 1)}</row>`), 'zip');
  assert.deepEqual(doc.lines.map((l) => [l.place.cell, l.cells.length, l.cells.at(-1)]), [
    ['A1', 100, ''],
    ['CV10000', 100, '1'],
  ]);
  // A1 and CW9901 (column 101): 9,901 rows by 101 columns, 1,000,001 cells.
  await assert.rejects(
    readXls(handWritten('A1:CW9901', `<row r="1">${text('A1', '起')}</row><row r="9901">${number('CW9901', 1)}</row>`), 'zip'),
    (e: unknown) => e instanceof ReadError && e.code === 'too-large' && e.message.includes('sheet "表" lays its table out over 9901 rows by 101 columns, 1,000,001 cells'),
  );
});

test('the size of a table starting below row 1 and right of column A is counted from its first row and column', async () => {
  // From B3 to CW10002: 10,000 rows by 100 columns, exactly the limit.
  const doc = await readXls(handWritten('B3:CW10002', `<row r="3">${text('B3', '起')}</row><row r="10002">${number('CW10002', 1)}</row>`), 'zip');
  assert.deepEqual(doc.lines.map((l) => l.place.cell), ['B3', 'CW10002']);
  // From B3 to CX9903: 9,901 rows by 101 columns.
  await assert.rejects(
    readXls(handWritten('B3:CX9903', `<row r="3">${text('B3', '起')}</row><row r="9903">${number('CX9903', 1)}</row>`), 'zip'),
    (e: unknown) => e instanceof ReadError && e.code === 'too-large' && e.message.includes('sheet "表" lays its table out over 9901 rows by 101 columns, 1,000,001 cells'),
  );
});

test('merged ranges covering exactly as many cells of the rows read as a workbook may hold are read; past that they are refused', async () => {
  // The sheet declares three rows and holds cells in two: the merges count over those two. Over
  // A1:XFD2, 30 merges of A1:XFD3 (30 × 32,768 = 983,040) and A1:LND3 (2 × 8,480 = 16,960).
  const covering = (lastOfOne: string) =>
    readXls(handWritten('A1:XFD3', `<row r="1">${text('A1', '收到申请')}</row><row r="2">${number('A2', 5)}</row>`, [...Array.from({ length: 30 }, () => 'A1:XFD3'), `A1:${lastOfOne}3`]), 'zip');
  assert.deepEqual(cells(await covering('LND')), [['A1=收到申请']]);
  await assert.rejects(covering('LNE'), (e: unknown) => e instanceof ReadError && e.code === 'too-large' && /merged ranges over more than 1,000,000 cells/.test(e.message));
});

test('a worksheet of more cell tags than a workbook may hold is refused from its XML, prefixed or not, before SheetJS reads it', async () => {
  for (const tag of ['<c/>', '<x:c r="A1">', '<main:c>']) {
    const sheet = strToU8(`<worksheet><sheetData><row r="1">${tag.repeat(1_000_001)}</row></sheetData></worksheet>`);
    const big = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="表三" sheetId="1"/></sheets></workbook>'), 'xl/worksheets/sheet1.xml': sheet });
    await assert.rejects(readXls(big, 'zip'), (e: unknown) => e instanceof ReadError && e.code === 'too-large' && e.message.includes('more than 1,000,000 cells'), tag);
  }
});

/** A workbook of one cell, A1 甲, with `entries` beside its parts. */
const besideOneCell = (entries: Record<string, Uint8Array>) => zipSync({ ...unzipSync(handWritten('A1', `<row r="1">${text('A1', '甲')}</row>`)), ...entries });

test('as many cell tags as a workbook may hold are read, and only those of worksheets count', async () => {
  // SheetJS reads no cell in an extension list: 999,999 tags there and A1 make 1,000,000.
  const parts = unzipSync(handWritten('A1', `<row r="1">${text('A1', '甲')}</row>`));
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!).replace('</worksheet>', `<extLst>${'<c/>'.repeat(999_999)}</extLst></worksheet>`);
  assert.deepEqual(cells(await readXls(besideOneCell({ 'xl/worksheets/sheet1.xml': strToU8(sheet) }), 'zip')), [['A1=甲']]);
  const many = strToU8(`<worksheet><sheetData><row r="1">${'<c/>'.repeat(1_000_001)}</row></sheetData></worksheet>`);
  assert.deepEqual(cells(await readXls(besideOneCell({ 'xl/worksheets/sheet1.xml.bak': many, 'copy/xl/worksheets/sheet1.xml': many }), 'zip')), [['A1=甲']]);
});

test('a sheet of one row more than LIMITS.lines is read with that row, for the caller to cut with a note', async () => {
  const rows = Array.from({ length: LIMITS.lines.value + 1 }, (_, i) => `<row r="${i + 1}">${number(`A${i + 1}`, i + 1)}</row>`).join('');
  const doc = await readXls(handWritten(`A1:A${LIMITS.lines.value + 1}`, rows), 'zip');
  assert.equal(doc.lines.length, LIMITS.lines.value + 1);
  assert.deepEqual(doc.lines.at(-1)!.cells, [String(LIMITS.lines.value + 1)]);
});
