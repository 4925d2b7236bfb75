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
