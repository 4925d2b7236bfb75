import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sectionHeading } from '../../../src/lib/template/sections.ts';

test('a section’s heading as the official format prints it: numeral, 、, title', () => {
  assert.equal(sectionHeading('applications'), '三、收到和处理政府信息公开申请情况');
  assert.equal(sectionHeading('problems'), '五、存在的主要问题及改进情况');
  assert.equal(sectionHeading('review'), '四、政府信息公开行政复议、行政诉讼情况');
});
