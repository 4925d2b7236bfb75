/**
 * One string longer than a line may be (limits.ts `lineChars`, 100,000 characters), in every
 * format: a text line, an HTML text node and attribute, a DOCX `<w:t>`, a workbook's shared
 * string, a PDF text item and a PDF line of many items, a Word 97 paragraph. Each file is made at
 * test time (tens of megabytes where the format does not compress, a hundred kilobytes where it
 * does). They are ingested in one run whose workers have a third of the memory a worker has
 * (LIMITS.workerHeapMb), so that a reader building the whole string, or many copies of it, fails
 * its file as out of memory: the run must complete, and each file come out as a report (or, not
 * being one, be skipped) with its line cut and a note that says so.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import { LIMITS } from '../../../src/lib/read/limits.ts';
import type { LogEntry } from '../../../src/lib/template/schema.ts';
import { QIANDIAN } from './cases.ts';
import { docOf, docxOf, pdfOf, xlsxOf } from './long-files.ts';

const HTML = readFileSync(new URL('../../fixtures/layouts/html.html', import.meta.url), 'utf8');
/** The note of one line cut at the limit (limits.ts `cut('lineChars', 1)`). */
const ONE_LINE_CUT = /原文有1行超过100,000字，每行超出的部分未读入（读取上限）/;

let log: LogEntry[];
let out: string;
before(async () => {
  const work = mkdtempSync(join(tmpdir(), 'long-strings-'));
  const dir = join(work, 'content');
  mkdirSync(dir);
  // A report (钱店镇 2024) followed by one line of 20 million characters and no newline.
  writeFileSync(join(dir, 'line.txt'), `${QIANDIAN}\n${'字'.repeat(20_000_000)}`);
  // The set A report as a web page, with a paragraph of 20 million characters, and with an attribute of as many.
  writeFileSync(join(dir, 'text-node.html'), HTML.replace('</body>', `<p>${'字'.repeat(20_000_000)}</p></body>`));
  writeFileSync(join(dir, 'attribute.html'), HTML.replace('<body>', `<body><div title="${'字'.repeat(20_000_000)}"></div>`));
  // 100 million characters, deflated to about 100 KB.
  writeFileSync(join(dir, 'long-run.docx'), docxOf('x'.repeat(100_000_000)));
  writeFileSync(join(dir, 'long-string.xlsx'), xlsxOf(['x'.repeat(100_000_000)]));
  // One Tj of a million characters, printed so small that the page holds them (pdf.js drops what falls off the page).
  writeFileSync(join(dir, 'long-item.pdf'), pdfOf(`BT /F1 0.0001 Tf 0 400 Td (${'x'.repeat(1_000_000)}) Tj ET`));
  // 200,000 items of two characters, each placed where the one before ends: one line of 400,000 characters.
  writeFileSync(join(dir, 'many-items.pdf'), pdfOf(`BT /F1 0.0001 Tf 0 400 Td ${'(ab) Tj 0.0001 0 Td '.repeat(200_000)}ET`));
  // A Word 97 paragraph of 60 million characters (60 MB: the text of a .doc is not compressed).
  writeFileSync(join(dir, 'long-paragraph.doc'), docOf(`${'x'.repeat(60_000_000)}\r`));
  out = join(work, 'out');
  ({ log } = await runIngest({ contentDir: dir, outDir: out, jobs: 1, pool: { heapMb: Math.round(LIMITS.workerHeapMb.value / 3) } }));
});

function entry(path: string): LogEntry {
  const found = log.find((e) => e.path === path);
  assert.ok(found, `${path} is in the log: ${log.map((e) => e.path).join(', ')}`);
  return found;
}

/** The lines of a report's 原文 view (lines/<id>.json), each as its cells joined. */
function viewLines(id: string): string[] {
  const { lines } = JSON.parse(readFileSync(join(out, 'lines', `${id}.json`), 'utf8')) as { lines: { cells: string[] }[] };
  return lines.map((l) => l.cells.join(''));
}

test('a text line of 20 million characters: the report is read, the line cut at 100,000 and noted', () => {
  const e = entry('line.txt');
  assert.equal(e.status, 'ok', e.messages.join(' | '));
  assert.ok(e.messages.some((m) => /^line\.txt: warning: limit-reached: /.test(m) && ONE_LINE_CUT.test(m)), e.messages.join(' | '));
  const long = viewLines(e.id!).filter((l) => l.startsWith('字字字'));
  assert.deepEqual(long.map((l) => l.length), [100_000]);
});

test('an HTML paragraph of 20 million characters: the report is read, the line cut and noted', () => {
  const e = entry('text-node.html');
  assert.equal(e.status, 'ok', e.messages.join(' | '));
  assert.ok(e.messages.some((m) => /^text-node\.html: warning: limit-reached: /.test(m) && ONE_LINE_CUT.test(m)), e.messages.join(' | '));
  assert.deepEqual(viewLines(e.id!).filter((l) => l.startsWith('字字字')).map((l) => l.length), [100_000]);
});

test('an HTML attribute of 20 million characters: the report is read, nothing of its text cut', () => {
  const e = entry('attribute.html');
  assert.equal(e.status, 'ok', e.messages.join(' | '));
  assert.ok(!e.messages.some((m) => /limit-reached/.test(m)), e.messages.join(' | '));
});

for (const [path, what] of [
  ['long-run.docx', 'a DOCX text run of 100 million characters'],
  ['long-string.xlsx', 'a shared string of 100 million characters'],
  ['long-item.pdf', 'a PDF text item of a million characters'],
  ['many-items.pdf', 'a PDF line of 200,000 text items'],
  ['long-paragraph.doc', 'a Word 97 paragraph of 60 million characters'],
] as const) {
  test(`${what}: read, not a report, and the log says the line was cut`, () => {
    const e = entry(path);
    // Not a report (no 政府信息公开 in it): skipped, with the reader's cut in the reason.
    assert.equal(e.status, 'skipped', e.messages.join(' | '));
    assert.equal(e.messages.length, 1);
    assert.ok(e.messages[0]!.startsWith(`${path}: not-a-report: `), e.messages[0]);
    assert.match(e.messages[0]!, ONE_LINE_CUT);
  });
}
