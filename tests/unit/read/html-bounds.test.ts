/**
 * The HTML reader's bounds (read/html.ts): lines, nesting and attributes up to their limits and
 * one past. Apart from html.test.ts because a page of LIMITS.lines lines takes seconds to read: a
 * mutation run gives each mutant the quick tests first, and these only when those pass.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToDocument } from '../../../src/lib/read/html.ts';
import { cut, LIMITS } from '../../../src/lib/read/limits.ts';

const row = (html: string) => htmlToDocument(`<table><tr>${html}</tr></table>`).lines[0]!.cells;

test('LIMITS.lines lines are read whole; one more, and the last is left out with a note', () => {
  const full = htmlToDocument('<p>x</p>'.repeat(LIMITS.lines.value));
  assert.equal(full.lines.length, LIMITS.lines.value);
  assert.equal(full.warnings, undefined);
  const over = htmlToDocument('<p>x</p>'.repeat(LIMITS.lines.value) + '<p>末</p>');
  assert.equal(over.lines.length, LIMITS.lines.value);
  assert.deepEqual(over.warnings, [{ code: 'limit-reached', message: cut('lines') }]);
  assert.equal(over.lines.at(-1)!.cells[0], 'x');
});

test('elements nested LIMITS.htmlDepth deep are read; one level more stops the reading with a note; elements side by side never do', () => {
  const depth = LIMITS.htmlDepth.value;
  const deep = htmlToDocument(`${'<div>'.repeat(depth - 1)}<p>深处</p>${'</div>'.repeat(depth - 1)}`);
  assert.deepEqual(deep.lines.map((l) => l.cells), [['深处']]);
  assert.equal(deep.warnings, undefined);
  const deeper = htmlToDocument(`${'<div>'.repeat(depth)}<p>深处</p>${'</div>'.repeat(depth)}`);
  assert.deepEqual(deeper.warnings, [{ code: 'limit-reached', message: cut('htmlDepth') }]);
  const wide = htmlToDocument('<p>并列</p>'.repeat(depth + 5));
  assert.equal(wide.lines.length, depth + 5);
  assert.equal(wide.warnings, undefined);
});

test('an attribute is read up to LIMITS.lineChars characters, entities included; the next attribute is read whole', () => {
  const chars = LIMITS.lineChars.value;
  // A colspan whose 3 is its last character: within the limit a span of 3, past it the leading zeros alone, 0, so 1.
  assert.equal(row(`<td colspan="${'0'.repeat(chars - 1)}3">甲</td>`).length, 3);
  assert.equal(row(`<td colspan="${'0'.repeat(chars)}3">甲</td>`).length, 1);
  assert.equal(row(`<td colspan="${'0'.repeat(chars - 1)}&#51;">甲</td>`).length, 3);
  assert.equal(row(`<td colspan="${'0'.repeat(chars)}&#51;">甲</td>`).length, 1);
  assert.equal(row(`<td title="${'x'.repeat(chars + 5)}" colspan="3">甲</td>`).length, 3);
  assert.equal(row(`<td title="${'&amp;'.repeat(chars + 5)}" colspan="3">甲</td>`).length, 3);
});

test('what was read before nesting stopped the reading is kept: the table row open then is a line', () => {
  const doc = htmlToDocument(`<p>说明</p><table><tr><td>总计</td><td>8</td>${'<div>'.repeat(LIMITS.htmlDepth.value)}`);
  assert.deepEqual(doc.lines.map((l) => [l.place.line, ...l.cells]), [
    [1, '说明'],
    [2, '总计', '8'],
  ]);
  assert.deepEqual(doc.warnings, [{ code: 'limit-reached', message: cut('htmlDepth') }]);
});

test('nothing after the element that passed the nesting limit is read, as the note says: neither its text nor the text after it', () => {
  const depth = LIMITS.htmlDepth.value;
  const doc = htmlToDocument(`<p>前文</p>${'<div>'.repeat(depth + 1)}深处${'</div>'.repeat(depth + 1)}<p>后文</p><h1>标题</h1>`);
  assert.deepEqual(doc.lines.map((l) => l.cells), [['前文']]);
  assert.equal(doc.titles, undefined);
  assert.deepEqual(doc.warnings, [{ code: 'limit-reached', message: cut('htmlDepth') }]);
});

test('entities count toward an attribute’s limit as characters do: text after as many is not read', () => {
  // LIMITS.lineChars zeros written as entities, then a 3: the 3 is past the limit, so the span is 0, so 1.
  assert.equal(row(`<td colspan="${'&#48;'.repeat(LIMITS.lineChars.value)}3">甲</td>`).length, 1);
});
