import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreement, gapReadings } from '../../../src/lib/parse/gaps.ts';

const ROW = { left: ['a', 'b', 'c'], right: ['t'] };
const SLOTS = ['a', 'b', 'c', 't'];

test('a row short of its total: only the reading with the total missing needs no negative count', () => {
  const readings = gapReadings(SLOTS, [35, 0, 0], [ROW]);
  assert.deepEqual(readings, [{ gap: 3, cells: [35, 0, 0, 35] }]);
});

test('an all-zero row short of one cell: every reading agrees, none knows which cell was missing', () => {
  const readings = gapReadings(SLOTS, [0, 0, 0], [ROW]);
  assert.equal(readings.length, 4);
  assert.deepEqual(agreement(readings, 4), { cells: [0, 0, 0, 0], disagree: [], uncertain: [0, 1, 2, 3] });
});

test('readings that disagree leave those cells null', () => {
  const readings = gapReadings(SLOTS, [1, 1, 2], [ROW]);
  // gap a: b=1,c=1,t=2 → a=0; gap b: a=1,c=1 → b=0; gap c: c=0; gap t: t=4.
  assert.deepEqual(readings.map((r) => r.cells), [[0, 1, 1, 2], [1, 0, 1, 2], [1, 1, 0, 2], [1, 1, 2, 4]]);
  assert.deepEqual(agreement(readings.slice(0, 3), 4).disagree, [0, 1, 2]);
});

test('other identities of the row must hold (section 四: three groups of five)', () => {
  const slots = ['r.a', 'r.t', 'l.a', 'l.t'];
  const ids = [{ left: ['r.a'], right: ['r.t'] }, { left: ['l.a'], right: ['l.t'] }];
  // Printed 2 2 3: only a gap in the second group leaves the first group whole; both such
  // readings give the same cells.
  const readings = gapReadings(slots, [2, 2, 3], ids);
  assert.deepEqual(readings.map((r) => r.gap), [2, 3]);
  assert.deepEqual(readings.map((r) => r.cells), [[2, 2, 3, 3], [2, 2, 3, 3]]);
  // Printed 2 3 3: the first group is broken whichever cell of the second is missing.
  assert.deepEqual(gapReadings(slots, [2, 3, 3], ids).map((r) => r.gap), [0, 1]);
});

test('agreement: the cells the readings disagree on are null; a disagreeing gap is not called uncertain', () => {
  const readings = gapReadings(SLOTS, [1, 1, 2], [ROW]);
  // The first three readings: 0 1 1 2, 1 0 1 2, 1 1 0 2.
  assert.deepEqual(agreement(readings.slice(0, 3), 4), { cells: [null, null, null, 2], disagree: [0, 1, 2], uncertain: [] });
  // Two readings that agree but for the gap of one: 0 1 1 2 (gap 0) and 1 1 2 4 (gap 3).
  assert.deepEqual(agreement([readings[0]!, readings[3]!], 4), { cells: [null, 1, null, null], disagree: [0, 2, 3], uncertain: [] });
});

test('the inferred cell is tested by the other identities it is in', () => {
  // a + b = t and t = u: printed 2 3 6. Missing t would be 5 by the first, which the second
  // (t = 6) refuses; every other gap breaks one of them: no reading at all.
  const ids = [{ left: ['a', 'b'], right: ['t'] }, { left: ['t'], right: ['u'] }];
  assert.deepEqual(gapReadings(['a', 'b', 't', 'u'], [2, 3, 6], ids), []);
  // Printed 2 3 5: a gap at t (t = 2 + 3) or at u (u = t) is consistent; a gap at a or b leaves t = 3 ≠ 5.
  assert.deepEqual(gapReadings(['a', 'b', 't', 'u'], [2, 3, 5], ids), [{ gap: 2, cells: [2, 3, 5, 5] }, { gap: 3, cells: [2, 3, 5, 5] }]);
});

test('a printed blank leaves an identity untested, never a reading refused for it', () => {
  const slots = ['r.a', 'r.t', 'l.a', 'l.t'];
  const ids = [{ left: ['r.a'], right: ['r.t'] }, { left: ['l.a'], right: ['l.t'] }];
  // Printed 2 2 —: every gap leaves l.t blank, so the second group cannot be tested.
  assert.deepEqual(gapReadings(slots, [2, 2, null], ids), [
    { gap: 0, cells: [2, 2, 2, null] },
    { gap: 1, cells: [2, 2, 2, null] },
    { gap: 2, cells: [2, 2, null, null] },
    { gap: 3, cells: [2, 2, null, null] },
  ]);
});
