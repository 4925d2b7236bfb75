import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryOf, failedEntry, skippedEntry } from '../../../src/lib/ingest/log-entry.ts';
import { logEntry } from '../../../src/lib/ingest/log-entry.ts';
import { makeReport } from '../fixture-reports.ts';

test('log messages name the file and the place: file:line, or file.pdf:pPAGE:LINE', () => {
  const report = makeReport();
  report.source.path = '2024/huaian.pdf';
  report.notes = [
    { level: 'warning', code: 'cell-ambiguous', message: '表三“3.其他”行：缺少一个数字', line: 12, page: 3 },
    { level: 'error', code: 'table-missing', message: '未找到表四', line: 40 },
    { level: 'error', code: 'year-missing', message: '未能识别报告所属年度' },
    { level: 'info', code: 'cell-inferred', message: '推算', line: 7, page: 2 },
  ];
  assert.deepEqual(logEntry(report).messages, [
    '2024/huaian.pdf:p3:12: warning: cell-ambiguous: 表三“3.其他”行：缺少一个数字',
    '2024/huaian.pdf:40: error: table-missing: 未找到表四',
    '2024/huaian.pdf: error: year-missing: 未能识别报告所属年度',
  ]);
});

test('a workbook’s notes name the sheet and the cell as Excel writes a reference: file.xlsx:表三!J44', () => {
  const report = makeReport();
  report.source.path = 'hongqi.xlsx';
  report.source.format = 'xls';
  report.notes = [
    { level: 'warning', code: 'cell-ambiguous', message: '缺少一个数字', line: 44, sheet: '表三', cell: 'J44' },
    { level: 'warning', code: 'cell-ambiguous', message: '该行留空', line: 45, sheet: '表三' },
  ];
  assert.deepEqual(logEntry(report).messages, [
    'hongqi.xlsx:表三!J44: warning: cell-ambiguous: 缺少一个数字',
    'hongqi.xlsx:表三!45:45: warning: cell-ambiguous: 该行留空',
  ]);
});

test('each line of a report’s entry is a coded problem with its place; failed checks are one problem more', () => {
  const report = makeReport({ checks: [{ id: 'balance', ok: false, message: '不平衡' }, { id: 'prose', ok: false, message: '正文不符' }, { id: 'balance', ok: false, message: '又不平衡' }, { id: 'review', ok: true, message: '平' }] });
  report.source.path = '2024/huaian.pdf';
  report.notes = [
    { level: 'warning', code: 'cell-ambiguous', message: '表三“3.其他”行：缺少一个数字', line: 12, page: 3 },
    { level: 'info', code: 'cell-inferred', message: '推算', line: 7, page: 2 },
  ];
  const entry = logEntry(report);
  assert.deepEqual(entry.problems, [
    { where: '2024/huaian.pdf:p3:12', level: 'warning', code: 'cell-ambiguous', message: '表三“3.其他”行：缺少一个数字' },
    { where: '2024/huaian.pdf', code: 'checks-failed', message: '3 check(s) failed: balance, prose' },
  ]);
  assert.deepEqual(entry.messages, ['2024/huaian.pdf:p3:12: warning: cell-ambiguous: 表三“3.其他”行：缺少一个数字', '2024/huaian.pdf: checks-failed: 3 check(s) failed: balance, prose']);
});

test('a file that gave no report: its one problem coded, skipped ones saying so in the line', () => {
  assert.deepEqual(failedEntry('2024/x.pdf', 'unreadable-pdf', 'PDF is encrypted'), {
    path: '2024/x.pdf',
    status: 'failed',
    messages: ['2024/x.pdf: unreadable-pdf: PDF is encrypted'],
    problems: [{ where: '2024/x.pdf', code: 'unreadable-pdf', message: 'PDF is encrypted' }],
  });
  const skipped = skippedEntry('a.txt', 'not-a-report', 'no mention of 政府信息公开');
  assert.equal(skipped.status, 'skipped');
  assert.deepEqual(skipped.messages, ['a.txt: not-a-report: skipped, no mention of 政府信息公开']);
  assert.deepEqual(skipped.problems.map((p) => p.code), ['not-a-report']);
});

test('a summary line comes first and is no problem', () => {
  const entry = entryOf('agencies.csv', 'skipped', [{ where: 'agencies.csv:3', code: 'manifest-code', message: '"99" is not a division code' }], { summary: ['agencies.csv: manifest: 2 row(s)'] });
  assert.deepEqual(entry.messages, ['agencies.csv: manifest: 2 row(s)', 'agencies.csv:3: manifest-code: "99" is not a division code']);
  assert.equal(entry.problems.length, 1);
  assert.equal('id' in entry, false);
});
