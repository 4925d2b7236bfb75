/**
 * reports.csv and cells.csv of reports read from real files (a text report, a PDF, a workbook): the
 * numbers in their columns and each at the page, line, sheet and cell it was read from. The writer's
 * own rules, on hand-made reports, are in csv.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { processFile } from '../../../src/lib/ingest/process-file.ts';
import { cellsCsv, reportsCsv } from '../../../src/lib/output/csv.ts';

async function seed() {
  const name = '003_6e2b379abcfd2652.txt';
  const { report } = await processFile(new Uint8Array(readFileSync(`content/reports/${name}`)), name);
  return report!;
}

test('reports.csv: BOM, one column per number, blanks empty, formulas in report text neutralised', async () => {
  const report = await seed();
  report.agency = '=HYPERLINK("http://example.com","点我")';
  report.title = '+1, "quoted", 多行\n标题';
  const csv = [...reportsCsv([report])].join('');
  assert.ok(csv.startsWith('\ufeff'));
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  assert.equal(rows.length, 2);
  const [header, row] = rows as [string[], string[]];
  const at = (name: string) => row[header.indexOf(name)];
  assert.equal(at('agency'), `'=HYPERLINK("http://example.com","点我")`);
  assert.equal(at('title'), `'+1, "quoted", 多行\n标题`);
  assert.equal(at('applications.newReceived.total'), '40');
  assert.equal(at('applications.newReceived.otherOrganization'), '', 'a column the report does not print is blank, not 0');
  assert.equal(at('activeDisclosure.normativeDocuments.inForce'), '127');
  assert.equal(at('missingColumns'), 'otherOrganization');
  assert.equal(header.length, row.length);
});

test('cells.csv: one row per number of the report’s format, inferred and uncertain cells marked, each at its page and line', async () => {
  const report = { ...(await seed()), uncertain: ['activeDisclosure.licensing'] };
  const rows = Papa.parse<string[]>([...cellsCsv([report])].join('').slice(1), { skipEmptyLines: true }).data;
  assert.deepEqual(rows[0], ['id', 'agency', 'year', 'table', 'row', 'column', 'value', 'inferred', 'uncertain', 'page', 'line', 'sheet', 'cell']);
  // 10 numbers of table 二 (2021), 25 × 7 of table 三, 15 of table 四.
  assert.equal(rows.length - 1, 10 + 175 + 15);
  const find = (table: string, row: string, column: string) => rows.find((r) => r[3] === table && r[4] === row && r[5] === column);
  // Line 51 of the seed: (四) 无法提供 | 1.本机关不掌握相关政府信息 | 35 | 0 | 0 | 0 | 0 — no 总计
  // printed (the table has no 其他 column): the total is inferred, and was read nowhere.
  assert.deepEqual(find('三', 'unableNotHeld', 'total')?.slice(6), ['35', 'true', '', '', '', '', '']);
  assert.deepEqual(find('三', 'unableNotHeld', 'naturalPerson')?.slice(6), ['35', '', '', '', '51', '', '']);
  assert.deepEqual(find('三', 'unableNotHeld', 'otherOrganization')?.slice(6), ['', '', '', '', '', '', '']);
  // Line 22: 行政规范性文件 | 15 | 7 | 127.
  assert.deepEqual(find('二', 'normativeDocuments', 'issued')?.slice(6), ['15', '', '', '', '22', '', '']);
  assert.equal(find('二', 'licensing', 'value')?.[8], 'true');
});

test('cells.csv: a PDF’s numbers at their page and printed line', async () => {
  const { report } = await processFile(new Uint8Array(readFileSync('tests/fixtures/real/huaian-2024.pdf')), 'huaian-2024.pdf');
  const rows = Papa.parse<string[]>([...cellsCsv([report!])].join('').slice(1), { skipEmptyLines: true }).data;
  // Page 4, line 17: （一）予以公开 1288 21 0 0 50 3 1362 (tests/unit/read/pdf.test.ts).
  assert.deepEqual(rows.find((r) => r[4] === 'granted' && r[5] === 'total')?.slice(6), ['1362', '', '', '4', '17', '', '']);
});

test('cells.csv and places: a workbook’s numbers at their sheet, row and cell', async () => {
  const { report } = await processFile(new Uint8Array(readFileSync('tests/fixtures/layouts/xlsx.xlsx')), 'xlsx.xlsx');
  // Read by hand in the workbook's xl/worksheets/sheet1.xml: J44 is 18, 本年新收 总计; the row
  // begins at A44, merged over A44:C44 (one cell), so J is its 8th cell.
  assert.deepEqual(report!.places!['applications.newReceived.total'], { sheet: 'Sheet1', line: 44, column: 8, cell: 'J44' });
  const rows = Papa.parse<string[]>([...cellsCsv([report!])].join('').slice(1), { skipEmptyLines: true }).data;
  assert.deepEqual(rows.find((r) => r[4] === 'newReceived' && r[5] === 'total')?.slice(6), ['18', '', '', '', '44', 'Sheet1', 'J44']);
});

