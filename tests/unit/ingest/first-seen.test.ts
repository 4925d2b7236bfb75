/**
 * When ingest first saw each report (`ingestedAt`): kept from run to run in the same data folder,
 * so that a rerun with no new report gives the same feeds, and a changed file (a new report) gets
 * the new run's time.
 */
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestClock } from '../../../src/lib/ingest/first-seen-fs.ts';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import { DataFolder } from '../../../src/lib/site/load-fs.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { siteFeed } from '../../../src/lib/views/feed.ts';

const SEEDS = 'content/reports';
const FIRST = new Date('2026-05-01T08:00:00.250Z');
const SECOND = new Date('2026-05-02T09:30:00Z');
const THIRD = new Date('2026-05-03T10:00:00Z');

/** A content folder of the five sample reports, in a work folder for the outputs and the cache. */
function workspace(prefix: string): { work: string; content: string } {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const content = join(work, 'content');
  mkdirSync(content);
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(content, name));
  return { work, content };
}

const times = (out: string) => new Map((JSON.parse(readFileSync(join(out, 'reports.json'), 'utf8')) as { id: string; ingestedAt: string }[]).map((r) => [r.id, r.ingestedAt]));

test('a report keeps the time of the run that first wrote it; a changed file is new to the run that sees it; a rerun changes no feed', async () => {
  const { work, content } = workspace('first-seen-');
  const out = join(work, 'out');

  await runIngest({ contentDir: content, outDir: out, jobs: 1, now: FIRST });
  const first = times(out);
  assert.equal(first.size, 5);
  assert.deepEqual(new Set(first.values()), new Set(['2026-05-01T08:00:00Z']), 'to the second, as Atom writes it');

  // One file changed: its bytes, so its id, are new.
  appendFileSync(join(content, '004_8f4f033ed63f27b4.txt'), '\n');
  await runIngest({ contentDir: content, outDir: out, jobs: 1, now: SECOND });
  const second = times(out);
  const added = [...second.keys()].filter((id) => !first.has(id));
  assert.equal(added.length, 1);
  assert.match(added[0]!, /^2024-qian-dian-zhen-/);
  assert.equal(second.get(added[0]!), '2026-05-02T09:30:00Z');
  for (const [id, time] of second) if (id !== added[0]) assert.equal(time, '2026-05-01T08:00:00Z', id);
  const report = JSON.parse(readFileSync(join(out, 'reports', `${added[0]}.json`), 'utf8')) as { ingestedAt: string };
  assert.equal(report.ingestedAt, '2026-05-02T09:30:00Z', "the report's own file says it too");

  const feed = () => siteFeed(buildSite(new DataFolder(out).cores()));
  const before = feed();
  assert.equal(before.entries[0]!.id, `tag:gongkai-nianbao-kanban,2026:report/${added[0]}`);
  assert.equal(before.updated, '2026-05-02T09:30:00Z');
  const bytes = readFileSync(join(out, 'reports.json'));
  await runIngest({ contentDir: content, outDir: out, jobs: 1, now: THIRD });
  assert.ok(readFileSync(join(out, 'reports.json')).equals(bytes), 'a rerun with nothing new writes the same reports.json');
  assert.deepEqual(feed(), before);
});

test('with a cache, a data folder made afresh keeps the times: the cache knows when each source was first parsed', async () => {
  const { work, content } = workspace('first-seen-cache-');
  const cacheDir = join(work, 'cache');
  await runIngest({ contentDir: content, outDir: join(work, 'a'), cacheDir, jobs: 1, now: FIRST });
  appendFileSync(join(content, '004_8f4f033ed63f27b4.txt'), '\n');
  await runIngest({ contentDir: content, outDir: join(work, 'b'), cacheDir, jobs: 1, now: SECOND });
  const fresh = times(join(work, 'b'));
  assert.equal(fresh.size, 5);
  const changed = [...fresh].filter(([, t]) => t === '2026-05-02T09:30:00Z').map(([id]) => id);
  assert.equal(changed.length, 1, 'only the changed file is new');
  assert.match(changed[0]!, /^2024-qian-dian-zhen-/);
  assert.equal([...fresh.values()].filter((t) => t === '2026-05-01T08:00:00Z').length, 4);
});

test('the clock: now, or SOURCE_DATE_EPOCH in whole seconds; anything else is refused', () => {
  assert.equal(ingestClock('1780000000')!.toISOString(), '2026-05-28T20:26:40.000Z');
  assert.equal(ingestClock('12.5'), null);
  assert.equal(ingestClock('-1'), null);
  const before = Date.now();
  const now = ingestClock(undefined)!.getTime();
  assert.ok(now >= before && now <= Date.now());
});
