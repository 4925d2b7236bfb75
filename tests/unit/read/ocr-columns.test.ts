/**
 * A scan's number fitted to its column (read/ocr/columns.ts), on number boxes placed by hand: a box
 * bridging a gutter of its table is split there when what was read has a space there, and is
 * otherwise marked unsure; which lines make a table; what a gutter is. The table's columns are
 * other rows' boxes from 0 to `left` and from `right` to 100, one row every 40 units down the page.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Run } from '../../../src/lib/read/layout.ts';
import { fitColumns, type NumberRun } from '../../../src/lib/read/ocr/columns.ts';

const SIZE = 28;
const num = (read: string, x: number, right: number, y: number, digits = read.replace(/\s/g, '')): NumberRun => ({ text: read, x, right, y, size: SIZE, number: { read, digits } });
const words = (text: string, y: number): Run => ({ text, x: 0, right: 60, y, size: SIZE });
/** `count` rows of two columns, from 0 to `left` and from `right` to 100, from y = `from` down. */
const columns = (count: number, left: number, right: number, from = 200): NumberRun[] =>
  Array.from({ length: count }, (_, i) => [num('11', 0, left, from + 40 * i), num('22', right, 100, from + 40 * i)]).flat();
/** The box read at y = 100 over both columns (0 to 100), with the rows given, fitted. */
const fitted = (read: string, rows: Run[], digits?: string) => {
  const box = num(read, 0, 100, 100, digits);
  const out = fitColumns([box, ...rows]);
  // Every other box is given back as it came.
  assert.deepEqual(out.slice(-rows.length), rows);
  return out.slice(0, out.length - rows.length);
};
const part = (text: string, x: number, right: number): NumberRun => ({ text, x, right, y: 100, size: SIZE, number: { read: text, digits: text } });
const bridging = (read: string, digits = read.replace(/\s/g, '')): NumberRun => ({ ...num(read, 0, 100, 100, digits), unsure: true, bridges: true });

test('a box over both columns read with a space at the gutter is split there, each number where its characters are', () => {
  // "12 34": 5 characters over 100, 20 each; the space, at 40–60, is in the gutter (30–50).
  assert.deepEqual(fitted('12 34', columns(2, 30, 50)), [part('12', 0, 40), part('34', 60, 100)]);
});

test('a box over both columns read without a space is one number, unsure and marked as bridging', () => {
  assert.deepEqual(fitted('1234', columns(2, 30, 50)), [bridging('1234')]);
});

test('a box is judged by the other rows only: its own width does not fill the gutter', () => {
  // With one other row the gutter is crossed by no box of it; counting the box itself, by one of two.
  assert.deepEqual(fitted('12 34', columns(1, 30, 50)), [part('12', 0, 40), part('34', 60, 100)]);
});

test('over three columns, read with a space at each gutter, a box is split in three', () => {
  const rows = Array.from({ length: 2 }, (_, i) => [num('1', 0, 20, 200 + 40 * i), num('2', 40, 60, 200 + 40 * i), num('3', 80, 100, 200 + 40 * i)]).flat();
  assert.deepEqual(fitted('1 2 3', rows), [part('1', 0, 20), part('2', 40, 60), part('3', 80, 100)]);
});

test('a gutter crossed by a quarter of the boxes of the busiest stretch is still a gutter; crossed by more, it is none', () => {
  // Three rows of two columns (0–40, 60–100) and a wide 9999 (30–70) across the gutter: 40–60 is
  // crossed by 1 box of the 4 crossing 30–40. The 9999, judged by the same rows, bridges it too.
  const wide = num('9999', 30, 70, 320);
  const quarter = fitColumns([num('12 34', 0, 100, 100), ...columns(3, 40, 60), wide]);
  assert.deepEqual(quarter.slice(0, 2), [part('12', 0, 40), part('34', 60, 100)]);
  assert.deepEqual(quarter.at(-1), { ...wide, unsure: true, bridges: true });
  // Two rows: 1 box of the 3 crossing 30–40, more than a quarter.
  const more = fitColumns([num('12 34', 0, 100, 100), ...columns(2, 40, 60), num('9999', 30, 70, 280)]);
  assert.deepEqual(more[0], num('12 34', 0, 100, 100));
});

test('low stretches side by side are one gutter, though a box’s edge lies between them', () => {
  // A row's 7 ends at 35, inside the gutter from 30 to 50: 30–35 is crossed by one box of four, 35–50 by none.
  const rows = [...columns(3, 30, 50), num('7', 0, 35, 320)];
  assert.deepEqual(fitted('12 34', rows), [part('12', 0, 40), part('34', 60, 100)]);
});

test('a box reaching past its column into empty space (no column beyond) bridges no gutter', () => {
  const right = Array.from({ length: 2 }, (_, i) => num('11', 0, 40, 200 + 40 * i));
  assert.deepEqual(fitted('1234', right), [num('1234', 0, 100, 100)]);
  const left = Array.from({ length: 2 }, (_, i) => num('22', 60, 100, 200 + 40 * i));
  assert.deepEqual(fitted('1234', left), [num('1234', 0, 100, 100)]);
});

test('a neighbouring column’s box touching a box’s end, within half a character, is no column inside it', () => {
  // "12345": 20 a character; the boxes ending at 5 and beginning at 95 lie within 10 of its ends.
  const rows = Array.from({ length: 2 }, (_, i) => [num('8', -40, 5, 200 + 40 * i), num('9', 20, 40, 200 + 40 * i), num('6', 95, 140, 200 + 40 * i)]).flat();
  assert.deepEqual(fitted('12345', rows), [num('12345', 0, 100, 100)]);
});

test('a box without a space and no other row to judge by is left as it is, not unsure', () => {
  assert.deepEqual(fitColumns([num('12 34', 0, 100, 100)]), [num('12 34', 0, 100, 100)]);
});

test('spaces around what was read and a run of them at the gutter split as one space does', () => {
  assert.deepEqual(fitted(' 12  34 ', columns(2, 30, 50), '1234'), [part('12', 0, 40), part('34', 60, 100)]);
});

test('a number repaired from look-alike letters is not split: the digits could not be apportioned', () => {
  assert.deepEqual(fitted('1O 34', columns(2, 30, 50), '1034'), [bridging('1O 34', '1034')]);
});

test('the space must lie within a character of the gutter: at that bound it splits, past it the box is unsure', () => {
  // "1 234": its space is the second character, at 20–40, taken at its middle, 30.
  assert.deepEqual(fitted('1 234', columns(2, 50, 70)), [part('1', 0, 20), part('234', 40, 100)]);
  assert.deepEqual(fitted('1 234', columns(2, 51, 70)), [bridging('1 234')]);
  // "123 4": its space at 60–80, taken at 70.
  assert.deepEqual(fitted('123 4', columns(2, 30, 50)), [part('123', 0, 60), part('4', 80, 100)]);
  assert.deepEqual(fitted('123 4', columns(2, 30, 49)), [bridging('123 4')]);
});

test('a table runs on over two lines without numbers (a wrapped label); after three, the rows below are another table', () => {
  const twoApart = [words('说明甲', 140), words('说明乙', 180), ...columns(2, 30, 50, 220)];
  assert.deepEqual(fitted('12 34', twoApart), [part('12', 0, 40), part('34', 60, 100)]);
  const threeApart = [words('说明甲', 140), words('说明乙', 180), words('说明丙', 220), ...columns(2, 30, 50, 260)];
  assert.deepEqual(fitted('12 34', threeApart), [num('12 34', 0, 100, 100)]);
});
