/**
 * Pagefind search over the built site: an agency is found by its full name and by its first two
 * characters, and terms of the reports (行政复议, 不予公开) find report pages. Filters narrow. The
 * test sites index the search in parts of two pages, so every full-text search goes through parts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openPage, start, type Harness } from './browser.ts';
import type { PartsManifest } from '../../src/lib/search/pagefind-parts.ts';
import { ASSEMBLED, PARTS, SEARCH_PART_PAGES, SITE } from './build-site.ts';
import { serve } from './static-server.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

/** The results of a search; with `everywhere`, after asking for every part (继续搜索) until none is left. */
async function search(q: string, extra = '', everywhere = false): Promise<{ titles: string[]; hrefs: string[] }> {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}search/?q=${encodeURIComponent(q)}${extra}`, { waitUntil: 'networkidle' });
  // Done when the status says what was found and the element is no longer busy.
  const idle = () => w.page.waitForFunction(() => !document.querySelector('site-search')?.hasAttribute('aria-busy') && (document.querySelector('site-search > .status')?.textContent ?? '').length > 0);
  await idle();
  while (everywhere && (await w.page.locator('.more-text button').count())) {
    await w.page.click('.more-text button');
    await idle();
  }
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
  // 不予公开 is in the words of one report only (钱店镇 2024: 也没有不予公开政府信息的情况), in an older part.
  for (const q of ['行政复议', '不予公开']) {
    const { hrefs } = await search(q, '', true);
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

test('pinyin and pinyin initials find 钱店镇 first, linking to its agency page', async () => {
  for (const q of ['qdz', 'qiandian', 'QianDian Zhen']) {
    const { titles, hrefs } = await search(q);
    assert.equal(titles[0], '钱店镇', `${q} → ${titles.join(' | ')}`);
    assert.equal(hrefs[0], '/agency/qian-dian-zhen-411625106/');
  }
});

test('a search loads the newest parts first and the older ones when asked: 继续搜索', async () => {
  // 行政复议 is in the text of 多件乡 2024, 吉尔格勒特郭楞蒙古民族乡 2024 and 钱店镇 2023 (the 郸城县
  // fixtures have it only in a heading, which is not indexed). The parts are cut at each year, and
  // a year of more than two pages by the first hex digits of its ids (a report's sha256): 2024 in
  // sixteenths, 2024-7 城郊乡 (6…), 2024-8 钱店镇 石槽镇 (78…, 73…), 2024-9 汲冢镇, 2024-10 延津县…,
  // 2024-11 多件乡 (a0…), 2024-12 吉尔格勒特… (bd…), 2024-13 苏家作乡 一件镇 (ca…, c9…), 2024-15 郸城县
  // (e5…); 2023 in halves, 2023-1 测试乡 石槽镇 (7f…, 47…), 2023-2 钱店镇 (c4…); 2022 柳园口乡.
  const order = ['2024-7', '2024-8', '2024-9', '2024-10', '2024-11', '2024-12', '2024-13', '2024-15', '2023-1', '2023-2', '2022'].map((n) => `all/${n}`);
  const manifest = JSON.parse(readFileSync(join(SITE, 'pagefind', 'all.json'), 'utf8')) as PartsManifest;
  assert.deepEqual(manifest.parts.map((p) => p.path), order);
  const w = await openPage(h);
  const loaded: string[] = [];
  w.page.on('request', (r) => {
    const part = /\/pagefind\/(all\/[\w-]+)\//.exec(new URL(r.url()).pathname)?.[1];
    if (part && !loaded.includes(part)) loaded.push(part);
  });
  await w.page.goto(`${h.server.url}search/?q=${encodeURIComponent('行政复议')}`, { waitUntil: 'networkidle' });
  const idle = () => w.page.waitForFunction(() => !document.querySelector('site-search')?.hasAttribute('aria-busy') && (document.querySelector('site-search > .status')?.textContent ?? '').length > 0);
  await idle();
  assert.deepEqual(loaded, order.slice(0, 2), 'two parts by itself (AUTO_PARTS)');
  assert.match((await w.page.textContent('site-search > .status')) ?? '', /已搜索2024年度的3份报告，含“行政复议”的报告全文结果已找到0个（核对了\d+个候选结果，共\d+个）；2022—2024年度的11份报告尚未搜索。/);
  const years = async () => new Set(await w.page.locator('.text-hit .result-title').evaluateAll((as) => as.map((a) => /\/report\/(\d{4})-/.exec(a.getAttribute('href') ?? '')?.[1])));
  // Each click takes in one part more, in order: the other parts of 2024, then those of 2023 and 2022.
  const found = [0, 0, 1, 2, 2, 2, 2, 3, 3];
  for (const [i, part] of order.slice(2).entries()) {
    const year = /^all\/(\d{4})/.exec(part)![1];
    assert.equal(await w.page.textContent('.more-text button'), `继续搜索${year}年度的报告`, part);
    await w.page.click('.more-text button');
    await idle();
    await w.page.waitForFunction((n) => document.querySelectorAll('.text-hit').length === n, found[i]!);
    assert.deepEqual(loaded, order.slice(0, i + 3), part);
  }
  assert.equal(await w.page.locator('.more-text').count(), 0);
  assert.deepEqual([...(await years())].sort(), ['2023', '2024']);
  assert.match((await w.page.textContent('site-search > .status')) ?? '', /^含“行政复议”的报告全文结果已找到3个（核对了\d+个候选结果，共\d+个）。$/);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the header box offers agencies by initials once used, and opens the one chosen', async () => {
  const w = await openPage(h);
  const indexRequests: string[] = [];
  w.page.on('request', (r) => {
    if (r.url().endsWith('/agency-index.json')) indexRequests.push(r.url());
  });
  await w.page.goto(h.server.url, { waitUntil: 'networkidle' });
  assert.equal(indexRequests.length, 0, 'the name index is loaded only on first use');
  await w.page.fill('#site-search', 'qdz');
  await w.page.waitForSelector('#site-search-names [role="option"]');
  assert.equal(await w.page.getAttribute('#site-search', 'aria-expanded'), 'true');
  assert.equal((await w.page.locator('#site-search-names [role="option"] span').first().textContent()), '钱店镇');
  await w.page.press('#site-search', 'ArrowDown');
  assert.equal(await w.page.getAttribute('#site-search', 'aria-activedescendant'), 'site-search-names-0');
  await w.page.press('#site-search', 'Enter');
  await w.page.waitForURL(/\/agency\/qian-dian-zhen-411625106\/$/);
  assert.equal(indexRequests.length, 1);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a site built in two parts and assembled searches the index parts of both', async () => {
  const server = await serve(ASSEMBLED, '/');
  try {
    const w = await openPage(h, { origin: server.origin });
    await w.page.goto(`${server.url}search/?q=${encodeURIComponent('行政复议')}`, { waitUntil: 'networkidle' });
    await w.page.waitForFunction(() => !document.querySelector('site-search')?.hasAttribute('aria-busy') && (document.querySelector('site-search > .status')?.textContent ?? '').length > 0);
    while (await w.page.locator('.more-text button').count()) {
      await w.page.click('.more-text button');
      await w.page.waitForTimeout(200);
    }
    const hrefs = await w.page.locator('.results .result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const part of PARTS) {
      const ids = readdirSync(join(part, 'report'));
      assert.ok(hrefs.some((u) => ids.some((id) => u === `/report/${id}/`)), `no result from ${part}: ${hrefs.join(' ')}`);
    }
    assert.deepEqual(w.problems, []);
    await w.context.close();
  } finally {
    await server.close();
  }
});

test('the index is in parts; a year filter loads only the parts that hold that year', async () => {
  const manifest = JSON.parse(readFileSync(join(SITE, 'pagefind', 'all.json'), 'utf8')) as PartsManifest;
  assert.ok(manifest.parts.length >= 3, `parts: ${JSON.stringify(manifest.parts)}`);
  assert.ok(manifest.parts.every((p) => p.pages <= SEARCH_PART_PAGES));
  const expected = manifest.parts.filter((p) => p.years.includes('2023')).map((p) => p.path);
  const w = await openPage(h);
  const loaded = new Set<string>();
  w.page.on('request', (r) => {
    const part = /\/pagefind\/(all\/[\w-]+)\//.exec(new URL(r.url()).pathname)?.[1];
    if (part) loaded.add(part);
  });
  await w.page.goto(`${h.server.url}search/?q=${encodeURIComponent('政府信息')}&${encodeURIComponent('年度')}=2023`, { waitUntil: 'networkidle' });
  await w.page.waitForFunction(() => !document.querySelector('site-search')?.hasAttribute('aria-busy') && (document.querySelector('site-search > .status')?.textContent ?? '').length > 0);
  const hrefs = await w.page.locator('.results .text-hit .result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert.ok(hrefs.length > 0 && hrefs.every((u) => u.startsWith('/report/2023-')), hrefs.join(' '));
  assert.deepEqual([...loaded].sort(), expected.sort());
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
