/**
 * Where each number was read (docs/SCHEMA.md v2 `places`), one fixture of each layout family.
 * Expected places are counted by hand in the sources: a text file's line and its tab-separated
 * cells (empty ones included), an HTML page's line as read (each block and table row one) and the
 * cell's position among the row's cells (a colspan counting as its width), a DOCX table row counted from the top
 * of the body (tests/unit/read/places.test.ts counts them), the real PDF's page and printed line
 * (tests/unit/read/pdf.test.ts). A number the parser inferred has no place.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseReport, type ParsedReport } from '../../../src/lib/parse/report.ts';
import { readFile } from '../../../src/lib/read/index.ts';

async function parse(path: string): Promise<ParsedReport> {
  const { doc } = await readFile(new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url))), path);
  const report = parseReport(doc);
  assert.ok(!('notReport' in report));
  return report;
}

test('text (tab-separated): 予以公开 总计 at its file line, each number in its cell', async () => {
  const r = await parse('layouts/tab.txt');
  // Line 43: 三、本年度办理结果 | (一) 予以公开 | 5 | 1 | 0 | 0 | 1 | 0 | 7 |
  assert.deepEqual(r.places!['applications.granted.naturalPerson'], { line: 43, column: 3 });
  assert.deepEqual(r.places!['applications.granted.total'], { line: 43, column: 9 });
  // Line 41: 一、本年新收… | (empty) | 12 | 3 | 0 | 1 | 2 | 0 | 18 |
  assert.deepEqual(r.places!['applications.newReceived.total'], { line: 41, column: 9 });
  // Line 23: 规章 | 0 | 0 | 0; line 72: table 四's fifteen numbers alone.
  assert.deepEqual(r.places!['activeDisclosure.regulations.issued'], { line: 23, column: 2 });
  assert.deepEqual(r.places!['reviewLitigation.reconsideration.total'], { line: 72, column: 5 });
  assert.deepEqual(r.places!['reviewLitigation.litigationAfterReconsideration.total'], { line: 72, column: 15 });
  // Every number of the three tables of a 2021 report: 10 + 175 + 15.
  assert.equal(Object.keys(r.places!).length, 200);
});

test('HTML: the line of the page as read (the 原文 view\'s), one each block and table row, and the cell in it', async () => {
  const r = await parse('layouts/html.html');
  // Counted in the source: lines 24–37 hold 12 lines of text (top bar, location, <h1>, article
  // info, eight <p>); table 二's 14 rows are 13–26 (行政许可, source line 68, is 19); 三、… (source
  // line 100) is 27; table 三's three header rows 28–30, then 本年新收 31 (source lines 119–128),
  // （一）予以公开 33 (source lines 139–149: a <td> a line, after the rowspan and colspan-2 labels);
  // its 28 rows end at 55; 四、… is 56, table 四's header rows 57–59, its numbers 60.
  assert.deepEqual(r.places!['applications.granted.naturalPerson'], { line: 33, column: 4 });
  assert.deepEqual(r.places!['applications.granted.commercialEnterprise'], { line: 33, column: 5 });
  assert.deepEqual(r.places!['applications.granted.total'], { line: 33, column: 10 });
  assert.deepEqual(r.places!['applications.newReceived.total'], { line: 31, column: 10 });
  // 35 in a <td colspan="3"> after 行政许可.
  assert.deepEqual(r.places!['activeDisclosure.licensing'], { line: 19, column: 2 });
  assert.deepEqual(r.places!['reviewLitigation.reconsideration.total'], { line: 60, column: 5 });
});

test('DOCX: the table row, counted from the top of the body, and the cell in it', async () => {
  const r = await parse('layouts/docx.docx');
  // Block 33: 三、本年度办理结果 | （一）予以公开 | (its merged second cell) | 5 | 1 | 0 | 0 | 1 | 0 | 7
  assert.deepEqual(r.places!['applications.granted.naturalPerson'], { line: 33, column: 4 });
  assert.deepEqual(r.places!['applications.granted.total'], { line: 33, column: 10 });
  assert.deepEqual(r.places!['activeDisclosure.licensing'], { line: 19, column: 2 });
  assert.deepEqual(r.places!['reviewLitigation.reconsideration.total'], { line: 60, column: 5 });
});

test('the real PDF: （一）予以公开 on page 4, line 17, its seven numbers after the label', async () => {
  const r = await parse('real/huaian-2024.pdf');
  assert.deepEqual(r.places!['applications.granted.naturalPerson'], { page: 4, line: 17, column: 2 });
  assert.equal(r.applications.granted.naturalPerson, 1288);
  assert.deepEqual(r.places!['applications.granted.total'], { page: 4, line: 17, column: 8 });
  assert.equal(r.applications.granted.total, 1362);
  assert.deepEqual(r.places!['applications.newReceived.total'], { page: 4, line: 15, column: 8 });
  // Page 3, line 16: 规章 1 0 11; table 四 on page 5, its one row of numbers the page's 31st line.
  assert.deepEqual(r.places!['activeDisclosure.regulations.inForce'], { page: 3, line: 16, column: 4 });
  assert.deepEqual(r.places!['reviewLitigation.reconsideration.total'], { page: 5, line: 31, column: 5 });
  assert.equal(r.reviewLitigation.reconsideration.total, 351);
});

test('a PDF row with blank cells, placed by column band: each number keeps its printed cell, a blank column has no place', async () => {
  const r = await parse('pdf/blank-cells.pdf');
  // Page 3 (pdftotext -layout): （一）予以公开 6 1 … 1 — the last 1 printed under 法律服务机构, 总计 blank.
  const natural = r.places!['applications.granted.naturalPerson']!;
  assert.equal(natural.page, 3);
  assert.equal(natural.column, 2);
  assert.equal(r.applications.granted.legalServiceOrganization, 1);
  assert.deepEqual(r.places!['applications.granted.legalServiceOrganization'], { ...natural, column: 4 });
  assert.equal(r.applications.granted.researchInstitution, null);
  assert.equal(r.places!['applications.granted.researchInstitution'], undefined);
  assert.equal(r.places!['applications.granted.total'], undefined);
});

test('a row one number short: the cells every reading takes from one printed cell keep it, the others have none', async () => {
  const r = await parse('damage/drop-cell.txt');
  // Line 50: (empty) | (empty) | 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 2 — one of the two leading
  // numbers is missing, and either reading gives the same values: the whole row is inferred.
  assert.deepEqual(r.inferred, ['applications.withheldProcessInformation']);
  assert.equal(r.places!['applications.withheldProcessInformation.naturalPerson'], undefined);
  assert.equal(r.places!['applications.withheldProcessInformation.commercialEnterprise'], undefined);
  assert.deepEqual(r.places!['applications.withheldProcessInformation.researchInstitution'], { line: 50, column: 5 });
  assert.deepEqual(r.places!['applications.withheldProcessInformation.total'], { line: 50, column: 9 });
});

test('a row the readings disagree on: only the cells they agree on are placed; printed blanks keep their place', async () => {
  const r = await parse('damage/ambiguous.txt');
  // Line 43: … | (一) 予以公开 | 5 | 1 | 0 | 1 | 0 | 7 — six numbers; 5 and 7 read alike in every reading.
  assert.deepEqual(r.places!['applications.granted.naturalPerson'], { line: 43, column: 3 });
  assert.deepEqual(r.places!['applications.granted.total'], { line: 43, column: 8 });
  assert.equal(r.applications.granted.commercialEnterprise, null);
  assert.equal(r.places!['applications.granted.commercialEnterprise'], undefined);
  // Line 48: 4.保护第三方合法权益 | 1 | / | / | / | / | / | 1: a slash is a blank, printed there.
  assert.equal(r.applications.withheldThirdPartyRights.commercialEnterprise, null);
  assert.deepEqual(r.places!['applications.withheldThirdPartyRights.commercialEnterprise'], { line: 48, column: 5 });
});

test('pre-2019: each total at the line of the sentence that states it', async () => {
  const r = await parse('formats/pre2019.txt');
  assert.deepEqual(r.pre2019, { activeDisclosed: 156, applicationsTotal: 4, reconsideration: 0, litigation: 0 });
  // Line 11: 主动公开政府信息156条; line 15: 共受理政府信息公开申请4件; line 23: 行政复议0件，行政诉讼0件.
  assert.deepEqual(r.places!['pre2019.activeDisclosed'], { line: 11, column: 1 });
  assert.deepEqual(r.places!['pre2019.applicationsTotal'], { line: 15, column: 1 });
  assert.deepEqual(r.places!['pre2019.litigation'], { line: 23, column: 1 });
});

test('readings that take a cell from different printed cells: the line where they share it, nothing where they do not', async () => {
  const { readingPlaces } = await import('../../../src/lib/parse/places.ts');
  const value = (line: number, column: number, page?: number) => ({ value: 0, raw: '0', place: page ? { page, line } : { line }, column });
  // Four printed numbers for five cells, on one line: reading A misses cell 1, reading B cell 3.
  const printed = [value(9, 2), value(9, 3), value(9, 4), value(9, 5)];
  const readings = [{ gap: 1, cells: [] }, { gap: 3, cells: [] }];
  assert.deepEqual(readingPlaces(readings, printed, 5), [
    { line: 9, column: 2 }, // printed[0] in both
    undefined, // A infers it
    { line: 9 }, // A takes printed[1], B printed[2]: the same line, another cell
    undefined, // B infers it
    { line: 9, column: 5 }, // printed[3] in both
  ]);
  // The same, with the numbers over two lines (one cell a line): no place for the cell between.
  const split = [value(9, 1, 2), value(10, 1, 2), value(11, 1, 2), value(12, 1, 2)];
  assert.deepEqual(readingPlaces(readings, split, 5)[2], undefined);
  assert.deepEqual(readingPlaces(readings, split, 5)[0], { page: 2, line: 9, column: 1 });
});
