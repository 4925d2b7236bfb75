import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingOf } from '../../../src/lib/parse/sections.ts';
import { sectionHeading } from '../../../src/lib/template/sections.ts';

test('a section’s heading as the official format prints it: numeral, 、, title', () => {
  assert.equal(sectionHeading('applications'), '三、收到和处理政府信息公开申请情况');
  assert.equal(sectionHeading('problems'), '五、存在的主要问题及改进情况');
  assert.equal(sectionHeading('review'), '四、政府信息公开行政复议、行政诉讼情况');
});

test('each printed name of a section makes its numbered line that section’s heading', () => {
  const heading = (text: string) => headingOf({ cells: [text], place: { line: 7 } });
  const seen: [string, string][] = [
    ['一、总体情况', 'overview'],
    ['一、概述', 'overview'],
    ['二、主动公开政府信息情况', 'active'],
    ['三、收到和处理政府信息公开申请情况', 'applications'],
    ['三、依申请公开政府信息情况', 'applications'],
    ['三、政府信息公开申请情况', 'applications'],
    ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', 'review'],
    ['四、政府信息公开行政诉讼情况', 'review'],
    ['五、存在的不足及改进措施', 'problems'],
    ['五、存在的不足', 'problems'],
    ['五、主要问题', 'problems'],
    ['五、改进措施', 'problems'],
    ['六、其他需要报告的事项', 'other'],
    ['六、其他事项', 'other'],
    ['六、需要报告的事项', 'other'],
  ];
  for (const [text, key] of seen) assert.equal(heading(text), key, text);
  // The numeral must match the name: 二 does not head section 三.
  assert.equal(heading('二、收到和处理政府信息公开申请情况'), null);
  assert.equal(heading('一、主动公开政府信息情况'), null);
});

test('a table row run into the next heading is no heading: 结转下年度, 继续办理, 本年度办理结果', () => {
  const heading = (text: string) => headingOf({ cells: [text], place: { line: 31 } });
  assert.equal(heading('四、结转下年度继续办理 四、行政复议'), null);
  // Each word alone rules a line out, as a reader splits or shortens the row.
  assert.equal(heading('四、结转下年度 行政复议'), null);
  assert.equal(heading('四、继续办理 行政诉讼'), null);
  assert.equal(heading('三、本年度办理结果 申请情况'), null);
});
