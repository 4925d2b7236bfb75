/**
 * Conditions on measures, on the hand-checked RICH report (新收 40, 不予公开 3, 行政复议 10,
 * 予以公开 12 of 39 = 30.77%, 复议纠错 3 of 6 = 50%): each operator on each side of its boundary.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OPERATOR_KEYS, conditionHolds, conditionParam, conditionText, parseCondition, type Condition } from '../../../src/lib/measures/condition.ts';
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

test('the tolerance is inclusive: a value exactly 1e-9 away is equal, and neither above nor below', () => {
  // 复议 总计 printed 0: the value 0, against -1e-9 and 1e-9.
  const zero = countsOf(makeReport({ cells: { 'reviewLitigation.reconsideration.total': 0 } }));
  const at = (op: Condition['op'], value: number) => conditionHolds({ key: 'reconsideration', op, value }, zero);
  assert.deepEqual([at('eq', -1e-9), at('eq', 1e-9), at('eq', 2e-9)], [true, true, false]);
  assert.deepEqual([at('gt', -1e-9), at('gt', -2e-9)], [false, true]);
  assert.deepEqual([at('ge', 1e-9), at('ge', 2e-9)], [true, false]);
  assert.deepEqual([at('le', -1e-9), at('le', -2e-9)], [true, false]);
  assert.deepEqual([at('lt', 1e-9), at('lt', 2e-9)], [false, true]);
  // 予以公开 1 of 3: 33.333…% is 33.3333333333 within the tolerance, and not 33.3333.
  const third = countsOf(makeReport({ cells: { 'applications.granted.total': 1, 'applications.totalProcessed.total': 3 } }));
  assert.equal(conditionHolds({ key: 'grantedShare', op: 'eq', value: 33.3333333333 }, third), true);
  assert.equal(conditionHolds({ key: 'grantedShare', op: 'eq', value: 33.3333 }, third), false);
});

test('every operator in words and in its address form', () => {
  assert.deepEqual(OPERATOR_KEYS, ['gt', 'ge', 'eq', 'le', 'lt']);
  assert.equal(conditionText({ key: 'litigation', op: 'eq', value: 7 }), '行政诉讼 = 7');
  assert.equal(conditionText({ key: 'withheldShare', op: 'lt', value: 12.5 }), '不予公开比例 < 12.5%');
  assert.deepEqual(parseCondition('grantedShare.ge.33.25'), { key: 'grantedShare', op: 'ge', value: 33.25 });
  assert.deepEqual(parseCondition('  litigation.eq.7 '), { key: 'litigation', op: 'eq', value: 7 }, 'spaces around it are no part of it');
  for (const bad of ['!litigation.eq.7', 'litigation.eq.7x', 'litigation.eq.7.', 'litigation.eq..5', 'litigation.eq.--7', 'litigation..eq.7']) assert.equal(parseCondition(bad), null, bad);
});
