/**
 * A cache that cannot lie: an entry of the wrong shape, a changed digit, another file's entry
 * copied in, a folder where an entry was, are each ignored (the file parsed again), counted and
 * rewritten, never trusted and never fatal; the output is that of a run without a cache. Likewise
 * the OCR cache's entries.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ocrCache } from '../../../src/lib/ingest/ocr-cache-fs.ts';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import type { OcrPage } from '../../../src/lib/read/ocr/types.ts';

const SEEDS = 'content/reports';
/** One clock for every run: the outputs compared hold each report's ingestedAt. */
const NOW = new Date('2026-03-04T05:06:07Z');

/** The result cache's entries, sorted (not the OCR cache's). */
function entries(cache: string): string[] {
  return readdirSync(cache, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name))
    .flatMap((e) => readdirSync(join(cache, e.name)).map((n) => join(cache, e.name, n)))
    .sort();
}

test('damaged result-cache entries are ignored, counted and rewritten; the output is a fresh run’s', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
  const content = join(work, 'content');
  mkdirSync(content);
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(content, name));
  const cache = join(work, 'cache');
  await runIngest({ contentDir: content, outDir: join(work, 'fresh'), jobs: 1, now: NOW });
  const fresh = readFileSync(join(work, 'fresh', 'reports.json'), 'utf8');
  await runIngest({ contentDir: content, outDir: join(work, 'out'), cacheDir: cache, jobs: 1, now: NOW });
  const kept = entries(cache);
  assert.equal(kept.length, 5);

  writeFileSync(kept[0]!, '{}');
  writeFileSync(kept[1]!, '[]');
  writeFileSync(kept[2]!, '"x"');
  rmSync(kept[3]!);
  mkdirSync(kept[3]!);
  // One digit of a number in the result changed, the entry otherwise as written.
  const [head, result] = readFileSync(kept[4]!, 'utf8').split(/\n(.*)/s) as [string, string];
  const at = result.search(/:[0-9]/) + 1;
  writeFileSync(kept[4]!, `${head}\n${result.slice(0, at)}${(Number(result[at]) + 1) % 10}${result.slice(at + 1)}`);
  const damaged = await runIngest({ contentDir: content, outDir: join(work, 'out'), cacheDir: cache, jobs: 1, now: NOW });
  assert.deepEqual([damaged.cached, damaged.cacheRejected, damaged.ok], [0, 5, 5]);
  assert.equal(readFileSync(join(work, 'out', 'reports.json'), 'utf8'), fresh);

  // Another file's entry copied over this one's: valid in itself, not this file's.
  const rewritten = entries(cache);
  assert.deepEqual(rewritten, kept);
  copyFileSync(rewritten[0]!, rewritten[1]!);
  const copied = await runIngest({ contentDir: content, outDir: join(work, 'out'), cacheDir: cache, jobs: 1, now: NOW });
  assert.deepEqual([copied.cached, copied.cacheRejected], [4, 1]);
  assert.equal(readFileSync(join(work, 'out', 'reports.json'), 'utf8'), fresh);

  const whole = await runIngest({ contentDir: content, outDir: join(work, 'out'), cacheDir: cache, jobs: 1, now: NOW });
  assert.deepEqual([whole.cached, whole.cacheRejected], [5, 0]);
  assert.equal(readFileSync(join(work, 'out', 'reports.json'), 'utf8'), fresh);
});

test('an OCR-cache entry is used only as written: {} , [], a changed digit, a folder are not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-cache-'));
  const cache = ocrCache(dir);
  const key = 'ab'.repeat(32);
  const pages: OcrPage[] = [{ width: 1240, height: 1754, skew: 0.5, boxes: [{ text: '予以公开', box: [10, 20, 110, 48], confidence: 0.93, digits: { text: '17', confidence: 0.61 } }] }];
  cache.set(key, pages);
  assert.deepEqual(cache.get(key), pages);
  const path = join(dir, 'ab', `${key}.json`);
  const written = readFileSync(path, 'utf8');

  for (const damage of ['{}', '[]', written.replace('0.93', '0.98'), written.replace(key, 'cd'.repeat(32))]) {
    writeFileSync(path, damage);
    assert.equal(cache.get(key), undefined, damage);
    cache.set(key, pages);
    assert.deepEqual(cache.get(key), pages);
  }
  rmSync(path);
  mkdirSync(path);
  assert.equal(cache.get(key), undefined);
  cache.set(key, pages);
  assert.deepEqual(cache.get(key), pages);
  assert.equal(cache.takeRejected(), 5);
  assert.equal(cache.takeRejected(), 0);
});
