/**
 * 嵌入 beyond the agency pages (chart-images.test.ts has those): a chart of 郸城县's townships side
 * by side, a chart of a comparison (its state in its address, agencies by their short ids), the
 * 合计 table of 郸城县's page, and the tables drawn in the browser (the agency list filtered, a
 * comparison's table of one year), each pasted into a page on another port, where it shows alone
 * with its source line 来源：公开年报看板，<the page it is from>，数据截至<date>; the embeds of the
 * data-quality list and of the search's reports meeting conditions under the sub-path; a short
 * compare address of an agency whose identity is gone since.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FrameLocator } from 'playwright-core';
import { agencyIdOf, agencySlugOf, builtReports, openPage, start, type Harness } from './browser.ts';
import { inOtherSite } from './other-site.ts';
import { shortId } from '../../src/lib/present/short-ids.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

/** The body rows of the first table matching `selector` in the frame, as their cells' texts. */
const bodyRows = (frame: FrameLocator, selector: string) =>
  frame.locator(selector).first().evaluate((t) => [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())));

test('a chart of a county’s townships, embedded in another site, is drawn alone with its source line', async () => {
  const w = await openPage(h);
  const address = `${h.server.url}place/411625/townships/`;
  await w.page.goto(address, { waitUntil: 'networkidle' });
  const figure = w.page.locator('figure.chart').first();
  const caption = (await figure.locator('figcaption').textContent())!.trim();
  // 2024: 新收 of the four townships 23, 15, 4 and 0 (places.test.ts): median (15 + 4) / 2
  assert.equal(caption, '2024年郸城县各乡镇（街道）本年新收申请（中位数9.5件）');
  await figure.getByText('嵌入', { exact: true }).click();
  const code = await figure.locator('textarea.embed-snippet').inputValue();
  assert.ok(code.startsWith(`<iframe src="${h.server.url}embed/peers/411625/townships/newReceived/" title="${caption}" `), code);
  const date = await w.page.evaluate(() => document.documentElement.dataset.dataDate);
  await inOtherSite(w.page, code, async () => {
    const frame = w.page.frameLocator('iframe');
    assert.equal((await frame.locator('figcaption').textContent())!.trim(), caption);
    assert.ok((await frame.locator('bar-chart canvas').evaluate((c) => (c as HTMLCanvasElement).width)) > 0, 'the chart is drawn');
    assert.equal(await frame.locator('.embed-source').textContent(), `来源：公开年报看板，${address}，数据截至${date}`);
    assert.equal(await frame.locator('.site-header, header').count(), 0, 'no header or search');
  });
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a chart of a comparison, embedded in another site, carries its state and cites the comparison by short ids', async () => {
  const [qian, duo] = ['钱店镇', '多件乡'].map((name) => builtReports().find((r) => r.agency === name)!.id);
  const ids = `${agencyIdOf(qian!)}.${agencyIdOf(duo!)}`;
  const w = await openPage(h);
  // An address of slugs, as shared before ids: it still works, and is written short once loaded.
  await w.page.goto(`${h.server.url}compare/?a=${agencySlugOf(qian!)}&a=${agencySlugOf(duo!)}&y=2024`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.compare-table');
  assert.equal(new URL(w.page.url()).search, `?k=${ids}&y=2024`);
  const figure = w.page.locator('figure.chart').first();
  const caption = (await figure.locator('figcaption').textContent())!.trim();
  assert.equal(caption, '2024年申请数量与办理结果');
  await figure.getByText('嵌入', { exact: true }).click();
  const code = await figure.locator('textarea.embed-snippet').inputValue();
  assert.ok(code.startsWith(`<iframe src="${h.server.url}embed/compare/?k=${ids}&amp;y=2024&amp;m=counts" title="${caption}" `), code);
  const date = await w.page.evaluate(() => document.documentElement.dataset.dataDate);
  await inOtherSite(w.page, code, async () => {
    const frame = w.page.frameLocator('iframe');
    assert.equal((await frame.locator('figcaption').textContent())!.trim(), caption);
    assert.ok((await frame.locator('bar-chart canvas').evaluate((c) => (c as HTMLCanvasElement).width)) > 0, 'the chart is drawn');
    assert.equal(await frame.locator('.embed-source').textContent(), `来源：公开年报看板，${h.server.url}compare/?k=${ids}&y=2024，数据截至${date}`);
    assert.equal(await frame.getByRole('link', { name: '在公开年报看板查看此对比' }).getAttribute('href'), `${h.server.url}compare/?k=${ids}&y=2024`);
    // The chart's numbers, from its data table: 2024 新收 of 钱店镇 0 (its report prints 0), of 多件乡 20.
    assert.deepEqual((await bodyRows(frame, 'details table')).find((r) => r[0] === '本年新收'), ['本年新收', '0', '20']);
  });
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a table of a comparison over all years, embedded in another site, shows the measure’s years and agencies', async () => {
  const [qian, duo] = ['钱店镇', '多件乡'].map((name) => builtReports().find((r) => r.agency === name)!.id);
  const ids = `${agencyIdOf(qian!)}.${agencyIdOf(duo!)}`;
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/?k=${ids}`, { waitUntil: 'networkidle' });
  const section = w.page.locator('.measure-compare').first();
  await section.locator('embed-code[data-what="此表"]').getByText('嵌入', { exact: true }).click();
  const code = await section.locator('embed-code[data-what="此表"] textarea').inputValue();
  assert.ok(code.startsWith(`<iframe src="${h.server.url}embed/compare/?k=${ids}&amp;m=newReceived-table" title="本年新收申请" `), code);
  await inOtherSite(w.page, code, async () => {
    const frame = w.page.frameLocator('iframe');
    assert.equal(await frame.locator('.embed-title').textContent(), '对比：钱店镇、多件乡（全部年度）：本年新收申请');
    await frame.locator('tbody tr').first().waitFor();
    // 新收: 钱店镇 2023 6, 2024 0 (its 2024 report fails a check); 多件乡 2024 20.
    assert.deepEqual(await bodyRows(frame, 'table'), [
      ['2023年', '6', '—'],
      ['2024年', '0 未通过核对', '20'],
    ]);
    assert.equal(await frame.locator('tbody a').first().getAttribute('target'), '_top');
  });
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a comparison’s table of one year, embedded in another site, shows the measures down and the agencies across', async () => {
  const [qian, duo] = ['钱店镇', '多件乡'].map((name) => builtReports().find((r) => r.agency === name)!.id);
  const ids = `${agencyIdOf(qian!)}.${agencyIdOf(duo!)}`;
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/?k=${ids}&y=2024`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.compare-table');
  const embed = w.page.locator('compare-view embed-code[data-what="此表"]');
  await embed.getByText('嵌入', { exact: true }).click();
  const code = await embed.locator('textarea').inputValue();
  const title = '对比：钱店镇、多件乡（2024年）：对比表';
  assert.ok(code.startsWith(`<iframe src="${h.server.url}embed/compare/?k=${ids}&amp;y=2024&amp;m=table" title="${title}" `), code);
  const date = await w.page.evaluate(() => document.documentElement.dataset.dataDate);
  await inOtherSite(w.page, code, async () => {
    const frame = w.page.frameLocator('iframe');
    assert.equal(await frame.locator('.embed-title').textContent(), title);
    await frame.locator('tbody tr').first().waitFor();
    const rows = await bodyRows(frame, 'table');
    // 2024 新收: 钱店镇 0 (its report prints 0), 多件乡 20; each column links to its report.
    assert.deepEqual(rows.find((r) => r[0] === '本年新收申请'), ['本年新收申请', '0', '20']);
    assert.deepEqual(rows.at(-1), ['报告', '查看', '查看']);
    assert.equal(await frame.getByRole('link', { name: '查看' }).first().getAttribute('target'), '_top');
    assert.equal(await frame.locator('.embed-source').textContent(), `来源：公开年报看板，${h.server.url}compare/?k=${ids}&y=2024，数据截至${date}`);
    assert.equal(await frame.locator('.site-header, header').count(), 0, 'no header or search');
  });
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the agency list with a filter, embedded in another site, shows the agencies of that state with its count and a link back to it', async () => {
  const w = await openPage(h);
  const state = 'level=township&place=411625&year=2024&f=newReceived.gt.3&sort=newReceived&dir=desc';
  await w.page.goto(`${h.server.url}agencies/?${state}`, { waitUntil: 'networkidle' });
  await w.page.waitForFunction(() => document.querySelector('agency-list > .status')?.textContent?.startsWith('共'));
  const embed = w.page.locator('agency-list embed-code');
  await embed.getByText('嵌入', { exact: true }).click();
  const code = await embed.locator('textarea').inputValue();
  const title = '机关列表（2024年，乡镇级，郸城县，按本年新收申请降序）';
  assert.ok(code.startsWith(`<iframe src="${h.server.url}embed/agencies/?${state.replaceAll('&', '&amp;')}" title="${title}" `), code);
  const date = await w.page.evaluate(() => document.documentElement.dataset.dataDate);
  const address = `${h.server.url}agencies/?${state}`;
  await inOtherSite(w.page, code, async () => {
    const frame = w.page.frameLocator('iframe');
    await frame.locator('tbody tr').first().waitFor();
    assert.equal(await frame.locator('.embed-title').textContent(), title);
    // 郸城县's townships in 2024: 汲冢镇 新收 23, 石槽镇 15, 城郊乡 4; 钱店镇 0 is not over 3.
    assert.equal(await frame.locator('list-embed .status').textContent(), '共3个机关符合条件（本年新收申请 > 3）。');
    // 名次, 机关, 地区, ... 本年新收申请 (the eighth column).
    assert.deepEqual((await bodyRows(frame, 'table')).map((r) => [r[0], r[1], r[2], r[7]]), [
      ['1', '汲冢镇', '周口市郸城县', '23'],
      ['2', '石槽镇', '周口市郸城县', '15'],
      ['3', '城郊乡', '周口市郸城县', '4'],
    ]);
    assert.equal(await frame.getByRole('link', { name: '汲冢镇' }).getAttribute('target'), '_top');
    assert.equal(await frame.locator('.embed-source').textContent(), `来源：公开年报看板，${address}，数据截至${date}`);
    assert.equal(await frame.getByRole('link', { name: '在公开年报看板查看此列表' }).getAttribute('href'), address);
    assert.equal(await frame.locator('.site-header, header, form').count(), 0, 'no header, search or filters');
  });
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('under the sub-path the embeds of the data-quality list and of the search’s reports meeting conditions draw their state and cite their page there', async () => {
  const w = await openPage(h, { origin: h.sub.origin });
  await w.page.goto(`${h.sub.url}quality/?kind=unplaced`, { waitUntil: 'networkidle' });
  const quality = await w.page.locator('quality-list embed-code').getAttribute('data-href');
  assert.equal(quality, '/sub/embed/quality/?kind=unplaced');
  await w.page.goto(new URL(quality!, h.sub.url).href, { waitUntil: 'networkidle' });
  await w.page.locator('tbody tr').first().waitFor();
  assert.equal(await w.page.locator('.embed-title').textContent(), '数据核查（未归入地区，差额最大的在前）');
  // The test data's three reports without a place (ingest says so).
  assert.equal(await w.page.locator('quality-embed .status').textContent(), '共3个问题符合条件。');
  assert.equal(await w.page.locator('tbody tr').count(), 3);
  assert.equal((await w.page.locator('.embed-source').textContent())?.startsWith(`来源：公开年报看板，${h.sub.url}quality/?kind=unplaced，数据截至`), true);

  const state = `?${new URLSearchParams({ 年度: '2024', 层级: '乡镇级', f: 'newReceived.gt.3', place: '411625' })}`;
  await w.page.goto(`${h.sub.url}search/${state}`, { waitUntil: 'networkidle' });
  await w.page.locator('.matches tbody tr').first().waitFor();
  const search = await w.page.locator('.matches embed-code').getAttribute('data-href');
  assert.equal(search, `/sub/embed/search/${state}`);
  await w.page.goto(new URL(search!, h.sub.url).href, { waitUntil: 'networkidle' });
  await w.page.locator('tbody tr').first().waitFor();
  assert.equal(await w.page.locator('.embed-title').textContent(), '符合数字条件的报告（2024年，乡镇级，郸城县）');
  // 郸城县's townships in 2024 with more than 3 new applications: 汲冢镇 23, 石槽镇 15, 城郊乡 4.
  assert.equal(await w.page.locator('search-embed .status').textContent(), '符合本年新收申请 > 3的郸城县的报告3份。');
  assert.deepEqual(await w.page.locator('tbody th').allTextContents(), ['汲冢镇 2024年报告', '石槽镇 2024年报告', '城郊乡 2024年报告']);
  assert.equal(await w.page.locator('.embed-source').textContent(), `来源：公开年报看板，${h.sub.url}search/${state}，数据截至${await w.page.evaluate(() => document.documentElement.dataset.dataDate)}`);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a short compare address of an identity that is gone leads to the agency its address leads to now', async () => {
  // tests/e2e/fixtures/published-addresses.json: 城郊乡 2024 was once unplaced, under its own identity;
  // it is 城郊乡 of 郸城县 (411625200) now.
  const gone = shortId('城郊乡 @chengjiaoxiang-2024.md');
  const now = shortId('411625200 城郊乡');
  const shiCao = shortId('411625108 石槽镇');
  assert.notEqual(gone, now);
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/?k=${gone}.${shiCao}&y=2024`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.compare-table');
  assert.deepEqual(await w.page.locator('.chips li a').allTextContents(), ['城郊乡', '石槽镇']);
  assert.equal(await w.page.locator('.chips li a').first().getAttribute('href'), '/agency/cheng-jiao-xiang-411625200/');
  assert.equal(new URL(w.page.url()).search, `?k=${now}.${shiCao}&y=2024`, 'written back with the agency’s id of today');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a table of a county’s page, embedded in another site, shows the page’s rows with its source line', async () => {
  const w = await openPage(h);
  const address = `${h.server.url}place/411625/`;
  await w.page.goto(address, { waitUntil: 'networkidle' });
  const section = w.page.locator('section', { has: w.page.locator('table.place-totals') });
  await section.getByText('嵌入', { exact: true }).click();
  const code = await section.locator('textarea.embed-snippet').inputValue();
  assert.match(code, new RegExp(`^<iframe src="${h.server.url}embed/table/\\?p=place/411625/&amp;t=[0-9a-z]{8}" title="郸城县合计" `));
  const date = await w.page.evaluate(() => document.documentElement.dataset.dataDate);
  await inOtherSite(w.page, code, async () => {
    const frame = w.page.frameLocator('iframe');
    assert.equal(await frame.locator('.embed-title').textContent(), '郸城县合计');
    await frame.locator('tbody tr').first().waitFor();
    const rows = await bodyRows(frame, 'table');
    // 年度, 计入的报告, (其中未通过核对的报告,) 本年新收申请: as places.test.ts reads the page.
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[3]]), [
      ['2024年合计', '4', '42'],
      ['郸城县人民政府2024年汇总报告（单列，不计入合计）', '—', '120'],
      ['2023年合计', '2', '17'],
    ]);
    assert.equal(await frame.getByRole('link', { name: /郸城县人民政府2024年汇总报告/ }).getAttribute('target'), '_top');
    assert.equal(await frame.locator('.embed-source').textContent(), `来源：公开年报看板，${address}，数据截至${date}`);
    assert.equal(await frame.locator('.site-header, header').count(), 0, 'no header or search');
  });
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('under the sub-path the table’s embed page loads its page there and cites it', async () => {
  const w = await openPage(h, { origin: h.sub.origin });
  await w.page.goto(`${h.sub.url}place/411625/`, { waitUntil: 'networkidle' });
  const href = await w.page.locator('embed-code[data-title="郸城县合计"]').getAttribute('data-href');
  assert.match(href ?? '', /^\/sub\/embed\/table\/\?p=place\/411625\/&t=[0-9a-z]{8}$/);
  await w.page.goto(new URL(href!, h.sub.url).href, { waitUntil: 'networkidle' });
  assert.equal(await w.page.locator('.embed-title').textContent(), '郸城县合计');
  assert.equal((await w.page.locator('.embed-source').textContent())?.startsWith(`来源：公开年报看板，${h.sub.url}place/411625/，数据截至`), true);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('an embed of a table on an agency’s old address shows the table of the agency’s page of today, and an old chart embed address still draws', async () => {
  const w = await openPage(h);
  const address = `${h.server.url}agency/qian-dian-zhen-411625106/`;
  await w.page.goto(address, { waitUntil: 'networkidle' });
  const code = w.page.locator('embed-code[data-what="此表"]').first();
  const title = await code.getAttribute('data-title');
  const href = (await code.getAttribute('data-href'))!;
  assert.match(href, /^\/embed\/table\/\?p=agency\/qian-dian-zhen-411625106\/&t=[0-9a-z]{8}$/);
  // tests/e2e/fixtures/published-addresses.json: /agency/qian-dian-zhen/ was 钱店镇's address before it carried the code.
  await w.page.goto(new URL(href.replace('qian-dian-zhen-411625106', 'qian-dian-zhen'), h.server.url).href, { waitUntil: 'networkidle' });
  assert.equal(await w.page.locator('.embed-title').textContent(), title);
  assert.equal((await w.page.locator('.embed-source').textContent())?.startsWith(`来源：公开年报看板，${address}，`), true);
  await w.page.goto(`${h.server.url}embed/agency/qian-dian-zhen/applications/`, { waitUntil: 'networkidle' });
  assert.ok((await w.page.locator('line-chart canvas').evaluate((c) => (c as HTMLCanvasElement).width)) > 0, 'the chart is drawn');
  assert.equal((await w.page.locator('.embed-source').textContent())?.startsWith(`来源：公开年报看板，${address}，`), true);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
