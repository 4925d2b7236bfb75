/**
 * HTML → lines of cells (read/html.ts), on pages written here: a row's cells (colspan padded within
 * its bounds, rowspan not repeated, a cell without a row, a nested table), block text as lines, how
 * lines are placed (lines read, or the paragraphs and rows of a converted Word document), and the
 * limits on lines, nesting and title evidence. Expected values are read from the HTML as written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToDocument } from '../../../src/lib/read/html.ts';
import { cut, LIMITS } from '../../../src/lib/read/limits.ts';

const lines = (html: string, places?: 'view' | 'word') => htmlToDocument(html, places).lines.map((l) => [l.place.line, ...l.cells]);
const row = (html: string) => htmlToDocument(`<table><tr>${html}</tr></table>`).lines[0]!.cells;

test('a colspan pads its cell with empty cells up to 50 columns; a colspan of nothing, 0, below 0 or not a number is one', () => {
  assert.deepEqual(row('<td colspan="3">甲</td><td>4</td>'), ['甲', '', '', '4']);
  assert.deepEqual(row('<td colspan="2x">甲</td><td>4</td>'), ['甲', '', '4']);
  for (const span of ['0', '-3', 'abc', '']) assert.deepEqual(row(`<td colspan="${span}">甲</td><td>4</td>`), ['甲', '4'], span);
  assert.equal(row('<td colspan="50">甲</td><td>4</td>').length, 51);
  assert.equal(row('<td colspan="51">甲</td><td>4</td>').length, 51);
  assert.equal(row('<td colspan="9999">甲</td>').length, 50);
});

test('header cells are cells as data cells are, and a rowspan is not repeated on the rows it covers', () => {
  assert.deepEqual(lines('<table><tr><th rowspan="2">（三）不予公开</th><th colspan="2">1．属于国家秘密</th></tr><tr><td>2．其他</td><td>5</td></tr></table>'), [
    [1, '（三）不予公开', '1．属于国家秘密', ''],
    [2, '2．其他', '5'],
  ]);
});

test('cells written without a <tr> make a row; so do cells after a row closed without its end tag', () => {
  assert.deepEqual(lines('<table><td>规章</td><td>3</td></table>'), [[1, '规章', '3']]);
  assert.deepEqual(lines('<table><tr><td>规章<td>3<tr><td>行政许可<td>7</table>'), [
    [1, '规章', '3'],
    [2, '行政许可', '7'],
  ]);
  assert.deepEqual(lines('<table><tr><td>规章</td><td>3'), [[1, '规章', '3']]);
});

test('a table nested in a cell: the outer row so far is a line, its cell so far included, the nested rows lines of their own, then the rest of the outer row', () => {
  assert.deepEqual(lines('<table><tr><td>申请人</td><td>按类别<table><tr><td>自然人</td><td>11</td></tr></table></td><td>24</td></tr></table><p>后文</p>'), [
    [1, '申请人', '按类别'],
    [2, '自然人', '11'],
    [3, '24'],
    [4, '后文'],
  ]);
});

test('blocks are lines, inline elements are not; inside a cell a block joins the cell’s text', () => {
  assert.deepEqual(lines('<div>一、总体<b>情况</b><p>本年</p>新收</div><table><tr><td><p>总</p><div>计</div></td><td>8</td></tr></table>'), [
    [1, '一、总体情况'],
    [2, '本年'],
    [3, '新收'],
    [4, '总计', '8'],
  ]);
});

test('text before a table is a line before its rows, though no block ends it; text after it is a line after them', () => {
  assert.deepEqual(lines('说明如下<table><tr><td>1</td></tr></table>以上'), [
    [1, '说明如下'],
    [2, '1'],
    [3, '以上'],
  ]);
});

test('text in a table outside any cell is not read', () => {
  assert.deepEqual(lines('<table>单位：件<tr><td>9</td></tr></table>'), [[1, '9']]);
});

test('in a converted Word document, a line is placed at its paragraph or table row: a paragraph outside a table or a row counts, a div or a paragraph in a cell does not', () => {
  const html = '<p>甲</p><div>乙</div><p></p><table><tr><td><p>x</p><p>y</p></td></tr><tr><td>5</td></tr></table><h2>丙</h2><li>丁</li><h6>戊</h6>';
  assert.deepEqual(lines(html, 'word'), [
    [1, '甲'],
    [1, '乙'],
    [3, 'xy'],
    [4, '5'],
    [5, '丙'],
    [6, '丁'],
    [7, '戊'],
  ]);
  assert.deepEqual(lines(html), [
    [1, '甲'],
    [2, '乙'],
    [3, 'xy'],
    [4, '5'],
    [5, '丙'],
    [6, '丁'],
    [7, '戊'],
  ]);
});

test('a block’s place is where its text begins, not where the block does', () => {
  assert.deepEqual(lines('<div> <p>甲</p>乙</div>', 'word'), [
    [1, '甲'],
    [1, '乙'],
  ]);
  assert.deepEqual(lines('<div>  </div><p>甲</p><h1>乙</h1>', 'word'), [
    [1, '甲'],
    [2, '乙'],
  ]);
});

test('scripts, styles and the other skipped elements hold no text, however deep; the text after them is read', () => {
  assert.deepEqual(lines('<p>甲<script>var a = "<p>x</p>";</script>乙</p><noscript><p>丙<style>p{}</style>丁</p></noscript><select><option>戊</option></select><p>己</p>'), [
    [1, '甲乙'],
    [2, '己'],
  ]);
});

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

test('at most 8 headings are title evidence, each at most 500 characters', () => {
  const doc = htmlToDocument(Array.from({ length: 9 }, (_, i) => `<h1>标题${i + 1}</h1>`).join(''));
  assert.deepEqual(doc.titles, ['标题1', '标题2', '标题3', '标题4', '标题5', '标题6', '标题7', '标题8']);
  const long = htmlToDocument(`<h1>${'长'.repeat(499)}末尾</h1>`);
  assert.equal(long.titles![0], `${'长'.repeat(499)}末`);
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
