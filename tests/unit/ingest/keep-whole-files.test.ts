/**
 * Ingest's whole-corpus files (reports.json, the CSV files, the log, the stamp) are content-addressed
 * like each report's file: a run whose file would hold the bytes of the last run's keeps that file
 * (its inode and time), so that a host's cache and the site build's see nothing new; a file whose
 * bytes change is written anew.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';

const SEEDS = 'content/reports';
const WHOLE_FILES = ['reports.json', 'reports.csv', 'reports-zh.csv', 'cells.csv', 'cells-zh.csv', 'ingest-log.json', 'data-stamp.json'];
const NOW = new Date('2026-03-04T05:06:07Z');

function workspace(): { content: string; out: string } {
  const work = mkdtempSync(join(tmpdir(), 'keep-whole-'));
  const content = join(work, 'content');
  mkdirSync(content);
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(content, name));
  return { content, out: join(work, 'out') };
}

/** Each whole file's inode and modification time, as read through the links at the top of `out`. */
function stamps(out: string): Map<string, string> {
  return new Map(WHOLE_FILES.map((name) => {
    const s = statSync(join(out, name));
    return [name, `${s.ino}:${s.mtimeMs}`];
  }));
}

test('a run with nothing changed keeps every whole file of the last run, inode and time', async () => {
  const { content, out } = workspace();
  await runIngest({ contentDir: content, outDir: out, now: NOW });
  const first = stamps(out);
  const firstBytes = readFileSync(join(out, 'cells.csv'));
  await runIngest({ contentDir: content, outDir: out, now: NOW });
  assert.deepEqual(stamps(out), first);
  assert.ok(readFileSync(join(out, 'cells.csv')).equals(firstBytes));
});

test('a changed report rewrites the files that hold it and keeps the stamp', async () => {
  const { content, out } = workspace();
  await runIngest({ contentDir: content, outDir: out, now: NOW });
  const first = stamps(out);
  const before = readFileSync(join(out, 'reports.json'), 'utf8');
  appendFileSync(join(content, readdirSync(content).sort()[0]!), '\n');
  await runIngest({ contentDir: content, outDir: out, now: NOW });
  const second = stamps(out);
  // Its source's sha256, and so its id, changed: every file naming reports or files changes.
  for (const name of ['reports.json', 'reports.csv', 'cells.csv', 'ingest-log.json']) assert.notEqual(second.get(name), first.get(name), name);
  assert.notEqual(readFileSync(join(out, 'reports.json'), 'utf8'), before);
  assert.equal(second.get('data-stamp.json'), first.get('data-stamp.json'));
});
