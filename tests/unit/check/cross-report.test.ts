/**
 * The checks across the reports of one agency: this year's 上年结转 against last year's 结转下年度,
 * and 现行有效件数 against last year's plus 制发 minus 废止. Every number distinct, so that reading
 * the wrong row, the wrong year or adding where the rule subtracts changes the result.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossReportChecks } from '../../../src/lib/check/cross-report.ts';
import { makeReport } from '../fixture-reports.ts';

/** 甲镇 2022–2025: 上年结转 3, 7, 9, 2; 结转下年度 7, 4, 11, 5. */
const years = [
  makeReport({ id: '2022-jia', agency: '甲镇', year: 2022, cells: { 'applications.carriedOver.total': 3, 'applications.carriedForward.total': 7 } }),
  makeReport({ id: '2023-jia', agency: '甲镇', year: 2023, cells: { 'applications.carriedOver.total': 7, 'applications.carriedForward.total': 4 } }),
  makeReport({ id: '2024-jia', agency: '甲镇', year: 2024, cells: { 'applications.carriedOver.total': 9, 'applications.carriedForward.total': 11 } }),
  makeReport({ id: '2025-jia', agency: '甲镇', year: 2025, cells: { 'applications.carriedOver.total': 2, 'applications.carriedForward.total': 5 } }),
  // another agency's 2023 report must not be compared with 甲镇's
  makeReport({ id: '2023-yi', agency: '乙镇', year: 2023, cells: { 'applications.carriedOver.total': 4 } }),
];

test('carry-over: this year’s 上年结转 against the year before’s 结转下年度继续办理', () => {
  const checks = crossReportChecks(years);
  const carry = (id: string) => checks.get(id)?.filter((c) => c.id === 'carryover') ?? [];
  assert.deepEqual(carry('2022-jia'), [], 'no 2021 report to compare with');
  assert.deepEqual(carry('2023-jia').map((c) => [c.ok, c.left, c.right]), [[true, 7, 7]]);
  // 2024 says 9 carried over, while 2023 carried 4 forward
  assert.deepEqual(carry('2024-jia').map((c) => [c.ok, c.left, c.right, c.where]), [[false, 9, 4, 'applications.carriedOver.total']]);
  assert.match(carry('2024-jia')[0]!.message, /上年结转 9 件，而 2023 年报告的结转下年度继续办理为 4 件/);
  assert.deepEqual(carry('2025-jia').map((c) => [c.ok, c.left, c.right]), [[false, 2, 11]]);
  assert.equal(checks.has('2023-yi'), false, '乙镇 has no earlier report');
});

test('in force: last year’s 现行有效 + this year’s 制发 − 废止', () => {
  const reports = [
    makeReport({ id: '2023-bing', agency: '丙县', year: 2023, cells: { 'activeDisclosure.regulations.inForce': 10, 'activeDisclosure.normativeDocuments.inForce': 20 } }),
    makeReport({
      id: '2024-bing',
      agency: '丙县',
      year: 2024,
      cells: {
        // 10 + 3 − 2 = 11: holds
        'activeDisclosure.regulations.issued': 3,
        'activeDisclosure.regulations.repealed': 2,
        'activeDisclosure.regulations.inForce': 11,
        // 20 + 6 − 1 = 25, but 27 printed
        'activeDisclosure.normativeDocuments.issued': 6,
        'activeDisclosure.normativeDocuments.repealed': 1,
        'activeDisclosure.normativeDocuments.inForce': 27,
      },
    }),
  ];
  const checks = crossReportChecks(reports).get('2024-bing')!.filter((c) => c.id === 'inForce');
  assert.deepEqual(
    checks.map((c) => [c.where, c.ok, c.left, c.right]),
    [
      ['activeDisclosure.regulations.inForce', true, 11, 11],
      ['activeDisclosure.normativeDocuments.inForce', false, 27, 25],
    ],
  );
  assert.match(checks[1]!.message, /行政规范性文件现行有效 27 件，而上年 20 \+ 本年制发 6 − 废止 1 = 25 件/);
});

test('a blank on either side leaves the check out rather than guessing', () => {
  const reports = [
    makeReport({ id: '2023-ding', agency: '丁乡', year: 2023, cells: { 'applications.carriedForward.total': null, 'activeDisclosure.regulations.inForce': 5 } }),
    makeReport({ id: '2024-ding', agency: '丁乡', year: 2024, cells: { 'applications.carriedOver.total': 6, 'activeDisclosure.regulations.issued': 1, 'activeDisclosure.regulations.inForce': 6 } }),
  ];
  assert.equal(crossReportChecks(reports).has('2024-ding'), false, '结转下年度 blank in 2023, 废止 blank in 2024');
});

test('namesakes: two unplaced 城关镇 reports of different folders are not checked against each other; of one folder they are', () => {
  // 城关镇 2023 in 甲/ carried 6 forward; 城关镇 2024 in 乙/ says 8 carried over: two townships, no check.
  const apart = [
    makeReport({ id: '2023-cgz-a', agency: '城关镇', year: 2023, path: '甲/城关镇2023.txt', cells: { 'applications.carriedForward.total': 6 } }),
    makeReport({ id: '2024-cgz-b', agency: '城关镇', year: 2024, path: '乙/城关镇2024.txt', cells: { 'applications.carriedOver.total': 8 } }),
  ];
  assert.equal(crossReportChecks(apart).has('2024-cgz-b'), false);
  // Two files at the top of the content folder say nothing of who printed them either.
  const loose = [
    makeReport({ id: '2023-cgz-c', agency: '城关镇', year: 2023, path: '城关镇2023.txt', cells: { 'applications.carriedForward.total': 6 } }),
    makeReport({ id: '2024-cgz-d', agency: '城关镇', year: 2024, path: '城关镇2024.txt', cells: { 'applications.carriedOver.total': 8 } }),
  ];
  assert.equal(crossReportChecks(loose).has('2024-cgz-d'), false);
  const together = [
    makeReport({ id: '2023-cgz-e', agency: '城关镇', year: 2023, path: '甲/城关镇2023.txt', cells: { 'applications.carriedForward.total': 6 } }),
    makeReport({ id: '2024-cgz-f', agency: '城关镇', year: 2024, path: '甲/城关镇2024.txt', cells: { 'applications.carriedOver.total': 8 } }),
  ];
  assert.deepEqual(crossReportChecks(together).get('2024-cgz-f')?.map((c) => [c.id, c.ok, c.left, c.right]), [['carryover', false, 8, 6]]);
});
