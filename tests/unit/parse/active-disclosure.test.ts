/**
 * Section 二's rows: a row whose numbers do not fit its fields is left unread, never cut to fit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDisclosure } from '../../../src/lib/parse/active-disclosure.ts';
import { NoteList } from '../../../src/lib/parse/notes.ts';
import type { RawDocument } from '../../../src/lib/read/types.ts';

function docOf(rows: string[][], exactCells: boolean): RawDocument {
  return { lines: rows.map((cells, i) => ({ cells, place: { line: i + 1 }, tableRow: true })), exactCells };
}

const HEADER = [['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']];

for (const exactCells of [true, false]) {
  test(`a row of more numbers than fields is unread, with a note that guesses nothing (${exactCells ? 'exact' : 'text'} rows)`, () => {
    const doc = docOf([...HEADER, ['规章', '4', '5', '6', '7'], ['行政规范性文件', '8', '9', '11']], exactCells);
    const notes = new NoteList();
    const r = readDisclosure(doc, { startIndex: 0, endIndex: doc.lines.length }, notes);
    assert.deepEqual(r.activeDisclosure.regulations, { issued: null, repealed: null, inForce: null });
    assert.deepEqual(r.unread, ['activeDisclosure.regulations.issued', 'activeDisclosure.regulations.repealed', 'activeDisclosure.regulations.inForce']);
    assert.equal(r.places.has('activeDisclosure.regulations.issued'), false);
    assert.deepEqual(r.activeDisclosure.normativeDocuments, { issued: 8, repealed: 9, inForce: 11 });
    assert.deepEqual(notes.items, [{ level: 'warning', code: 'row-cells', message: '表二“规章”行：应有 3 个数字，实际 4 个，无法判断各是哪一项，该行留空', line: 3 }]);
  });
}

test('empty cells after the fields of an exact row are the padding of a wide cell, not numbers', () => {
  const doc = docOf([['第二十条第（五）项'], ['信息内容', '本年处理决定数量', '', ''], ['行政许可', '35', '', '']], true);
  const notes = new NoteList();
  const r = readDisclosure(doc, { startIndex: 0, endIndex: doc.lines.length }, notes);
  assert.equal(r.activeDisclosure.licensing, 35);
  assert.deepEqual(r.unread, []);
  assert.deepEqual(notes.items, []);
});
