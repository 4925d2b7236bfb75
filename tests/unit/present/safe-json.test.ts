import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scriptJson } from '../../../src/lib/present/safe-json.ts';

test('report text cannot close or alter a JSON script block, and reads back unchanged', () => {
  const data = { title: '</script><script>alert(1)</script><!-- & \u2028' };
  const json = scriptJson(data);
  assert.doesNotMatch(json, /[<>&\u2028]/);
  assert.deepEqual(JSON.parse(json), data);
});
