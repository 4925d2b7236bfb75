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

test('cells.csv: one row per number of the report’s format, inferred and uncertain cells marked', async () => {
  const report = { ...(await seed()), uncertain: ['activeDisclosure.licensing'] };
  const rows = Papa.parse<string[]>([...cellsCsv([report])].join('').slice(1), { skipEmptyLines: true }).data;
  assert.deepEqual(rows[0], ['id', 'agency', 'year', 'table', 'row', 'column', 'value', 'inferred', 'uncertain']);
  // 10 numbers of table 二 (2021), 25 × 7 of table 三, 15 of table 四.
  assert.equal(rows.length - 1, 10 + 175 + 15);
  const find = (table: string, row: string, column: string) => rows.find((r) => r[3] === table && r[4] === row && r[5] === column);
  assert.deepEqual(find('三', 'unableNotHeld', 'total')?.slice(6), ['35', 'true', '']);
  assert.deepEqual(find('三', 'unableNotHeld', 'naturalPerson')?.slice(6), ['35', '', '']);
  assert.deepEqual(find('二', 'normativeDocuments', 'issued')?.slice(6), ['15', '', '']);
  assert.equal(find('二', 'licensing', 'value')?.[8], 'true');
});

test('the companions under Chinese headers: the same columns and rows, only the header differs', async () => {
  const { makeReport, RICH } = await import('../fixture-reports.ts');
  const reports = [RICH, makeReport({ id: '2023-x', year: 2023 })];
  const keys = [...reportsCsv(reports)].join('').split('\n');
  const zh = [...reportsCsv(reports, 'zh')].join('').split('\n');
  assert.deepEqual(zh.slice(1), keys.slice(1));
  const header = zh[0]!.replace(/^\uFEFF/, '').split(',');
  assert.equal(header.length, keys[0]!.split(',').length);
  assert.equal(header[keys[0]!.replace(/^\uFEFF/, '').split(',').indexOf('applications.granted.total')], '表三·予以公开·总计');
  assert.equal(header[0], '报告编号');
  assert.equal(new Set(header).size, header.length, 'every Chinese header names one column');
  const cells = [...cellsCsv(reports, 'zh')].join('').split('\n');
  assert.equal(cells[0], '\uFEFF报告编号,发布机关,年度,表,行,列,数值,推算,识别不确定');
  assert.deepEqual(cells.slice(1), [...cellsCsv(reports)].join('').split('\n').slice(1));
});
