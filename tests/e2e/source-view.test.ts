/**
 * The report page's 原文 view (src/browser/source-view.ts): a number of the tables links to the
 * line it was read from, and following the link shows the text as read with that line
 * highlighted. content/reports/003_6e2b379abcfd2652.txt (延津县人民政府办公室 2024) prints on its line
 * 22: 行政规范性文件, then 15 | 7 | 127 (制发件数, 废止件数, 现行有效件数).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { builtReports, openPage, start, type Harness } from './browser.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

test('a number links to its line in the 原文 view, and the line is highlighted', async () => {
  const r = builtReports().find((x) => x.agency === '延津县人民政府办公室' && x.year === 2024);
  assert.ok(r, 'the sample report 003 is built');
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}report/${r.id}/`, { waitUntil: 'networkidle' });
  const link = w.page.locator('table.official a', { hasText: /^15$/ }).first();
  assert.equal(await link.getAttribute('href'), '#L22');
  await link.click();
  const line = w.page.locator('source-view li#L22');
  await line.waitFor();
  assert.equal(new URL(w.page.url()).hash, '#L22');
  assert.match((await line.getAttribute('class')) ?? '', /\bcurrent\b/);
  assert.deepEqual(await line.locator('.cell').allInnerTexts(), ['行政规范性文件', '15', '7', '127']);
  assert.equal(await line.locator('.ln').innerText(), '22');
  // One line highlighted; the others are there, numbered as in the file.
  assert.equal(await w.page.locator('source-view li.current').count(), 1);
  assert.equal(await w.page.locator('source-view li#L21, source-view li#L23').count(), 2);
  assert.ok(await line.evaluate((el) => { const b = el.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; }), 'scrolled into view');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the address of a line opens the view at it; the untrusted report’s markup shows as text', async () => {
  const r = builtReports().find((x) => Object.values(x.sections).some((s) => s.includes('<script>')));
  assert.ok(r);
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}report/${r.id}/#L5`, { waitUntil: 'networkidle' });
  await w.page.locator('source-view li#L5.current').waitFor();
  const text = await w.page.locator('source-view li#L5').innerText();
  assert.ok(text.includes('<script>'), 'the markup is in the view as text');
  assert.equal(await w.page.locator('source-view .lines script, source-view .lines img, source-view .lines iframe, source-view .lines b').count(), 0);
  assert.equal(await w.page.evaluate(() => (window as unknown as { __xss?: string }).__xss), undefined);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
