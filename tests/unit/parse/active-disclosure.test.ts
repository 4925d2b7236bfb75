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

const read = (rows: string[][], exactCells = true, notes = new NoteList()) => {
  const doc = docOf(rows, exactCells);
  return readDisclosure(doc, { startIndex: 0, endIndex: doc.lines.length }, notes);
};

test('no region: nothing found, no edition, every number null', () => {
  const r = readDisclosure(docOf([['规章', '4', '5', '6']], true), null, new NoteList());
  assert.equal(r.found, false);
  assert.equal(r.edition, null);
  assert.equal(r.activeDisclosure.regulations.issued, null);
  assert.equal(r.places.size, 0);
});

test('each number in its field with its place; a label shortened to 事业性收费 is the fee row', () => {
  const r = read([...HEADER, ['规章', '4', '5', '6'], ['行政规范性文件', '8', '9', '11'], ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['事业性收费', '1.25']]);
  assert.equal(r.found, true);
  assert.equal(r.edition, '2021');
  assert.equal(r.printed2021, true);
  assert.deepEqual(r.activeDisclosure.regulations, { issued: 4, repealed: 5, inForce: 6 });
  assert.equal(r.activeDisclosure.feesWanYuan, 1.25, 'a number in 万元 is kept as printed');
  assert.deepEqual(r.places.get('activeDisclosure.normativeDocuments.repealed'), { line: 4, column: 3 });
  assert.deepEqual(r.places.get('activeDisclosure.feesWanYuan'), { line: 7, column: 2 });
  assert.equal(r.places.has('activeDisclosure.licensing'), false, 'a row not printed has no place');
});

test('rows in another order than the template: each row is matched by its own label', () => {
  const r = read([...HEADER, ['行政规范性文件', '8', '9', '11'], ['规章', '4', '5', '6']]);
  assert.deepEqual(r.activeDisclosure.regulations, { issued: 4, repealed: 5, inForce: 6 });
  assert.deepEqual(r.activeDisclosure.normativeDocuments, { issued: 8, repealed: 9, inForce: 11 });
});

test('a row is used once: 行政处罚 and 行政强制 on one row fill only the first', () => {
  const r = read([['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚、行政强制', '15']]);
  assert.equal(r.activeDisclosure.penalty, 15);
  assert.equal(r.activeDisclosure.coercion, null);
});

test('a section without a row of the template: not found, nothing run together', () => {
  const r = read([...HEADER, ['合计', '4', '5', '6']]);
  assert.equal(r.found, false);
  assert.equal(r.runTogether, undefined);
  assert.deepEqual(r.activeDisclosure.regulations, { issued: null, repealed: null, inForce: null });
});

test("rows whose digits are run together with their labels: not found, those rows kept to quote; a line naming no row is not", () => {
  const r = read([...HEADER, ['规章000'], ['说明：共3张表'], ['行政许可35'], ['事业性收费125']], false);
  assert.equal(r.found, false);
  assert.deepEqual(r.runTogether, [{ text: '规章000', place: { line: 3 } }, { text: '行政许可35', place: { line: 5 } }, { text: '事业性收费125', place: { line: 6 } }]);
});

test('the 2019 edition, told by its column headers: every number under activeDisclosure2019', () => {
  const r = read([
    ['第二十条第（一）项'], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '1', '2', '3'],
    ['第二十条第（九）项'], ['采购项目数量', '采购总金额'], ['政府集中采购', '7', '96.5'],
  ]);
  assert.equal(r.edition, '2019');
  assert.equal(r.printed2021, undefined);
  assert.deepEqual(r.activeDisclosure2019?.regulations, { made: 1, published: 2, total: 3 });
  assert.deepEqual(r.activeDisclosure2019?.procurement, { projects: 7, amountWanYuan: 96.5 });
  assert.deepEqual(r.places.get('activeDisclosure2019.procurement.amountWanYuan'), { line: 6, column: 3 });
  assert.equal(r.activeDisclosure.regulations.issued, null, 'the 2021 fields stay empty');
});

test('one 2019 header is enough, also broken over two lines; the lines outside the section are not looked at', () => {
  const r = read([['第二十条第（一）项'], ['信息内容', '本年新制'], ['作数量'], ['规章', '1', '2', '3']]);
  assert.equal(r.edition, '2019');
  const doc = docOf([['本年新制作数量一词见2019年版格式'], ...HEADER, ['规章', '4', '5', '6']], true);
  const outside = readDisclosure(doc, { startIndex: 1, endIndex: doc.lines.length }, new NoteList());
  assert.equal(outside.edition, '2021');
  assert.equal(outside.activeDisclosure.regulations.inForce, 6);
});

test('the 2021 edition without its headers printed, or with headers of both editions: not printed2021', () => {
  assert.equal(read([['规章', '4', '5', '6']]).printed2021, undefined);
  assert.equal(read([['信息内容', '本年处理决定数量'], ['行政许可', '35']]).printed2021, true, 'one 2021 header is enough');
  const both = read([['信息内容', '本年新制作数量', '本年制发件数'], ['规章', '4', '5', '6']]);
  assert.equal(both.edition, '2019');
  assert.equal(both.printed2021, undefined);
});

test('fewer numbers than fields: an exact row keeps them in their fields, a text row is ambiguous and unread', () => {
  const exact = read([...HEADER, ['规章', '4', '5']]);
  assert.deepEqual(exact.activeDisclosure.regulations, { issued: 4, repealed: 5, inForce: null });
  const notes = new NoteList();
  const text = read([...HEADER, ['规章', '4', '5']], false, notes);
  assert.deepEqual(text.activeDisclosure.regulations, { issued: null, repealed: null, inForce: null });
  assert.deepEqual(text.unread, ['activeDisclosure.regulations.issued', 'activeDisclosure.regulations.repealed', 'activeDisclosure.regulations.inForce']);
  assert.deepEqual(notes.items, [{ level: 'warning', code: 'cell-ambiguous', message: '表二“规章”行：应有 3 个数字，只印出 2 个，无法判断哪一项空缺，该行留空', line: 3 }]);
});

test('a number printed after blank cells beyond the fields of an exact row makes it one too many', () => {
  const notes = new NoteList();
  const r = read([...HEADER, ['规章', '4', '', '', '', '7']], true, notes);
  assert.deepEqual(r.activeDisclosure.regulations, { issued: null, repealed: null, inForce: null });
  assert.equal(notes.items[0]?.message, '表二“规章”行：应有 3 个数字，实际 4 个，无法判断各是哪一项，该行留空');
});

test('an amount printed in 元 is converted to 万元, with a note; a count in 元 is not', () => {
  const notes = new NoteList();
  const r = read([['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '12500元'], ['第二十条第（五）项'], ['行政许可', '35元']], true, notes);
  assert.equal(r.activeDisclosure.feesWanYuan, 1.25);
  assert.equal(r.activeDisclosure.licensing, 35);
  assert.deepEqual(notes.items, [{ level: 'info', code: 'unit-converted', message: '表二“行政事业性收费”行：“12500元”以元为单位，已换算为 1.25 万元', line: 3 }]);
});

test('one row run together in a section read otherwise: that row unread and kept to quote, never blank', () => {
  const r = read([...HEADER, ['规章', '4', '5', '6'], ['第二十条第（五）项'], ['行政许可35']], false);
  assert.equal(r.found, true);
  assert.equal(r.activeDisclosure.licensing, null);
  assert.deepEqual(r.unread, ['activeDisclosure.licensing']);
  assert.deepEqual(r.runTogether, [{ text: '行政许可35', place: { line: 5 } }]);
  assert.deepEqual(r.activeDisclosure.regulations, { issued: 4, repealed: 5, inForce: 6 });
});

test('a label wrapped onto the line of its numbers (行政事业性 / 收费 1.25) is read by its whole label, in text and exact rows', () => {
  for (const exact of [false, true]) {
    const r = read([['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性'], ['收费', '1.25']], exact);
    assert.equal(r.found, true);
    assert.equal(r.activeDisclosure.feesWanYuan, 1.25);
    assert.deepEqual(r.places.get('activeDisclosure.feesWanYuan'), { line: 4, column: 2 });
  }
  const licensing = read([['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政'], ['许可', '36']], false);
  assert.equal(licensing.activeDisclosure.licensing, 36);
});

test('a wrapped label takes the row named last before its numbers: a row printed without numbers above it gets none', () => {
  const r = read([['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '17'], ['行政强制'], ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性'], ['收费', '2.5']], false);
  assert.equal(r.activeDisclosure.penalty, 17);
  assert.equal(r.activeDisclosure.coercion, null);
  assert.equal(r.activeDisclosure.feesWanYuan, 2.5);
});

test('a line whose own label names a row keeps it even where the text before names another', () => {
  const r = read([['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可'], ['行政处罚', '23']], false);
  assert.equal(r.activeDisclosure.penalty, 23);
  assert.equal(r.activeDisclosure.licensing, null);
});

test('a wrapped label at the very start of the section, no heading printed before it, is read too', () => {
  const r = read([['行政'], ['许可', '36']], false);
  assert.equal(r.activeDisclosure.licensing, 36);
});
