/**
 * HTML → lines of cells (read/html.ts), on pages written here: a row's cells (colspan padded within
 * its bounds, rowspan not repeated, a cell without a row, a nested table), block text as lines, how
 * lines are placed (lines read, or the paragraphs and rows of a converted Word document), and the
 * limits on title evidence; html-bounds.test.ts has those on lines, nesting and attributes.
 * Expected values are read from the HTML as written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToDocument } from '../../../src/lib/read/html.ts';

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

test('at most 8 headings are title evidence, each at most 500 characters', () => {
  const doc = htmlToDocument(Array.from({ length: 9 }, (_, i) => `<h1>标题${i + 1}</h1>`).join(''));
  assert.deepEqual(doc.titles, ['标题1', '标题2', '标题3', '标题4', '标题5', '标题6', '标题7', '标题8']);
  const long = htmlToDocument(`<h1>${'长'.repeat(499)}末尾</h1>`);
  assert.equal(long.titles![0], `${'长'.repeat(499)}末`);
});

test('each block element ends the line before it and begins its own; br and hr end a line', () => {
  const blocks = ['p', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'title', 'blockquote', 'pre', 'header', 'footer', 'main', 'ul', 'ol', 'dd', 'dt', 'center'];
  for (const tag of blocks) assert.deepEqual(lines(`甲<${tag}>乙</${tag}>丙`), [[1, '甲'], [2, '乙'], [3, '丙']], tag);
  for (const tag of ['br', 'hr']) assert.deepEqual(lines(`甲<${tag}>乙`), [[1, '甲'], [2, '乙']], tag);
  // An inline element is no line of its own.
  assert.deepEqual(lines('甲<span>乙</span>丙'), [[1, '甲乙丙']]);
});

test('each skipped element holds no text: the text around it is one line', () => {
  for (const tag of ['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'select', 'button']) {
    assert.deepEqual(lines(`<p>甲<${tag}>乙</${tag}>丙</p>`), [[1, '甲丙']], tag);
  }
});

test('in a converted Word document, each heading level and a list item count as a paragraph, as p does', () => {
  for (const tag of ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']) {
    assert.deepEqual(lines(`<${tag}>甲</${tag}><div>乙</div><${tag}>丙</${tag}>`, 'word'), [[1, '甲'], [1, '乙'], [2, '丙']], tag);
  }
});

test('a table row, and a page of text and a table, read within every limit carry no note', () => {
  const doc = htmlToDocument('<p>说明</p><table><tr><td colspan="2">总计</td><td>8</td></tr></table>');
  assert.deepEqual(doc.lines.map((l) => l.cells), [['说明'], ['总计', '', '8']]);
  assert.equal(doc.warnings, undefined);
});

test('a script inside a heading is no part of its title evidence', () => {
  assert.deepEqual(htmlToDocument('<h1>红旗镇<script>var x = 1;</script>年度报告</h1>').titles, ['红旗镇年度报告']);
});

test('an element of the head after its <title> begins no title: the body’s text and an icon’s <title> are no title evidence', () => {
  const doc = htmlToDocument('<html><head><title>红旗镇年度报告</title><meta name="keywords" content="公开"></head><body><p>正文</p><svg><title>图标</title></svg></body></html>');
  assert.deepEqual(doc.titles, ['红旗镇年度报告']);
});

test('a <title> or <h1> inside a skipped element of the head is no title evidence', () => {
  const doc = htmlToDocument('<html><head><noscript><title>请启用脚本</title><h1>请启用脚本</h1></noscript><title>红旗镇年度报告</title></head><body><p>正文</p></body></html>');
  assert.deepEqual(doc.titles, ['红旗镇年度报告']);
});

test('a page’s publication date in its head is read; a converted Word document has no head to read', () => {
  const html = '<meta name="PubDate" content="2025-01-20"><p>甲</p>';
  assert.deepEqual(htmlToDocument(html).meta, { dates: [{ kind: 'published', value: '2025-01-20', field: '<meta name="PubDate">' }] });
  assert.equal(htmlToDocument(html, 'word').meta, undefined);
});

test('the document: its lines, a table row marked as one, cells exact, and nothing more of a page without a head', () => {
  assert.deepStrictEqual(htmlToDocument('<p>说明</p><table><tr><td>总计</td><td>8</td></tr></table>'), {
    lines: [
      { cells: ['说明'], place: { line: 1 } },
      { cells: ['总计', '8'], place: { line: 2 }, tableRow: true },
    ],
    exactCells: true,
  });
});

test('tags and attributes in capitals are read as in lower case', () => {
  assert.deepEqual(lines('<TABLE><TR><TD COLSPAN="2">总计</TD><TD>8</TD></TR></TABLE>'), [[1, '总计', '', '8']]);
});

test('text between the cells of a row, or after its end, is not read; a cell after a row’s end begins a row', () => {
  assert.deepEqual(lines('<table><tr><td>9</td>单位：件<td>3</td></tr>注<td>4</td></table>'), [
    [1, '9', '3'],
    [2, '4'],
  ]);
  assert.deepEqual(lines('<table><tr><th>9</th>说明<th>3</th></tr></table>'), [[1, '9', '3']]);
});

test('rows and cells outside any table are no rows: their text is the line they stand in', () => {
  assert.deepEqual(lines('甲<tr><td>1</td><td>2</td></tr>乙'), [[1, '甲12乙']]);
});

test('a block inside a skipped element ends no line', () => {
  assert.deepEqual(lines('<p>甲<noscript><div>请启用脚本</div></noscript>丙</p>'), [[1, '甲丙']]);
});

test('a title written over several lines is one line of title evidence', () => {
  assert.deepEqual(htmlToDocument('<head><title>红旗镇\n    2024年年度报告</title></head>').titles, ['红旗镇 2024年年度报告']);
});
