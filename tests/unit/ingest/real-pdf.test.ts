/**
 * A real PDF (淮安市人民政府 2024, ../shared/fixtures/real/huaian-2024.pdf) to the last cell. The
 * expected numbers were read by hand from the printed pages: vertical group labels, labels
 * wrapped around their numbers and a page break inside table 三 included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { processFile } from '../../../src/lib/ingest/process-file.ts';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS } from '../../../src/lib/template/applications.ts';

const TABLE_3: Record<string, number[]> = {
  newReceived: [3001, 53, 0, 0, 61, 4, 3119],
  carriedOver: [34, 0, 0, 0, 0, 0, 34],
  granted: [1288, 21, 0, 0, 50, 3, 1362],
  partiallyGranted: [447, 7, 0, 0, 0, 0, 454],
  withheldStateSecret: [2, 0, 0, 0, 0, 0, 2],
  withheldProhibitedByLaw: [30, 1, 0, 0, 0, 0, 31],
  withheldSecurityStability: [5, 0, 0, 0, 0, 0, 5],
  withheldThirdPartyRights: [6, 0, 0, 0, 0, 0, 6],
  withheldInternalAffairs: [7, 1, 0, 0, 0, 0, 8],
  withheldProcessInformation: [12, 0, 0, 0, 0, 0, 12],
  withheldEnforcementFiles: [9, 0, 0, 0, 0, 0, 9],
  withheldQueryMatters: [105, 0, 0, 0, 0, 0, 105],
  unableNotHeld: [746, 12, 0, 0, 10, 1, 769],
  unableNeedsCreation: [11, 0, 0, 0, 0, 0, 11],
  unableUnclear: [1, 0, 0, 0, 0, 0, 1],
  notProcessedComplaints: [56, 6, 0, 0, 0, 0, 62],
  notProcessedRepeated: [25, 0, 0, 0, 0, 0, 25],
  notProcessedPublications: [0, 0, 0, 0, 0, 0, 0],
  notProcessedExcessive: [0, 0, 0, 0, 0, 0, 0],
  notProcessedConfirmation: [1, 0, 0, 0, 0, 0, 1],
  otherOverdueCorrection: [67, 3, 0, 0, 1, 0, 71],
  otherOverdueFee: [6, 0, 0, 0, 0, 0, 6],
  otherOther: [108, 2, 0, 0, 0, 0, 110],
  totalProcessed: [2932, 53, 0, 0, 61, 4, 3050],
  carriedForward: [103, 0, 0, 0, 0, 0, 103],
};

test('淮安市人民政府 2024 PDF: header, every number of tables 二, 三, 四, and the prose checks', async () => {
  const bytes = new Uint8Array(readFileSync('tests/fixtures/real/huaian-2024.pdf'));
  const { report, log } = await processFile(bytes, '2024/huaian-2024.pdf');
  assert.ok(report, log.messages.join('; '));
  assert.equal(log.status, 'ok');
  assert.equal(report.title, '淮安市人民政府2024年政府信息公开工作年度报告');
  assert.equal(report.agency, '淮安市人民政府');
  assert.equal(report.year, 2024);
  assert.equal(report.level, 'city');
  assert.equal(report.template, '2021');
  assert.equal(report.source.format, 'pdf');
  assert.deepEqual(report.activeDisclosure, {
    regulations: { issued: 1, repealed: 0, inForce: 11 },
    normativeDocuments: { issued: 8, repealed: 26, inForce: 66 },
    licensing: 447228,
    penalty: 3985758,
    coercion: 88283,
    feesWanYuan: 96171.6,
  });
  for (const row of APPLICATION_ROW_KEYS) {
    assert.deepEqual(APPLICATION_COLUMN_KEYS.map((c) => report.applications[row][c]), TABLE_3[row], `table 三 row ${row}`);
  }
  assert.deepEqual(report.reviewLitigation, {
    reconsideration: { upheld: 72, corrected: 64, other: 178, pending: 37, total: 351 },
    litigationDirect: { upheld: 13, corrected: 4, other: 8, pending: 1, total: 26 },
    litigationAfterReconsideration: { upheld: 12, corrected: 1, other: 1, pending: 6, total: 20 },
  });
  assert.deepEqual(report.inferred, []);
  assert.ok(report.checks.every((c) => c.ok), report.checks.filter((c) => !c.ok).map((c) => c.message).join('\n'));
  // 全市共受理政府信息公开申请 3119 件; 行政复议 351 件; 行政诉讼 46 件 (26 + 20).
  assert.deepEqual(
    report.checks.filter((c) => c.id === 'prose').map((c) => [c.where, c.left]),
    [['applications.newReceived.total', 3119], ['reviewLitigation.reconsideration.total', 351], ['reviewLitigation.litigation.total', 46]],
  );
  assert.match(report.sections.overview, /^2024 年，我市坚持以习近平新时代中国特色社会主义思想为指导/);
  assert.match(report.sections.other, /全年收取政府信息公开信息处理费 3940 元/);
});
