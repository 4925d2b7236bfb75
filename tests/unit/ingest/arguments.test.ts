/**
 * The command line's arguments are checked before any work, each refusal one line with exit 2
 * (so that no argument destroys or exposes data, and an empty or odd one is named); and an output folder loses
 * nothing ingest did not write itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnUnprivileged } from '../hostile/unprivileged.ts';

const SEEDS = 'content/reports';

function ingest(args: string[], env: Record<string, string | undefined> = {}) {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: undefined, SITE_DATA_DIR: undefined, ...env } });
  return { code: run.status, stderr: run.stderr };
}

/** `work/content` holds the sample reports. */
function workspace(): { work: string; content: string } {
  const work = mkdtempSync(join(tmpdir(), 'args-'));
  const content = join(work, 'content');
  cpSync(SEEDS, content, { recursive: true });
  return { work, content };
}

function assertRefused(run: { code: number | null; stderr: string }, reason: RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, reason);
}

test('an --out that is, contains or lies inside the content folder is refused, and the reports stay', () => {
  const { work, content } = workspace();
  const before = readdirSync(content).sort();
  assertRefused(ingest([content, '--out', content]), /--out .* is the content folder itself/);
  assertRefused(ingest([content, '--out', work]), /--out .* contains the content folder/);
  assertRefused(ingest([content, '--out', join(content, 'data')]), /--out .* lies inside the content folder/);
  // `SITE_DATA_DIR=content npm run build` runs ingest with its default content folder.
  assertRefused(ingest([content], { SITE_DATA_DIR: content }), /is the content folder itself/);
  assert.deepEqual(readdirSync(content).sort(), before);
  assert.ok(!existsSync(join(content, 'data')));
});

test('empty and unusable folders are refused before any work', () => {
  const { work, content } = workspace();
  writeFileSync(join(work, 'afile'), 'x');
  assertRefused(ingest([], { CONTENT_DIR: '' }), /CONTENT_DIR is set but empty/);
  assertRefused(ingest(['', '--out', join(work, 'o')]), /the content folder is empty/);
  assertRefused(ingest([content, '--out', '']), /--out is empty/);
  assertRefused(ingest([content], { SITE_DATA_DIR: '' }), /SITE_DATA_DIR is set but empty/);
  assertRefused(ingest([content, '--out', join(work, 'afile', 'sub')]), /afile is a file, not a folder/);
  assertRefused(ingest([content, '--out', join(work, 'afile')]), /is a file, not a folder/);
  assertRefused(ingest([content, '--out', '/proc/nope']), /kernel file system/);
  assertRefused(ingest(['/proc', '--out', join(work, 'o')]), /kernel file system/);
  assertRefused(ingest([content, '--out', join(work, 'o'), '--cache-dir', join(work, 'afile')]), /--cache-dir .* is a file/);
  assertRefused(ingest([content, '--out', join(work, 'o'), '--cache-dir', join(content, 'cache')]), /--cache-dir .* lies inside the content folder/);
  assert.ok(!existsSync(join(work, 'o')), 'nothing was written');
});

test('an --out that cannot be written is refused before any work', () => {
  const { work, content } = workspace();
  const locked = join(work, 'locked');
  mkdirSync(locked, { mode: 0o555 });
  const run = spawnUnprivileged(['scripts/ingest.ts', content, '--out', join(locked, 'out'), '--no-cache']);
  assertRefused({ code: run.status, stderr: run.stderr }, /--out .* cannot be written \(EACCES\)/);
});

test('--jobs beyond the cores is capped, with a message', () => {
  const { work, content } = workspace();
  const run = ingest([content, '--out', join(work, 'o'), '--jobs', '100', '--quiet', '--no-cache']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, new RegExp(`--jobs 100 capped to ${availableParallelism()}, the number of cores`));
});

test('ingest deletes only files it wrote itself', () => {
  const { work, content } = workspace();
  const out = join(work, 'out');
  mkdirSync(join(out, 'reports'), { recursive: true });
  mkdirSync(join(out, 'sources'));
  for (const mine of ['notes.txt', 'reports/keep.json', 'sources/keep.pdf']) writeFileSync(join(out, mine), 'a person’s own file');
  assert.equal(ingest([content, '--out', out, '--quiet', '--no-cache']).code, 0);
  // A report removed from the content folder takes its own files along, and nothing else.
  const written = JSON.parse(readFileSync(join(out, '.ingest-current', '.ingest-files.json'), 'utf8')) as string[];
  const gone = written.find((n) => n.startsWith('sources/2024-qian-dian-zhen-'))!;
  cpSync(join(content, '004_8f4f033ed63f27b4.txt'), join(work, 'aside.txt'));
  spawnSync('rm', [join(content, '004_8f4f033ed63f27b4.txt')]);
  assert.equal(ingest([content, '--out', out, '--quiet', '--no-cache']).code, 0);
  assert.ok(!existsSync(join(out, gone)), `${gone} is removed`);
  assert.ok(!existsSync(join(out, gone.replace(/^sources\//, 'reports/').replace(/\.txt$/, '.json'))));
  for (const mine of ['notes.txt', 'reports/keep.json', 'sources/keep.pdf']) assert.equal(readFileSync(join(out, mine), 'utf8'), 'a person’s own file', mine);
  assert.equal(readdirSync(join(out, 'sources')).length, 4 + 1);
});
