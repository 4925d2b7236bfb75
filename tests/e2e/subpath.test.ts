/**
 * The site built with BASE_PATH=/sub/ works when served from /sub/: every link, script,
 * stylesheet and data file on each page kind points under /sub/ and loads; search and charts work.
 */
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

test('every local link and asset resolves under /sub/', async () => {
  const r = builtReports().find((x) => x.agency === '钱店镇')!;
  const slug = agencySlugOf(r.id);
  const pages = ['', 'agencies/', `agency/${slug}/`, `report/${r.id}/`, 'quality/', 'downloads/', 'about/', `compare/?a=${slug}`, 'place/', 'place/411625/', 'place/411625/townships/'];
  const checked = new Set<string>();
  for (const path of pages) {
    const w = await openPage(h, { origin: h.sub.origin });
    await w.page.goto(h.sub.url + path, { waitUntil: 'networkidle' });
    assert.deepEqual(w.problems, [], `${path}: problems`);
    assert.deepEqual(w.outside, [], `${path}: requests leaving the site`);
    const refs = await w.page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
      els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
    );
    for (const ref of refs) {
      if (ref.startsWith('#') || ref.startsWith('?')) continue;
      assert.ok(ref.startsWith('/sub/'), `${path}: ${ref} is not under /sub/`);
      const url = new URL(ref, h.sub.origin).href.replace(/#.*$/, '');
      if (checked.has(url)) continue;
      checked.add(url);
      const status = await w.page.evaluate(async (u) => (await fetch(u, { method: 'GET' })).status, url);
      assert.equal(status, 200, `${path}: ${ref}`);
    }
    await w.context.close();
  }
  assert.ok(checked.size > 20, `checked ${checked.size} links`);
});

test('charts and search work under /sub/', async () => {
  const w = await openPage(h, { origin: h.sub.origin });
  await w.page.goto(h.sub.url, { waitUntil: 'networkidle' });
  (await paintedPixels(w.page)).forEach((n) => assert.ok(n > 500));
  await w.page.goto(`${h.sub.url}search/?q=${encodeURIComponent('钱店')}`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.results li');
  const href = await w.page.locator('.results .result-title').first().getAttribute('href');
  assert.match(href!, /^\/sub\//);
  await w.page.click('.results .result-title');
  await w.page.waitForLoadState('networkidle');
  assert.ok((await w.page.title()).includes('钱店'));
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
