/**
 * Budget: a report page with its chart stays under 60 KB of HTML, CSS and JS, gzip-compressed (the
 * target for the most numerous pages of a national corpus). Its chart is drawn at build time
 * (static-bar-chart.astro), so no chart code loads.
 */
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { builtReports, CHART_JS_MARKER, openPage, scriptTexts, start, type Harness } from './browser.ts';

const BUDGET = 60 * 1024;

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

test('report page weight (HTML + CSS + JS, gzip) is under 60 KB', async () => {
  const w = await openPage(h);
  const sizes: { url: string; gzip: number }[] = [];
  const scripts = scriptTexts(w.page);
  w.page.on('response', async (res) => {
    const type = res.request().resourceType();
    if (!['document', 'script', 'stylesheet'].includes(type)) return;
    try {
      sizes.push({ url: res.url(), gzip: gzipSync(await res.body(), { level: 9 }).length });
    } catch {
      // a response without a body (redirect) weighs nothing
    }
  });
  const largest = builtReports().sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
  await w.page.goto(`${h.server.url}report/${largest.id}/`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.bar-list .bar');
  const total = sizes.reduce((s, x) => s + x.gzip, 0);
  assert.ok(scripts.length > 0, 'the page loads its own scripts');
  assert.ok(!scripts.some((s) => s.text.includes(CHART_JS_MARKER)), `no chart code is loaded: ${scripts.map((s) => s.url).join(' ')}`);
  assert.ok(total < BUDGET, `report page weighs ${(total / 1024).toFixed(1)} KB gzip: ${sizes.map((s) => `${s.url.split('/').pop()} ${(s.gzip / 1024).toFixed(1)}`).join(', ')}`);
  await w.context.close();
});
