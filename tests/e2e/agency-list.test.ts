/** The agency list filters, sorts and pages in the browser, and keeps its state in the URL. */
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

test('filter by name and level, sort by a column, and restore it all from the URL', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}agencies/`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  const names = () => w.page.locator('agency-list tbody th a').allTextContents();
  assert.ok((await names()).length >= 6);

  await w.page.fill('agency-list input[name="q"]', '乡');
  assert.ok((await names()).every((n) => n.includes('乡')));
  await w.page.selectOption('agency-list select[name="level"]', 'township');
  await w.page.fill('agency-list input[name="q"]', '');
  const townships = await names();
  assert.ok(townships.includes('钱店镇') && !townships.includes('延津县人民政府办公室'));

  await w.page.click('th[data-key="name"] button');
  assert.equal(await w.page.getAttribute('th[data-key="name"]', 'aria-sort'), 'ascending');
  const sorted = await names();
  assert.deepEqual(sorted, [...sorted].sort(new Intl.Collator('zh-CN').compare));

  const url = w.page.url();
  assert.match(url, /level=township/);
  assert.match(url, /sort=name&dir=asc/);
  await w.page.goto(url, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  assert.deepEqual(await names(), sorted);
  assert.equal(await w.page.inputValue('agency-list select[name="level"]'), 'township');

  await w.page.selectOption('agency-list select[name="year"]', '2023');
  assert.ok((await w.page.locator('agency-list tbody td:nth-child(4) small').allTextContents()).every((t) => t.includes('2023')));
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
