/**
 * Report content is untrusted. The test report (tests/e2e/fixtures/content/untrusted-2023.md)
 * carries <script>, <img onerror>, <iframe src=javascript:> and a javascript: link in its text:
 * on every page that shows it, nothing runs and the markup shows as text.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { builtReports, openPage, start, type Harness, agencySlugOf } from './browser.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

function untrusted() {
  const r = builtReports().find((x) => Object.values(x.sections).some((s) => s.includes('<script>')));
  assert.ok(r, 'the built data holds the untrusted test report');
  return r;
}

test('the report page shows the markup as text and runs none of it', async () => {
  const r = untrusted();
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}report/${r.id}/`, { waitUntil: 'networkidle' });
  await w.page.waitForTimeout(300);
  assert.equal(await w.page.evaluate(() => (window as unknown as { __xss?: string }).__xss), undefined);
  const text = await w.page.locator('main').innerText();
  assert.ok(text.includes("<script>window.__xss = 'script'</script>"), 'script tag shown as text');
  assert.ok(text.includes('<img src=x onerror='), 'img tag shown as text');
  assert.equal(await w.page.locator('main iframe, main img[src="x"], main a[href^="javascript"], main b').count(), 0);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the agency page, the list, search and compare run nothing from it either', async () => {
  const r = untrusted();
  const slug = agencySlugOf(r.id);
  const w = await openPage(h);
  for (const path of [`agency/${slug}/`, 'agencies/', `search/?q=${encodeURIComponent('不应加粗')}&${encodeURIComponent('年度')}=2023`, `compare/?a=${slug}&a=${slug}`, 'quality/']) {
    await w.page.goto(h.server.url + path, { waitUntil: 'networkidle' });
    await w.page.waitForTimeout(300);
    assert.equal(await w.page.evaluate(() => (window as unknown as { __xss?: string }).__xss), undefined, path);
    assert.equal(await w.page.locator('main iframe, main img[src="x"], main b').count(), 0, path);
  }
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
