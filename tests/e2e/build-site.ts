/**
 * Builds the two sites the browser tests use, when they are missing or older than their sources:
 * the steps of `npm run build` (ingest, then astro build with its Pagefind step) over
 * content/reports plus the test reports in tests/e2e/fixtures/content: a second year of 钱店镇
 * (with 行政复议 1); a report whose text holds <script>, <img onerror> and the like, with a sum
 * that does not add up; 一件镇 2024 (1 application, granted: 100% on a denominator of 1, and the
 * words 形式主义 and 指尖上 apart) and 多件乡 2024 (20 applications, 18 of them granted in whole
 * or part: 90%; 行政复议 2; the phrase “指尖上的形式主义”); and, placed by their folders
 * 河南省/周口市/郸城县/, three more townships of 郸城县 and the county's summary report, for the
 * place and peers pages.
 *
 * - `.cache/e2e/dist`: served from `/`;
 * - `.cache/e2e/dist-sub`: the same data built with BASE_PATH=/sub/;
 * - `.cache/e2e/part-1`, `part-2`: the same data built in two parts (PART=1/2, PART=2/2), and
 *   `.cache/e2e/assembled`, the two assembled by `scripts/assemble.ts`.
 *
 * Every build indexes the search in parts of two pages (SEARCH_PART_PAGES), so that the search
 * tests go through several parts as a national corpus would.
 *
 * The builds read back tests/e2e/fixtures/published-addresses.json as the record of addresses an
 * earlier build published (PUBLISHED_ADDRESSES): `agency/qian-dian-zhen/` (钱店镇 before addresses
 * carried the division code) and `agency/cheng-jiao-xiang/` (城郊乡 2024 while it was unplaced) now
 * redirect, and so does `report/2024-qian-dian-zhen-7bdf6b49/`: 钱店镇's 2024 report as first
 * published, with a typo (调正 for 调整 in 我镇调整政府信息公开领导小组; the id is that copy's sha256),
 * whose file the seed, the corrected copy, replaced.
 *
 * Ingest writes into a data folder of its own (`.cache/e2e/data`, SITE_DATA_DIR), so the tests
 * neither read nor overwrite data/. Run directly (`node tests/e2e/build-site.ts
 * [--force]`) or through `npm run test:e2e`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.cache', 'e2e');
export const SITE = join(CACHE, 'dist');
export const SUB_SITE = join(CACHE, 'dist-sub');
export const SUB_PATH = '/sub/';
export const PARTS = [join(CACHE, 'part-1'), join(CACHE, 'part-2')];
export const ASSEMBLED = join(CACHE, 'assembled');
/** Pages per part of the full-text index in the test sites. */
export const SEARCH_PART_PAGES = 2;
const CONTENT = join(CACHE, 'content');
const DATA = join(CACHE, 'data');
const STAMP = join(CACHE, 'built-at');
const SOURCES = ['src', 'tools', 'public/favicon.svg', 'astro.config.mjs', 'package.json', 'scripts', 'content/reports', 'tests/e2e/fixtures'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function stale(): boolean {
  if (!existsSync(STAMP) || [SITE, SUB_SITE, ASSEMBLED].some((d) => !existsSync(join(d, 'index.html')))) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((p) => newest(join(ROOT, p)) > built);
}

/** Builds when forced or stale; `ifMissing` only when a site is absent (test files use this). */
export function buildSites({ force = false, ifMissing = false } = {}): void {
  const missing = [SITE, SUB_SITE, ASSEMBLED].some((d) => !existsSync(join(d, 'index.html')));
  if (!force && !(ifMissing ? missing : stale())) return;
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  cpSync(join(ROOT, 'content', 'reports'), CONTENT, { recursive: true });
  cpSync(join(ROOT, 'tests', 'e2e', 'fixtures', 'content'), CONTENT, { recursive: true });
  rmSync(DATA, { recursive: true, force: true });
  const node = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SEARCH_PART_PAGES: String(SEARCH_PART_PAGES), PUBLISHED_ADDRESSES: join(ROOT, 'tests', 'e2e', 'fixtures', 'published-addresses.json'), ...env } });
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  node(['scripts/ingest.ts', CONTENT, '--out', DATA, '--quiet']);
  node([astro, 'build', '--outDir', SITE], { SITE_DATA_DIR: DATA, BASE_PATH: '', PART: '' });
  node([astro, 'build', '--outDir', SUB_SITE], { SITE_DATA_DIR: DATA, BASE_PATH: SUB_PATH, PART: '' });
  PARTS.forEach((dir, i) => node([astro, 'build', '--outDir', dir], { SITE_DATA_DIR: DATA, BASE_PATH: '', PART: `${i + 1}/${PARTS.length}` }));
  node(['scripts/assemble.ts', ...PARTS, '--out', ASSEMBLED, '--force']);
  writeFileSync(STAMP, new Date().toISOString());
}

if (import.meta.main) {
  const force = process.argv.includes('--force');
  const t0 = Date.now();
  buildSites({ force });
  process.stdout.write(`e2e sites ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${SITE}, ${SUB_SITE}\n`);
}
