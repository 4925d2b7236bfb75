import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportCore } from '../../../src/lib/site/core.ts';
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

test('a report core keeps the note saying a table was blank or run together, and the first warning besides it', () => {
  const report = makeReport();
  report.notes = [
    { level: 'warning', code: 'cells-run-together', message: '表三各行印出了数字' },
    { level: 'warning', code: 'cell-ambiguous', message: '另一个警告' },
    { level: 'warning', code: 'row-cells', message: '第三个警告' },
    { level: 'warning', code: 'table-blank', message: '表四未填写' },
  ];
  assert.deepEqual(reportCore(report).notes.map((n) => n.message), ['表三各行印出了数字', '表四未填写', '另一个警告']);
});
