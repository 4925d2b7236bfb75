/** The comparison restores its selection from the URL and writes changes back to it. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { builtReports, openPage, paintedPixels, start, type Harness, agencySlugOf } from './browser.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

/** 钱店镇 (2023 and 2024 in the test data) and 多件乡 (2024), both with numbers to draw, by the names they print. */
function twoAgencies(): { slug: string; name: string }[] {
  return ['钱店镇', '多件乡'].map((key) => {
    const r = builtReports().find((x) => x.agency === key)!;
    return { slug: agencySlugOf(r.id), name: r.agency };
  });
}

test('a comparison link shows the same agencies and year', async () => {
  const [a, b] = twoAgencies();
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/?a=${a!.slug}&a=${b!.slug}&y=2023`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.compare-table');
  assert.deepEqual(await w.page.locator('.chips li a').allTextContents(), [a!.name, b!.name]);
  assert.equal(await w.page.inputValue('select[name="year"]'), '2023');
  const heads = await w.page.locator('.compare-table thead th').allTextContents();
  assert.deepEqual(heads, ['指标', a!.name, b!.name]);
  const pixels = await paintedPixels(w.page);
  assert.equal(pixels.length, 2);
  pixels.forEach((n) => assert.ok(n > 500, 'comparison chart drawn'));
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('changing the selection updates the URL, and the new URL restores it', async () => {
  const [a, b] = twoAgencies();
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/?a=${a!.slug}`, { waitUntil: 'networkidle' });
  await w.page.fill('input[name="find"]', b!.name.slice(0, 2));
  await w.page.locator('.suggestions button', { hasText: b!.name }).first().click();
  await w.page.selectOption('select[name="year"]', '');
  await w.page.waitForSelector('.compare-table');
  const url = new URL(w.page.url());
  assert.deepEqual(url.searchParams.getAll('a'), [a!.slug, b!.slug]);
  assert.equal(url.searchParams.get('y'), null);
  await w.page.goto(url.href, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.compare-table');
  assert.deepEqual(await w.page.locator('.chips li a').allTextContents(), [a!.name, b!.name]);
  // All years: each measure of the comparison, with its line chart or the sentence said instead.
  assert.equal(await w.page.locator('.measure-compare').count(), 14);
  assert.ok((await w.page.locator('line-chart').count()) >= 3, 'all years: trend lines');
  assert.equal(await w.page.locator('.measure-compare').filter({ has: w.page.locator('line-chart, .chart-sentence') }).count(), 14);
  await w.context.close();
});

test('the picker finds an agency by its pinyin initials, and leaves out the ones chosen', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/`, { waitUntil: 'networkidle' });
  await w.page.fill('input[name="find"]', 'qdz');
  const first = w.page.locator('.suggestions button').first();
  await first.waitFor();
  assert.match((await first.textContent()) ?? '', /^钱店镇（/);
  await first.click();
  await w.page.fill('input[name="find"]', 'qdz');
  await w.page.waitForSelector('.suggestions li.muted');
  assert.equal(await w.page.locator('.suggestions li').textContent(), '没有匹配的机关');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
