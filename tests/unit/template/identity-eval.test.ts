import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, excess, solve } from '../../../src/lib/template/identity-eval.ts';

const BALANCE = { left: ['new', 'carried'], right: ['processed', 'forward'] };
const lookup = (cells: Record<string, number | null>) => (key: string) => cells[key];

test('an identity that holds: both sums, their terms, difference 0', () => {
  const r = evaluate(BALANCE, lookup({ new: 40, carried: 2, processed: 39, forward: 3 }));
  assert.deepEqual(r, {
    left: [{ key: 'new', value: 40 }, { key: 'carried', value: 2 }],
    right: [{ key: 'processed', value: 39 }, { key: 'forward', value: 3 }],
    leftSum: 42,
    rightSum: 42,
    difference: 0,
    holds: true,
  });
});

test('an identity that fails says by how much, left minus right', () => {
  const r = evaluate(BALANCE, lookup({ new: 40, carried: 2, processed: 35, forward: 3 }));
  assert.equal(r?.holds, false);
  assert.equal(r?.leftSum, 42);
  assert.equal(r?.rightSum, 38);
  assert.equal(r?.difference, 4);
});

test('a blank cell makes the identity untestable: a blank is not 0', () => {
  assert.equal(evaluate(BALANCE, lookup({ new: 40, carried: null, processed: 39, forward: 1 })), null);
});

test('a cell the report does not have is left out; a side with no cell left is untestable', () => {
  // No 其他 column: the row total is the sum of the applicant columns printed.
  const rowTotal = { left: ['natural', 'commercial', 'other'], right: ['total'] };
  const r = evaluate(rowTotal, lookup({ natural: 5, commercial: 2, total: 7 }));
  assert.equal(r?.holds, true);
  assert.deepEqual(r?.left.map((t) => t.key), ['natural', 'commercial']);
  assert.equal(evaluate(rowTotal, lookup({ natural: 5, commercial: 2 })), null, 'no total column');
});

test('sums of money compare at a millionth: 0.1 + 0.2 equals 0.3', () => {
  const r = evaluate({ left: ['a', 'b'], right: ['c'] }, lookup({ a: 0.1, b: 0.2, c: 0.3 }));
  assert.equal(r?.holds, true);
  assert.equal(r?.leftSum, 0.3);
});

test('solve gives the value a missing cell must hold, on either side', () => {
  const cells = lookup({ new: 40, carried: 2, processed: null, forward: 3 });
  assert.equal(solve(BALANCE, 'processed', cells), 39, '40 + 2 − 3');
  assert.equal(solve(BALANCE, 'new', lookup({ new: null, carried: 2, processed: 39, forward: 3 })), 40, '39 + 3 − 2');
  // What the lookup says of the cell solved for does not matter.
  assert.equal(solve(BALANCE, 'forward', lookup({ new: 40, carried: 2, processed: 39, forward: 99 })), 3);
  assert.equal(solve({ left: ['a', 'b'], right: ['t'] }, 't', lookup({ a: 0.1, b: 0.2, t: null })), 0.3);
});

test('solve is null when another cell is blank, when the other side has no cell, or for a cell not in the identity', () => {
  assert.equal(solve(BALANCE, 'processed', lookup({ new: 40, carried: null, processed: null, forward: 3 })), null);
  assert.equal(solve({ left: ['a', 'b'], right: ['t'] }, 'a', lookup({ b: 3 })), null, 'no total to solve against');
  assert.equal(solve(BALANCE, 'elsewhere', lookup({ new: 1, carried: 1, processed: 1, forward: 1 })), null);
  // A negative result is returned as computed: deciding that a count cannot be negative is the caller's.
  assert.equal(solve({ left: ['a', 'b'], right: ['t'] }, 'a', lookup({ b: 5, t: 3 })), -2);
});

test('an identity with a blank still rules out filled cells that exceed the complete side', () => {
  // 42 received (40 new + 2 carried over) cannot have been processed 57 times, whatever was carried forward.
  const r = excess(BALANCE, lookup({ new: 40, carried: 2, processed: 57, forward: null }));
  assert.deepEqual(r, {
    part: [{ key: 'processed', value: 57 }],
    partSum: 57,
    blanks: ['forward'],
    whole: [{ key: 'new', value: 40 }, { key: 'carried', value: 2 }],
    wholeSum: 42,
    partSide: 'right',
  });
  // A row: 自然人 13364252 beside a blank, while the row's 总计 is 13616.
  const rowTotal = { left: ['natural', 'commercial', 'other'], right: ['total'] };
  const row = excess(rowTotal, lookup({ natural: 13364252, commercial: null, other: 19, total: 13616 }));
  assert.equal(row?.partSide, 'left');
  assert.equal(row?.partSum, 13364271);
  assert.equal(row?.wholeSum, 13616);
  assert.deepEqual(row?.blanks, ['commercial']);
});

test('the bound says nothing when it holds, when both sides or neither have blanks, or a side has nothing filled', () => {
  assert.equal(excess(BALANCE, lookup({ new: 40, carried: 2, processed: 39, forward: null })), null, 'holds: 39 ≤ 42');
  assert.equal(excess(BALANCE, lookup({ new: 40, carried: 2, processed: 42, forward: null })), null, 'holds at equality');
  assert.equal(excess(BALANCE, lookup({ new: 40, carried: 2, processed: 57, forward: 3 })), null, 'complete: evaluate tests it');
  assert.equal(excess(BALANCE, lookup({ new: 40, carried: null, processed: 57, forward: null })), null, 'blanks on both sides');
  assert.equal(excess(BALANCE, lookup({ new: 40, carried: 2, processed: null, forward: null })), null, 'nothing filled on the blank side');
});

test('a left side with no cell the report has is untestable too, as a right side is', () => {
  const rowTotal = { left: ['natural', 'commercial', 'other'], right: ['total'] };
  assert.equal(evaluate(rowTotal, lookup({ total: 7 })), null, 'no applicant column');
});

test('the bound leaves out cells the report does not have, on either side', () => {
  // No 其他 column; 商业企业 blank: 自然人 21 alone is above the row's 总计 of 16.
  const rowTotal = { left: ['natural', 'commercial', 'other'], right: ['total'] };
  const r = excess(rowTotal, lookup({ natural: 21, commercial: null, total: 16 }));
  assert.deepEqual(r, {
    part: [{ key: 'natural', value: 21 }],
    partSum: 21,
    blanks: ['commercial'],
    whole: [{ key: 'total', value: 16 }],
    wholeSum: 16,
    partSide: 'left',
  });
  const balance = excess(BALANCE, lookup({ new: 40, processed: 57, forward: null }));
  assert.deepEqual(balance?.whole, [{ key: 'new', value: 40 }], 'no 上年结转 cell: the whole is 新收 alone');
  assert.equal(balance?.wholeSum, 40);
});

test('the bound says nothing when the complete side has no cell at all: there is no total to exceed', () => {
  const rowTotal = { left: ['natural', 'commercial', 'other'], right: ['total'] };
  assert.equal(excess(rowTotal, lookup({ natural: 21, commercial: null })), null, 'no 总计 column');
  assert.equal(excess(BALANCE, lookup({ processed: 57, forward: null })), null, 'no received cell');
});

test('the bound names no excess of a side with nothing filled, even over a whole read below 0', () => {
  // A misread minus sign: −3 in 总计. With no cell filled on the blank side there is no number to blame.
  const rowTotal = { left: ['natural', 'commercial', 'other'], right: ['total'] };
  assert.equal(excess(rowTotal, lookup({ natural: null, commercial: null, total: -3 })), null);
});
