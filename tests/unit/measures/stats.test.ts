import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSolid, median, share, SMALL_DENOMINATOR } from '../../../src/lib/measures/stats.ts';

test('median of an odd count is the middle value, of an even count the mean of the two middle ones', () => {
  assert.equal(median([9, 1, 5]), 5);
  // sorted 1 3 7 40 → (3 + 7) / 2
  assert.equal(median([40, 3, 1, 7]), 5);
  // blanks are not zeros: median of 2, 8 → 5
  assert.equal(median([null, 2, 8, null]), 5);
  assert.equal(median([null]), null);
});

test('share is blank when the denominator is 0 or blank, and flags small denominators', () => {
  assert.equal(SMALL_DENOMINATOR, 10);
  assert.deepEqual(share(3, 4), { value: 0.75, numerator: 3, denominator: 4, small: true });
  assert.deepEqual(share(9, 10), { value: 0.9, numerator: 9, denominator: 10, small: false });
  assert.deepEqual(share(0, 0), { value: null, numerator: 0, denominator: 0, small: false });
  assert.equal(share(null, 20).value, null);
  assert.equal(share(5, null).value, null);
});

test('only defined rates on a denominator of at least 10 are solid', () => {
  assert.equal(isSolid(share(1, 9)), false);
  assert.equal(isSolid(share(1, 10)), true);
  assert.equal(isSolid(share(0, 0)), false);
});

test('median: undefined is no value either, and the values are ordered as numbers, not as text', () => {
  // as text 100 < 25 < 3; as numbers 3 < 25 < 100
  assert.equal(median([100, undefined, 3, 25]), 25);
  assert.equal(median([undefined]), null);
  assert.equal(median([12]), 12);
  assert.equal(median([30, 4]), 17);
});

test('share: a blank numerator over a positive denominator is blank but still says whether the denominator is small', () => {
  assert.deepEqual(share(null, 6), { value: null, numerator: null, denominator: 6, small: true });
  assert.deepEqual(share(7, null), { value: null, numerator: 7, denominator: null, small: false });
  assert.deepEqual(share(2, 1), { value: 2, numerator: 2, denominator: 1, small: true });
  assert.equal(isSolid(share(null, 40)), false, 'blank on a large denominator');
  assert.equal(isSolid(share(3, 40)), true);
});
