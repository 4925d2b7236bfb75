import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APPLICATION_COLUMNS } from '../../../src/lib/template/applications.ts';
import { applicationsLayout, type LayoutCell } from '../../../src/lib/template/applications-layout.ts';

const spans = (row: LayoutCell[]) => row.map((c) => [c.text || c.content.kind, c.colspan, c.rowspan]);

test('the official header of table 三: 申请人情况 over all seven columns, 自然人 and 总计 down two rows', () => {
  const { head } = applicationsLayout('2021');
  assert.deepEqual(spans(head[0]!), [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3], ['申请人情况', 7, 1]]);
  assert.deepEqual(spans(head[1]!), [['自然人', 1, 2], ['法人或其他组织', 5, 1], ['总计', 1, 2]]);
  assert.deepEqual(head[2]!.map((c) => c.text), ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
});

test('a table printed without 其他: the spans shrink with it', () => {
  const { head, body } = applicationsLayout('2021', APPLICATION_COLUMNS.filter((c) => c.key !== 'otherOrganization'));
  assert.equal(head[0]![1]!.colspan, 6);
  assert.equal(head[1]![1]!.colspan, 4);
  assert.equal(body[0]!.filter((c) => c.content.kind === 'value').length, 6);
});

test('2021 body: 25 rows; 三、本年度办理结果 down the 22 result rows, each group of several rows down its rows', () => {
  const { body, rows } = applicationsLayout('2021');
  assert.equal(body.length, 25);
  assert.equal(rows[0], 'newReceived');
  assert.deepEqual(spans(body[0]!.slice(0, 1)), [['一、本年新收政府信息公开申请数量', 3, 1]]);
  assert.deepEqual(spans(body[2]!.slice(0, 2)), [['三、本年度办理结果', 1, 22], ['（一）予以公开', 2, 1]]);
  assert.deepEqual(spans(body[4]!.slice(0, 2)), [['（三）不予公开', 1, 8], ['1.属于国家秘密', 1, 1]]);
  assert.deepEqual(spans(body[5]!.slice(0, 1)), [['2.其他法律行政法规禁止公开', 1, 1]]);
  const other = body[rows.indexOf('otherOverdueCorrection')]!;
  assert.deepEqual(spans(other.slice(0, 1)), [['（六）其他处理', 1, 3]]);
  // Every row fills the grid: 3 label columns and 7 values, counting the cells merged down into it.
  assert.equal(body[0]!.reduce((n, c) => n + c.colspan, 0), 10);
});

test('2019 body: 23 rows; （六）其他处理 is one row across two label columns', () => {
  const { body, rows } = applicationsLayout('2019');
  assert.equal(body.length, 23);
  assert.equal(body[2]![0]!.rowspan, 20);
  const other = body[rows.indexOf('otherOther')]!;
  assert.deepEqual(spans(other.slice(0, 1)), [['（六）其他处理', 2, 1]]);
  assert.deepEqual(other[0]!.content, { kind: 'row', row: 'otherOther', group: 'other' });
});

test('each cell says what it holds, so that each rendering fills it in: header parts, columns, labels, values', () => {
  const { head, body, rows } = applicationsLayout('2021');
  assert.deepEqual(head[0]!.map((c) => c.content), [{ kind: 'identityNote' }, { kind: 'applicants' }]);
  assert.deepEqual(head[1]!.map((c) => c.content), [{ kind: 'column', column: 'naturalPerson' }, { kind: 'organisations' }, { kind: 'column', column: 'total' }]);
  assert.deepEqual(head[2]![0]!.content, { kind: 'column', column: 'commercialEnterprise' });
  assert.deepEqual(body[2]![0]!.content, { kind: 'results' });
  assert.deepEqual(body[2]![1]!.content, { kind: 'row', row: 'granted', group: 'granted' });
  assert.deepEqual(body[4]![0]!.content, { kind: 'group', group: 'withheld' });
  assert.deepEqual(body[4]![1]!.content, { kind: 'row', row: 'withheldStateSecret', group: 'withheld' });
  // A value cell is printed empty: the rendering puts the report's number there.
  const values = body[4]!.slice(2);
  assert.deepEqual(values[0], { content: { kind: 'value', row: 'withheldStateSecret', column: 'naturalPerson' }, text: '', colspan: 1, rowspan: 1 });
  assert.deepEqual(values.map((c) => c.text), ['', '', '', '', '', '', '']);
  // 四、结转下年度继续办理, the last row, prints across all three label columns, outside the results.
  const last = body[rows.indexOf('carriedForward')]!;
  assert.equal(rows.indexOf('carriedForward'), 24);
  assert.deepEqual(spans(last.slice(0, 2)), [['四、结转下年度继续办理', 3, 1], ['value', 1, 1]]);
});

test('2019: a group of one row prints its own label; only （六）其他处理 prints the 2019 one', () => {
  const { body } = applicationsLayout('2019');
  assert.deepEqual(spans(body[2]!.slice(0, 2)), [['三、本年度办理结果', 1, 20], ['（一）予以公开', 2, 1]]);
  assert.deepEqual(spans(body[3]!.slice(0, 1)), [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2, 1]]);
});
