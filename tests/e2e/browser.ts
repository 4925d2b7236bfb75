/**
 * Shared set-up of the browser tests: a Chromium (tools/browser/find-browser.ts) through playwright-core, the built sites
 * served on 127.0.0.1, and a page that records console errors, page errors, failed requests and
 * any request that would leave the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildSites, ROOT, SITE, SUB_PATH, SUB_SITE } from './build-site.ts';
import { findBrowser } from '../../tools/browser/find-browser.ts';
import { shortId } from '../../src/lib/present/short-ids.ts';
import { serve, type StaticServer } from './static-server.ts';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface Harness {
  browser: Browser;
  server: StaticServer;
  sub: StaticServer;
  close(): Promise<void>;
}

export async function start(): Promise<Harness> {
  buildSites({ ifMissing: true });
  const browser = await launch();
  const server = await serve(SITE, '/');
  const sub = await serve(SUB_SITE, SUB_PATH);
  return {
    browser,
    server,
    sub,
    close: async () => {
      await browser.close();
      await server.close();
      await sub.close();
    },
  };
}

/** The browser tools/browser/find-browser.ts finds, launched headless. */
export async function launch(found?: Awaited<ReturnType<typeof findBrowser>>): Promise<Browser> {
  const { executablePath, env } = found ?? (await findBrowser());
  return chromium.launch({ executablePath, args: ARGS, env: env ? { ...process.env, ...env } : undefined });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions, failed or 4xx/5xx requests. */
  problems: string[];
  /** Requests to any origin other than the site's. */
  outside: string[];
}

export async function openPage(h: Harness, options: { viewport?: typeof DESKTOP; colorScheme?: 'light' | 'dark'; origin?: string } = {}): Promise<Watched> {
  const context = await h.browser.newContext({ viewport: options.viewport ?? DESKTOP, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const origin = options.origin ?? h.server.origin;
  const problems: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  // A request cancelled because the page moved on (the next goto while the icon still loads) is
  // not a failure of the site; any other network error is.
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} (${error})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  return { page, context, problems, outside };
}

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the current page, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join('; ')})`);
}

/** How many pixels of each canvas inside `selector` are not transparent. */
export async function paintedPixels(page: Page, selector = 'canvas'): Promise<number[]> {
  return page.$$eval(selector, (canvases) =>
    (canvases as HTMLCanvasElement[]).map((c) => {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) return 0;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    }),
  );
}

/**
 * Text that Chart.js keeps in its code (one of its error messages), whatever the bundle's file is
 * called: how the tests tell that chart code was loaded.
 */
export const CHART_JS_MARKER = 'Canvas is already in use';

/** Collects the text of every script the page loads, for tests that look inside them. */
export function scriptTexts(page: Page): { url: string; text: string }[] {
  const texts: { url: string; text: string }[] = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    try {
      texts.push({ url: res.url(), text: await res.text() });
    } catch {
      // a response without a body (redirect) holds no code
    }
  });
  return texts;
}

/**
 * The address of the agency a report belongs to (`2024-qian-dian-zhen-78db50d4` →
 * `qian-dian-zhen-411625106`: the pinyin of the agency and its division code, src/lib/agency/slug.ts).
 */
export function agencySlugOf(id: string): string {
  return currentAddressOf(id).slug;
}

/** The short id (present/short-ids.ts) of the agency holding the report: its identity's, as the record of addresses names it. */
export function agencyIdOf(id: string): string {
  return shortId(currentAddressOf(id).key);
}

function currentAddressOf(id: string): { slug: string; key: string } {
  // The agency's current address holds the report: the record of addresses the build published
  // (agency-addresses.json), where an address that moved says where to (`to`).
  const record = JSON.parse(readFileSync(join(SITE, 'agency-addresses.json'), 'utf8')) as { addresses: { slug: string; key: string; reports: string[]; to?: string }[] };
  const found = record.addresses.find((a) => a.to === undefined && a.reports.includes(id));
  if (!found) throw new Error(`no current agency address holds the report ${id}`);
  return found;
}

/** Reports in the built data set, for picking pages to visit. */
export function builtReports(): { id: string; title: string; agency: string; agencyKey: string; year: number | null; sections: Record<string, string>; checks: { ok: boolean }[] }[] {
  return JSON.parse(readFileSync(join(SITE, 'data', 'reports.json'), 'utf8'));
}
