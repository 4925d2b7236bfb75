/**
 * Conditions on measures, on the hand-checked RICH report (新收 40, 不予公开 3, 行政复议 10,
 * 予以公开 12 of 39 = 30.77%, 复议纠错 3 of 6 = 50%): each operator on each side of its boundary.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conditionHolds, conditionParam, conditionText, parseCondition, type Condition } from '../../../src/lib/measures/condition.ts';
import { countsOf } from '../../../src/lib/measures/values.ts';
import { makeReport, RICH } from '../fixture-reports.ts';

const counts = countsOf(RICH);
const holds = (key: Condition['key'], op: Condition['op'], value: number) => conditionHolds({ key, op, value }, counts);

test('counts: each operator at and around the value', () => {
  assert.deepEqual([holds('withheld', 'gt', 2), holds('withheld', 'gt', 3)], [true, false]);
  assert.deepEqual([holds('withheld', 'ge', 3), holds('withheld', 'ge', 4)], [true, false]);
  assert.deepEqual([holds('withheld', 'eq', 3), holds('withheld', 'eq', 2)], [true, false]);
  assert.deepEqual([holds('withheld', 'le', 3), holds('withheld', 'le', 2)], [true, false]);
  assert.deepEqual([holds('withheld', 'lt', 4), holds('withheld', 'lt', 3)], [true, false]);
  assert.equal(holds('reconsideration', 'gt', 0), true);
  assert.equal(holds('litigation', 'eq', 7), true, '直接起诉 5 + 复议后起诉 2');
});

test('rates are compared as percentages', () => {
  assert.equal(holds('grantedShare', 'ge', 30), true);
  assert.equal(holds('grantedShare', 'ge', 31), false);
  assert.equal(holds('reconsiderationCorrectedShare', 'eq', 50), true);
  assert.equal(holds('reconsiderationCorrectedShare', 'lt', 50), false);
});

test('a blank meets no condition, not even “< 1” or “= 0”', () => {
  const blank = countsOf(makeReport());
  for (const op of ['gt', 'ge', 'eq', 'le', 'lt'] as const) assert.equal(conditionHolds({ key: 'reconsideration', op, value: 0 }, blank), false, op);
  assert.equal(conditionHolds({ key: 'grantedShare', op: 'le', value: 100 }, blank), false);
});

test('in words, and in an address and back', () => {
  assert.equal(conditionText({ key: 'reconsideration', op: 'gt', value: 0 }), '行政复议 > 0');
  assert.equal(conditionText({ key: 'withheld', op: 'ge', value: 5 }), '不予公开 ≥ 5');
  assert.equal(conditionText({ key: 'grantedShare', op: 'le', value: 50 }), '予以公开比例 ≤ 50%');
  const c: Condition = { key: 'withheldShare', op: 'lt', value: 12.5 };
  assert.equal(conditionParam(c), 'withheldShare.lt.12.5');
  assert.deepEqual(parseCondition(conditionParam(c)), c);
  assert.deepEqual(parseCondition('newReceived.ge.-2'), { key: 'newReceived', op: 'ge', value: -2 });
  for (const bad of ['x.gt.1', 'newReceived.gt.', 'newReceived.over.1', 'newReceived.gt.1e3', '']) assert.equal(parseCondition(bad), null, bad);
});
