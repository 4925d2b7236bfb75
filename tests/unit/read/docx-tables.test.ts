/**
 * The DOCX reader's table model (read/docx.ts) on hand-written word/document.xml: which grid
 * column each cell begins in (gridBefore, gridSpan and its bounds), which cell a vMerge continues,
 * and how many cells a row may have. Every expected value is read from the XML as written here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../../src/lib/read/docx.ts';
import { cut, LIMITS } from '../../../src/lib/read/limits.ts';
import type { RawDocument } from '../../../src/lib/read/types.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const read = (body: string): Promise<RawDocument> =>
  readDocx(zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`) }));
const rows = (doc: RawDocument) => doc.lines.map((l) => [l.place.line, ...l.cells]);
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(text)}</w:tc>`;
const span = (n: string) => `<w:gridSpan w:val="${n}"/>`;
const table = (...trs: string[]) => `<w:tbl>${trs.map((tr) => `<w:tr>${tr}</w:tr>`).join('')}</w:tbl>`;

test('a gridSpan of 0, below 0 or not a number is one column; of 50 it is 50; more is cut to 50', async () => {
  for (const n of ['0', '-2', 'x']) assert.deepEqual(rows(await read(table(tc('甲', span(n)) + tc('4')))), [[1, '甲', '4']], n);
  assert.deepEqual(rows(await read(table(tc('甲', span('3x')) + tc('4')))), [[1, '甲', '', '', '4']]);
  assert.equal((await read(table(tc('甲', span('50')) + tc('4')))).lines[0]!.cells.length, 51);
  assert.equal((await read(table(tc('甲', span('51')) + tc('4')))).lines[0]!.cells.length, 51);
});

test('a vMerge continuing a cell over two grid columns leaves it out, and the next cell is matched by the column after them', async () => {
  const doc = await read(
    table(
      tc('（三）不予公开', `${span('2')}<w:vMerge w:val="restart"/>`) + tc('1'),
      tc('', `${span('2')}<w:vMerge/>`) + tc('2'),
      // The second row's 2 began in grid column 2: a vMerge there continues it.
      tc('（四）无法提供', span('2')) + tc('', '<w:vMerge w:val="continue"/>'),
    ),
  );
  assert.deepEqual(rows(doc), [
    [1, '（三）不予公开', '', '1'],
    [2, '2'],
    [3, '（四）无法提供', ''],
  ]);
});

test('a vMerge under the second column of a wide cell continues no cell: none began in that column', async () => {
  const doc = await read(table(tc('申请人', span('2')) + tc('7'), tc('自然人') + tc('法人', '<w:vMerge/>') + tc('8')));
  assert.deepEqual(rows(doc), [
    [1, '申请人', '', '7'],
    [2, '自然人', '法人', '8'],
  ]);
});

test('a vMerge continues only cells of its own table, not of the table around it', async () => {
  const inner = table(tc('行政复议', '<w:vMerge/>') + tc('3'));
  const doc = await read(`<w:tbl><w:tr>${tc('情况')}<w:tc>${p('分项')}${inner}</w:tc></w:tr></w:tbl>`);
  assert.deepEqual(rows(doc), [
    [1, '情况', '分项'],
    [2, '行政复议', '3'],
  ]);
});

test('gridBefore of 0, below 0 or not a number skips no column; beyond 50 it skips 50', async () => {
  const below = (n: string) => read(table(tc('甲') + tc('乙'), `<w:trPr><w:gridBefore w:val="${n}"/></w:trPr>${tc('', '<w:vMerge/>')}${tc('6')}`));
  // With no column skipped, the vMerge is in column 0, where 甲 began: it is left out.
  for (const n of ['0', '-1', 'x']) assert.deepEqual(rows(await below(n)), [[1, '甲', '乙'], [2, '6']], n);
  const far = await read(table(tc('甲', span('50')) + tc('乙'), `<w:trPr><w:gridBefore w:val="60"/></w:trPr>${tc('丙', '<w:vMerge/>')}`));
  // Column 50, where 乙 began: the vMerge is left out, and the row, without a cell, is no line.
  assert.deepEqual(rows(far), [[1, '甲', ...Array<string>(49).fill(''), '乙']]);
});

test('a w:val written under another prefix, or none, is read as w:val', async () => {
  assert.deepEqual(rows(await read(table(tc('甲', '<w:gridSpan val="2"/>') + tc('4')))), [[1, '甲', '', '4']]);
  assert.deepEqual(rows(await read(table(tc('甲', '<w:gridSpan xmlns:v2="urn:x" v2:val="3"/>') + tc('4')))), [[1, '甲', '', '', '4']]);
});

test('a row of exactly LIMITS.lineChars cells is read whole; a cell past them is left out with a note', async () => {
  const full = LIMITS.lineChars.value / 50;
  const wide = tc('1', span('50')).repeat(full);
  const whole = await read(table(wide));
  assert.equal(whole.lines[0]!.cells.length, LIMITS.lineChars.value);
  assert.equal(whole.warnings, undefined);
  const over = await read(table(wide + tc('末')));
  assert.equal(over.lines[0]!.cells.length, LIMITS.lineChars.value);
  assert.ok(!over.lines[0]!.cells.includes('末'));
  assert.deepEqual(over.warnings, [{ code: 'limit-reached', message: cut('lineChars', 1) }]);
});

test('a row of blank cells is a line of blank columns, with no note', async () => {
  const doc = await read(table(tc('') + tc('')));
  assert.deepEqual(rows(doc), [[1, '', '']]);
  assert.equal(doc.warnings, undefined);
});

test('a nested table at the start of a cell: the outer row so far is a line though its last cell is blank; the blank rest after the nested rows is none', async () => {
  const inner = table(tc('行政复议') + tc('3'));
  const doc = await read(`<w:tbl><w:tr>${tc('情况')}<w:tc>${inner}<w:p/></w:tc>${tc('')}</w:tr></w:tbl>`);
  assert.deepEqual(rows(doc), [
    [1, '情况', ''],
    [2, '行政复议', '3'],
  ]);
  assert.equal(doc.warnings, undefined);
});

test('after a nested table the rest of its cell keeps the cell’s column: a vMerge below the cell after it continues that one', async () => {
  const inner = table(tc('自然人') + tc('11'));
  const doc = await read(`<w:tbl><w:tr>${tc('申请人')}<w:tc>${p('按类别')}${inner}${p('合计')}</w:tc>${tc('24')}</w:tr><w:tr>${tc('结转')}${tc('2')}${tc('', '<w:vMerge/>')}</w:tr></w:tbl>`);
  assert.deepEqual(rows(doc), [
    [1, '申请人', '按类别'],
    [2, '自然人', '11'],
    [1, '合计', '24'],
    [3, '结转', '2'],
  ]);
});

test('a gridSpan or vMerge outside a cell’s properties is no merge', async () => {
  const stray = '<w:rPr><w:gridSpan w:val="3"/><w:vMerge/></w:rPr>';
  const doc = await read(table(`<w:tc><w:p><w:r>${stray}<w:t>甲</w:t></w:r></w:p></w:tc>${tc('4')}`, `${tc('乙')}${tc('5')}`) + `<w:p><w:pPr><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr></w:pPr><w:r><w:t>丙</w:t></w:r></w:p>`);
  assert.deepEqual(rows(doc), [
    [1, '甲', '4'],
    [2, '乙', '5'],
    [3, '丙'],
  ]);
});

test('a deleted paragraph mark inside a cell joins the cell’s paragraphs and deletes no row', async () => {
  const mark = '<w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2025-01-10T09:00:00Z"/></w:rPr></w:pPr>';
  const doc = await read(table(`<w:tc><w:p>${mark}<w:r><w:t>予以</w:t></w:r></w:p>${p('公开')}</w:tc>${tc('17')}`));
  assert.deepEqual(rows(doc), [[1, '予以公开', '17']]);
});

test('a row and its cells written outside any table (a broken file) are read as the paragraphs they hold', async () => {
  const doc = await read(`<w:tr><w:trPr><w:gridBefore w:val="1"/><w:del w:id="1" w:author="a" w:date="2025-01-10T09:00:00Z"/></w:trPr>${tc('甲', span('2'))}</w:tr>${p('乙')}`);
  assert.deepEqual(rows(doc), [
    [1, '甲'],
    [2, '乙'],
  ]);
});

test('a cell’s text longer than LIMITS.lineChars is cut, and a note counts it', async () => {
  const doc = await read(table(tc('长'.repeat(LIMITS.lineChars.value + 3)) + tc('9')));
  assert.deepEqual(doc.lines[0]!.cells.map((c) => c.length), [LIMITS.lineChars.value, 1]);
  assert.deepEqual(doc.warnings, [{ code: 'limit-reached', message: cut('lineChars', 1) }]);
});

test('w:val is read before a val under another prefix written ahead of it', async () => {
  assert.deepEqual(rows(await read(table(tc('甲', '<w:gridSpan xmlns:v2="urn:x" v2:val="3" w:val="2"/>') + tc('7')))), [[1, '甲', '', '7']]);
});

test('a gridBefore in a cell’s properties rather than the row’s skips no column', async () => {
  // Row 2's second cell is in column 1, where 乙 began: its vMerge leaves it out. Were the stray
  // gridBefore read, 丁 would be in column 1 and the vMerge in column 2, where no cell began.
  const doc = await read(table(tc('甲') + tc('乙'), tc('丁', '<w:gridBefore w:val="1"/>') + tc('6', '<w:vMerge/>')));
  assert.deepEqual(rows(doc), [
    [1, '甲', '乙'],
    [2, '丁'],
  ]);
});

test('a vMerge in a run’s properties, under a cell that began above, merges nothing', async () => {
  const stray = `<w:tc><w:p><w:r><w:rPr><w:vMerge/></w:rPr><w:t>乙</w:t></w:r></w:p></w:tc>`;
  assert.deepEqual(rows(await read(table(tc('甲') + tc('4'), stray + tc('5')))), [
    [1, '甲', '4'],
    [2, '乙', '5'],
  ]);
});

test('a cell written in a table outside any row (a broken file) is read as the paragraph it holds', async () => {
  const doc = await read(`<w:tbl><w:tc>${p('甲')}</w:tc><w:tr>${tc('乙')}${tc('8')}</w:tr></w:tbl>`);
  assert.deepEqual(doc.lines.map((l) => l.cells), [['甲'], ['乙', '8']]);
});

test('a deletion mark of a row’s properties written inside a paragraph deletes neither the paragraph’s mark nor a row', async () => {
  const del = '<w:del w:id="1" w:author="a" w:date="2025-01-10T09:00:00Z"/>';
  const doc = await read(`<w:p><w:r><w:t>甲</w:t></w:r><w:trPr>${del}</w:trPr></w:p>${p('乙')}<w:pPr><w:rPr>${del}</w:rPr></w:pPr>${p('丙')}`);
  assert.deepEqual(rows(doc), [
    [1, '甲'],
    [2, '乙'],
    [3, '丙'],
  ]);
});
