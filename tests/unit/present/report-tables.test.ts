import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicationsTable, reviewTable } from '../../../src/lib/present/report-tables.ts';
import { makeReport } from '../fixture-reports.ts';

test('table 三 has the official three-row header and merged group cells (2021 edition)', () => {
  const t = applicationsTable(makeReport());
  assert.equal(t.head.length, 3);
  assert.deepEqual(t.head[0]!.map((c) => [c.colspan, c.rowspan]), [[3, 3], [7, undefined]]);
  assert.equal(t.body.length, 25);
  // 三、本年度办理结果 spans the 22 result rows, （三）不予公开 its 8 reasons
  const results = t.body[2]![0]!;
  assert.equal(results.text, '三、本年度办理结果');
  assert.equal(results.rowspan, 22);
  const withheld = t.body.flat().find((c) => c.text === '（三）不予公开')!;
  assert.equal(withheld.rowspan, 8);
});

test('the 2019 edition prints （六）其他处理 as one row', () => {
  const t = applicationsTable(makeReport({ template: '2019' }));
  assert.equal(t.body.length, 23);
  const other = t.body.flat().find((c) => c.text === '（六）其他处理')!;
  assert.equal(other.colspan, 2);
});

test('blanks stay blank, zeros print, inferred cells and rows are marked', () => {
  const t = applicationsTable(
    makeReport({
      cells: { 'applications.newReceived.naturalPerson': 0, 'applications.newReceived.total': 1234 },
      inferred: ['applications.newReceived.total', 'applications.granted'],
    }),
  );
  const row = t.body[0]!;
  const values = row.filter((c) => !c.header);
  assert.equal(values[0]!.text, '0');
  assert.equal(values[1]!.text, '');
  assert.equal(values[6]!.text, '1,234');
  assert.equal(values[6]!.inferred, true);
  assert.equal(values[0]!.inferred, false);
  const grantedLabel = t.body[2]!.find((c) => c.text === '（一）予以公开')!;
  assert.equal(grantedLabel.inferredRow, true);
});

test('a number a scan\'s OCR could not read with confidence is blank and marked as such, not as inferred', () => {
  const report = { ...makeReport({ cells: { 'applications.newReceived.total': 1234 } }), uncertain: ['applications.newReceived.naturalPerson'] };
  const values = applicationsTable(report).body[0]!.filter((c) => !c.header);
  assert.deepEqual([values[0]!.text, values[0]!.uncertain, values[0]!.inferred, values[0]!.note], ['', true, undefined, '扫描件上识别不确定，留空']);
  assert.equal(values[1]!.uncertain, undefined);
  assert.equal(values[6]!.text, '1,234');
});

test('table 四 is one row of 15 under a three-row header', () => {
  const t = reviewTable(makeReport({ cells: { 'reviewLitigation.litigationDirect.total': 2 } }));
  assert.equal(t.body[0]!.length, 15);
  assert.equal(t.body[0]![9]!.text, '2');
  assert.deepEqual(t.head[1]!.slice(5).map((c) => c.text), ['未经复议直接起诉', '复议后起诉']);
});
