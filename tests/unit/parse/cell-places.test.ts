/**
 * Where a number was read, from the value the parser took it from (places.ts), without a document:
 * a printed cell's place, the place the readings of a damaged row share, and the map of places.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonPlace, placeOf, readingPlaces, setPlace, type CellPlaces } from '../../../src/lib/parse/places.ts';
import type { Place } from '../../../src/lib/read/types.ts';

const value = (place: Place, column: number) => ({ value: 3, raw: '3', place, column });

test("placeOf: the line and the cell's column, with the page, sheet and cell reference where the reader gave them", () => {
  assert.deepEqual(placeOf(value({ line: 43 }, 9)), { line: 43, column: 9 });
  assert.deepEqual(placeOf(value({ page: 4, line: 17 }, 2)), { page: 4, line: 17, column: 2 });
  assert.deepEqual(placeOf(value({ sheet: '表三', line: 44, cell: 'L44' }, 12)), { sheet: '表三', line: 44, column: 12, cell: 'L44' });
});

test('commonPlace: one cell, one line, or nothing', () => {
  assert.equal(commonPlace([]), undefined);
  assert.equal(commonPlace([value({ line: 9 }, 2), undefined]), undefined, 'a reading that infers the cell');
  assert.deepEqual(commonPlace([value({ sheet: 'S', line: 9, cell: 'B9' }, 2), value({ sheet: 'S', line: 9, cell: 'B9' }, 2)]), { sheet: 'S', line: 9, column: 2, cell: 'B9' });
  assert.deepEqual(commonPlace([value({ sheet: 'S', line: 9, cell: 'B9' }, 2), value({ sheet: 'S', line: 9, cell: 'C9' }, 3)]), { sheet: 'S', line: 9 }, 'two cells of one line: the line');
  assert.equal(commonPlace([value({ line: 9 }, 2), value({ line: 10 }, 2)]), undefined, 'two lines');
  assert.equal(commonPlace([value({ page: 3, line: 9 }, 2), value({ page: 4, line: 9 }, 2)]), undefined, 'two pages');
  assert.equal(commonPlace([value({ sheet: '表三', line: 9 }, 2), value({ sheet: '表四', line: 9 }, 2)]), undefined, 'two sheets');
});

test('readingPlaces: cell i is printed value i before the gap, i − 1 after it, none at it', () => {
  const printed = [value({ line: 5 }, 2), value({ line: 5 }, 3), value({ line: 5 }, 4)];
  assert.deepEqual(readingPlaces([{ gap: 1, cells: [] }], printed, 4), [{ line: 5, column: 2 }, undefined, { line: 5, column: 3 }, { line: 5, column: 4 }]);
  assert.deepEqual(readingPlaces([{ gap: 0, cells: [] }, { gap: 3, cells: [] }], printed, 4), [undefined, { line: 5 }, { line: 5 }, undefined]);
});

test('setPlace: a place is added under its path, no place adds nothing', () => {
  const places: CellPlaces = new Map();
  setPlace(places, 'applications.granted.total', { line: 43, column: 9 });
  setPlace(places, 'applications.granted.naturalPerson', undefined);
  assert.deepEqual([...places], [['applications.granted.total', { line: 43, column: 9 }]]);
});
