/**
 * The five real reports shipped as the sample corpus, every number of tables 二, 三 and 四
 * checked against the source as read by hand (../shared/seeds/). Rows not listed are all 0.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { processFile } from '../../../src/lib/ingest/process-file.ts';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS } from '../../../src/lib/template/applications.ts';
import type { Report } from '../../../src/lib/template/schema.ts';

const SEEDS = 'content/reports/';

type Row = [number | null, number | null, number | null, number | null, number | null, number | null, number | null];
const ZERO: Row = [0, 0, 0, 0, 0, 0, 0];
const ZERO_REVIEW = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };

async function load(name: string): Promise<Report> {
  const { report, log } = await processFile(new Uint8Array(readFileSync(SEEDS + name)), name);
  assert.ok(report, `${name}: ${log.messages.join('; ')}`);
  return report;
}

function assertMatrix(report: Report, rows: Partial<Record<string, Row>>, base: Row = ZERO): void {
  for (const row of APPLICATION_ROW_KEYS) {
    const expected = rows[row] ?? base;
    const got = APPLICATION_COLUMN_KEYS.map((c) => report.applications[row][c]);
    assert.deepEqual(got, expected, `${report.source.path} table 三 row ${row}`);
  }
}

function assertAllZeroReview(report: Report): void {
  assert.deepEqual(report.reviewLitigation, { reconsideration: ZERO_REVIEW, litigationDirect: ZERO_REVIEW, litigationAfterReconsideration: ZERO_REVIEW });
}

test('000 苏家作乡 2024 (tab layout, 本年度止件数 OCR damage): every table zero', async () => {
  const r = await load('000_026278d421cd2b0a.txt');
  assert.equal(r.agency, '苏家作乡');
  assert.equal(r.year, 2024);
  assert.equal(r.level, 'township');
  assert.equal(r.template, '2021');
  assert.equal(r.status, 'ok');
  assert.deepEqual(r.activeDisclosure, {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
    licensing: 0, penalty: 0, coercion: 0, feesWanYuan: 0,
  });
  assertMatrix(r, {});
  assertAllZeroReview(r);
  assert.ok(r.checks.length > 0 && r.checks.every((c) => c.ok));
  assert.match(r.sections.overview, /^\(一\) 主动公开/);
  assert.match(r.sections.other, /暂无其他需要报告的事项/);
});

test('001 吉尔格勒特郭楞蒙古民族乡 2024 (one cell per line, title over two lines, 工作报告)', async () => {
  const r = await load('001_266c5205ef5c224f.txt');
  assert.equal(r.agency, '吉尔格勒特郭楞蒙古民族乡');
  assert.equal(r.title, '吉尔格勒特郭楞蒙古民族乡2024年政府信息公开工作报告');
  assert.equal(r.year, 2024);
  assert.equal(r.level, 'township');
  assert.equal(r.status, 'ok');
  // 规范性文件 (not 行政规范性文件) is the normative-documents row; 行政处罚 is 1.
  assert.deepEqual(r.activeDisclosure, {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
    licensing: 0, penalty: 1, coercion: 0, feesWanYuan: 0,
  });
  assertMatrix(r, {});
  assertAllZeroReview(r);
  assert.match(r.sections.problems, /^主要问题：/);
});

test('002 柳园口乡政府 2022 (tab layout, rows that lost one cell): one application, granted', async () => {
  const r = await load('002_76f9b4547565cabc.txt');
  assert.equal(r.agency, '柳园口乡政府');
  assert.equal(r.agencyKey, '410202202 柳园口乡');
  assert.equal(r.year, 2022);
  assert.equal(r.level, 'township');
  assert.deepEqual(r.activeDisclosure, {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
    licensing: 0, penalty: 0, coercion: 0, feesWanYuan: 0,
  });
  assertMatrix(r, {
    newReceived: [1, 0, 0, 0, 0, 0, 1],
    granted: [1, 0, 0, 0, 0, 0, 1],
    totalProcessed: [1, 0, 0, 0, 0, 0, 1],
  });
  assertAllZeroReview(r);
  // Rows printed with six of seven numbers are marked as reconciled, never silently filled.
  assert.ok(r.inferred.includes('applications.granted'), r.inferred.join(' '));
  assert.ok(r.notes.some((n) => n.code === 'cell-inferred'));
  const prose = r.checks.filter((c) => c.id === 'prose');
  assert.deepEqual(prose.map((c) => [c.ok, c.left, c.right]), [[true, 1, 1]]);
});

test('003 延津县人民政府办公室 2024 (no 其他 column; totals missing from most result rows)', async () => {
  const r = await load('003_6e2b379abcfd2652.txt');
  assert.equal(r.agency, '延津县人民政府办公室');
  assert.equal(r.level, 'county');
  assert.equal(r.year, 2024);
  assert.deepEqual(r.missingColumns, ['otherOrganization']);
  assert.deepEqual(r.activeDisclosure, {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 15, repealed: 7, inForce: 127 },
    licensing: 0, penalty: 1, coercion: 0, feesWanYuan: 0,
  });
  const Z: Row = [0, 0, 0, 0, 0, null, 0];
  assertMatrix(
    r,
    {
      newReceived: [40, 0, 0, 0, 0, null, 40],
      granted: [5, 0, 0, 0, 0, null, 5],
      unableNotHeld: [35, 0, 0, 0, 0, null, 35],
      totalProcessed: [40, 0, 0, 0, 0, null, 40],
    },
    Z,
  );
  // The printed row is "35 0 0 0 0": its total is inferred, and says so.
  assert.ok(r.inferred.includes('applications.unableNotHeld.total'));
  assertAllZeroReview(r);
  assert.ok(r.checks.filter((c) => c.id !== 'prose').every((c) => c.ok));
  assert.deepEqual(r.checks.filter((c) => c.id === 'prose').map((c) => [c.ok, c.left]), [[true, 40]]);
});

test('004 钱店镇 2024 (markdown tables, 本年度止件数)', async () => {
  const r = await load('004_8f4f033ed63f27b4.txt');
  assert.equal(r.agency, '钱店镇');
  // The year, the agency's pinyin and the first 8 hex digits of the file's sha256 (sha256sum: 78db50d4…).
  assert.equal(r.id, '2024-qian-dian-zhen-78db50d4');
  assert.equal(r.level, 'township');
  assert.equal(r.status, 'ok');
  assertMatrix(r, {});
  assertAllZeroReview(r);
  assert.equal(r.activeDisclosure.feesWanYuan, 0);
  assert.deepEqual(r.inferred, []);
});
