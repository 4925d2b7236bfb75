import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roundSum, sumIfComplete, sumOfKnown } from '../../../src/lib/template/sums.ts';

test('sumOfKnown skips blanks and absent values, and is blank when nothing is known', () => {
  assert.equal(sumOfKnown([3, null, 4, undefined]), 7);
  assert.equal(sumOfKnown([0, null]), 0, 'a printed 0 is known');
  assert.equal(sumOfKnown([null, undefined]), null);
  assert.equal(sumOfKnown([]), null);
});

test('sumIfComplete is blank as soon as one value is blank or absent', () => {
  assert.equal(sumIfComplete([3, 4, 0]), 7);
  assert.equal(sumIfComplete([3, null, 4]), null);
  assert.equal(sumIfComplete([3, undefined]), null);
  assert.equal(sumIfComplete([]), 0);
});

test('sums of amounts in 万元 are rounded to a millionth, so float noise never shows', () => {
  // 0.1 + 0.2 is 0.30000000000000004 in floating point.
  assert.equal(sumOfKnown([0.1, 0.2]), 0.3);
  assert.equal(sumIfComplete([0.1, 0.2, null]), null);
  assert.equal(sumIfComplete([96171.6, 0.25]), 96171.85);
  assert.equal(roundSum(1.0000004), 1);
  assert.equal(roundSum(2.5e-7 + 1), 1);
  assert.equal(roundSum(-0.0000015), -0.000001);
});
