/**
 * The ingest command as a user runs it: every file accounted for, deterministic output, exit codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SEEDS = 'content/reports';

/** Runs ingest on one clock (SOURCE_DATE_EPOCH): the outputs of runs into different folders are compared byte for byte. */
function ingest(args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1780000000' } });
  return { code: run.status, stderr: run.stderr };
}

function corpus(withBad: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  mkdirSync(join(dir, 'sub'));
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(dir, 'sub', name));
  if (withBad) {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'notice.txt'), '关于道路施工的通知：某路段于三月封闭施工，请绕行。');
  }
  return dir;
}

/** A folder for outputs, outside every content folder (ingest refuses an output inside its input). */
function outside(): string {
  return mkdtempSync(join(tmpdir(), 'ingest-out-'));
}

test('every input file appears in ingest-log.json; a bad file does not stop the run', () => {
  const dir = corpus(true);
  const out = join(outside(), 'out');
  const { code, stderr } = ingest([dir, '--out', out]);
  assert.equal(code, 0, stderr);
  const log = JSON.parse(readFileSync(join(out, 'ingest-log.json'), 'utf8')) as { path: string; status: string; messages: string[] }[];
  assert.deepEqual(log.map((l) => [l.path, l.status]), [
    ['empty.txt', 'failed'],
    ['notice.txt', 'skipped'],
    ['sub/000_026278d421cd2b0a.txt', 'ok'],
    ['sub/001_266c5205ef5c224f.txt', 'ok'],
    ['sub/002_76f9b4547565cabc.txt', 'ok'],
    ['sub/003_6e2b379abcfd2652.txt', 'ok'],
    ['sub/004_8f4f033ed63f27b4.txt', 'ok'],
  ]);
  assert.match(log[0]!.messages[0]!, /^empty\.txt: empty-file: /);
  assert.match(stderr, /7 files .*5 ok, 0 partial, 1 failed, 1 skipped/);
  const reports = JSON.parse(readFileSync(join(out, 'reports.json'), 'utf8')) as { id: string }[];
  assert.deepEqual(reports.map((r) => r.id), [...reports.map((r) => r.id)].sort());
  assert.equal(reports.length, 5);
  assert.equal(readdirSync(join(out, 'sources')).length, 5);
  // CSV for Excel: UTF-8 with a byte-order mark, one row per report.
  const csv = readFileSync(join(out, 'reports.csv'), 'utf8');
  assert.ok(csv.startsWith('\ufeffid,title,agency,'));
  assert.equal(csv.trim().split('\n').length, 6);
  assert.match(csv, /applications\.newReceived\.total/);
});

test('the same input gives byte-identical output, also with worker threads', () => {
  const dir = corpus(false);
  const outs = outside();
  const a = join(outs, 'a');
  const b = join(outs, 'b');
  assert.equal(ingest([dir, '--out', a, '--jobs', '1', '--quiet', '--no-cache']).code, 0);
  assert.equal(ingest([dir, '--out', b, '--jobs', '2', '--quiet', '--no-cache']).code, 0);
  for (const file of ['reports.json', 'reports.csv', 'cells.csv', 'ingest-log.json']) {
    assert.ok(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file);
  }
});

test('--strict exits 1 when a report failed; unusable arguments exit 2 with a one-line reason', () => {
  const dir = corpus(true);
  const outs = outside();
  assert.equal(ingest([dir, '--out', join(outs, 'o1'), '--quiet']).code, 0);
  assert.equal(ingest([dir, '--out', join(outs, 'o2'), '--quiet', '--strict']).code, 1);
  const missing = ingest([join(dir, 'nope'), '--out', join(outs, 'o3')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^ingest: content folder not found: .*nope/);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  const flag = ingest(['--frobnicate']);
  assert.equal(flag.code, 2);
  assert.equal(flag.stderr.trim().split('\n').length, 1);
  assert.equal(ingest([dir, '--jobs', 'zero']).code, 2);
});

test('a second ingest of an unchanged corpus takes every result from the cache, with the same output', () => {
  const dir = corpus(false);
  const work = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
  const cache = ['--cache-dir', join(work, 'cache'), '--quiet'];
  const first = ingest([dir, '--out', join(work, 'a'), ...cache]);
  assert.match(first.stderr, /0 unchanged file\(s\) taken from the cache/);
  const second = ingest([dir, '--out', join(work, 'b'), ...cache]);
  assert.match(second.stderr, /5 unchanged file\(s\) taken from the cache/);
  assert.ok(readFileSync(join(work, 'a', 'reports.json')).equals(readFileSync(join(work, 'b', 'reports.json'))));
  // A changed file is parsed again.
  writeFileSync(join(dir, 'sub', '000_026278d421cd2b0a.txt'), readFileSync(join(SEEDS, '000_026278d421cd2b0a.txt'), 'utf8') + '\n');
  assert.match(ingest([dir, '--out', join(work, 'c'), ...cache]).stderr, /4 unchanged file\(s\)/);
});
