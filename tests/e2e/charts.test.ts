/** Charts draw: every canvas on a chart page has painted pixels, in both themes and on a phone. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { agencySlugOf, builtReports, CHART_JS_MARKER, openPage, paintedPixels, PHONE, scriptTexts, start, type Harness } from './browser.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

async function assertDrawn(path: string, options: Parameters<typeof openPage>[1] = {}, min = 1): Promise<void> {
  const w = await openPage(h, options);
  await w.page.goto(h.server.url + path, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('canvas');
  const pixels = await paintedPixels(w.page);
  assert.ok(pixels.length >= min, `${path}: expected at least ${min} charts, found ${pixels.length}`);
  pixels.forEach((n, i) => assert.ok(n > 500, `${path}: canvas ${i} is blank (${n} painted pixels)`));
  const labelled = await w.page.$$eval('canvas', (cs) => cs.every((c) => c.getAttribute('role') === 'img' && (c.getAttribute('aria-label') ?? '').length > 10));
  assert.ok(labelled, `${path}: every canvas has role=img and a summary`);
  assert.deepEqual(w.problems, []);
  await w.context.close();
}

test('the home page draws its five cross-agency charts', async () => {
  await assertDrawn('', {}, 5);
});

test('charts draw in the dark theme and on a phone', async () => {
  await assertDrawn('', { colorScheme: 'dark' }, 5);
  await assertDrawn('', { viewport: PHONE }, 5);
});

test('an agency page draws its trends and a report page its outcome chart, drawn at build time', async () => {
  const r = builtReports().find((x) => x.agency === '钱店镇')!;
  await assertDrawn(`agency/${agencySlugOf(r.id)}/`, {}, 3);
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}report/${r.id}/`, { waitUntil: 'networkidle' });
  const chart = w.page.locator('.bar-list');
  assert.ok(((await chart.getAttribute('aria-label')) ?? '').length > 10, 'the chart has a summary');
  const widths = await chart.locator('.bar').evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
  assert.ok(widths.length >= 5 && widths.some((x) => x > 50), `bars drawn: ${widths.join(', ')}`);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('each chart has a data table that can be shown', async () => {
  const w = await openPage(h);
  await w.page.goto(h.server.url, { waitUntil: 'networkidle' });
  // The data table's, not the 嵌入 code's beside it.
  const details = w.page.locator('figure.chart details.chart-data').first();
  await details.locator('summary').click();
  const rows = await details.locator('tbody tr').count();
  assert.ok(rows >= 5, `data table rows: ${rows}`);
  await w.context.close();
});

test('chart code loads only on pages that draw charts', async () => {
  for (const [path, charts] of [['', true], ['agencies/', false], ['quality/', false], ['downloads/', false], ['about/', false]] as const) {
    const w = await openPage(h);
    const scripts = scriptTexts(w.page);
    await w.page.goto(h.server.url + path, { waitUntil: 'networkidle' });
    const chartCode = scripts.filter((s) => s.text.includes(CHART_JS_MARKER));
    assert.equal(chartCode.length > 0, charts, `${path || 'home'}: ${scripts.map((s) => s.url).join(' ')}`);
    await w.context.close();
  }
});
