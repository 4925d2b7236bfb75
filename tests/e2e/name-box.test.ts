/**
 * The site's one name box (src/browser/name-box.ts) wherever it is, the header and the compare
 * picker, from the keyboard: typed, ArrowDown twice and Enter take the second suggestion; Escape
 * closes; Home leaves the suggestions for the input. Traditional characters find agencies in
 * both. Suggestions and the agency list's rows say where each agency is.
 *
 * The test site's agencies with 镇 in their name, as the name search orders them (all contain 镇,
 * all three characters long, then in pinyin order): 汲冢镇 (ji), 钱店镇 (qian), 石槽镇 (shi), 一件镇
 * (yi); the first three placed in 河南省周口市郸城县 (钱店镇 2023 and 2024), 一件镇 unplaced.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, start, type Harness } from './browser.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

const TOWNS = ['汲冢镇', '钱店镇', '石槽镇', '一件镇'];

/** The names the box `id` suggests, once there are `count`. */
async function suggested(page: Page, id: string, count: number): Promise<string[]> {
  await page.waitForFunction(([list, n]) => document.querySelectorAll(`#${list} [role="option"]`).length === n, [`${id}-names`, count] as const);
  return page.locator(`#${id}-names [role="option"] > * > span:first-child`).allTextContents();
}

test('the header box from the keyboard: ArrowDown twice and Enter open the second suggestion; Home and Escape', async () => {
  const w = await openPage(h);
  await w.page.goto(h.server.url, { waitUntil: 'networkidle' });
  await w.page.fill('#site-search', '镇');
  assert.deepEqual(await suggested(w.page, 'site-search', 4), TOWNS);
  // Where each is, from its division: namesakes could be told apart.
  assert.deepEqual(await w.page.locator('#site-search-names [role="option"] small').allTextContents(), [
    '乡镇级 · 河南省周口市郸城县 · 2024年',
    '乡镇级 · 河南省周口市郸城县 · 2023—2024年',
    '乡镇级 · 河南省周口市郸城县 · 2023—2024年',
    '乡镇级 · 未归入地区 · 2024年',
  ]);
  await w.page.press('#site-search', 'ArrowDown');
  await w.page.press('#site-search', 'ArrowDown');
  assert.equal(await w.page.getAttribute('#site-search', 'aria-activedescendant'), 'site-search-names-1');
  assert.equal(await w.page.getAttribute('#site-search-names-1', 'aria-selected'), 'true');
  // Home goes back to the input, the list open.
  await w.page.press('#site-search', 'Home');
  assert.equal(await w.page.getAttribute('#site-search', 'aria-activedescendant'), null);
  assert.equal(await w.page.locator('#site-search-names [aria-selected="true"]').count(), 0);
  assert.equal(await w.page.getAttribute('#site-search', 'aria-expanded'), 'true');
  await w.page.press('#site-search', 'ArrowDown');
  await w.page.press('#site-search', 'ArrowDown');
  await w.page.press('#site-search', 'Enter');
  await w.page.waitForURL(/\/agency\/qian-dian-zhen-411625106\/$/);
  assert.equal(await w.page.textContent('h1'), '钱店镇');

  await w.page.fill('#site-search', '镇');
  await suggested(w.page, 'site-search', 4);
  await w.page.press('#site-search', 'Escape');
  assert.equal(await w.page.getAttribute('#site-search', 'aria-expanded'), 'false');
  assert.equal(await w.page.locator('#site-search-names').isVisible(), false);
  assert.equal(await w.page.inputValue('#site-search'), '镇', 'Escape closes the list, the words stay');
  // ArrowDown opens it again; ArrowUp from the input goes round to the last suggestion.
  await w.page.press('#site-search', 'ArrowDown');
  assert.deepEqual(await suggested(w.page, 'site-search', 4), TOWNS);
  await w.page.press('#site-search', 'ArrowUp');
  assert.equal(await w.page.getAttribute('#site-search', 'aria-activedescendant'), 'site-search-names-3');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the compare picker from the keyboard: ArrowDown twice and Enter add the second suggestion; the box stays for the next; Escape closes', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/`, { waitUntil: 'networkidle' });
  assert.equal(await w.page.getAttribute('#compare-find', 'role'), 'combobox');
  await w.page.fill('#compare-find', '镇');
  assert.deepEqual(await suggested(w.page, 'compare-find', 4), TOWNS);
  await w.page.press('#compare-find', 'ArrowDown');
  await w.page.press('#compare-find', 'ArrowDown');
  assert.equal(await w.page.getAttribute('#compare-find', 'aria-activedescendant'), 'compare-find-names-1');
  await w.page.press('#compare-find', 'Enter');
  await w.page.waitForFunction(() => document.querySelectorAll('.chips li a').length === 1);
  assert.deepEqual(await w.page.locator('.chips li a').allTextContents(), ['钱店镇']);
  assert.equal(await w.page.inputValue('#compare-find'), '');
  assert.equal(await w.page.getAttribute('#compare-find', 'aria-expanded'), 'false');
  assert.equal(await w.page.evaluate(() => document.activeElement?.id), 'compare-find');
  // Typed again: the chosen one is no longer offered.
  await w.page.keyboard.type('镇');
  assert.deepEqual(await suggested(w.page, 'compare-find', 3), ['汲冢镇', '石槽镇', '一件镇']);
  await w.page.press('#compare-find', 'Escape');
  assert.equal(await w.page.getAttribute('#compare-find', 'aria-expanded'), 'false');
  assert.equal(await w.page.locator('#compare-find-names').isVisible(), false);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a name in traditional characters typed into the compare picker finds the agency, as in the header', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/`, { waitUntil: 'networkidle' });
  await w.page.fill('#compare-find', '錢店鎮');
  assert.deepEqual(await suggested(w.page, 'compare-find', 1), ['钱店镇']);
  await w.page.press('#compare-find', 'ArrowDown');
  await w.page.press('#compare-find', 'Enter');
  await w.page.waitForFunction(() => document.querySelectorAll('.chips li a').length === 1);
  assert.deepEqual(await w.page.locator('.chips li a').allTextContents(), ['钱店镇']);
  await w.page.fill('#compare-find', '石槽鎮');
  assert.deepEqual(await suggested(w.page, 'compare-find', 1), ['石槽镇']);
  await w.page.locator('#compare-find-names [role="option"]').click();
  await w.page.waitForSelector('.measure-compare');
  assert.deepEqual(await w.page.locator('.chips li a').allTextContents(), ['钱店镇', '石槽镇']);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('each agency-list row says where its agency is, and the download adds the division code', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}agencies/?sort=name&dir=asc`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  const heads = await w.page.locator('agency-list thead th').allTextContents();
  assert.deepEqual(heads.slice(0, 2), ['机关', '地区']);
  const placeOf = async (name: string) => (await w.page.locator('agency-list tbody tr', { has: w.page.locator(`th a:text-is("${name}")`) }).locator('td').first().textContent())?.trim();
  assert.equal(await placeOf('钱店镇'), '周口市郸城县');
  assert.equal(await placeOf('柳园口乡政府'), '开封市龙亭区');
  assert.equal(await placeOf('延津县人民政府办公室'), '新乡市延津县');
  assert.equal(await placeOf('一件镇'), '未归入地区');
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('agency-list table-download button', { hasText: 'CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  // After the name its marks (汇总, 未通过核对), then the place and the code.
  const MARKS = '(?:"[^"]*"|[^,]*)';
  assert.match(csv.split('\n')[0]!, /^\uFEFF?机关,机关标记,地区,区划代码,层级,/);
  assert.match(csv, new RegExp(`\n钱店镇,${MARKS},周口市郸城县,411625106,`));
  assert.match(csv, new RegExp(`\n一件镇,${MARKS},未归入地区,,`));
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
