/**
 * The checks across the reports of one agency: this year's 上年结转 against last year's 结转下年度,
 * and 现行有效件数 against last year's plus 制发 minus 废止. Every number distinct, so that reading
 * the wrong row, the wrong year or adding where the rule subtracts changes the result.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossReportChecks, summaryContradictions } from '../../../src/lib/check/cross-report.ts';
import type { Counts } from '../../../src/lib/measures/values.ts';
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

test('last year’s report printed under another name is named in the message; one of the same name is not', () => {
  const key = '320813 洪泽区';
  const reports = [
    makeReport({ id: '2022-hz', agency: '洪泽区人民政府', agencyKey: key, level: 'county', year: 2022, path: 'a/1.txt', cells: { 'applications.carriedForward.total': 13 } }),
    makeReport({ id: '2023-hz', agency: '淮安市洪泽区人民政府', agencyKey: key, level: 'county', year: 2023, path: 'a/2.txt', cells: { 'applications.carriedOver.total': 4, 'applications.carriedForward.total': 8 } }),
    makeReport({ id: '2024-hz', agency: '淮安市洪泽区人民政府', agencyKey: key, level: 'county', year: 2024, path: 'a/3.txt', cells: { 'applications.carriedOver.total': 8 } }),
  ];
  const checks = crossReportChecks(reports);
  assert.deepEqual(checks.get('2023-hz'), [{
    id: 'carryover',
    ok: false,
    message: '上年结转 4 件，而 2022 年报告（洪泽区人民政府）的结转下年度继续办理为 13 件',
    where: 'applications.carriedOver.total',
    left: 4,
    right: 13,
  }]);
  assert.deepEqual(checks.get('2024-hz')?.map((c) => [c.ok, c.message]), [[true, '上年结转 8 件，与 2023 年报告的结转下年度一致']]);
});

test('a report of no year, or of no agency, is paired with none', () => {
  const reports = [
    makeReport({ id: 'nd-wu', agency: '戊镇', year: null, cells: { 'applications.carriedOver.total': 5, 'applications.carriedForward.total': 5 } }),
    makeReport({ id: '2023-wu', agency: '戊镇', year: 2023, cells: { 'applications.carriedOver.total': 6, 'applications.carriedForward.total': 5 } }),
    makeReport({ id: '2023-anon', agency: '戊镇', agencyKey: '', year: 2023, path: 'x/1.txt', cells: { 'applications.carriedForward.total': 2 } }),
    makeReport({ id: '2024-anon', agency: '戊镇', agencyKey: '', year: 2024, path: 'x/2.txt', cells: { 'applications.carriedOver.total': 3 } }),
  ];
  assert.deepEqual([...crossReportChecks(reports).keys()], []);
});

test('a blank 上年结转 this year leaves the carry-over out too', () => {
  const reports = [
    makeReport({ id: '2023-ji', agency: '己乡', year: 2023, cells: { 'applications.carriedForward.total': 3 } }),
    makeReport({ id: '2024-ji', agency: '己乡', year: 2024, cells: { 'applications.carriedOver.total': null } }),
  ];
  assert.equal(crossReportChecks(reports).has('2024-ji'), false);
});

test('in force: each of the four numbers blank leaves the check out; all four printed, a rule that holds says so', () => {
  const last = makeReport({ id: '2023-geng', agency: '庚县', year: 2023, cells: { 'activeDisclosure.regulations.inForce': 10 } });
  const cells = { 'activeDisclosure.regulations.issued': 3, 'activeDisclosure.regulations.repealed': 2, 'activeDisclosure.regulations.inForce': 11 };
  const now = (blank: string | null) => makeReport({ id: '2024-geng', agency: '庚县', year: 2024, cells: blank ? { ...cells, [blank]: null } : cells });
  assert.deepEqual(crossReportChecks([last, now(null)]).get('2024-geng')?.map((c) => [c.where, c.ok, c.message]), [
    ['activeDisclosure.regulations.inForce', true, '规章现行有效 11 件，与上年 10 + 制发 3 − 废止 2 一致'],
  ]);
  for (const blank of Object.keys(cells)) assert.equal(crossReportChecks([last, now(blank)]).has('2024-geng'), false, blank);
  const lastBlank = makeReport({ id: '2023-geng', agency: '庚县', year: 2023, cells: { 'activeDisclosure.regulations.inForce': null } });
  assert.equal(crossReportChecks([lastBlank, now(null)]).has('2024-geng'), false, 'last year blank');
});

test('a summary below the sum of its members’ counts is a contradiction; blanks are left out of the sum', () => {
  const counts = (c: Partial<Counts>) => c as Counts;
  const summary = counts({ newReceived: 10, reconsideration: 5, litigationDirect: 4, carriedOver: null });
  const members = [
    counts({ newReceived: 6, reconsideration: 2, litigationDirect: 4, carriedOver: 3 }),
    counts({ newReceived: 7, reconsideration: null, litigationDirect: null, carriedOver: 1 }),
    counts({ newReceived: null, reconsideration: 1, litigationDirect: null, carriedOver: null }),
  ];
  // 新收 6 + 7 = 13 above 10 (two members state it); 复议 2 + 1 = 3 within 5; 直接起诉 4 equals 4; 上年结转 blank in the summary.
  assert.deepEqual(summaryContradictions(summary, members, ['newReceived', 'reconsideration', 'litigationDirect', 'carriedOver']), [
    { key: 'newReceived', summary: 10, members: 13, reported: 2, excess: 3 },
  ]);
  assert.deepEqual(summaryContradictions(summary, members, ['reconsideration']), []);
});
