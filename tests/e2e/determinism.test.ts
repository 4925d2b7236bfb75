/**
 * The same folder ingested and built twice gives byte-identical data/ and dist/: every
 * id, order and file of the output follows from the input alone, never from timing, the worker
 * that parsed a file or the folder the data was written to.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ROOT, SEARCH_PART_PAGES } from './build-site.ts';

function files(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

function assertSame(a: string, b: string): void {
  const left = files(a);
  const right = files(b);
  assert.deepEqual([...left.keys()].sort(), [...right.keys()].sort());
  const differ = [...left].filter(([path, bytes]) => !bytes.equals(right.get(path)!)).map(([path]) => path);
  assert.deepEqual(differ, [], 'files that differ');
}

test('the same folder ingested and built twice gives byte-identical data/ and dist/', () => {
  const work = mkdtempSync(join(tmpdir(), 'determinism-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content', 'reports'), content, { recursive: true });
  cpSync(join(ROOT, 'tests', 'e2e', 'fixtures', 'content'), content, { recursive: true });
  for (const run of ['a', 'b']) {
    const data = join(work, `data-${run}`);
    // The reports' ingestedAt is the run's time: both runs take it from SOURCE_DATE_EPOCH.
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1780000000', SITE_DATA_DIR: data, BASE_PATH: '', PART: '', SEARCH_PART_PAGES: String(SEARCH_PART_PAGES) };
    const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env });
    // One run in two workers without the cache, the other in one worker with a fresh cache.
    node(['scripts/ingest.ts', content, '--out', data, '--quiet', ...(run === 'a' ? ['--no-cache', '--jobs', '2'] : ['--cache-dir', join(work, 'cache'), '--jobs', '1'])]);
    node([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(work, `dist-${run}`)]);
  }
  assertSame(join(work, 'data-a'), join(work, 'data-b'));
  assertSame(join(work, 'dist-a'), join(work, 'dist-b'));
});
