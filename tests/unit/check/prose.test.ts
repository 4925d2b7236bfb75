/**
 * The prose check: numbers section 一 states against the tables. Numbers below are made up and
 * distinct; each expectation is read off the sentence and the cells the test sets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseChecks } from '../../../src/lib/check/prose.ts';
import { cellAt } from '../../../src/lib/template/cell-path.ts';
import { makeReport } from '../fixture-reports.ts';

function withOverview(overview: string, cells: Record<string, number | null>) {
  const report = makeReport({ template: '2021', cells });
  report.sections.overview = overview;
  return report;
}

test('a check names the cell the stated number is compared with, a cell the report has', () => {
  const report = withOverview('本年度共收到政府信息公开申请37件。被申请行政复议4件。', {
    'applications.newReceived.total': 37,
    'reviewLitigation.reconsideration.total': 6,
  });
  const checks = proseChecks(report);
  assert.deepEqual(
    checks.map((c) => [c.ok, c.where, c.left, c.right]),
    [
      [true, 'applications.newReceived.total', 37, 37],
      [false, 'reviewLitigation.reconsideration.total', 4, 6],
    ],
  );
  for (const check of checks) assert.notEqual(cellAt(report, check.where!), null, `${check.where} is a cell of the report`);
});

test('行政诉讼 is two rows of table 四 added up: the check compares their sum and names no single cell', () => {
  const report = withOverview('被提起行政诉讼5件。', {
    'reviewLitigation.litigationDirect.total': 2,
    'reviewLitigation.litigationAfterReconsideration.total': 1,
  });
  const [check] = proseChecks(report);
  assert.equal(check?.ok, false);
  assert.equal(check?.left, 5);
  assert.equal(check?.right, 3);
  assert.equal(check?.where, undefined);
});
