/**
 * A web page's own title: its `<title>` (in the `<head>`, which is no text of the report) and its
 * `<h1>`s are kept apart as title evidence, and the lines of the page are what they were without
 * them: the 原文 view and every place count the same lines.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToDocument } from '../../../src/lib/read/html.ts';

const PAGE = [
  '<html><head>',
  '<title> 红旗镇2024年政府信息公开工作年度报告 _ 红旗镇人民政府 </title>',
  '<script>var t = "<h1>不是标题</h1>";</script>',
  '</head><body>',
  '<h1>红旗镇2024年<b>政府信息公开</b>工作年度报告</h1>',
  '<p>一、总体情况</p>',
  '<svg><title>图标</title></svg>',
  '</body></html>',
].join('\n');

test('the <title> and each <h1> are title evidence, in page order; a script\'s text and an svg\'s <title> are not', () => {
  const doc = htmlToDocument(PAGE);
  assert.deepEqual(doc.titles, ['红旗镇2024年政府信息公开工作年度报告 _ 红旗镇人民政府', '红旗镇2024年政府信息公开工作年度报告']);
});

test('the <title> is no line of the page: the <h1> is its first line, as the 原文 view counts them', () => {
  const doc = htmlToDocument(PAGE);
  assert.deepEqual(doc.lines.map((l) => [l.place.line, l.cells.join('|')]), [
    [1, '红旗镇2024年政府信息公开工作年度报告'],
    [2, '一、总体情况'],
  ]);
});

test('a page without a title has no title evidence', () => {
  assert.equal(htmlToDocument('<p>一、总体情况</p>').titles, undefined);
});

test('a title as long as a page is cut: the evidence is a title, not a copy of the page', () => {
  const doc = htmlToDocument(`<html><head><title>${'红旗镇'.repeat(100_000)}</title></head><body><p>正文</p></body></html>`);
  assert.ok(doc.titles![0]!.length < 1000);
  assert.deepEqual(doc.lines.map((l) => l.cells.join('')), ['正文']);
});
