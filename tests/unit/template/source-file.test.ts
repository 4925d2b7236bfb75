import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idOfSourceFile, sourceFileName } from '../../../src/lib/template/source-file.ts';
import type { Report } from '../../../src/lib/template/schema.ts';

const source = (format: Report['source']['format'], path: string) => ({ id: '2023-hong-qi-1a2b3c4d', source: { format, path } as Report['source'] });

test('a source is published under its report id with the extension of its format', () => {
  assert.equal(sourceFileName(source('pdf', 'a/b.PDF')), '2023-hong-qi-1a2b3c4d.pdf');
  assert.equal(sourceFileName(source('docx', 'b.docx')), '2023-hong-qi-1a2b3c4d.docx');
  assert.equal(sourceFileName(source('html', 'b.htm')), '2023-hong-qi-1a2b3c4d.html.txt');
  assert.equal(sourceFileName(source('ofd', 'b.ofd')), '2023-hong-qi-1a2b3c4d.ofd');
});

test('Word, workbook and image sources keep their own extension, so the right program opens them', () => {
  assert.equal(sourceFileName(source('doc', '2023/红旗.WPS')), '2023-hong-qi-1a2b3c4d.wps');
  assert.equal(sourceFileName(source('doc', 'b.doc')), '2023-hong-qi-1a2b3c4d.doc');
  assert.equal(sourceFileName(source('xls', 'b.et')), '2023-hong-qi-1a2b3c4d.et');
  assert.equal(sourceFileName(source('xls', 'b.xls')), '2023-hong-qi-1a2b3c4d.xls');
  assert.equal(sourceFileName(source('xls', 'b.xlsx')), '2023-hong-qi-1a2b3c4d.xlsx');
  assert.equal(sourceFileName(source('image', 'b.JPG')), '2023-hong-qi-1a2b3c4d.jpg');
});

test('text, Markdown and the remaining formats take the extension of their format, whatever the name', () => {
  assert.equal(sourceFileName(source('text', 'b.doc')), '2023-hong-qi-1a2b3c4d.txt');
  assert.equal(sourceFileName(source('markdown', 'b.md')), '2023-hong-qi-1a2b3c4d.md.txt');
  assert.equal(sourceFileName(source('html', 'b.png')), '2023-hong-qi-1a2b3c4d.html.txt', 'a page named as an image is still served as text');
  assert.equal(sourceFileName(source('pdf', 'b.doc')), '2023-hong-qi-1a2b3c4d.pdf');
  assert.equal(sourceFileName(source('docx', 'b.wps')), '2023-hong-qi-1a2b3c4d.docx');
});

test('an own extension counts only at the end of the name, and a name without one takes the format’s', () => {
  assert.equal(sourceFileName(source('doc', 'b.docx')), '2023-hong-qi-1a2b3c4d.doc', '.doc not at the end');
  assert.equal(sourceFileName(source('doc', 'b.wps.html')), '2023-hong-qi-1a2b3c4d.doc');
  assert.equal(sourceFileName(source('xls', 'b.ets')), '2023-hong-qi-1a2b3c4d.xlsx');
  assert.equal(sourceFileName(source('xls', 'b.XLS')), '2023-hong-qi-1a2b3c4d.xls');
  assert.equal(sourceFileName(source('image', 'b.jpeg')), '2023-hong-qi-1a2b3c4d.jpeg');
  assert.equal(sourceFileName(source('image', 'b.tif')), '2023-hong-qi-1a2b3c4d.tif');
  assert.equal(sourceFileName(source('image', 'b.TIFF')), '2023-hong-qi-1a2b3c4d.tiff');
  assert.equal(sourceFileName(source('image', 'b.png')), '2023-hong-qi-1a2b3c4d.png');
  assert.equal(sourceFileName(source('image', 'b.gif')), '2023-hong-qi-1a2b3c4d.png');
  assert.equal(sourceFileName(source('image', 'b.xjpg')), '2023-hong-qi-1a2b3c4d.png', 'only after a dot');
  assert.equal(sourceFileName(source('image', 'b.jpg.gif')), '2023-hong-qi-1a2b3c4d.png', 'an image extension inside the name');
});

test('a source file name gives back its report id: all before the first dot', () => {
  assert.equal(idOfSourceFile('2023-hong-qi-1a2b3c4d.html.txt'), '2023-hong-qi-1a2b3c4d');
  assert.equal(idOfSourceFile('2023-hong-qi-1a2b3c4d.pdf'), '2023-hong-qi-1a2b3c4d');
  assert.equal(idOfSourceFile('2023-hong-qi-1a2b3c4d'), null, 'no extension: no source of a report');
  assert.equal(idOfSourceFile('.pdf'), null, 'no id before the dot');
  assert.equal(idOfSourceFile('x.pdf'), 'x');
});
