/**
 * A run killed (SIGKILL, as `kill -9`) at each point of writing its output leaves the previous
 * run's output whole, as a reader of --out sees it, or the new one once swapped in; the next run
 * removes what the killed one left (its generation, temp files, its lock) and writes the new output.
 * The kill lands exactly at the point named (files/generation-fs.ts `hook`), never by timing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';

const SEEDS = 'content/reports';

/** What a reader of --out sees, through the names it opens. */
function seen(out: string): { reportsJson: string; log: string; csv: string; reports: string[]; lines: string[]; sources: string[] } {
  return {
    reportsJson: readFileSync(join(out, 'reports.json'), 'utf8'),
    log: readFileSync(join(out, 'ingest-log.json'), 'utf8'),
    csv: readFileSync(join(out, 'reports.csv'), 'utf8'),
    reports: readdirSync(join(out, 'reports')).sort(),
    lines: readdirSync(join(out, 'lines')).sort(),
    sources: readdirSync(join(out, 'sources')).sort(),
  };
}

/** The output is one run's: the reports of reports.json are those of reports/, lines/, sources/ and the log. */
function assertWhole(out: string, reports: number): void {
  const view = seen(out);
  const ids = (JSON.parse(view.reportsJson) as { id: string }[]).map((r) => r.id).sort();
  assert.equal(ids.length, reports);
  assert.deepEqual(view.reports, ids.map((id) => `${id}.json`));
  assert.deepEqual(view.lines, ids.map((id) => `${id}.json`));
  assert.deepEqual(view.sources.map((s) => s.replace(/\.[a-z.]+$/, '')), ids);
  const logged = (JSON.parse(view.log) as { id?: string }[]).flatMap((e) => (e.id ? [e.id] : [])).sort();
  assert.deepEqual(logged, ids);
}

test('a run killed while it writes leaves the old output whole, and the next run cleans up after it', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ingest-kill-'));
  const content = join(work, 'content');
  const out = join(work, 'out');
  mkdirSync(content);
  const names = readdirSync(SEEDS).sort();
  for (const name of names) copyFileSync(join(SEEDS, name), join(content, name));
  await runIngest({ contentDir: content, outDir: out, jobs: 1 });
  assertWhole(out, 5);
  const old = seen(out);

  // The next run has one report fewer and one changed.
  rmSync(join(content, names[1]!));
  appendFileSync(join(content, names[0]!), '\n');
  for (const point of ['write:reports.json', 'write:ingest-log.json', 'swap']) {
    const run = spawnSync(process.execPath, ['tests/unit/ingest/workers/ingest-until.ts', content, out, point, 'kill'], { encoding: 'utf8' });
    assert.equal(run.signal, 'SIGKILL', `${point}: ${run.stderr}`);
    assert.deepEqual(seen(out), old, `killed at ${point}: the old output`);
    // What it left: its generation beside the current one, and its lock.
    assert.ok(readdirSync(out).filter((n) => n.startsWith('.ingest-gen-')).length >= 2, point);
    assert.ok(existsSync(join(out, '.ingest-lock')), point);
  }
  const swapped = spawnSync(process.execPath, ['tests/unit/ingest/workers/ingest-until.ts', content, out, 'tidy', 'kill'], { encoding: 'utf8' });
  assert.equal(swapped.signal, 'SIGKILL', swapped.stderr);
  assertWhole(out, 4);
  assert.notDeepEqual(seen(out).reportsJson, old.reportsJson);

  // A temp file of an older ingest's writes, which never removed them.
  writeFileSync(join(out, 'reports.json.tmp-99999999'), '[');
  writeFileSync(join(out, 'notes.txt'), 'a person’s own file');
  const summary = await runIngest({ contentDir: content, outDir: out, jobs: 1 });
  assert.equal(summary.reports.length, 4);
  assertWhole(out, 4);
  assert.deepEqual(readdirSync(out).filter((n) => n.startsWith('.ingest-gen-') || n.includes('.tmp-') || n.includes('.new-') || n === '.ingest-lock'), [readdirSync(out).find((n) => n.startsWith('.ingest-gen-'))]);
  assert.equal(readFileSync(join(out, 'notes.txt'), 'utf8'), 'a person’s own file');
});
