/**
 * A worker's death is its file's failure, never the run's: out of memory under the pool's heap
 * limit, a crash, an exit and a file that takes too long each become a `failed` entry with the
 * reason, a fresh worker takes the rest, and the other reports are written: one file never stops
 * a run. The planted failures are in a stand-in
 * worker (workers/planted.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';

const SEEDS = 'content/reports';
const PLANTED = new URL('./workers/planted.ts', import.meta.url);

test('out of memory, a crash, an exit and a hang fail their files; the other reports are written', async () => {
  const work = mkdtempSync(join(tmpdir(), 'pool-'));
  const content = join(work, 'content');
  mkdirSync(content);
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(content, name));
  for (const name of ['a-oom.txt', 'b-crash.txt', 'c-exit.txt', 'd-hang.txt']) writeFileSync(join(content, name), '政府信息公开');
  const out = join(work, 'out');
  // 64 MB of heap: enough for the readers, soon exhausted by the planted hoard. 20 s for a file:
  // the real files take milliseconds once a worker has started (loading the gazetteer and the
  // parser takes a few seconds on a busy machine, and counts), the planted hang forever.
  const summary = await runIngest({ contentDir: content, outDir: out, jobs: 2, pool: { workerUrl: PLANTED, heapMb: 64, timeoutMs: 20_000 } });
  const entry = (path: string) => summary.log.find((e) => e.path === path)!;
  assert.equal(entry('a-oom.txt').status, 'failed');
  assert.match(entry('a-oom.txt').messages[0]!, /^a-oom\.txt: out-of-memory: .*64 MB/);
  assert.match(entry('b-crash.txt').messages[0]!, /^b-crash\.txt: internal-error: the worker reading it crashed \(Error: planted crash\)/);
  assert.match(entry('c-exit.txt').messages[0]!, /^c-exit\.txt: internal-error: the worker reading it stopped \(exit code 3\)/);
  assert.match(entry('d-hang.txt').messages[0]!, /^d-hang\.txt: time-limit: /);
  assert.equal(summary.failed, 4);
  assert.equal(summary.internalErrors, 2, 'the crash and the exit are bugs; running out of memory or time is the file');
  assert.equal(summary.ok, 5);
  const reports = readFileSync(join(out, 'reports.json'), 'utf8').split('\n').filter((l) => l.startsWith('{'));
  assert.equal(reports.length, 5);
});
