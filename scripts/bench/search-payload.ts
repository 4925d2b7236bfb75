/**
 * The search payload of a sample query: the bytes the site's own search page fetches from the
 * Pagefind index (everything under pagefind/: the script, the WebAssembly, the metadata, the index
 * chunks and the result fragments shown) for `search/?q=QUERY`, measured in a real browser
 * (Debian's Chromium through playwright-core), so it counts whatever the search UI does, however
 * many parts of the index it loads. Bytes as served (Pagefind's files are compressed already); no HTTP
 * compression on top.
 */
import { chromium } from 'playwright-core';
import { findBrowser } from '../../tools/browser/find-browser.ts';
import { serve } from '../../tests/e2e/static-server.ts';

export interface SearchPayload {
  query: string;
  bytes: number;
  requests: number;
  /** Bytes by kind: js, wasm, meta (entry and metadata), index, fragment, filter, other. */
  byKind: Record<string, number>;
  results: number;
  /** The search page's status line: what was found, and which years were searched. */
  status: string;
  method: 'browser';
}

function kind(url: string): string {
  const name = url.split('/').pop() ?? '';
  if (name.endsWith('.js')) return 'js';
  if (name.includes('wasm')) return 'wasm';
  if (name.endsWith('.pf_meta') || name.endsWith('-entry.json')) return 'meta';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  if (name.endsWith('.pf_filter')) return 'filter';
  return 'other';
}

export async function searchPayload(dist: string, query: string): Promise<SearchPayload> {
  const server = await serve(dist, '/');
  // The Chromium the browser tests use (CHROMIUM_PATH, the system's, else the npm one).
  const { executablePath, env } = await findBrowser();
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'], env: env ? { ...process.env, ...env } : undefined });
  try {
    const page = await browser.newPage();
    const byKind: Record<string, number> = {};
    let bytes = 0;
    let requests = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (res) => {
      if (!new URL(res.url()).pathname.includes('/pagefind/')) return;
      pending.push(
        res.body().then(
          (body) => {
            requests++;
            bytes += body.length;
            byKind[kind(res.url())] = (byKind[kind(res.url())] ?? 0) + body.length;
          },
          () => undefined,
        ),
      );
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle', timeout: 120_000 });
    await page.waitForSelector('.results li', { timeout: 60_000 }).catch(() => undefined);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const results = await page.locator('.results li').count();
    const status = (await page.locator('site-search .status').textContent()) ?? '';
    return { query, bytes, requests, byKind, results, status, method: 'browser' };
  } finally {
    await browser.close();
    await server.close();
  }
}
