/**
 * RTF files as their writers wrote them (tests/fixtures/layouts): told by their bytes whatever
 * their name, and read to the same cells. Apart from rtf.test.ts because reading whole files takes
 * a second or two: a mutation run gives each mutant the quick tests first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from '../../../src/lib/read/index.ts';

test('RTF is told by its bytes: named .doc, it is read as RTF, and the other writers give the same cells', async () => {
  const abiword = await readFile(readFileSync('tests/fixtures/layouts/abiword-rtf.doc'), 'report.doc');
  assert.equal(abiword.format, 'rtf');
  const libre = await readFile(readFileSync('tests/fixtures/layouts/rtf.rtf'), 'report.rtf');
  assert.equal(libre.format, 'rtf');
  // Read by hand from html.html, table 三's first row: 本年新收 12, 3, 0, 1, 2, 0, total 18.
  for (const { doc } of [abiword, libre]) {
    const row = doc.lines.find((l) => l.cells[0] === '一、本年新收政府信息公开申请数量');
    assert.deepEqual(row?.cells.filter((c) => c !== ''), ['一、本年新收政府信息公开申请数量', '12', '3', '0', '1', '2', '0', '18']);
  }
});
