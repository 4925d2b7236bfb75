/** The headings of the 2007 outline, which tell a report under the old 条例 apart when its year is unknown. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PRE2019_OUTLINE } from '../../../src/lib/template/pre2019.ts';

test('each heading of the 2007 outline is found, with and without its optional words', () => {
  for (const heading of [
    '三、依申请公开政府信息情况',
    '三、依申请公开政府信息的情况',
    '四、政府信息公开的收费及减免情况',
    '四、收费及减免情况',
    '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
    '五、因政府信息公开申请提起行政复议、行政诉讼的情况',
  ]) assert.ok(PRE2019_OUTLINE.test(heading), heading);
});

test('the headings of the 2019 and 2021 editions are not the old outline', () => {
  for (const heading of ['三、收到和处理政府信息公开申请情况', '二、主动公开政府信息情况', '四、政府信息公开行政复议、行政诉讼情况'])
    assert.equal(PRE2019_OUTLINE.test(heading), false, heading);
});
