import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportCore } from '../../../src/lib/site/core.ts';
import { reportCsvText } from '../../../src/lib/present/report-csv.ts';
import { makeReport } from '../fixture-reports.ts';

test('a report core keeps the numbers, the failed checks and the first error and warning, not the text', () => {
  const report = makeReport({
    cells: { 'applications.newReceived.total': 12 },
    checks: [
      { id: 'balance', ok: true, message: '平衡' },
      { id: 'rowTotal', ok: false, message: '第（一）行合计不等' },
    ],
  });
  report.sections.overview = '很长的正文……';
  report.notes = [
    { level: 'info', code: 'unit-converted', message: '信息' },
    { level: 'warning', code: 'cell-ambiguous', message: '第一个警告' },
    { level: 'warning', code: 'row-cells', message: '第二个警告' },
    { level: 'error', code: 'table-missing', message: '错误' },
  ];
  const core = reportCore(report);
  assert.equal(core.applications.newReceived.total, 12);
  assert.deepEqual(core.checks, [{ id: 'rowTotal', ok: false, message: '第（一）行合计不等' }]);
  assert.deepEqual(core.notes.map((n) => n.message), ['错误', '第一个警告']);
  assert.equal('sections' in core, false);
});

test('a report’s own CSV is its rows of cells.csv with the same header and a BOM', () => {
  const report = makeReport({ id: '2024-qian-dian-zhen', agency: '钱店镇', cells: { 'applications.newReceived.total': 12, 'applications.granted.total': 5 }, inferred: ['applications.newReceived.total'] });
  report.places = { 'applications.granted.total': { page: 4, line: 17, column: 8 } };
  const lines = reportCsvText(report).split('\n');
  assert.equal(lines[0], '\ufeffid,agency,year,table,row,column,value,inferred,uncertain,page,line');
  assert.ok(lines.includes('2024-qian-dian-zhen,钱店镇,2024,三,newReceived,total,12,true,,,'));
  assert.ok(lines.includes('2024-qian-dian-zhen,钱店镇,2024,三,granted,total,5,,,4,17'));
  assert.ok(lines.includes('2024-qian-dian-zhen,钱店镇,2024,三,granted,naturalPerson,,,,,'));
  // 10 numbers of table 二 (2021), 25 × 7 of table 三, 15 of table 四, the header and a final newline
  assert.equal(lines.length, 1 + 10 + 175 + 15 + 1);
});
