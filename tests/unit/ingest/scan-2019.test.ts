/**
 * Table 三 of a scanned report of the 2019 edition, from the OCR engine's own boxes for
 * tests/fixtures/scans/edition2019-scan.pdf (edition2019-scan.boxes.json: the engine's output for
 * that scan, as the OCR cache keeps it, so that this test runs no model). The 2019 edition prints
 * （六）其他处理 as one row, and the agency left most cells empty: each printed number must land in
 * its own column by where it stands, and each empty cell stay blank. Expected values are the
 * printed ones, typed by hand (../fixtures/edition2019-scan.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { identityChecks } from '../../../src/lib/check/identities.ts';
import { settleUnsure } from '../../../src/lib/ingest/unsure.ts';
import { parseReport, type ParsedReport } from '../../../src/lib/parse/report.ts';
import { scanToDocument } from '../../../src/lib/read/ocr/document.ts';
import type { OcrPage } from '../../../src/lib/read/ocr/types.ts';
import { APPLICATION_COLUMN_KEYS, type ApplicationRowKey } from '../../../src/lib/template/applications.ts';
import { TABLE_3_2019 } from '../fixtures/edition2019-scan.ts';

const pages: OcrPage[] = JSON.parse(readFileSync('tests/fixtures/scans/edition2019-scan.boxes.json', 'utf8'));

function read(p: OcrPage[]): ParsedReport {
  const doc = scanToDocument(p);
  const parsed = parseReport(doc);
  assert.ok(!('notReport' in parsed));
  return settleUnsure(doc, parsed);
}

/** Every cell of table 三 that is not as printed, one line each. */
function wrongCells(report: ParsedReport): string[] {
  return Object.entries(TABLE_3_2019).flatMap(([row, printed]) =>
    APPLICATION_COLUMN_KEYS.flatMap((column, i) => {
      const got = report.applications[row as ApplicationRowKey][column];
      return got === printed[i] ? [] : [`${row}.${column}: printed ${printed[i]}, got ${got}`];
    }),
  );
}

test('a 2019-edition scan: every printed number of table 三 in its column, every empty cell blank, nothing unsure', () => {
  const report = read(pages);
  assert.equal(report.template, '2019');
  assert.deepEqual(wrongCells(report), []);
  assert.deepEqual(report.uncertain ?? [], []);
  // The rows only the 2021 edition prints are not in this table at all.
  assert.deepEqual(report.applications.otherOverdueCorrection, { naturalPerson: null, commercialEnterprise: null, researchInstitution: null, socialWelfareOrganization: null, legalServiceOrganization: null, otherOrganization: null, total: null });
  assert.equal(report.applications.otherOverdueFee.total, null);
  // The printed table adds up; a blank is not taken for a misread number.
  assert.deepEqual(identityChecks(report).filter((c) => !c.ok).map((c) => c.message), []);
});

/**
 * Page 2 of the scan, counted on the image: the end of the label 5.要求行政机关确认或重新出具已获取信息
 * over two lines, then （六）其他处理 (18, 14, blank …, 32), （七）总计, 四、结转下年度继续办理 (43, 10, 53);
 * a cell is counted among the cells printed on its line.
 */
test('a 2019-edition scan: numbers at their page and printed line after the page break', () => {
  const report = read(pages);
  assert.deepEqual(report.places!['applications.otherOther.commercialEnterprise'], { page: 2, line: 3, column: 3 });
  assert.deepEqual(report.places!['applications.otherOther.total'], { page: 2, line: 3, column: 4 });
  assert.deepEqual(report.places!['applications.carriedForward.total'], { page: 2, line: 5, column: 4 });
});
