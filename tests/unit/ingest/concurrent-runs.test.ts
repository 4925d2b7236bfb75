/**
 * Two runs into one --out (or one cache): the second is refused with exit 2 naming the run that
 * holds it, and the first writes its output whole; a lock whose run is dead is taken over. The
 * first run is held at a point of its writing (files/generation-fs.ts `hook`) while the second
 * starts, so the two overlap by construction, not by timing.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const SEEDS = 'content/reports';

function workspace(): { work: string; content: string } {
  const work = mkdtempSync(join(tmpdir(), 'ingest-two-'));
  const content = join(work, 'content');
  mkdirSync(content);
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(content, name));
  return { work, content };
}

function ingest(args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', ...args, '--quiet', '--jobs', '1'], { encoding: 'utf8' });
  return { code: run.status, stderr: run.stderr };
}

test('a second run into a folder in use exits 2 naming the run that holds it; the first finishes whole', async () => {
  const { work, content } = workspace();
  const out = join(work, 'out');
  const cache = join(work, 'cache');
  const go = join(work, 'go');
  const first = spawn(process.execPath, ['tests/unit/ingest/workers/ingest-until.ts', content, out, 'swap', 'wait', go], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  await new Promise<void>((resolve) => first.stderr.on('data', (chunk: Buffer) => {
    said += chunk.toString();
    if (said.includes('waiting at swap')) resolve();
  }));

  const second = ingest([content, '--out', out, '--no-cache']);
  assert.equal(second.code, 2);
  assert.match(second.stderr, new RegExp(`^ingest: --out ${out} is in use by another run \\(pid ${first.pid} on .+, started \\d{4}-.+\\): wait for it to end and run again`));
  assert.equal(second.stderr.trim().split('\n').length, 1);

  writeFileSync(go, '');
  const code = await new Promise<number | null>((resolve) => first.on('exit', resolve));
  assert.equal(code, 0, said);
  assert.equal((JSON.parse(readFileSync(join(out, 'reports.json'), 'utf8')) as unknown[]).length, 5);
  assert.equal(readdirSync(join(out, 'reports')).length, 5);
  assert.equal(existsSync(join(out, '.ingest-lock')), false);

  mkdirSync(cache);
  // A cache held by a live run (this test's own process).
  writeFileSync(join(cache, '.ingest-lock'), `${JSON.stringify({ pid: process.pid, started: '2026-01-01T00:00:00.000Z', host: hostname() })}\n`);
  const cached = ingest([content, '--out', join(work, 'other'), '--cache-dir', cache]);
  assert.equal(cached.code, 2);
  assert.match(cached.stderr, new RegExp(`--cache-dir ${cache} is in use by another run \\(pid ${process.pid} `));
  assert.equal(existsSync(join(work, 'other', '.ingest-lock')), false, 'the lock on --out is given back');
});

test('a lock left by a dead run is taken over', () => {
  const { work, content } = workspace();
  const out = join(work, 'out');
  mkdirSync(out);
  // A process that has ended: its pid is free.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  writeFileSync(join(out, '.ingest-lock'), `${JSON.stringify({ pid: Number(dead), started: '2026-01-01T00:00:00.000Z', host: hostname() })}\n`);
  const run = ingest([content, '--out', out, '--no-cache']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(readdirSync(join(out, 'reports')).length, 5);
  assert.equal(existsSync(join(out, '.ingest-lock')), false);
});
