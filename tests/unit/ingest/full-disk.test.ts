/**
 * A full disk: --out on a full file system ends in one line saying which folder and how much the
 * run needed, with the previous output intact and nothing of the run left; a cache that cannot be
 * written is given up with a warning, and the run completes. On a small tmpfs where the test may
 * mount one; where it may not, the same code path is taken by a writer made to fail with ENOSPC.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { OutputError } from '../../../src/lib/files/generation-fs.ts';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';

const SEEDS = 'content/reports';
const FULL = /^ingest: --out (.+): the disk is full \(ENOSPC\): this run's output needs about \d+(?:\.\d)? [KM]B(?:, \d+(?:\.\d)? [KM]B free)?; the previous output is left as it was and nothing of this run is kept: free space there \(or choose another folder\) and run again$/;

function workspace(): { work: string; content: string; names: string[] } {
  const work = mkdtempSync(join(tmpdir(), 'ingest-full-'));
  const content = join(work, 'content');
  mkdirSync(content);
  const names = readdirSync(SEEDS).sort();
  for (const name of names) copyFileSync(join(SEEDS, name), join(content, name));
  return { work, content, names };
}

function ingest(args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', ...args, '--quiet', '--jobs', '1'], { encoding: 'utf8' });
  return { code: run.status, stderr: run.stderr };
}

/** A tmpfs of `size` at `dir`, or false where this test may not mount one. */
function mountTmpfs(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}

/** What ingest keeps at the top of --out, and the bytes a reader sees. */
function state(out: string): { names: string[]; reports: string; log: string } {
  return { names: readdirSync(out).sort(), reports: readFileSync(join(out, 'reports.json'), 'utf8'), log: readFileSync(join(out, 'ingest-log.json'), 'utf8') };
}

test('--out on a full disk: one line, the old output intact, nothing of the run left', async () => {
  const { work, content, names } = workspace();
  const disk = join(work, 'disk');
  const mounted = mountTmpfs(disk, '2m');
  try {
    const out = join(disk, 'out');
    assert.equal(ingest([content, '--out', out, '--no-cache']).code, 0);
    const before = state(out);
    appendFileSync(join(content, names[0]!), '\n');
    if (mounted) {
      // The disk filled by a person's own file, leaving less than the new run's few files need.
      const fs = statfsSync(disk);
      writeFileSync(join(disk, 'filler'), Buffer.alloc(Math.max(0, fs.bavail * fs.bsize - 8192)));
      const run = ingest([content, '--out', out, '--no-cache']);
      assert.equal(run.code, 1, run.stderr);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0]!, FULL);
      assert.equal(FULL.exec(lines[0]!)![1], out);
      // A cache on the full disk is given up with a warning; the run completes.
      const cache = join(disk, 'cache');
      const cached = ingest([content, '--out', join(work, 'elsewhere'), '--cache-dir', cache]);
      assert.equal(cached.code, 0, cached.stderr);
      assert.match(cached.stderr, new RegExp(`^ingest: warning: --cache-dir ${cache} cannot be (?:used|written) \\(ENOSPC\\)`, 'm'));
      assert.match(cached.stderr, /ingest: 5 files in .* s: 5 ok/);
      rmSync(join(disk, 'filler'));
    } else {
      await assert.rejects(runIngest({ contentDir: content, outDir: out, jobs: 1, output: { failAfterBytes: 4096 } }), (error: Error) => error instanceof OutputError && FULL.test(`ingest: ${error.message}`));
    }
    assert.deepEqual(state(out), before);
    // With room again, the next run writes the new output.
    assert.equal(ingest([content, '--out', out, '--no-cache']).code, 0);
    assert.notEqual(state(out).reports, before.reports);
    // The same names, the new run's generation in place of the old.
    const generic = (names: string[]) => names.map((n) => n.replace(/^\.ingest-gen-\d+$/, '.ingest-gen-N'));
    assert.deepEqual(generic(state(out).names), generic(before.names));
    assert.notDeepEqual(state(out).names, before.names);
  } finally {
    if (mounted) spawnSync('umount', [disk]);
  }
});

test('a writer that fails with ENOSPC part-way says how much the whole output needs, and keeps the old one', async () => {
  const { work, content, names } = workspace();
  const out = join(work, 'out');
  await runIngest({ contentDir: content, outDir: out, jobs: 1 });
  const before = state(out);
  appendFileSync(join(content, names[0]!), '\n');
  let message = '';
  await assert.rejects(runIngest({ contentDir: content, outDir: out, jobs: 1, output: { failAfterBytes: 2000 } }), (error: Error) => {
    message = error.message;
    return error instanceof OutputError;
  });
  assert.match(`ingest: ${message}`, FULL);
  assert.deepEqual(state(out), before);
  await runIngest({ contentDir: content, outDir: out, jobs: 1 });
  // What it said it needed covers at least the two files every run writes whole.
  const needed = Number(/needs about (\d+) KB/.exec(message)![1]) * 1024;
  assert.ok(needed >= readFileSync(join(out, 'reports.json')).length + readFileSync(join(out, 'ingest-log.json')).length, message);
});

test('a cache that cannot be written is given up with a warning; the run completes', () => {
  const { work, content } = workspace();
  const cache = join(work, 'cache');
  mkdirSync(cache);
  // Every subfolder the cache would make is taken by a file: no entry can be written.
  for (let i = 0; i < 256; i++) writeFileSync(join(cache, i.toString(16).padStart(2, '0')), '');
  const run = ingest([content, '--out', join(work, 'out'), '--cache-dir', cache]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, new RegExp(`^ingest: warning: --cache-dir ${cache} cannot be written \\(EEXIST\\): results of this run are not kept; free space there or give another --cache-dir$`, 'm'));
  assert.match(run.stderr, /ingest: 5 files in .* s: 5 ok/);
});
