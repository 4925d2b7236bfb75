/**
 * Pagefind search over the built site: an agency is found by its full name and by its first two
 * characters, and terms of the reports (行政复议, 不予公开) find report pages. Filters narrow.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, start, type Harness } from './browser.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

async function search(q: string, extra = ''): Promise<{ titles: string[]; hrefs: string[] }> {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}search/?q=${encodeURIComponent(q)}${extra}`, { waitUntil: 'networkidle' });
  await w.page.waitForFunction(() => (document.querySelector('site-search .status')?.textContent ?? '').length > 0);
  const titles = await w.page.locator('.results .result-title').allTextContents();
  const hrefs = await w.page.locator('.results .result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert.deepEqual(w.problems, []);
  await w.context.close();
  return { titles, hrefs };
}

test('the full name of an agency finds its agency page', async () => {
  const { titles, hrefs } = await search('延津县人民政府办公室');
  assert.equal(titles[0], '延津县人民政府办公室');
  assert.match(hrefs[0]!, /^\/agency\/yan-jin-xian/);
});

test('the first two characters of a name find the agency', async () => {
  for (const [q, name] of [['延津', '延津县人民政府办公室'], ['钱店', '钱店镇'], ['苏家', '苏家作乡']]) {
    const { titles } = await search(q!);
    assert.ok(titles.includes(name!), `${q} → ${titles.join(' | ')}`);
  }
});

test('行政复议 and 不予公开 find report pages', async () => {
  for (const q of ['行政复议', '不予公开']) {
    const { hrefs } = await search(q);
    assert.ok(hrefs.some((u) => u.startsWith('/report/')), `${q} → ${hrefs.join(' ')}`);
  }
});

test('the year filter keeps only pages of that year', async () => {
  const { titles } = await search('钱店镇', `&${encodeURIComponent('年度')}=2023&${encodeURIComponent('类型')}=${encodeURIComponent('年度报告')}`);
  assert.ok(titles.length >= 1);
  assert.ok(titles.every((t) => t.includes('2023')), titles.join(' | '));
});

test('the header search box lands on the search page with results', async () => {
  const w = await openPage(h);
  await w.page.goto(h.server.url, { waitUntil: 'networkidle' });
  await w.page.fill('#site-search', '钱店镇');
  await w.page.press('#site-search', 'Enter');
  await w.page.waitForSelector('.results li');
  assert.ok((await w.page.locator('.results .result-title').allTextContents()).includes('钱店镇'));
  await w.context.close();
});
