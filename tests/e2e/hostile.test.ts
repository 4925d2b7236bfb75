/**
 * The whole hostile folder (tests/unit/hostile/cases.ts) beside the sample reports,
 * ingested and built into a site as `npm run build` does: the build finishes (it once never
 * ended: Pagefind spun on one report of 200 MB), every path is in the log, no report's page
 * grows with its prose, and a published HTML source is served as text and runs nothing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { makeHostileFolder, SEEDS } from '../unit/hostile/cases.ts';
import { launch } from './browser.ts';
import { ROOT } from './build-site.ts';
import { serve, type StaticServer } from './static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'hostile-site-'));
const content = join(work, 'content');
const data = join(work, 'data');
const dist = join(work, 'dist');
let server: StaticServer;
let paths: number;

before(async () => {
  mkdirSync(content);
  cpSync(SEEDS, content, { recursive: true });
  paths = makeHostileFolder(content).length + readdirSync(SEEDS).length;
  const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_DATA_DIR: data, BASE_PATH: '', PART: '' } });
  node(['scripts/ingest.ts', content, '--out', data, '--quiet', '--no-cache']);
  node([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist]);
  server = await serve(dist, '/');
});
after(async () => {
  await server?.close();
});

interface Entry { path: string; status: string; id?: string }
const log = (): Entry[] => JSON.parse(readFileSync(join(data, 'ingest-log.json'), 'utf8'));

test('the hostile folder builds into a site, with every path in the log', () => {
  assert.equal(log().length, paths);
  assert.ok(statSync(join(dist, 'index.html')).isFile());
});

test('a report of 2 MB of prose has a page of bounded size', () => {
  const id = log().find((e) => e.path.endsWith('/prose.txt'))!.id!;
  const page = statSync(join(dist, 'report', id, 'index.html')).size;
  // Section 一 keeps 200,000 characters (600 KB of UTF-8 at most) of its 2.1 million.
  assert.ok(page < 1024 * 1024, `report/${id}/ is ${page} bytes`);
});

test('a published HTML source is text: named .html.txt, served as text/plain, running nothing', async () => {
  const id = log().find((e) => e.path.endsWith('/scripted.html'))!.id!;
  assert.deepEqual(readdirSync(join(dist, 'data', 'sources')).filter((n) => /\.html?$/.test(n)), []);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}report/${id}/`);
    const href = await page.locator('a', { hasText: '下载原文' }).getAttribute('href');
    assert.equal(href, `/data/sources/${id}.html.txt`);
    assert.match(await page.locator('a', { hasText: '下载原文' }).innerText(), /网页源代码，纯文本 \.html\.txt/);
    const response = await page.goto(`${server.url}data/sources/${id}.html.txt`);
    assert.match(response!.headers()['content-type']!, /^text\/plain/);
    assert.match(await page.locator('body').innerText(), /<script>alert\(document\.domain\)<\/script>/);
    assert.deepEqual(dialogs, []);
  } finally {
    await browser.close();
  }
});
