/**
 * The incremental build (`npm run build`, scripts/build.ts) gives the site a build from nothing
 * gives, byte for byte: the sample and the browser tests' reports (two years of some agencies, a
 * county's townships and its summary, old addresses that redirect) are built cold; one township's
 * 2023 report gets another number (新收 11 → 14, 自然人 and 总计 alike); the data is ingested again
 * and built incrementally; a cold build of the changed data, with a cache of its own, must match
 * it file for file. The search index's parts of the untouched years keep their bytes. A change on a
 * later day renders every group (the data's date is on every page) and matches its cold build too. Each build
 * is a real `astro build` (about half a minute each on 2 cores).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CHANGED = join('河南省', '周口市', '郸城县', '石槽镇2023.md');

/** Every file below `dir`: relative path → bytes. */
function contents(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)).split(sep).join('/'), readFileSync(join(e.parentPath, e.name))]));
}

function assertSameSite(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  const differing = [...a].filter(([rel, bytes]) => !bytes.equals(b.get(rel)!)).map(([rel]) => rel);
  assert.deepEqual(differing, []);
}

test('a rebuild after one report changed renders its agency group and the shared pages, and makes the cold build of the changed data', () => {
  // Inside the project: Astro keeps its server bundle beside an --outDir within it.
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.cache', 'incremental-'));
  try {
    const content = join(work, 'content');
    const data = join(work, 'data');
    cpSync(join(ROOT, 'content', 'reports'), content, { recursive: true });
    cpSync(join(ROOT, 'tests', 'e2e', 'fixtures', 'content'), content, { recursive: true });
    const env = { ...process.env, SITE_DATA_DIR: data, BASE_PATH: '', PART: '', SEARCH_PART_PAGES: '2', PUBLISHED_ADDRESSES: join(ROOT, 'tests', 'e2e', 'fixtures', 'published-addresses.json') };
    /** Runs a script; what it said on stderr, where the build says what it rendered. */
    const node = (args: string[], more: Record<string, string> = {}) => {
      const run = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...env, ...more }, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
      return run.stderr;
    };
    const ingest = (more: Record<string, string> = {}) => node(['scripts/ingest.ts', content, '--out', data, '--quiet', '--cache-dir', join(work, 'ingest-cache')], more);
    /** A cold build of the data as it is now, with a cache of its own, must be the incremental build's output. */
    const assertCold = (name: string) => {
      const cold = join(work, name);
      node(['scripts/build.ts', '--cold', '--outDir', cold, '--cache-dir', join(work, `${name}-cache`)]);
      assertSameSite(contents(dist), contents(cold));
    };
    const dist = join(work, 'dist');
    const cache = join(work, 'site-cache');

    ingest();
    const first = node(['scripts/build.ts', '--cold', '--outDir', dist, '--cache-dir', cache]);
    assert.match(first, /64 of 64 agency groups to render \(no earlier build kept\)/);
    const before = contents(dist);

    // As `npm run build` does: ingest (with nothing new: a new generation of the same files), then build.
    ingest();
    const again = node(['scripts/build.ts', '--outDir', dist, '--cache-dir', cache]);
    assert.match(again, /nothing changed since the last build/);
    assertSameSite(contents(dist), before);

    const file = join(content, CHANGED);
    const text = readFileSync(file, 'utf8');
    const row = '| 一、本年新收政府信息公开申请数量 |  |  | 11 | 0 | 0 | 0 | 0 | 0 | 11 |';
    assert.ok(text.includes(row));
    writeFileSync(file, text.replace(row, '| 一、本年新收政府信息公开申请数量 |  |  | 14 | 0 | 0 | 0 | 0 | 0 | 14 |'));
    ingest();
    const rebuilt = node(['scripts/build.ts', '--outDir', dist, '--cache-dir', cache]);
    const groups = Number(/(\d+) of 64 agency groups to render/.exec(rebuilt)?.[1]);
    assert.ok(groups >= 1 && groups < 64, `${groups} groups rendered`);
    const incremental = contents(dist);
    assertCold('dist-cold');

    // The changed report is another file (its id carries its sha256); its agency's page changed.
    const pageOf = (site: Map<string, Buffer>) => [...site.keys()].filter((rel) => /^report\/2023-shi-cao-zhen[a-z0-9-]*\/index\.html$/.test(rel));
    assert.equal(pageOf(before).length, 1);
    assert.equal(pageOf(incremental).length, 1);
    assert.notEqual(pageOf(incremental)[0], pageOf(before)[0]);
    const agency = [...incremental.keys()].filter((rel) => /^agency\/shi-cao-zhen[a-z0-9-]*\/index\.html$/.test(rel));
    assert.equal(agency.length, 1);
    assert.ok(!incremental.get(agency[0]!)!.equals(before.get(agency[0]!)!), 'the agency page shows the new number');
    const index = (site: Map<string, Buffer>) => [...site].filter(([rel]) => rel.startsWith('pagefind/all/'));
    const untouched = index(before).filter(([rel]) => !rel.startsWith('pagefind/all/2023'));
    assert.ok(untouched.length > 0);
    for (const [rel, bytes] of untouched) assert.ok(incremental.get(rel)?.equals(bytes), `${rel} kept its bytes`);
    assert.ok(index(incremental).some(([rel]) => rel.startsWith('pagefind/all/2023') && !before.has(rel)), 'the 2023 index changed');
    assert.ok(statSync(join(dist, 'data', 'reports.json')).isFile());

    // The report changed again two days later: the data's date, which every page carries, is new, so
    // every group is rendered again, over the last output.
    writeFileSync(file, readFileSync(file, 'utf8').replace('| 14 | 0 | 0 | 0 | 0 | 0 | 14 |', '| 15 | 0 | 0 | 0 | 0 | 0 | 15 |'));
    ingest({ SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000) + 2 * 86400) });
    const later = node(['scripts/build.ts', '--outDir', dist, '--cache-dir', cache]);
    assert.match(later, /64 of 64 agency groups to render, with the shared pages/);
    assertCold('dist-cold-later');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
