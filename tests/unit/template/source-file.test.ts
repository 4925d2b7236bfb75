import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceFileName } from '../../../src/lib/template/source-file.ts';
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
