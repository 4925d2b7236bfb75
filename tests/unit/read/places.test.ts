/**
 * Every reader gives each line a place a person can find (read/types.ts `Place`): the file's line
 * for text, the line read (the 原文 view's) for HTML, the paragraph or table row for DOCX (the PDF's pages and
 * lines are checked against the real report in pdf.test.ts). Expected places are counted by hand
 * in the sources below.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readDocx } from '../../../src/lib/read/docx.ts';
import { htmlToDocument } from '../../../src/lib/read/html.ts';
import { textToDocument } from '../../../src/lib/read/text.ts';
import type { RawDocument } from '../../../src/lib/read/types.ts';

const placeOf = (doc: RawDocument, start: string) => doc.lines.find((l) => l.cells.join(' ').startsWith(start))?.place;

test('text: the file line, blank lines and CRLF counted as a person counts them', () => {
  const doc = textToDocument('标题\r\n\r\n一、总体情况\r\n正文\n\n\n规章\t1\t0\t11\n');
  assert.deepEqual(placeOf(doc, '一、总体情况'), { line: 3 });
  assert.deepEqual(placeOf(doc, '规章'), { line: 7 });
});

test('HTML: the lines read, counted from the top, whatever source lines they are written on', () => {
  const html = [
    '<html><head><title>x</title></head><body>',
    '<p>钱店镇2024年政府信息公开工作年度报告</p>', // line 1 read
    '<div>',
    '  &nbsp;&nbsp;',
    '  一、总体情况</div>', // line 2
    '<table>',
    '<tr><td>规章</td>', // line 3: a row written over four source lines, one cell on each
    '<td>1</td><td>0</td>',
    '<td>',
    '11</td><td></td></tr>',
    // A CMS writes rows on one source line: each is a line of its own (4 and 5).
    '<tr><td>行政许可</td><td>35</td></tr><tr><td>行政处罚</td><td>12</td></tr>',
    '</table><p>二、主动公开</p></body></html>', // line 6
  ].join('\n');
  const doc = htmlToDocument(html);
  assert.deepEqual(placeOf(doc, '钱店镇'), { line: 1 });
  assert.deepEqual(placeOf(doc, '一、总体情况'), { line: 2 });
  const row = doc.lines.find((l) => l.cells[0] === '规章')!;
  assert.deepEqual(row.cells, ['规章', '1', '0', '11', '']);
  assert.deepEqual(row.place, { line: 3 });
  assert.equal(row.cellPlaces, undefined, 'every cell is on its row\'s line');
  assert.deepEqual(placeOf(doc, '行政许可'), { line: 4 });
  assert.deepEqual(placeOf(doc, '行政处罚'), { line: 5 });
  assert.deepEqual(placeOf(doc, '二、主动公开'), { line: 6 });
});

test('HTML: a colspan pads its row with empty cells on the row\'s line', () => {
  const doc = htmlToDocument('<p>表二</p><table>\n<tr>\n<td colspan="3">第二十条第（一）项</td>\n</tr>\n</table>');
  assert.deepEqual(doc.lines[1]!.cells, ['第二十条第（一）项', '', '']);
  assert.deepEqual(doc.lines[1]!.place, { line: 2 });
});

test('DOCX: paragraphs and table rows counted from the top of the body, one each', async () => {
  // tests/fixtures/layouts/docx.docx, counted in its word/document.xml: 12 paragraphs before the
  // first table, whose 14 rows are blocks 13–26; 三、… is paragraph 27.
  const doc = await readDocx(new Uint8Array(readFileSync(new URL('../../fixtures/layouts/docx.docx', import.meta.url))));
  assert.deepEqual(placeOf(doc, '红旗街道办事处2023年'), { line: 3 });
  assert.deepEqual(placeOf(doc, '一、总体情况'), { line: 6 });
  assert.deepEqual(placeOf(doc, '规章'), { line: 15 });
  assert.deepEqual(placeOf(doc, '三、收到和处理政府信息公开申请情况'), { line: 27 });
  assert.deepEqual(placeOf(doc, '三、本年度办理结果'), { line: 33 }, 'the row of （一）予以公开');
  assert.deepEqual(placeOf(doc, '四、政府信息公开行政复议'), { line: 56 });
  assert.deepEqual(placeOf(doc, '六、其他需要报告的事项'), { line: 63 });
});

test('DOCX: an empty paragraph counts (Word shows it as ¶), the paragraphs inside a cell do not', async () => {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text), new Paragraph('')] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('标题'), // 1
          new Paragraph(''), // 2
          new Paragraph('一、总体情况'), // 3
          new Table({ rows: [new TableRow({ children: [cell('规章'), cell('1')] }), new TableRow({ children: [cell('行政许可'), cell('5')] })] }), // 4, 5
          new Paragraph('二、主动公开政府信息情况'), // 6
        ],
      },
    ],
  });
  const doc = await readDocx(new Uint8Array(await Packer.toBuffer(document)));
  assert.deepEqual(doc.lines.map((l) => [l.cells[0], l.place.line]), [
    ['标题', 1],
    ['一、总体情况', 3],
    ['规章', 4],
    ['行政许可', 5],
    ['二、主动公开政府信息情况', 6],
  ]);
});
