/**
 * Wide tables on a 390-pixel phone: each scrolls inside its own named, focusable region with its
 * first column held in view, and no number breaks across lines. Compare is opened with fifteen
 * agencies, more than the test site has: the extra ones are copies of a real agency's file under
 * other names, served in place of files the site does not have, with numbers of up to four digits.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, paintedPixels, PHONE, start, type Harness } from './browser.ts';
import { SITE } from './build-site.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

interface AgencyRecord {
  slug: string;
  name: string;
  years: { year: number; counts: Record<string, number | null> }[];
}

/** Fifteen township governments: 多件乡's record (20 applications in 2024) renamed, its numbers times 7, 14, … 105. */
async function fifteenTownships(page: Page): Promise<string[]> {
  const base = JSON.parse(readFileSync(join(SITE, 'rows', 'agency', 'duo-jian-xiang-acb909.json'), 'utf8')) as AgencyRecord;
  assert.equal(base.name, '多件乡');
  const slugs = Array.from({ length: 15 }, (_, i) => `wide-township-${i + 1}`);
  await page.route('**/rows/agency/wide-township-*.json', async (route) => {
    const n = Number(/wide-township-(\d+)\.json$/.exec(route.request().url())![1]);
    const record: AgencyRecord = {
      ...base,
      slug: `wide-township-${n}`,
      name: `宽表县第${n}乡镇人民政府`,
      years: base.years.map((y) => ({ ...y, counts: Object.fromEntries(Object.entries(y.counts).map(([k, v]) => [k, v === null ? null : v * 7 * n])) })),
    };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(record) });
  });
  return slugs;
}

/**
 * The texts in the number cells of the tables (body cells not marked as text) that take more than
 * one line; at least `shown` texts must be on screen (a table folded away shows none).
 */
async function brokenNumbers(page: Page, table: string, shown = 10): Promise<string[]> {
  const { broken, seen } = await page.$$eval(`${table} tbody td:not(.text)`, (cells) => {
    const out = { broken: [] as string[], seen: 0 };
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = range.getClientRects().length;
        if (lines > 0) out.seen += 1;
        if (lines > 1) out.broken.push(node.textContent);
      }
    }
    return out;
  });
  assert.ok(seen >= shown, `${seen} numbers on screen in ${table}`);
  return broken;
}

/**
 * The region holding `table`: named, in the tab order, scrolling sideways by the arrow key; scrolled
 * to its right end, the first row's header is still at the region's left edge and on top there.
 */
async function checkRegion(page: Page, table: string): Promise<void> {
  const region = page.locator(table).first().locator('xpath=..');
  assert.equal(await region.getAttribute('class'), 'table-scroll');
  assert.equal(await region.getAttribute('role'), 'region');
  assert.ok(((await region.getAttribute('aria-label')) ?? '').length > 0, 'the region has a name');
  assert.equal(await region.getAttribute('tabindex'), '0');
  const wide = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(wide > 100, `the table is wider than the phone (${wide} px more)`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), PHONE.width, 'the page itself does not scroll sideways');
  await region.focus();
  assert.equal(await region.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((selector) => document.querySelector(selector)!.parentElement!.scrollLeft > 0, table);
  const held = await region.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    const cell = el.querySelector<HTMLElement>('tbody th[scope="row"]')!;
    // The row in the middle of the screen, where elementFromPoint can see it.
    window.scrollBy(0, cell.getBoundingClientRect().top - innerHeight / 2);
    const box = cell.getBoundingClientRect();
    const frame = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
    return { scrolled: el.scrollLeft, offset: Math.round(box.left - frame.left), onTop: cell.contains(top), ground: getComputedStyle(cell).backgroundColor };
  });
  assert.ok(held.scrolled > 100, `scrolled ${held.scrolled} px`);
  assert.equal(held.offset, 0, 'the first column stays at the left edge');
  assert.equal(held.onTop, true, 'the first column covers the cells scrolling under it');
  assert.notEqual(held.ground, 'rgba(0, 0, 0, 0)', 'the first column is opaque');
}

test('compare with fifteen agencies on a phone: one year’s table scrolls with the measures held, no number broken', async () => {
  const w = await openPage(h, { viewport: PHONE });
  const slugs = await fifteenTownships(w.page);
  await w.page.goto(`${h.server.url}compare/?${slugs.map((s) => `a=${s}`).join('&')}&y=2024`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.compare-table');
  assert.equal(await w.page.locator('.chips li').count(), 15);
  // 20 applications times 7 × 15 = 2,100 for the fifteenth: four digits and a comma on one line.
  assert.ok((await w.page.locator('.compare-table tbody td').allTextContents()).includes('2,100'));
  assert.deepEqual(await brokenNumbers(w.page, '.compare-table'), []);
  await checkRegion(w.page, '.compare-table');
  // Both charts of fifteen series draw, each series in its own look (present/series-style.ts).
  const pixels = await paintedPixels(w.page);
  assert.equal(pixels.length, 2);
  pixels.forEach((n) => assert.ok(n > 500, 'chart drawn'));
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('compare with fifteen agencies on a phone, all years: each measure’s table likewise', async () => {
  const w = await openPage(h, { viewport: PHONE });
  const slugs = await fifteenTownships(w.page);
  await w.page.goto(`${h.server.url}compare/?${slugs.map((s) => `a=${s}`).join('&')}`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.measure-compare');
  const first = '.measure-compare:first-of-type .compare-table';
  assert.equal(await w.page.locator(`${first} thead th`).count(), 16, '年度 and fifteen agencies');
  assert.deepEqual(await brokenNumbers(w.page, '.measure-compare .compare-table'), []);
  await checkRegion(w.page, first);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the data-quality table on a phone: the report column held, the explanation readable, no number broken', async () => {
  const w = await openPage(h, { viewport: PHONE });
  await w.page.goto(`${h.server.url}quality/`, { waitUntil: 'networkidle' });
  const table = '.quality-table';
  assert.ok((await w.page.locator(`${table} tbody tr`).count()) >= 2, 'the test site has problems to list');
  assert.deepEqual(await brokenNumbers(w.page, table), []);
  // The explanation (说明, the last column) is at least 13 characters wide, not one a line.
  const widths = await w.page.$$eval(`${table} tbody td:last-child`, (cells) => cells.map((c) => c.getBoundingClientRect().width / parseFloat(getComputedStyle(c).fontSize)));
  for (const em of widths) assert.ok(em >= 13, `说明 is ${em.toFixed(1)} em wide`);
  await checkRegion(w.page, table);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('every table region of the place, township and agency-list pages is named and focusable, no number breaks, and a ranked list holds the names', async () => {
  const w = await openPage(h, { viewport: PHONE });
  for (const path of ['place/411625/', 'place/411625/townships/', 'agencies/']) {
    await w.page.goto(`${h.server.url}${path}`, { waitUntil: 'networkidle' });
    const regions = await w.page.$$eval('.table-scroll', (all) => all.map((r) => ({ role: r.getAttribute('role'), name: r.getAttribute('aria-label') ?? '', tab: r.getAttribute('tabindex') })));
    assert.ok(regions.length > 0, path);
    for (const r of regions) assert.deepEqual({ role: r.role, named: r.name.length > 0, tab: r.tab }, { role: 'region', named: true, tab: '0' }, `${path} ${r.name}`);
    assert.deepEqual(await brokenNumbers(w.page, '.table-scroll .data-table'), [], path);
    assert.equal(await w.page.evaluate(() => document.documentElement.scrollWidth), PHONE.width, `${path}: the page itself does not scroll sideways`);
  }
  // The agency list is ranked: the agency's name, after its rank, is what stays in view.
  await w.page.goto(`${h.server.url}agencies/`, { waitUntil: 'networkidle' });
  assert.equal(await w.page.textContent('.table-scroll .data-table thead th:first-child'), '名次');
  await checkRegion(w.page, '.table-scroll .data-table');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
