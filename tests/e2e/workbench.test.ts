/**
 * The journalist's workbench in the browser: rankings that put a 1-of-1 agency after the
 * solid ones, conditions on numbers that find exactly the reports meeting them, quoted phrases,
 * downloads whose CSV is what the page shows, the comparison on a phone, sentences instead of
 * empty charts, the one name search, the data-quality hunt, copying a link without the clipboard
 * API and printing. The fixture reports (tests/e2e/fixtures/content) are 一件镇 2024 (1 of 1
 * granted), 多件乡 2024 (18 of 20 granted in whole or part, 行政复议 2, “指尖上的形式主义”) and
 * 钱店镇 2023 (行政复议 1), besides the shipped sample.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { builtReports, openPage, paintedPixels, PHONE, start, type Harness } from './browser.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

const names = (page: Page) => page.locator('agency-list tbody th a').allTextContents();

/** The id of the report of an agency and year in the built data (ids end in a hash of the source). */
const idOf = (agency: string, year: number) => builtReports().find((r) => r.agency === agency && r.year === year)!.id;

test('ranked by 公开比例: the agency with 1 of 1 = 100% comes after the solid ones, unranked; or is left out and counted', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}agencies/?year=2024&sort=grantedOrPartialShare&dir=desc`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  // 2024, (予以公开 + 部分公开) ÷ 办理总计 read by hand: 多件乡 18/20 = 90%, 石槽镇 11/15 = 73.3%,
  // 汲冢镇 16/22 = 72.7%, 延津县人民政府办公室 5/40 = 12.5%; then on a denominator below 10: 一件镇
  // 1/1 = 100%, 城郊乡 3/4 = 75%; then the county-wide summary of 郸城县人民政府, 90/120 = 75%, first
  // among the summaries.
  assert.deepEqual((await names(w.page)).slice(0, 7), ['多件乡', '石槽镇', '汲冢镇', '延津县人民政府办公室', '一件镇', '城郊乡', '郸城县人民政府']);
  assert.deepEqual((await w.page.locator('agency-list tbody tr td:first-child').allTextContents()).slice(0, 7), ['1', '2', '3', '4', '—', '—', '1']);
  assert.match((await w.page.locator('agency-list tbody tr').nth(4).textContent()) ?? '', /100\.0%\s*基数过小/);
  assert.match((await w.page.textContent('agency-list > .status')) ?? '', /其中2个机关的比例分母少于10件（基数过小），排在其他机关之后/);

  await w.page.selectOption('agency-list select[name="small"]', 'hide');
  await w.page.waitForFunction(() => !document.querySelector('agency-list tbody')?.textContent?.includes('一件镇'));
  assert.ok(!(await names(w.page)).includes('一件镇') && !(await names(w.page)).includes('城郊乡'));
  assert.match((await w.page.textContent('agency-list > .status')) ?? '', /另有2个机关的比例分母少于10件（基数过小），未列出/);
  assert.match(w.page.url(), /small=hide/);

  await w.page.fill('agency-list input[name="min"]', '30');
  await w.page.waitForFunction(() => (document.querySelector('agency-list > .status')?.textContent ?? '').includes('少于30件'));
  assert.deepEqual(await names(w.page), ['延津县人民政府办公室', '郸城县人民政府'], 'only these rest on 30 cases or more (40, and the summary’s 120)');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('rank within a place: the region filter keeps the agencies placed in it, and ranks them among themselves', async () => {
  const w = await openPage(h);
  // 河南省 (41): 钱店镇 and 苏家作乡 2024, 延津县人民政府办公室 2024, 柳园口乡 2022, and the 郸城县 fixtures
  // (郸城县人民政府, 汲冢镇, 石槽镇, 城郊乡); the fixtures 一件镇 and 多件乡 are unplaced.
  await w.page.goto(`${h.server.url}agencies/?place=41&sort=newReceived&dir=desc`, { waitUntil: 'networkidle' });
  await w.page.waitForFunction(() => [...document.querySelectorAll('agency-list tbody th a')].length === 8);
  assert.deepEqual(
    (await names(w.page)).sort(),
    ['柳园口乡政府', '苏家作乡', '钱店镇', '延津县人民政府办公室', '郸城县人民政府', '汲冢镇', '石槽镇', '城郊乡'].sort(),
  );
  assert.equal(await w.page.inputValue('agency-list select[name="place"]'), '41');
  // 周口市郸城县 (411625), ranked among themselves by 2024 新收: 23, 15, 4, and 钱店镇's printed 0; the
  // county's summary of 120 after them, first among the summaries.
  await w.page.selectOption('agency-list select[name="place"]', '411625');
  await w.page.waitForFunction(() => [...document.querySelectorAll('agency-list tbody th a')].length === 5);
  assert.deepEqual(await names(w.page), ['汲冢镇', '石槽镇', '城郊乡', '钱店镇', '郸城县人民政府']);
  assert.deepEqual(await w.page.locator('agency-list tbody tr td:first-child').allTextContents(), ['1', '2', '3', '4', '1']);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

/**
 * The reports whose 行政复议 is above 0, read by hand from the test reports, largest first:
 * 郸城县人民政府 2024 (7), 多件乡 2024 and 汲冢镇 2024 (2 each), 石槽镇 2024 and 钱店镇 2023 (1 each); equal
 * values by the newer year, then the name in pinyin order.
 */
const WITH_RECONSIDERATION = ['多件乡 2024年报告', '汲冢镇 2024年报告', '石槽镇 2024年报告', '钱店镇 2023年报告', '郸城县人民政府 2024年报告'];

test('the search page’s condition “行政复议 > 0” returns exactly the reports that have one', async () => {
  const built = builtReports() as unknown as { id: string; reviewLitigation: { reconsideration: { total: number | null } } }[];
  const expectedIds = built.filter((r) => (r.reviewLitigation.reconsideration.total ?? 0) > 0).map((r) => r.id).sort();
  assert.deepEqual(
    expectedIds,
    [idOf('钱店镇', 2023), idOf('多件乡', 2024), idOf('郸城县人民政府', 2024), idOf('汲冢镇', 2024), idOf('石槽镇', 2024)].sort(),
    'the built data agrees with the reports as written',
  );

  const w = await openPage(h);
  await w.page.goto(`${h.server.url}search/`, { waitUntil: 'networkidle' });
  await w.page.selectOption('number-conditions [data-field="key"]', 'reconsideration');
  await w.page.selectOption('number-conditions [data-field="op"]', 'gt');
  await w.page.fill('number-conditions [data-field="value"]', '0');
  await w.page.click('number-conditions [data-add]');
  await w.page.waitForSelector('.matches tbody tr');
  assert.deepEqual(await w.page.locator('.matches tbody th a').allTextContents(), WITH_RECONSIDERATION, 'largest first: 2, 2, 1, 1; the county-wide summary’s 7 after them');
  assert.equal((await w.page.locator('.matches tbody th').nth(4).locator('.figure-mark-summary').textContent())?.trim(), '汇总');
  const hrefs = await w.page.locator('.matches tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, [
    `/report/${idOf('多件乡', 2024)}/`,
    `/report/${idOf('汲冢镇', 2024)}/`,
    `/report/${idOf('石槽镇', 2024)}/`,
    `/report/${idOf('钱店镇', 2023)}/`,
    `/report/${idOf('郸城县人民政府', 2024)}/`,
  ]);
  assert.match((await w.page.textContent('site-search > .status')) ?? '', /符合行政复议 > 0的报告5份/);
  assert.match(w.page.url(), /f=reconsideration\.gt\.0/);

  // The same condition on the agency list: the agencies whose shown year has one.
  await w.page.goto(`${h.server.url}agencies/?f=reconsideration.gt.0`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  assert.deepEqual((await names(w.page)).sort(), ['多件乡', '郸城县人民政府', '汲冢镇', '石槽镇'].sort(), 'latest years: 钱店镇’s latest (2024) has none');
  await w.page.goto(`${h.server.url}agencies/?f=reconsideration.gt.0&year=2023`, { waitUntil: 'networkidle' });
  await w.page.waitForFunction(() => document.querySelector('agency-list tbody th a')?.textContent === '钱店镇');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the search indexes the reports’ words: 行政复议 finds the reports that say it; a quoted phrase only where written so', async () => {
  const w = await openPage(h);
  const search = async (q: string) => {
    await w.page.goto(`${h.server.url}search/?q=${encodeURIComponent(q)}&${encodeURIComponent('类型')}=${encodeURIComponent('年度报告')}`, { waitUntil: 'networkidle' });
    await w.page.waitForFunction(() => !document.querySelector('site-search')?.hasAttribute('aria-busy') && (document.querySelector('site-search > .status')?.textContent ?? '').length > 0);
    while (await w.page.locator('.more-text button').count()) {
      await w.page.click('.more-text button');
      await w.page.waitForFunction(() => !document.querySelector('site-search')?.hasAttribute('aria-busy'));
    }
    return (await w.page.locator('.text-hit .result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).sort();
  };
  const says = (word: string) =>
    builtReports()
      .filter((r) => [r.sections.overview, r.sections.problems, r.sections.other].some((s) => s.includes(word)))
      .map((r) => `/report/${r.id}/`)
      .sort();
  assert.ok(says('行政复议').length < builtReports().length, 'not every report says 行政复议');
  assert.deepEqual(await search('行政复议'), says('行政复议'));
  const duo = `/report/${idOf('多件乡', 2024)}/`;
  assert.deepEqual(await search('"指尖上的形式主义"'), [duo]);
  assert.deepEqual(await search('“指尖上的形式主义”'), [duo], 'Chinese quotes too');
  assert.deepEqual(await search('指尖上 形式主义'), [duo, `/report/${idOf('一件镇', 2024)}/`].sort(), 'two words, each found as written, apart or together');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

/** A page's table as its cells read, header first. */
async function tableText(table: Locator): Promise<string[][]> {
  return table.evaluate((t) => [...t.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));
}

/** Clicks a download button and reads the CSV it saves, without its BOM. */
async function downloadCsv(page: Page, button: Locator): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark');
  return Papa.parse<string[]>(text.slice(1).trim()).data;
}

/**
 * The CSV says what the table shows: the same columns (a rate as its percentage and its
 * small-denominator flag) and, row by row, the same values (counts without separators, blanks
 * for dashes). `rows` limits the check to the first rows shown (a list's first page).
 */
function assertSameTable(csv: string[][], shown: string[][], where: string): void {
  const [header, ...body] = shown;
  const [fileHeader, ...fileRows] = csv;
  const columns = header!.map((label) => label.replace(/\s*\?$/, ''));
  const at = (label: string) => fileHeader!.indexOf(label);
  for (const label of columns) assert.ok(at(label) >= 0 || at(`${label}（%）`) >= 0, `${where}: column ${label} in ${fileHeader!.join(',')}`);
  assert.ok(fileRows.length >= body.length, `${where}: ${fileRows.length} rows in the file, ${body.length} shown`);
  body.forEach((row, r) => {
    columns.forEach((label, c) => {
      // A marked figure (汇总, 未通过核对) shows its marks after it; the file has them in a column of their own.
      const marks = fileRows[r]![at(`${label}标记`)]?.split('、').filter(Boolean) ?? [];
      const shownText = row[c]!;
      assert.ok(shownText.endsWith(marks.join(' ')), `${where}: row ${r + 1}, ${label} marked ${marks.join('、')}`);
      const text = shownText.slice(0, shownText.length - marks.join(' ').length).replace(/（\d[\d,]*\/\d[\d,]*）/, '').trim();
      const small = /基数过小/.test(text);
      const value = text.replace(/基数过小/, '').trim();
      if (at(`${label}（%）`) >= 0) {
        assert.equal(fileRows[r]![at(`${label}（%）`)], value === '—' ? '' : value.replace(/%$/, ''), `${where}: row ${r + 1}, ${label}`);
        assert.equal(fileRows[r]![at(`${label}基数过小`)], small ? '是' : '', `${where}: row ${r + 1}, ${label}基数过小`);
        return;
      }
      const expected = value === '—' ? '' : /^-?[\d,]+(\.\d+)?%?$/.test(value) ? value.replace(/,/g, '').replace(/%$/, '') : value;
      assert.equal(fileRows[r]![at(label)], expected, `${where}: row ${r + 1}, ${label}`);
    });
  });
}

test('every download’s CSV is what the page shows: lists, rankings, search, agency history, year overview, quality', async () => {
  const w = await openPage(h);
  const check = async (path: string, ready: string, download: string, table: string) => {
    await w.page.goto(h.server.url + path, { waitUntil: 'networkidle' });
    await w.page.waitForSelector(ready);
    // Tables behind charts and cards are collapsed: open them all.
    await w.page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const shown = await tableText(w.page.locator(table).first());
    assertSameTable(await downloadCsv(w.page, w.page.locator(download).first()), shown, path);
  };
  await check('agencies/?year=2024&sort=grantedOrPartialShare&dir=desc', 'agency-list tbody tr', 'agency-list table-download button:text("CSV")', 'agency-list table');
  await check('search/?f=reconsideration.ge.0&f=grantedShare.ge.0', '.matches tbody tr', '.matches table-download button:text("CSV")', '.matches table');
  await check('agency/qian-dian-zhen-411625106/', 'line-chart canvas', 'section:has(h2:text("历年数字")) table-download button:text("CSV")', 'section:has(h2:text("历年数字")) table');
  await check('agency/qian-dian-zhen-411625106/', 'line-chart canvas', 'section:has(h2:text("与同层级机关比较")) table-download button:text("CSV")', 'section:has(h2:text("与同层级机关比较")) table');
  await check('year/2024/', 'bar-chart canvas', 'section:has(#trends) > table-download button:text("CSV")', 'section:has(#trends) > .table-scroll table');
  await check('year/2024/', 'bar-chart canvas', '.table-details table-download button:text("CSV")', '.table-details table');
  await check('year/2024/', 'bar-chart canvas', 'figure.chart >> nth=0 >> table-download button:text("CSV")', 'figure.chart >> nth=0 >> table');
  await check('quality/?kind=balance', 'quality-list tbody tr', 'quality-list table-download button:text("CSV")', 'quality-list table');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the comparison’s download holds every number its table shows', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}compare/?a=duo-jian-xiang-acb909&a=yan-jin-xian-ren-min-zheng-fu-ban-gong-shi-410726&y=2024`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.compare-table');
  const [header, ...rows] = await tableText(w.page.locator('.compare-table'));
  const file = await downloadCsv(w.page, w.page.locator('compare-view table-download button:text("CSV")'));
  const [fileHeader, ...fileRows] = file;
  const col = (name: string) => fileHeader!.indexOf(name);
  for (const row of rows.filter((r) => r[0] !== '报告')) {
    header!.slice(1).forEach((agency, i) => {
      const line = fileRows.find((f) => f[col('指标')] === row[0] && f[col('机关')] === agency)!;
      assert.ok(line, `${row[0]} ${agency}`);
      const shown = row[i + 1]!.replace(/（.*?）|基数过小/g, '').trim();
      const value = shown.endsWith('%') ? line[col('比例（%）')] : line[col('件数')];
      assert.equal(value, shown === '—' ? '' : shown.replace(/%$/, '').replace(/,/g, ''), `${row[0]} ${agency}`);
    });
  }
  assert.equal(await w.page.title(), '对比：多件乡、延津县人民政府办公室（2024年） · 公开年报看板');
  assert.equal(await w.page.textContent('h1'), '对比：多件乡、延津县人民政府办公室（2024年）');
  await w.context.close();
});

test('the compare page at 390 px: no table wider than the screen, in one year or all years', async () => {
  const w = await openPage(h, { viewport: PHONE });
  for (const y of ['', '&y=2024']) {
    await w.page.goto(`${h.server.url}compare/?a=qian-dian-zhen-411625106&a=duo-jian-xiang-acb909&a=yan-jin-xian-ren-min-zheng-fu-ban-gong-shi-410726${y}`, { waitUntil: 'networkidle' });
    await w.page.waitForSelector('.compare-table');
    const widths = await w.page.locator('table').evaluateAll((ts) => ts.map((t) => Math.ceil(t.getBoundingClientRect().right)));
    assert.ok(widths.length >= (y ? 1 : 10), `tables: ${widths.length}`);
    assert.ok(widths.every((r) => r <= PHONE.width), `${y || 'all years'}: table edges ${widths.join(', ')}`);
    assert.ok((await w.page.evaluate(() => document.documentElement.scrollWidth)) <= PHONE.width);
  }
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('an agency with only zeros shows sentences and no empty canvas; charts elsewhere still draw', async () => {
  const w = await openPage(h);
  // 苏家作乡: one report, 2024, every number 0.
  await w.page.goto(`${h.server.url}agency/su-jia-zuo-xiang-410871203/`, { waitUntil: 'networkidle' });
  assert.equal(await w.page.locator('canvas').count(), 0);
  assert.deepEqual(await w.page.locator('.chart-sentence').allTextContents(), ['该机关2024年未收到政府信息公开申请。', '该机关2024年没有办结的政府信息公开申请。', '该机关2024年未被申请行政复议，也未被提起行政诉讼。']);
  assert.match((await w.page.textContent('.lede')) ?? '', /收录其2024年的1份/);
  assert.doesNotMatch((await w.page.textContent('main')) ?? '', /2024—2024年/);
  // One year with numbers: the numbers in a sentence, no chart of one point.
  await w.page.goto(`${h.server.url}agency/duo-jian-xiang-acb909/`, { waitUntil: 'networkidle' });
  assert.equal(await w.page.locator('canvas').count(), 0);
  assert.ok((await w.page.locator('.chart-sentence').allTextContents()).includes('2024年申请数量：本年新收20件，办理总计20件，予以公开15件。'));
  await w.page.goto(`${h.server.url}agency/qian-dian-zhen-411625106/`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('canvas');
  (await paintedPixels(w.page)).forEach((n) => assert.ok(n > 500, 'two years: drawn'));
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('one name search everywhere: the agency list takes initials and traditional characters', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}agencies/`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('agency-list tbody tr');
  for (const [q, name] of [['yjz', '一件镇'], ['錢店鎮', '钱店镇'], ['duojian', '多件乡']] as const) {
    await w.page.fill('agency-list input[name="q"]', q);
    await w.page.waitForFunction((n) => [...document.querySelectorAll('agency-list tbody th a')].map((a) => a.textContent).join() === n, name);
  }
  await w.page.fill('#site-search', '錢店鎮');
  await w.page.waitForSelector('#site-search-names [role="option"]');
  assert.equal(await w.page.locator('#site-search-names [role="option"] span').first().textContent(), '钱店镇');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the data-quality page filters by kind and year, says each problem as the report page does, and keeps the view in its address', async () => {
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}quality/`, { waitUntil: 'networkidle' });
  await w.page.selectOption('quality-list select[name="kind"]', 'carryover');
  await w.page.waitForFunction(() => (document.querySelector('quality-list > .status')?.textContent ?? '').startsWith('共1个'));
  assert.deepEqual(await w.page.locator('quality-list tbody th').allTextContents(), ['钱店镇']);
  assert.match(w.page.url(), /kind=carryover/);
  await w.page.selectOption('quality-list select[name="kind"]', 'balance');
  await w.page.waitForFunction(() => document.querySelector('quality-list tbody th')?.textContent === '测试乡');
  const said = (await w.page.locator('quality-list tbody td').last().textContent())!;
  await w.page.click('quality-list tbody th a');
  await w.page.waitForSelector('#checks');
  assert.ok(((await w.page.textContent('#checks')) ?? '').includes(said), `the report page says “${said}” too`);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('copying the comparison link without the clipboard API shows the link to copy; printing leaves out the controls and cites the page', async () => {
  const w = await openPage(h);
  // As on a plain-http host, where browsers give no clipboard API.
  await w.page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await w.page.goto(`${h.server.url}compare/?a=duo-jian-xiang-acb909&a=yi-jian-zhen-323baa&y=2024`, { waitUntil: 'networkidle' });
  await w.page.waitForSelector('.compare-table');
  await w.page.click('[data-copy]');
  assert.equal(await w.page.inputValue('.copy-box'), w.page.url());
  assert.match((await w.page.textContent('compare-view > .status')) ?? '', /已复制对比链接|请复制下面框中已选中的链接/);
  await w.page.emulateMedia({ media: 'print' });
  await w.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.equal(await w.page.locator('table-download').first().isVisible(), false);
  assert.equal(await w.page.locator('[data-copy]').isVisible(), false);
  assert.ok(await w.page.locator('.print-source').isVisible());
  assert.ok(((await w.page.textContent('.print-source')) ?? '').includes(w.page.url()));
  await w.page.goto(`${h.server.url}report/${idOf('多件乡', 2024)}/`, { waitUntil: 'networkidle' });
  await w.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const title = builtReports().find((r) => r.id === idOf('多件乡', 2024))!.title;
  assert.ok(((await w.page.textContent('.print-source')) ?? '').trim().startsWith(`出处：多件乡《${title}》`));
  assert.equal(await w.page.locator('.downloads').isVisible(), false);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the report page frames the numbers of a failed check, each linking to its explanation; its CSV is laid out as the official tables', async () => {
  const w = await openPage(h);
  // 测试乡 2023 (the untrusted fixture) fails 收支平衡 in two columns.
  await w.page.goto(`${h.server.url}report/${idOf('测试乡', 2023)}/`, { waitUntil: 'networkidle' });
  const marked = w.page.locator('table.official td.fails');
  assert.ok((await marked.count()) >= 4, 'the four cells of one column at least');
  const href = await w.page.locator('table.official td.fails a').first().getAttribute('href');
  assert.match(href ?? '', /^#check-\d+$/);
  assert.equal(await w.page.locator(`${href} .check-title`).textContent(), '收支平衡（一＋二＝七＋四）');
  assert.ok(((await w.page.textContent('.table-legend')) ?? '').includes('加红框的数字参与了未通过的核对'));
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('report-csv button')]);
  const rows = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').slice(1).trim()).data;
  const at = rows.findIndex((r) => r[0] === '三、收到和处理政府信息公开申请情况');
  assert.ok(at > 0, 'table 三 under its caption');
  assert.deepEqual(rows[at + 2]!.slice(3, 5), ['自然人', '法人或其他组织']);
  assert.equal(rows[at + 4]![0], '一、本年新收政府信息公开申请数量');
  assert.equal(download.suggestedFilename(), `${idOf('测试乡', 2023)}.csv`);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
