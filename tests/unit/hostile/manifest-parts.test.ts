/**
 * agencies.csv in an ingest run in parts: a part keeps the manifest's bytes only when it is a
 * file the rules read, never what a link points to (the assembled log would show it) and never a
 * FIFO (copying one blocks the run forever).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleIngest } from '../../../src/lib/ingest/assemble-fs.ts';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import { SEEDS } from './cases.ts';

/** Ingests `content` in two parts and assembles them; returns the assembled ingest-log.json's text and the part folders. */
async function inParts(content: string, work: string): Promise<{ log: string; parts: string[] }> {
  const parts = [1, 2].map((index) => join(work, `part-${index}`));
  for (const [i, out] of parts.entries()) await runIngest({ contentDir: content, outDir: out, part: { index: i + 1, count: 2 }, jobs: 1 });
  const out = join(work, 'data');
  const assembled = assembleIngest(parts, out);
  assert.ok(!('problems' in assembled), JSON.stringify(assembled));
  return { log: readFileSync(join(out, 'ingest-log.json'), 'utf8'), parts };
}

function contentWith(make: (content: string) => void): { content: string; work: string } {
  const work = mkdtempSync(join(tmpdir(), 'manifest-parts-'));
  const content = join(work, 'content');
  cpSync(SEEDS, content, { recursive: true });
  make(content);
  return { content, work };
}

test('a linked agencies.csv is kept by no part, and nothing of its target reaches the log', async () => {
  const outside = join(mkdtempSync(join(tmpdir(), 'manifest-private-')), 'secret.csv');
  writeFileSync(outside, 'match,code\n私人内容,411625106\n');
  const { content, work } = contentWith((dir) => symlinkSync(outside, join(dir, 'agencies.csv')));
  const { log, parts } = await inParts(content, work);
  for (const part of parts) assert.ok(!existsSync(join(part, 'agencies.csv')), part);
  assert.ok(!log.includes('私人'), log);
  assert.match(log, /agencies\.csv: symlink: skipped, a symbolic link/);
});

test('a FIFO agencies.csv does not hold up a run in parts', async () => {
  const { content, work } = contentWith((dir) => spawnSync('mkfifo', [join(dir, 'agencies.csv')]));
  const { log, parts } = await inParts(content, work);
  for (const part of parts) assert.ok(!existsSync(join(part, 'agencies.csv')), part);
  assert.match(log, /agencies\.csv: special-file: skipped, a named pipe/);
});

test('a regular agencies.csv is kept by every part and used when they are assembled', async () => {
  const { content, work } = contentWith((dir) => writeFileSync(join(dir, 'agencies.csv'), 'match,code\n没有的镇,411625106\n'));
  const { log, parts } = await inParts(content, work);
  for (const part of parts) assert.equal(readFileSync(join(part, 'agencies.csv'), 'utf8'), 'match,code\n没有的镇,411625106\n');
  assert.match(log, /agencies\.csv:2: manifest-unused: \\"没有的镇\\"/);
});
