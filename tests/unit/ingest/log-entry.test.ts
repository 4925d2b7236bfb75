import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logEntry } from '../../../src/lib/ingest/process-file.ts';
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
