/**
 * The DOCX reader at LIMITS.lines: a document of more lines than that keeps the first ones, with a
 * note. Apart from docx.test.ts because it is slow (100,001 lines), so that a mutation run of the
 * reader can leave it out but for the lines it is about.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../../src/lib/read/docx.ts';
import { cut, LIMITS } from '../../../src/lib/read/limits.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A paragraph of `n` lines, each one character, parted by line breaks: under LIMITS.lineChars while n is under half of it. */
const paragraph = (n: number, text: string) => `<w:p><w:r>${Array<string>(n).fill(`<w:t>${text}</w:t>`).join('<w:br/>')}</w:r></w:p>`;

test('a document of one line more than LIMITS.lines keeps that many, the last one left out with a note', async () => {
  // Three paragraphs: 40,000 lines, 40,000 more, then 20,001: 100,001 in all.
  const body = paragraph(40_000, '甲') + paragraph(40_000, '乙') + paragraph(LIMITS.lines.value - 80_000 + 1, '丙');
  const doc = await readDocx(zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`) }));
  assert.equal(doc.lines.length, LIMITS.lines.value);
  assert.deepEqual(doc.lines.at(-1), { cells: ['丙'], place: { line: 3 } });
  assert.deepEqual(doc.lines[40_000], { cells: ['乙'], place: { line: 2 } });
  assert.deepEqual(doc.warnings, [{ code: 'limit-reached', message: cut('lines') }]);
});
