import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FILE_CODES, LOG_CODE_KEYS, logCodeText, NOTE_CODE_KEYS, problemLine } from '../../../src/lib/template/notes.ts';
import { LogEntry } from '../../../src/lib/template/schema.ts';

test('a log code is a note’s or a file’s, never both, each with a title and a hint', () => {
  assert.equal(new Set(LOG_CODE_KEYS).size, LOG_CODE_KEYS.length);
  assert.ok(!Object.keys(FILE_CODES).some((c) => (NOTE_CODE_KEYS as string[]).includes(c)));
  assert.equal(logCodeText('unreadable-pdf').title, 'PDF无法打开');
  assert.equal(logCodeText('cell-ambiguous').title, '无法确定的数值', 'a note code keeps its note title');
  assert.match(logCodeText('manifest-code').hint, /区划代码/);
});

test('a problem’s line: where, the level when it has one, the code, the message', () => {
  assert.equal(problemLine({ where: 'a.pdf:p3:12', level: 'warning', code: 'cell-ambiguous', message: '缺少一个数字' }), 'a.pdf:p3:12: warning: cell-ambiguous: 缺少一个数字');
  assert.equal(problemLine({ where: 'agencies.csv:4', code: 'manifest-unused', message: '"甲" placed no report' }), 'agencies.csv:4: manifest-unused: "甲" placed no report');
});

test('a log written before problems were coded reads as none; a code outside the set is refused', () => {
  assert.deepEqual(LogEntry.parse({ path: 'a.txt', status: 'failed', messages: ['a.txt: empty-file: the file is empty (0 bytes)'] }).problems, []);
  assert.equal(LogEntry.safeParse({ path: 'a.txt', status: 'failed', messages: [], problems: [{ where: 'a.txt', code: 'no-such-code', message: 'x' }] }).success, false);
});
