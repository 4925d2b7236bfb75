import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EDITIONS } from '../../../src/lib/template/editions.ts';

test('the official format has two editions, 2019 and 2021, oldest first', () => {
  assert.deepEqual(EDITIONS, ['2019', '2021']);
});
