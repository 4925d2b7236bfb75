/**
 * Byte-flip fuzzing of every binary reader: a few hundred damaged copies of the fixtures (bytes
 * flipped, files cut short), each run through a real ingest, whose workers hold the limits of
 * read/limits.ts. Each copy must end as a report, a skipped file or a failure with a code of the
 * closed set: never an internal error, never an unnamed exception from a library, never a stopped
 * run. The copies are made from a fixed seed, so a failure names a copy that can be made again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng, type Rng } from '../../../tools/corpus/prng.ts';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import { readPdf } from '../../../src/lib/read/pdf.ts';
import { ReadError } from '../../../src/lib/read/types.ts';
import { parseReport } from '../../../src/lib/parse/report.ts';
import type { LogEntry } from '../../../src/lib/template/schema.ts';

/** The binary fixtures, one per reader (a .wps and an .et are read as the .doc and .xls they are). */
const FIXTURES = [
  'tests/fixtures/layouts/docx.docx',
  'tests/fixtures/layouts/doc.doc',
  'tests/fixtures/layouts/doc-html.doc',
  'tests/fixtures/layouts/rtf.rtf',
  'tests/fixtures/layouts/xls.xls',
  'tests/fixtures/layouts/xlsx.xlsx',
  'tests/fixtures/ofd/huaian-2024.ofd',
];
const FLIPS = 30;
const CUTS = 10;

/**
 * The codes a file's failure may carry (read/types.ts ReadErrorCode, and the worker pool's limits);
 * written out here so that a reader inventing a code, or letting a library's error through as
 * `read-error`, fails this test.
 */
const NAMED_FAILURES = new Set([
  'empty-file', 'binary-file', 'unknown-encoding', 'unreadable-pdf', 'pdf-no-text', 'unreadable-docx',
  'unreadable-doc', 'unreadable-rtf', 'unreadable-xls', 'unreadable-ofd', 'ofd-no-text', 'unsupported-format',
  'unsupported-encoding', 'too-large', 'unreadable-image', 'image-too-large', 'too-many-pages',
  'ocr-no-text', 'time-limit', 'out-of-memory',
  // A file read whole but cut before its table 三 (RTF, like text, reads as far as it goes) fails
  // as a report without it, with the note's code.
  'table-missing',
]);

/** `bytes` with 1 to 16 of its bytes changed (each XORed with a non-zero byte). */
function flipped(bytes: Uint8Array, rng: Rng): Uint8Array {
  const copy = bytes.slice();
  const count = rng.int(1, 16);
  for (let i = 0; i < count; i++) copy[rng.int(0, copy.length - 1)] ^= rng.int(1, 255);
  return copy;
}

/** `bytes` cut short somewhere after its first byte. */
function cut(bytes: Uint8Array, rng: Rng): Uint8Array {
  return bytes.slice(0, rng.int(1, bytes.length - 1));
}

function variants(path: string, rng: Rng): { name: string; bytes: Uint8Array }[] {
  const bytes = new Uint8Array(readFileSync(path));
  const base = path.split('/').at(-1)!;
  const [stem, ext] = [base.replace(/\.[^.]+$/, ''), base.slice(base.lastIndexOf('.'))];
  return [
    ...Array.from({ length: FLIPS }, (_, i) => ({ name: `${stem}-flip${i}${ext}`, bytes: flipped(bytes, rng) })),
    ...Array.from({ length: CUTS }, (_, i) => ({ name: `${stem}-cut${i}${ext}`, bytes: cut(bytes, rng) })),
  ];
}

/** The code a failed entry's message carries: `path: code: …` (or `path:LINE: code: …`, or a note's `path: error: code: …`). */
function codeOf(entry: LogEntry): string | undefined {
  const rest = entry.messages[0]?.slice(entry.path.length) ?? '';
  return /^(?::[^:\s]+)?: (?:error: )?([a-z-]+): /.exec(rest)?.[1];
}

test('damaged copies of every binary fixture each end as a report, a skip or a named failure, and the run completes', { timeout: 15 * 60_000 }, async () => {
  const rng = createRng('fuzz-readers');
  const work = mkdtempSync(join(tmpdir(), 'fuzz-'));
  const content = join(work, 'content');
  mkdirSync(content);
  const names: string[] = [];
  for (const fixture of FIXTURES) {
    for (const { name, bytes } of variants(fixture, rng.fork(fixture))) {
      writeFileSync(join(content, name), bytes);
      names.push(name);
    }
  }
  await runIngest({ contentDir: content, outDir: join(work, 'out'), jobs: 2 });
  const log: LogEntry[] = readFileSync(join(work, 'out', 'ingest-log.json'), 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l.replace(/,$/, '')));
  assert.deepEqual(log.map((e) => e.path).sort(), [...names].sort(), 'every copy is in the log');
  const unnamed = log.filter((e) => e.status === 'failed' && !NAMED_FAILURES.has(codeOf(e) ?? ''));
  assert.deepEqual(unnamed.map((e) => e.messages[0]), [], 'every failure carries a code of the closed set');
  // Some copies are damaged where the readers never look: the fuzzing reaches the parser too.
  assert.ok(log.some((e) => e.status === 'ok' || e.status === 'partial'), 'some copies are still read as reports');
  rmSync(work, { recursive: true, force: true });
});

test('damaged copies of a PDF each read as lines or throw a named ReadError', { timeout: 10 * 60_000 }, async () => {
  const rng = createRng('fuzz-pdf');
  const bytes = new Uint8Array(readFileSync('tests/fixtures/real/huaian-2024.pdf'));
  const unnamed: string[] = [];
  let read = 0;
  for (let i = 0; i < 20; i++) {
    const copy = i < 15 ? flipped(bytes, rng) : cut(bytes, rng);
    try {
      const doc = await readPdf(copy);
      parseReport(doc);
      read++;
    } catch (error) {
      if (!(error instanceof ReadError)) unnamed.push(`copy ${i}: ${(error as Error).message}`);
    }
  }
  assert.deepEqual(unnamed, []);
  assert.ok(read > 0, 'some copies are still read');
});
