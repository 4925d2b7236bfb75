/**
 * A site built in two parts (PART=1/2, PART=2/2) and assembled serves the pages of both parts: the
 * report and agency pages of each part, their data files, the shared pages and downloads, and the
 * search index of each part. Also: each part alone holds only its own agencies' pages.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { after, before, test } from 'node:test';
import { launch } from './browser.ts';
import { ASSEMBLED, buildSites, PARTS, SITE } from './build-site.ts';
import { serve, type StaticServer } from './static-server.ts';

let browser: Browser;
let server: StaticServer;
before(async () => {
  buildSites({ ifMissing: true });
  browser = await launch();
  server = await serve(ASSEMBLED, '/');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The report pages, but those left at report addresses that moved (agency-addresses.json, `reports`). */
const reportsOf = (dir: string) => {
  if (!existsSync(join(dir, 'report'))) return [];
  const record = JSON.parse(readFileSync(join(dir, 'agency-addresses.json'), 'utf8')) as { reports?: { id: string }[] };
  const moved = new Set((record.reports ?? []).map((r) => r.id));
  return readdirSync(join(dir, 'report')).filter((id) => !moved.has(id));
};
const agenciesOf = (dir: string) => (existsSync(join(dir, 'agency')) ? readdirSync(join(dir, 'agency')) : []);

test('each part holds only its own agencies, and together they hold them all, once', () => {
  const [one, two] = PARTS.map(reportsOf) as [string[], string[]];
  assert.ok(one.length > 0 && two.length > 0, `both parts have reports (${one.length}, ${two.length}); otherwise the sample does not test the split`);
  assert.deepEqual(one.filter((id) => two.includes(id)), []);
  assert.deepEqual([...one, ...two].sort(), reportsOf(SITE).sort());
  assert.deepEqual([...PARTS.flatMap(agenciesOf)].sort(), agenciesOf(SITE).sort());
  // the shared downloads come from part 1 only
  assert.ok(existsSync(join(PARTS[0]!, 'data', 'reports.json')));
  assert.ok(!existsSync(join(PARTS[1]!, 'data', 'reports.json')));
});

test('the assembled site serves report and agency pages of both parts, their data and the shared pages', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(e.message));
  for (const part of PARTS) {
    const id = reportsOf(part)[0]!;
    const slug = agenciesOf(part)[0]!;
    await page.goto(`${server.url}report/${id}/`, { waitUntil: 'networkidle' });
    assert.ok((await page.title()).includes('公开年报看板'), `report ${id}`);
    const json = await page.evaluate(async (u) => (await fetch(u)).json(), `${server.url}data/reports/${id}.json`);
    assert.equal((json as { id: string }).id, id);
    await page.goto(`${server.url}agency/${slug}/`, { waitUntil: 'networkidle' });
    assert.equal(await page.locator('h1').count(), 1, `agency ${slug}`);
  }
  for (const path of ['', 'agencies/', 'quality/', 'downloads/', 'search/']) {
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
  }
  await page.goto(`${server.url}agencies/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('agency-list tbody tr');
  // Every agency page but the redirects left at addresses that moved (agency-addresses.json, `to`).
  const record = JSON.parse(readFileSync(join(SITE, 'agency-addresses.json'), 'utf8')) as { addresses: { slug: string; to?: string }[] };
  const moved = new Set(record.addresses.filter((a) => a.to !== undefined).map((a) => a.slug));
  assert.equal(await page.locator('agency-list tbody tr').count(), agenciesOf(SITE).filter((slug) => !moved.has(slug)).length, 'the agency list shows the agencies of both parts');
  const all = await page.evaluate(async (u) => (await fetch(u)).json(), `${server.url}data/reports.json`);
  assert.equal((all as unknown[]).length, reportsOf(SITE).length);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the search index of each part is in the assembled site, under pagefind/<part>', () => {
  const names = readdirSync(join(ASSEMBLED, 'pagefind'));
  for (const label of ['1-of-2', '2-of-2']) assert.ok(names.some((n) => n.startsWith(label)), `pagefind/${label}… in ${names.join(' ')}`);
  assert.ok(!existsSync(join(ASSEMBLED, 'build-part.json')), 'the part markers are not copied');
});
