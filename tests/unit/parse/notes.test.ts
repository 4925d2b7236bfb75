/** A parser's notes: each with its level, code and message, and the place it is about as a person finds it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NoteList } from '../../../src/lib/parse/notes.ts';

test('a note carries the line, and the page, sheet and cell where the place has them', () => {
  const notes = new NoteList();
  notes.add('warning', 'row-cells', '表二“规章”行', { line: 23 });
  notes.add('info', 'unit-converted', '第4页', { page: 4, line: 17 });
  notes.add('warning', 'cell-unread', '工作表', { sheet: '表三', line: 44, cell: 'L44' });
  notes.add('error', 'table-missing', '未找到表三');
  assert.deepEqual(notes.items, [
    { level: 'warning', code: 'row-cells', message: '表二“规章”行', line: 23 },
    { level: 'info', code: 'unit-converted', message: '第4页', line: 17, page: 4 },
    { level: 'warning', code: 'cell-unread', message: '工作表', line: 44, sheet: '表三', cell: 'L44' },
    { level: 'error', code: 'table-missing', message: '未找到表三' },
  ]);
});
