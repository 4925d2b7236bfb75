/**
 * The ingest run over a folder, in process: what an incremental run rewrites, and that every
 * path through it (cache hits among misses, one worker thread or two, an output folder written
 * before) gives the bytes of a fresh run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';

const SEEDS = 'content/reports';

/** A content folder holding the five sample reports, in a folder that takes the outputs beside it. */
function workspace(): { content: string; work: string } {
  const work = mkdtempSync(join(tmpdir(), 'run-ingest-'));
  const content = join(work, 'content');
  mkdirSync(content);
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(content, name));
  return { content, work };
}

/** Every file below `dir`, relative path → bytes. */
function contents(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

/** One clock for the runs whose outputs are compared: each report's ingestedAt is its first run's time. */
const NOW = new Date('2026-03-04T05:06:07Z');

/** The two outputs hold the same files, as a reader sees them (through the current generation, whichever its number). */
function assertSameFiles(a: string, b: string): void {
  const left = contents(join(a, '.ingest-current'));
  const right = contents(join(b, '.ingest-current'));
  assert.deepEqual([...left.keys()].sort(), [...right.keys()].sort());
  for (const [path, bytes] of left) assert.ok(bytes.equals(right.get(path)!), `${path} differs`);
}

/** Inode and modification time of each report file: what tells a rewrite from a file left alone. */
function reportFiles(out: string): Map<string, string> {
  const dir = join(out, 'reports');
  return new Map(readdirSync(dir).map((name) => {
    const s = statSync(join(dir, name));
    return [name, `${s.ino}:${s.mtimeMs}`];
  }));
}

test('a second run leaves unchanged report files alone, rewrites a changed one and removes a stale one', async () => {
  const { content, work } = workspace();
  const out = join(work, 'out');
  await runIngest({ contentDir: content, outDir: out, now: NOW });
  const first = reportFiles(out);
  assert.equal(first.size, 5);

  await runIngest({ contentDir: content, outDir: out, now: NOW });
  assert.deepEqual(reportFiles(out), first);

  // A changed source changes its report (its sha256 and size); a removed one takes its files along.
  const names = readdirSync(content).sort();
  appendFileSync(join(content, names[0]!), '\n');
  rmSync(join(content, names[1]!));
  const summary = await runIngest({ contentDir: content, outDir: out, now: NOW });
  const changed = summary.reports.find((r) => r.source.path === names[0])!.id;
  const third = reportFiles(out);
  assert.equal(third.size, 4);
  for (const [name, stamp] of third) {
    if (name === `${changed}.json`) assert.notEqual(stamp, first.get(name));
    else assert.equal(stamp, first.get(name), name);
  }
  assert.equal(readdirSync(join(out, 'sources')).length, 4);

  const fresh = join(work, 'fresh');
  await runIngest({ contentDir: content, outDir: fresh, now: NOW });
  assertSameFiles(out, fresh);
});

test('cache hits among misses, in two worker threads, give the output of a fresh run in one without cache', async () => {
  const { content, work } = workspace();
  const cacheDir = join(work, 'cache');
  await runIngest({ contentDir: content, outDir: join(work, 'a'), cacheDir, jobs: 2, now: NOW });
  appendFileSync(join(content, readdirSync(content).sort()[2]!), '\n');

  const mixed = await runIngest({ contentDir: content, outDir: join(work, 'b'), cacheDir, jobs: 2, now: NOW });
  assert.equal(mixed.cached, 4);
  const cachedInline = await runIngest({ contentDir: content, outDir: join(work, 'c'), cacheDir, jobs: 1, now: NOW });
  assert.equal(cachedInline.cached, 5);
  await runIngest({ contentDir: content, outDir: join(work, 'd'), jobs: 1, now: NOW });
  assertSameFiles(join(work, 'b'), join(work, 'd'));
  assertSameFiles(join(work, 'c'), join(work, 'd'));
});

test('ids do not depend on which other files exist: a truncated copy and a byte-identical copy that sort first', async () => {
  const { content, work } = workspace();
  const alone = await runIngest({ contentDir: content, outDir: join(work, 'a') });
  const ids = alone.reports.map((r) => r.id);
  const sample = readFileSync(join(content, '004_8f4f033ed63f27b4.txt'));
  writeFileSync(join(content, '0-cut.txt'), sample.subarray(0, sample.length / 2));
  writeFileSync(join(content, '0-copy.txt'), sample);
  const more = await runIngest({ contentDir: content, outDir: join(work, 'b') });
  assert.deepEqual(more.reports.map((r) => r.id).filter((id) => ids.includes(id)), ids, 'every report keeps its id');
  assert.equal(more.reports.length, 6, 'the five and the truncated copy; the identical copy is not published twice');
  const duplicate = more.log.find((e) => e.path === '004_8f4f033ed63f27b4.txt')!;
  assert.equal(duplicate.status, 'skipped');
  assert.match(duplicate.messages[0]!, /^004_8f4f033ed63f27b4\.txt: duplicate: skipped, a byte-identical copy \(the same sha256\) of 0-copy\.txt, which is published as 2024-qian-dian-zhen-78db50d4/);
  assert.equal(more.duplicates, 1);
});

test('a file removed while the run goes on is failed, or published without its source; the rest is written', async () => {
  const { content, work } = workspace();
  writeFileSync(join(content, 'zz-gone.txt'), `${readFileSync(join(content, '004_8f4f033ed63f27b4.txt'), 'utf8')}\n（另一份）\n`);
  writeFileSync(join(content, 'zz-late.txt'), `${readFileSync(join(content, '004_8f4f033ed63f27b4.txt'), 'utf8')}\n（又一份）\n`);
  let first = true;
  const summary = await runIngest({
    contentDir: content,
    outDir: join(work, 'out'),
    jobs: 1,
    progress: (_done, _total, path) => {
      // One worker reads one file at a time: zz-gone.txt is not read yet when the first is done.
      if (first) rmSync(join(content, 'zz-gone.txt'));
      first = false;
      // zz-late.txt goes once parsed, before its source is published.
      if (path === 'zz-late.txt') rmSync(join(content, 'zz-late.txt'));
    },
  });
  const entry = (path: string) => summary.log.find((e) => e.path === path)!;
  assert.equal(entry('zz-gone.txt').status, 'failed');
  assert.match(entry('zz-gone.txt').messages[0]!, /^zz-gone\.txt: vanished: the file was removed while ingest ran/);
  assert.equal(entry('zz-late.txt').status, 'ok');
  assert.match(entry('zz-late.txt').messages.at(-1)!, /^zz-late\.txt: warning: source-missing: the source was removed while ingest ran/);
  assert.equal(summary.reports.length, 6);
  assert.equal(readdirSync(join(work, 'out', 'sources')).length, 5);
});

test('a report’s own file has its places, reports.json not; lines/<id>.json holds its lines as read', async () => {
  const { content, work } = workspace();
  const out = join(work, 'out');
  const summary = await runIngest({ contentDir: content, outDir: out });
  const id = summary.reports.find((r) => r.source.path === '003_6e2b379abcfd2652.txt')!.id;
  const own = JSON.parse(readFileSync(join(out, 'reports', `${id}.json`), 'utf8')) as Record<string, unknown>;
  // Line 22 of the seed: 行政规范性文件 | 15 | 7 | 127.
  assert.deepEqual((own.places as Record<string, unknown>)['activeDisclosure.normativeDocuments.issued'], { line: 22, column: 2 });
  assert.equal(Object.keys(own).at(-1), 'places');
  const all = JSON.parse(readFileSync(join(out, 'reports.json'), 'utf8')) as Record<string, unknown>[];
  const lean = all.find((r) => r.id === id)!;
  assert.equal('places' in lean, false);
  const { places: _places, ...rest } = own;
  assert.deepEqual(lean, rest, 'the same report otherwise');

  const lines = JSON.parse(readFileSync(join(out, 'lines', `${id}.json`), 'utf8')) as { id: string; title: string; source: string; lines: { line: number; cells: string[] }[] };
  assert.equal(lines.id, id);
  assert.equal(lines.source, `${id}.txt`);
  assert.equal(lines.title, own.title);
  assert.deepEqual(lines.lines.find((l) => l.line === 22), { line: 22, cells: ['行政规范性文件', '15', '7', '127'] });
  // Blank lines are not lines of cells: the view numbers the lines it shows by the file's lines.
  assert.equal(lines.lines.some((l) => l.cells.length === 0), false);
  assert.deepEqual(readdirSync(join(out, 'lines')).sort(), summary.reports.map((r) => `${r.id}.json`).sort());
});
