/**
 * Table 三's columns come from its header, unless the rows say the header was misread
 * (reconcile.ts settleColumns). Expected cells are the printed numbers below, read by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReport } from '../../../src/lib/parse/report.ts';
import { textToDocument } from '../../../src/lib/read/text.ts';

function parse(header: string, rows: string[][]) {
  const text = [
    '钱店镇2024年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
    header,
    ...rows.map((r) => r.join('\t')),
  ].join('\n');
  const report = parseReport(textToDocument(text));
  assert.ok(!('notReport' in report));
  return report;
}

test('a header that seems one column short, over rows of seven numbers: read as the seven official columns', () => {
  // The header leaves out 其他; every row still prints seven numbers.
  const r = parse('\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t总计', [
    ['一、本年新收政府信息公开申请数量', '5', '1', '0', '0', '0', '2', '8'],
    ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
    ['（七）总计', '6', '1', '0', '0', '0', '2', '9'],
  ]);
  assert.deepEqual(Object.values(r.applications.newReceived), [5, 1, 0, 0, 0, 2, 8]);
  assert.deepEqual(r.missingColumns, []);
  assert.ok(r.notes.some((n) => n.level === 'info' && n.code === 'row-cells' && n.message === '表三：表头似乎少一列，但多数行有七个数字，按七列读取'), JSON.stringify(r.notes));
});

test('a header read short of several columns, over rows of six numbers: the six columns without 其他', () => {
  const r = parse('\t自然人\t商业企业\t科研机构\t总计', [
    ['一、本年新收政府信息公开申请数量', '5', '1', '0', '0', '0', '6'],
    ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '1'],
    ['（七）总计', '6', '1', '0', '0', '0', '7'],
  ]);
  assert.deepEqual(r.applications.newReceived, {
    naturalPerson: 5,
    commercialEnterprise: 1,
    researchInstitution: 0,
    socialWelfareOrganization: 0,
    legalServiceOrganization: 0,
    otherOrganization: null,
    total: 6,
  });
  assert.deepEqual(r.missingColumns, ['otherOrganization']);
  assert.ok(r.notes.some((n) => n.level === 'warning' && n.code === 'row-cells' && n.message.includes('按不含“其他”列的六列读取')), JSON.stringify(r.notes));
});
