/** The comparison restores its selection from the URL and writes changes back to it. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtReports, openPage, paintedPixels, start, type Harness, agencyIdOf, agencySlugOf } from './browser.ts';
import { SITE } from './build-site.ts';

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
  await w.page.locator('#compare-find-names [role="option"]', { hasText: b!.name }).first().click();
  await w.page.selectOption('select[name="year"]', '');
  await w.page.waitForSelector('.compare-table');
  const url = new URL(w.page.url());
  // The agencies by their short ids, one parameter.
  assert.deepEqual(url.searchParams.get('k'), [a!, b!].map((x) => agencyIdOf(builtReports().find((r) => r.agency === x.name)!.id)).join('.'));
  assert.deepEqual(url.searchParams.getAll('a'), []);
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
  const first = w.page.locator('#compare-find-names [role="option"]').first();
  await first.waitFor();
  assert.match((await first.textContent()) ?? '', /^钱店镇乡镇级 · /);
  await first.click();
  await w.page.fill('input[name="find"]', 'qdz');
  await w.page.waitForFunction(() => document.querySelector('.find-status')?.textContent === '没有匹配的机关');
  assert.equal(await w.page.locator('#compare-find-names').isVisible(), false);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

/** The names of the picker's suggestions, once there are `count` of them. */
async function suggestionNames(page: import('playwright-core').Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('#compare-find-names [role="option"]').length === n, count);
  return (await page.locator('#compare-find-names [role="option"] .option > span').allTextContents()).sort();
}

test('a region narrows the picker to its agencies, unplaced ones left out, and stays in the address', async () => {
  // Agencies of the test site with 镇 in their name: 钱店镇 (seed and fixture), 汲冢镇 and 石槽镇
  // (placed by their folder 河南省/周口市/郸城县/), and 一件镇, which nothing places.
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/`, { waitUntil: 'networkidle' });
  assert.equal(await w.page.locator('[data-townships]').isVisible(), false, 'no region: no button to add its townships');
  await w.page.fill('input[name="find"]', '镇');
  assert.deepEqual(await suggestionNames(w.page, 4), ['一件镇', '汲冢镇', '石槽镇', '钱店镇'].sort());
  await w.page.selectOption('select[name="place"]', '411625');
  // The region's select took the focus, which closed the list: typed again.
  await w.page.fill('input[name="find"]', '镇');
  assert.deepEqual(await suggestionNames(w.page, 3), ['汲冢镇', '石槽镇', '钱店镇'].sort());
  assert.equal(new URL(w.page.url()).searchParams.get('place'), '411625');
  // 乡: 城郊乡 of 郸城县; not 多件乡 (unplaced), 苏家作乡 (新乡市), 柳园口乡政府 (开封市), 测试乡…
  await w.page.fill('input[name="find"]', '乡');
  assert.deepEqual(await suggestionNames(w.page, 1), ['城郊乡']);
  // A county without any such agency says so.
  await w.page.selectOption('select[name="place"]', '410726');
  await w.page.fill('input[name="find"]', '乡');
  await w.page.waitForFunction(() => document.querySelector('.find-status')?.textContent === '延津县没有匹配的机关');
  // The address brings the region back.
  await w.page.goto(`${h.server.url}compare/?place=411625`, { waitUntil: 'networkidle' });
  assert.equal(await w.page.inputValue('select[name="place"]'), '411625');
  await w.page.fill('input[name="find"]', '镇');
  assert.deepEqual(await suggestionNames(w.page, 3), ['汲冢镇', '石槽镇', '钱店镇'].sort());
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('添加该地区全部乡镇 adds the governments of the county’s townships, and nothing else', async () => {
  // In 郸城县 the test site has 钱店镇 411625106, 汲冢镇 107, 石槽镇 108, 城郊乡 200 (code order)
  // and the county's own 郸城县人民政府, which is no township.
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/`, { waitUntil: 'networkidle' });
  await w.page.selectOption('select[name="place"]', '411625');
  await w.page.click('[data-townships]');
  await w.page.waitForSelector('.measure-compare');
  assert.deepEqual(await w.page.locator('.chips li a').allTextContents(), ['钱店镇', '汲冢镇', '石槽镇', '城郊乡']);
  // 钱店镇's 2024 report fails its carry-over check against its 2023 one: the comparison says so.
  assert.equal(await w.page.textContent('compare-view > .status'), '已添加郸城县的4个乡镇（街道）政府。正在比较4个机关，全部年度。含1份未通过核对的报告（已标注）。');
  const url = new URL(w.page.url());
  assert.deepEqual(url.searchParams.get('k'), ['钱店镇', '汲冢镇', '石槽镇', '城郊乡'].map((name) => agencyIdOf(builtReports().find((r) => r.agency === name)!.id)).join('.'));
  assert.equal(url.searchParams.get('place'), '411625');
  // Pressed again: all four are chosen already.
  await w.page.click('[data-townships]');
  await w.page.waitForFunction(() => document.querySelector('compare-view > .status')?.textContent?.startsWith('郸城县没有尚未选择的乡镇（街道）政府。'));
  assert.equal(await w.page.locator('.chips li').count(), 4);
  // 全部地区 takes the button away.
  await w.page.selectOption('select[name="place"]', '');
  assert.equal(await w.page.locator('[data-townships]').isVisible(), false);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a summary and a report failing a check are marked, failed=hide leaves it out, and the download is named short', async () => {
  // Slugs as the built site has them (a government's slug need not follow its report's id).
  const rows = JSON.parse(readFileSync(join(SITE, 'rows', 'agencies.json'), 'utf8')) as { slug: string[]; name: string[] };
  const slug = (name: string) => rows.slug[rows.name.indexOf(name)]!;
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/?a=${slug('郸城县人民政府')}&a=${slug('测试乡')}&a=${slug('多件乡')}`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.measure-compare');
  const first = w.page.locator('.measure-compare').first();
  assert.equal((await first.locator('.figure-mark-summary').first().textContent())?.trim(), '汇总');
  assert.match((await first.locator('.figure-mark-failed').first().getAttribute('title')) ?? '', /收支平衡/);
  assert.equal(await w.page.locator('.marks-explain').isVisible(), true);
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('table-download button', { hasText: 'CSV' }).click()]);
  assert.equal(download.suggestedFilename(), '对比-郸城县人民政府-测试乡-多件乡-全部年度.csv');

  await w.page.selectOption('select[name="failed"]', 'hide');
  await w.page.waitForFunction(() => location.search.includes('failed=hide'));
  assert.match((await w.page.locator('compare-view > .status').textContent()) ?? '', /已略去1份未通过核对的报告/);
  assert.equal(await w.page.locator('.measure-compare .figure-mark-failed').count(), 0);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
