/**
 * The Atom feeds of the e2e site, fetched from it and read by saxes (tests/unit/output/read-atom.ts):
 * the whole site's, and 郸城县's, which holds the county's own report and its townships' (钱店镇
 * 2023 and 2024 from content/reports and the fixtures, and the fixtures under
 * tests/e2e/fixtures/content/河南省/周口市/郸城县/: 汲冢镇, 石槽镇 2023 and 2024, 城郊乡, 郸城县人民政府).
 * 钱店镇 2024 prints 上年结转 0 (content/reports/004_8f4f033ed63f27b4.txt) where its 2023 report
 * prints 结转下年度 1 (qiandianzhen-2023.md): it fails 上年结转与上年报告一致. The county page links its
 * feed in its <head> and as 订阅, under the sub-path too.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, start, type Harness } from './browser.ts';
import { atomChild, atomChildren, atomProblems, readXml, type XmlElement } from '../unit/output/read-atom.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

async function feedAt(address: string): Promise<XmlElement> {
  const response = await fetch(address);
  assert.equal(response.status, 200, address);
  const feed = readXml(await response.text());
  assert.deepEqual(atomProblems(feed), [], address);
  return feed;
}

const author = (entry: XmlElement) => atomChild(atomChild(entry, 'author'), 'name').text;

test('a county’s feed holds its own report and its townships’, each with a permanent id, its ingest time and its page', async () => {
  const feed = await feedAt(`${h.server.url}place/411625/feed.xml`);
  assert.equal(atomChild(feed, 'title').text, '郸城县 · 公开年报看板');
  assert.equal(atomChild(feed, 'id').text, 'tag:gongkai-nianbao-kanban,2026:feed/place/411625');
  const entries = atomChildren(feed, 'entry');
  assert.deepEqual(entries.map(author).sort(), ['城郊乡', '汲冢镇', '石槽镇', '石槽镇', '郸城县人民政府', '钱店镇', '钱店镇'].sort());
  for (const entry of entries) {
    const href = atomChild(entry, 'link').attributes.href!;
    const id = /^\/report\/([a-z0-9-]+)\/$/.exec(href)?.[1];
    assert.ok(id, href);
    assert.equal(atomChild(entry, 'id').text, `tag:gongkai-nianbao-kanban,2026:report/${id}`);
    assert.match(atomChild(entry, 'updated').text, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.equal((await fetch(new URL(href, h.server.origin))).status, 200, `${href} is a page`);
  }
  // Newest first, and the feed is as new as its newest entry (the test sites are ingested in more
  // than one run, so their times may differ by seconds).
  const times = entries.map((e) => atomChild(e, 'updated').text);
  assert.deepEqual(times, [...times].sort().reverse());
  assert.equal(atomChild(feed, 'updated').text, times[0]);

  const failing = entries.find((e) => author(e) === '钱店镇' && atomChild(e, 'title').text.startsWith('钱店镇2024'))!;
  assert.ok(atomChildren(failing, 'category').some((c) => c.attributes.term === 'checks-failed'));
  const lines = atomChild(failing, 'content').text.split('\n');
  assert.ok(lines.includes('地区：河南省周口市郸城县钱店镇'), lines.join(' | '));
  assert.ok(lines.includes('年度：2024年'));
  assert.ok(lines.some((l) => /^\d+\. 上年结转与上年报告一致：/.test(l)), lines.join(' | '));
  const passing = entries.find((e) => author(e) === '城郊乡')!;
  assert.ok(atomChild(passing, 'content').text.includes('年度：2024年'));
});

test('the site’s feed holds every report of the county’s and reports of other places', async () => {
  const site = await feedAt(`${h.server.url}feed.xml`);
  const county = await feedAt(`${h.server.url}place/411625/feed.xml`);
  const ids = new Set(atomChildren(site, 'entry').map((e) => atomChild(e, 'id').text));
  for (const e of atomChildren(county, 'entry')) assert.ok(ids.has(atomChild(e, 'id').text));
  assert.ok(ids.size > atomChildren(county, 'entry').length, 'the site holds reports of other places');
});

test('under the sub-path: the county page links its feed in <head> and as a visible 订阅, and the feed links the sub-path', async () => {
  const w = await openPage(h, { origin: h.sub.origin });
  await w.page.goto(`${h.sub.url}place/411625/`, { waitUntil: 'networkidle' });
  const heads = await w.page.evaluate(() => Array.from(document.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')).map((l) => l.getAttribute('href')));
  assert.deepEqual(heads, ['/sub/feed.xml', '/sub/place/411625/feed.xml']);
  const link = w.page.getByRole('link', { name: '订阅' });
  assert.ok(await link.isVisible());
  assert.equal(await link.getAttribute('href'), '/sub/place/411625/feed.xml');
  const feed = await feedAt(`${h.sub.origin}/sub/place/411625/feed.xml`);
  assert.deepEqual(atomChildren(feed, 'link').map((l) => l.attributes.href), ['/sub/place/411625/feed.xml', '/sub/place/411625/']);
  for (const e of atomChildren(feed, 'entry')) assert.match(atomChild(e, 'link').attributes.href!, /^\/sub\/report\//);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('an agency page links its own feed as 订阅: 钱店镇’s two reports, newest ingest first', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}agency/qian-dian-zhen-411625106/`, { waitUntil: 'networkidle' });
  const link = w.page.getByRole('link', { name: '订阅' });
  assert.ok(await link.isVisible());
  assert.equal(await link.getAttribute('href'), '/agency/qian-dian-zhen-411625106/feed.xml');
  const feed = await feedAt(`${h.server.origin}/agency/qian-dian-zhen-411625106/feed.xml`);
  const entries = atomChildren(feed, 'entry');
  assert.deepEqual(entries.map((e) => atomChild(e, 'title').text.slice(0, 7)).sort(), ['钱店镇2023', '钱店镇2024']);
  const times = entries.map((e) => atomChild(e, 'updated').text);
  assert.deepEqual(times, [...times].sort().reverse());
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
