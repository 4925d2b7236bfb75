/**
 * The hostile-input suite: every case of cases.ts in its own run beside the five sample
 * reports, then all of them in one run. Each run must complete; each path must be in the log with
 * its status and the code of its message; the sample reports must come out byte for byte as they
 * do alone; and nothing outside the content folder may be read.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import type { LogEntry, Report } from '../../../src/lib/template/schema.ts';
import { CASES, makeHostileFolder, SEEDS, type Case, type Expected } from './cases.ts';
import { spawnUnprivileged } from './unprivileged.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
/** One cache for every run: the sample reports are parsed once. */
const CACHE = mkdtempSync(join(tmpdir(), 'hostile-cache-'));
const SAMPLES = readdirSync(SEEDS).sort();

interface Outcome {
  log: LogEntry[];
  reports: Report[];
  out: string;
}

function readOut(out: string): Outcome {
  const lines = (file: string) => readFileSync(join(out, file), 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l.replace(/,$/, '')));
  return { log: lines('ingest-log.json'), reports: lines('reports.json'), out };
}

/** A content folder holding the five sample reports, in a work folder of its own. */
function contentFolder(): { dir: string; work: string } {
  const work = mkdtempSync(join(tmpdir(), 'hostile-'));
  const dir = join(work, 'content');
  mkdirSync(dir);
  cpSync(SEEDS, dir, { recursive: true });
  return { dir, work };
}

/**
 * One clock for every run, in process and as a command: each report's ingestedAt is its run's time,
 * and the runs' files are compared byte for byte.
 */
const EPOCH = '1780000000';
const NOW = new Date(Number(EPOCH) * 1000);

/** A run in which file permissions bind, as root too (unprivileged.ts). */
function ingestUnprivileged(dir: string, work: string): Outcome {
  const out = join(work, 'out');
  const run = spawnUnprivileged([join(ROOT, 'scripts', 'ingest.ts'), dir, '--out', out, '--quiet', '--no-cache'], { env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
  assert.equal(run.status, 0, run.stderr);
  return readOut(out);
}

async function ingest(dir: string, work: string, c?: Case): Promise<Outcome> {
  if (c?.unprivileged) return ingestUnprivileged(dir, work);
  const out = join(work, 'out');
  await runIngest({ contentDir: dir, outDir: out, cacheDir: CACHE, now: NOW });
  return readOut(out);
}

function assertLogged(outcome: Outcome, expected: Expected): void {
  const entry = outcome.log.find((e) => e.path === expected.path);
  assert.ok(entry, `${expected.path} is in the log; the log has ${outcome.log.map((e) => e.path).join(', ')}`);
  assert.equal(entry.status, expected.status, `${expected.path}: ${entry.messages.join(' | ')}`);
  for (const message of entry.messages) assert.ok(message.startsWith(`${expected.path}:`), `the message names the file: ${message}`);
  if (expected.code) {
    const code = expected.code;
    const carrying = entry.messages.filter((m) => m.slice(expected.path.length).match(new RegExp(`^(?::\\d+)?: (?:(?:warning|error): )?${code}: `)));
    assert.ok(carrying.length > 0, `${expected.path}: a message with the code ${code}: ${entry.messages.join(' | ')}`);
    if (expected.says) assert.ok(carrying.some((m) => expected.says!.test(m)), `${expected.path}: ${expected.says} in ${carrying.join(' | ')}`);
  }
  for (const also of expected.alsoSays ?? []) assert.ok(entry.messages.some((m) => also.test(m)), `${expected.path}: ${also} in ${entry.messages.join(' | ')}`);
  if (expected.report) {
    const report = outcome.reports.find((r) => r.id === entry.id);
    assert.ok(report, `${expected.path}: a report`);
    expected.report(report, outcome.out);
  }
}

let alone: Outcome;
before(async () => {
  const { dir, work } = contentFolder();
  alone = await ingest(dir, work);
  assert.equal(alone.reports.length, SAMPLES.length);
});

/** The sample reports are logged as alone, and their files are byte for byte the same. */
function assertSamplesUnchanged(outcome: Outcome): void {
  for (const name of SAMPLES) {
    const was = alone.log.find((e) => e.path === name)!;
    assert.deepEqual(outcome.log.find((e) => e.path === name), was, name);
    const file = (o: Outcome) => readFileSync(join(o.out, 'reports', `${was.id}.json`));
    assert.ok(file(outcome).equals(file(alone)), `reports/${was.id}.json is unchanged`);
  }
}

describe('each hostile input in its own run beside the sample reports', () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const { dir, work } = contentFolder();
      const expected = c.make(dir);
      const outcome = await ingest(dir, work, c);
      for (const e of expected) assertLogged(outcome, e);
      // Every path is in the log, and nothing else: no file from behind a link, nor its contents.
      assert.equal(outcome.log.length, SAMPLES.length + expected.length, outcome.log.map((e) => e.path).join(', '));
      assert.ok(!JSON.stringify(outcome.log).includes('私人'), 'nothing of a private file outside the folder is in the log');
      assertSamplesUnchanged(outcome);
    });
  }
});

test('every hostile input in one run: every path logged, the sample reports unchanged', async () => {
  const { dir, work } = contentFolder();
  const expected = makeHostileFolder(dir);
  const outcome = await ingest(dir, work);
  for (const e of expected) assertLogged(outcome, e);
  assert.equal(outcome.log.length, SAMPLES.length + expected.length);
  for (const name of SAMPLES) assert.equal(outcome.log.find((e) => e.path === name)?.status, 'ok', name);
});
