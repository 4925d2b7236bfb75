/** A cell's number read by its dotted path (cell-path.ts): the number, or null wherever none is held. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellAt, cellReader } from '../../../src/lib/template/cell-path.ts';

const report = {
  applications: { granted: { naturalPerson: 13, total: 27 }, note: '27' },
  activeDisclosure: { licensing: 451, fees: null },
  pre2019: { applicationsTotal: 0 },
};

test('the number at a path, down every part of it', () => {
  assert.equal(cellAt(report, 'applications.granted.naturalPerson'), 13);
  assert.equal(cellAt(report, 'applications.granted.total'), 27);
  assert.equal(cellAt(report, 'activeDisclosure.licensing'), 451);
  assert.equal(cellAt(report, 'pre2019.applicationsTotal'), 0, 'a printed 0 is a number');
});

test('null for a blank, a missing part, a part that is no object, or a value that is no number', () => {
  assert.equal(cellAt(report, 'activeDisclosure.fees'), null, 'blank');
  assert.equal(cellAt(report, 'activeDisclosure.fees.change'), null, 'below a blank');
  assert.equal(cellAt(report, 'applications.denied.total'), null, 'no such row');
  assert.equal(cellAt(report, 'applications.granted.total.more'), null, 'below a number');
  assert.equal(cellAt(report, 'applications.note.length'), null, 'below a string: its length is no cell');
  assert.equal(cellAt(report, 'applications.note'), null, 'a string is no number');
  assert.equal(cellAt(report, 'applications.granted'), null, 'a row is no number');
});

test('a reader of one path gives each report its number at that path', () => {
  const granted = cellReader('applications.granted.total');
  assert.equal(granted(report), 27);
  assert.equal(granted({ applications: { granted: { total: 4 } } }), 4);
  assert.equal(granted({ applications: { granted: null } }), null, 'below a blank');
  assert.equal(cellReader('applications.note')(report), null, 'a string is no number');
});
