import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textToDocument } from '../../../src/lib/read/text.ts';
import { segmentLines } from '../../../src/lib/parse/segments.ts';

const values = (text: string) => segmentLines(textToDocument(text).lines).map((s) => [s.near, s.values.map((v) => v.value)]);

test('tab rows: filler empties at the ends are dropped, an empty cell between numbers is a blank', () => {
  assert.deepEqual(values('\t\t1.属于国家秘密\t\t0\t3\t\t0\t'), [['1.属于国家秘密', [0, 3, null, 0]]]);
});

test('one cell per line: the numbers after a label belong to it until the next label', () => {
  assert.deepEqual(values('\t（三）不予公开\n\t1.属于国家秘密\n\t2\n\n\t0\n\t2\n\t2.其他\n\t0'), [
    ['1.属于国家秘密', [2, 0, 2]],
    ['2.其他', [0]],
  ]);
});

test('a label wrapped around its numbers keeps both halves in view', () => {
  const [segment] = segmentLines(textToDocument('5.要求行政机关确认或重新出\n1  0  0  0  0  0  1\n具已获取信息').lines);
  assert.equal(segment!.before, '5.要求行政机关确认或重新出');
  assert.deepEqual(segment!.values.map((v) => v.value), [1, 0, 0, 0, 0, 0, 1]);
});

test('blank marks are values (null), so they keep their column', () => {
  assert.deepEqual(values('| 3.其他 | / | 0 | — | 无 | - | 0 | 1 |'), [['3.其他', [null, 0, null, null, null, 0, 1]]]);
});

test('Markdown headings are section headings', async () => {
  const { findRegions } = await import('../../../src/lib/parse/regions.ts');
  const doc = textToDocument('# 标题\n## 一、总体情况\n正文\n**二、主动公开政府信息情况**\n表');
  assert.deepEqual(findRegions(doc).headings, { overview: 1, active: 3 });
});

test('section 六 ends where the website footer starts', async () => {
  const { parseReport } = await import('../../../src/lib/parse/report.ts');
  const { htmlToDocument } = await import('../../../src/lib/read/html.ts');
  const html = `<h1>钱店镇2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>概述。</p>
    <p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p><p>钱店镇人民政府</p>
    <div class="footer"><p>主办单位：某县人民政府办公室</p><p>网站标识码：1234567890 ICP备12345678号</p></div>`;
  const report = parseReport(htmlToDocument(html));
  assert.ok(!('notReport' in report));
  if (!('notReport' in report)) assert.equal(report.sections.other, '本年度未收取信息处理费。\n钱店镇人民政府');
});

/** A line of cells at line `n` of the source. */
const at = (n: number, ...cells: string[]) => ({ cells, place: { line: n } });

test('each segment: the label text since the last numbers, the label on its own line, where its numbers are', () => {
  const segments = segmentLines([at(1, '申请人情况'), at(2, '（一）予以公开', '5', '1'), at(3, '（二）部分公开', '2', '3', '4')]);
  assert.deepEqual(segments.map((s) => [s.before, s.near, s.firstIndex, s.lastIndex, s.place]), [
    ['申请人情况（一）予以公开', '（一）予以公开', 1, 1, { line: 2 }],
    ['（二）部分公开', '（二）部分公开', 2, 2, { line: 3 }],
  ]);
  assert.deepEqual(segments[1]!.values, [
    { value: 2, raw: '2', place: { line: 3 }, column: 2 },
    { value: 3, raw: '3', place: { line: 3 }, column: 3 },
    { value: 4, raw: '4', place: { line: 3 }, column: 4 },
  ]);
});

test('numbers without a label: no label text, before or near, for them nor for the numbers after them', () => {
  const segments = segmentLines([at(1, '7', '8'), at(2, '（一）予以公开', '5', '1'), at(3, '6', '9')]);
  assert.deepEqual(segments.map((s) => [s.before, s.near, s.values.map((v) => v.value)]), [
    ['', '', [7, 8]],
    ['（一）予以公开', '（一）予以公开', [5, 1]],
    ['', '', [6, 9]],
  ]);
});

test('a row of several numbers ends with its line; so does a label with its one number; a lone number runs on', () => {
  const lines = [at(1, '（一）予以公开', '5'), at(2, '6'), at(3, '7'), at(4, '（二）部分公开', '2', '3'), at(5, '4', '8')];
  assert.deepEqual(segmentLines(lines).map((s) => [s.near, s.values.map((v) => v.value), s.firstIndex, s.lastIndex]), [
    ['（一）予以公开', [5], 0, 0],
    ['', [6, 7], 1, 2],
    ['（二）部分公开', [2, 3], 3, 3],
    ['', [4, 8], 4, 4],
  ]);
});

test('an empty cell between values is a blank of its column; a blank mark counts as a value the row reaches', () => {
  const [segment] = segmentLines([at(1, '（一）予以公开', '1', '', '/', '', '')]);
  assert.deepEqual(segment!.values, [
    { value: 1, raw: '1', place: { line: 1 }, column: 2 },
    { value: null, raw: '', place: { line: 1 }, column: 3 },
    { value: null, raw: '/', place: { line: 1 }, column: 4 },
  ]);
});

test('in exact (HTML) rows the empty cells after the last value are kept, as blanks of their columns', () => {
  const [segment] = segmentLines([at(1, '', '（一）予以公开', '1', '2', '', '')], 0, 1, true);
  assert.deepEqual(segment!.values.map((v) => [v.value, v.raw, v.column]), [[1, '1', 3], [2, '2', 4], [null, '', 5], [null, '', 6]]);
});

test('the lines from `from` to `to` alone are read', () => {
  const lines = [at(1, '甲', '1', '2'), at(2, '乙', '3', '4'), at(3, '丙', '5', '6')];
  assert.deepEqual(segmentLines(lines, 1, 2).map((s) => [s.near, s.firstIndex]), [['乙', 1]]);
});

test('a cell with a place of its own (a workbook) keeps it; a line of positions gives each value its span', () => {
  const sheet = { cells: ['（一）予以公开', '5', '', '7'], place: { line: 4, sheet: '表三' }, cellPlaces: [4, 5, 6, 7].map((_, i) => ({ line: 4, sheet: '表三', cell: `${'ABCD'[i]}4` })) };
  assert.deepEqual(segmentLines([sheet])[0]!.values.map((v) => v.place.cell), ['B4', 'C4', 'D4']);
  const pdf = { cells: ['（一）予以公开', '5', '7'], place: { page: 1, line: 9 }, spans: [{ left: 10, right: 80 }, { left: 97, right: 103 }, { left: 127, right: 133 }] };
  assert.deepEqual(segmentLines([pdf])[0]!.values.map((v) => v.span), [{ left: 97, right: 103 }, { left: 127, right: 133 }]);
  assert.equal('span' in segmentLines([at(1, '（一）予以公开', '5', '7')])[0]!.values[0]!, false);
});

test('a number printed in 元 is marked, one in 万元 or without a unit is not', () => {
  const [segment] = segmentLines([at(1, '收取信息处理费', '251000元', '25.1万元', '3')]);
  assert.deepEqual(segment!.values.map((v) => [v.value, v.yuan]), [[251000, true], [25.1, undefined], [3, undefined]]);
  assert.equal('yuan' in segment!.values[2]!, false);
});
