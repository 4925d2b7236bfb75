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

/** 本年新收 18, 上年结转 2: a quoted 20 is the two together. */
const RECEIVED = { 'applications.newReceived.total': 18, 'applications.carriedOver.total': 2 };

const verdicts = (report: ReturnType<typeof withOverview>) => proseChecks(report).map((c) => [c.ok, c.left, c.right]);

test('a number that agrees and one that does not: each message quotes the sentence, the number and the table', () => {
  const report = withOverview('本年度共收到政府信息公开申请37件。被申请行政复议4件。', {
    'applications.newReceived.total': 37,
    'reviewLitigation.reconsideration.total': 6,
  });
  assert.deepEqual(proseChecks(report).map((c) => c.message), [
    '正文“共收到政府信息公开申请37件”与表格一致（37 件）',
    '正文“被申请行政复议4件”写 4 件，表格为 6 件（行政复议）',
  ]);
  assert.deepEqual(proseChecks(report).map((c) => c.id), ['prose', 'prose']);
});

test('both editions are checked; a report before 2019 or of no known edition is not', () => {
  const overview = '被提起行政诉讼5件。';
  const cells = { 'reviewLitigation.litigationDirect.total': 2, 'reviewLitigation.litigationAfterReconsideration.total': 3 };
  for (const template of ['2019', '2021'] as const) {
    const report = withOverview(overview, cells);
    report.template = template;
    assert.deepEqual(verdicts(report), [[true, 5, 5]], template);
  }
  for (const template of ['pre2019', 'unknown'] as const) {
    const report = withOverview(overview, cells);
    report.template = template;
    assert.deepEqual(proseChecks(report), [], template);
  }
});

test('full-width digits and spaces inside the sentence are read as the number', () => {
  assert.deepEqual(verdicts(withOverview('本年度共收到政府信息公开申请　３７ 件。', { 'applications.newReceived.total': 37 })), [[true, 37, 37]]);
});

test('a table value left blank is not compared: the other numbers of the sentence still are', () => {
  const report = withOverview('被申请行政复议4件，被提起行政诉讼7件。', {
    'reviewLitigation.reconsideration.total': null,
    'reviewLitigation.litigationDirect.total': 4,
    'reviewLitigation.litigationAfterReconsideration.total': 1,
  });
  assert.deepEqual(proseChecks(report).map((c) => [c.ok, c.left, c.right, c.message]), [[false, 7, 5, '正文“被提起行政诉讼7件”写 7 件，表格为 5 件（行政诉讼）']]);
});

test('applications received may count the carried-over ones, unless the same sentence states them apart', () => {
  // 20 = 18 + 2, said to include them.
  assert.deepEqual(verdicts(withOverview('共收到政府信息公开申请20件（含上年结转2件）。', RECEIVED)), [[true, 20, 20]]);
  // Stated apart in the same sentence, 上年结转 or 上年度结转: 20 is not 18.
  assert.deepEqual(verdicts(withOverview('共收到政府信息公开申请20件，上年结转2件。', RECEIVED)), [[false, 20, 18]]);
  assert.deepEqual(verdicts(withOverview('共收到政府信息公开申请20件，上年度结转2件。', RECEIVED)), [[false, 20, 18]]);
  // The last sentence has no 。 of its own: it runs to the end.
  assert.deepEqual(verdicts(withOverview('共收到政府信息公开申请20件，上年结转2件', RECEIVED)), [[false, 20, 18]]);
  // In a sentence before or after, 上年结转 says nothing of this one.
  assert.deepEqual(verdicts(withOverview('上年结转2件。本年共收到政府信息公开申请20件。', RECEIVED)), [[true, 20, 20]]);
  assert.deepEqual(verdicts(withOverview('共收到政府信息公开申请20件。上年结转2件。', RECEIVED)), [[true, 20, 20]]);
  // 上年结转 blank: the sum is not known, so only 本年新收 is compared.
  assert.deepEqual(
    verdicts(withOverview('共收到政府信息公开申请20件（含上年结转2件）。', { ...RECEIVED, 'applications.carriedOver.total': null })),
    [[false, 20, 18]],
  );
  // The 本年新收 itself agrees, whatever else the sentence says.
  assert.deepEqual(verdicts(withOverview('共收到政府信息公开申请18件，上年结转2件。', RECEIVED)), [[true, 18, 18]]);
});

test('the words before the verb are optional, and a number has as many digits as printed', () => {
  const report = withOverview('本机关收到政府信息公开申请112件。行政复议案件共12起。行政诉讼案件为13件。', {
    'applications.newReceived.total': 112,
    'reviewLitigation.reconsideration.total': 12,
    'reviewLitigation.litigationDirect.total': 10,
    'reviewLitigation.litigationAfterReconsideration.total': 3,
  });
  assert.deepEqual(proseChecks(report).map((c) => [c.ok, c.left, c.right, c.message]), [
    [true, 112, 112, '正文“收到政府信息公开申请112件”与表格一致（112 件）'],
    [true, 12, 12, '正文“行政复议案件共12起”与表格一致（12 件）'],
    [true, 13, 13, '正文“行政诉讼案件为13件”与表格一致（13 件）'],
  ]);
});

test('上年结转 stated apart earlier in the same sentence counts as well', () => {
  assert.deepEqual(verdicts(withOverview('上年结转2件，本年共收到政府信息公开申请20件。', RECEIVED)), [[false, 20, 18]]);
});
