import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteHint, notePlace, noteTitle } from '../../../src/lib/present/note-text.ts';

test('a note’s place in the words of its source: page and line of a PDF or OFD, paragraph of a Word file, sheet and cell of a workbook, line otherwise', () => {
  assert.equal(notePlace({ page: 3, line: 12 }, 'pdf'), '原文第3页第12行');
  assert.equal(notePlace({ page: 4, line: 17 }, 'ofd'), '原文第4页第17行');
  assert.equal(notePlace({ line: 58 }, 'docx'), '原文第58个段落或表格行');
  assert.equal(notePlace({ line: 33 }, 'doc'), '原文第33个段落或表格行');
  assert.equal(notePlace({ line: 44, sheet: '表三', cell: 'J44' }, 'xls'), '原文工作表“表三”J44单元格');
  assert.equal(notePlace({ line: 44, sheet: '表三' }, 'xls'), '原文工作表“表三”第44行');
  assert.equal(notePlace({ line: 48 }, 'html'), '原文第48行');
  assert.equal(notePlace({ line: 7 }, 'text'), '原文第7行');
  assert.equal(notePlace({}, 'pdf'), null);
});

test('a note code’s title and hint come from the closed set', () => {
  assert.equal(noteTitle('section-missing'), '正文部分缺失');
  assert.equal(noteHint('column-missing'), '原表没有印出这一列，该列各格为空白，不是0。');
});
