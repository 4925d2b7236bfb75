/** The agency list filters, sorts and pages in the browser, and keeps its state in the URL. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { builtReports, openPage, start, type Harness } from './browser.ts';

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

  // The name box searches through the name index, loaded on first use: the list has settled when
  // its address says the query.
  const settled = (part: string) => w.page.waitForFunction((p) => decodeURIComponent(location.search).includes(p), part);
  await w.page.fill('agency-list input[name="q"]', '乡');
  await settled('q=乡');
  assert.ok((await names()).every((n) => n.includes('乡')));
  await w.page.selectOption('agency-list select[name="level"]', 'township');
  await w.page.fill('agency-list input[name="q"]', '');
  await w.page.waitForFunction(() => !location.search.includes('q='));
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
  await settled('year=2023');
  // The column of the year the numbers are of.
  const yearColumn = (await w.page.locator('agency-list thead th').allTextContents()).indexOf('数字所属年度') + 1;
  const years = await w.page.locator(`agency-list tbody td:nth-child(${yearColumn})`).allTextContents();
  assert.ok(years.length > 0 && years.every((t) => t === '2023'), years.join(' '));
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the default view shows its first page without every row, and a change waits for them', async () => {
  const w = await openPage(h);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let fetched = 0;
  await w.page.route('**/rows/agencies.json', async (route) => {
    fetched++;
    await held;
    await route.continue();
  });
  await w.page.goto(`${h.server.url}agencies/`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  const names = () => w.page.locator('agency-list tbody th a').allTextContents();
  const first = await names();
  const agencies = new Set(builtReports().map((r) => r.agencyKey)).size;
  // 淮安市人民政府's 2024 report is the test data's one summary report (全市).
  assert.equal(await w.page.textContent('agency-list > .status'), `共${agencies}个机关符合条件；1个机关的报告为全辖区汇总（标“汇总”），只在汇总报告之间排名次，排在其他机关之后。`);
  assert.equal(fetched, 0, 'every row is fetched only when a view needs them');

  await w.page.fill('agency-list input[name="q"]', '乡');
  assert.equal(await w.page.textContent('agency-list > .status'), '正在载入……');
  assert.equal(fetched, 1);
  release();
  await w.page.waitForFunction(() => document.querySelector('agency-list > .status')?.textContent?.startsWith('共'));
  const filtered = await names();
  assert.ok(filtered.length > 0 && filtered.every((n) => n.includes('乡')));

  await w.page.fill('agency-list input[name="q"]', '');
  await w.page.waitForFunction(() => !location.search.includes('q='));
  assert.deepEqual(await names(), first, 'the first page file and every row give the same first page');
  assert.equal(fetched, 1, 'once');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test("the default view's download fetches every row, and holds every agency", async () => {
  const w = await openPage(h);
  const fetched: string[] = [];
  w.page.on('request', (r) => {
    if (r.url().endsWith('/rows/agencies.json')) fetched.push(r.url());
  });
  await w.page.goto(`${h.server.url}agencies/`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  assert.equal(fetched.length, 0);
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('agency-list table-download button', { hasText: 'CSV' }).click()]);
  const lines = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
  assert.equal(fetched.length, 1);
  assert.equal(lines.length - 1, new Set(builtReports().map((r) => r.agencyKey)).size, 'one line an agency after the header');
  assert.match(lines[0]!, /^\uFEFF?名次,机关,/);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('a summary report is marked 汇总 and ranked among summaries only; a report failing a check is marked, and failed=hide leaves it out', async () => {
  const w = await openPage(h);
  const rows = w.page.locator('agency-list tbody tr');
  const row = (name: string) => rows.filter({ has: w.page.locator('th a', { hasText: name }) });
  // 2024: 郸城县人民政府 sums the county (120 applications), more than 多件乡's own 20.
  await w.page.goto(`${h.server.url}agencies/?year=2024`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  const summary = row('郸城县人民政府');
  assert.equal((await summary.locator('.figure-mark-summary').textContent())?.trim(), '汇总');
  assert.equal((await summary.locator('td').first().textContent())?.trim(), '1', 'first among the summaries');
  const names = await rows.locator('th a').allTextContents();
  assert.ok(names.indexOf('郸城县人民政府') > names.indexOf('多件乡'), 'after the own-scope figures, whatever its number');
  assert.match((await w.page.locator('agency-list > .status').textContent()) ?? '', /1个机关的报告为全辖区汇总/);

  // 2023: 测试乡's sums do not add up (收支平衡).
  await w.page.goto(`${h.server.url}agencies/?year=2023`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  const mark = row('测试乡').locator('.figure-mark-failed');
  assert.equal((await mark.textContent())?.trim(), '未通过核对');
  assert.match((await mark.getAttribute('title')) ?? '', /收支平衡/);
  await w.page.selectOption('agency-list select[name="failed"]', 'hide');
  await w.page.waitForFunction(() => location.search.includes('failed=hide'));
  assert.ok(!(await rows.locator('th a').allTextContents()).includes('测试乡'));
  assert.match((await w.page.locator('agency-list > .status').textContent()) ?? '', /另有1个机关的报告未通过核对，未列出/);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('each checklist item a filter and a column, the items met a ranking, all kept in the address', async () => {
  const w = await openPage(h);
  const rows = w.page.locator('agency-list tbody tr');
  const names = () => rows.locator('th a').allTextContents();
  await w.page.goto(`${h.server.url}agencies/?year=2023`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  const headings = () => w.page.locator('agency-list thead th').allTextContents();
  const column = async (label: string) => w.page.locator(`agency-list tbody td:nth-child(${(await headings()).indexOf(label) + 1})`).allTextContents();
  const heads = await headings();
  assert.ok(heads.includes('六部分齐全') && heads.includes('按期公布') && heads.includes('满足项数（共6项）'), heads.join(' '));
  assert.ok((await names()).includes('钱店镇'));

  // 2023: 测试乡's sums do not add up (收支平衡); 钱店镇's do (6 + 1 = 6 + 1, 4 + 1 + 1 = 6).
  await w.page.selectOption('agency-list select[name="item-identities"]', 'unmet');
  await w.page.waitForFunction(() => location.search.includes('item=identities-unmet'));
  const unmet = await names();
  assert.ok(unmet.includes('测试乡') && !unmet.includes('钱店镇'), unmet.join(' '));
  assert.ok((await column('勾稽关系成立')).every((t) => t === '未满足'));
  assert.match((await w.page.locator('agency-list > .status').textContent()) ?? '', /勾稽关系成立：未满足/);
  // No report of the test data says when it was published: 按期公布 is unknown, never unmet.
  assert.ok((await column('按期公布')).every((t) => t === '未知'));

  const url = w.page.url();
  await w.page.goto(url, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  assert.equal(await w.page.inputValue('agency-list select[name="item-identities"]'), 'unmet');
  assert.deepEqual(await names(), unmet);

  await w.page.selectOption('agency-list select[name="item-identities"]', 'met');
  await w.page.waitForFunction(() => location.search.includes('item=identities-met'));
  assert.ok((await names()).includes('钱店镇') && !(await names()).includes('测试乡'));
  await w.page.click('th[data-key="met"] button');
  await w.page.waitForFunction(() => location.search.includes('sort=met'));
  assert.equal(await w.page.getAttribute('th[data-key="met"]', 'aria-sort'), 'descending');
  const met = (await column('满足项数（共6项）')).map(Number);
  assert.ok(met.length > 0 && met.every((n) => n >= 1 && n <= 6), met.join(' '));
  assert.deepEqual(met, [...met].sort((a, b) => b - a));
  assert.equal((await column('名次'))[0], '1');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
