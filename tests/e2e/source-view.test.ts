/**
 * The report page's 原文 view (src/browser/source-view.ts): a number of the tables links to the
 * line it was read from, and following the link shows the text as read with that line
 * highlighted. content/reports/003_6e2b379abcfd2652.txt (延津县人民政府办公室 2024) prints on its line
 * 22: 行政规范性文件, then 15 | 7 | 127 (制发件数, 废止件数, 现行有效件数). The view marks the text
 * found in another report: 石槽镇 2024 (tests/e2e/fixtures/content/河南省/周口市/郸城县/) prints its
 * 2023 report's section 五 on the same line, 67.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { processFile } from '../../src/lib/ingest/process-file.ts';
import { lineAnchor } from '../../src/lib/template/source-lines.ts';
import { axeViolations, builtReports, openPage, start, type Harness } from './browser.ts';
import { ROOT } from './build-site.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

test('a number links to its line in the 原文 view, and the line is highlighted', async () => {
  const r = builtReports().find((x) => x.agency === '延津县人民政府办公室' && x.year === 2024);
  assert.ok(r, 'the sample report 003 is built');
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}report/${r.id}/`, { waitUntil: 'networkidle' });
  const link = w.page.locator('table.official a', { hasText: /^15$/ }).first();
  assert.equal(await link.getAttribute('href'), '#L22');
  await link.click();
  const line = w.page.locator('source-view li#L22');
  await line.waitFor();
  assert.equal(new URL(w.page.url()).hash, '#L22');
  assert.match((await line.getAttribute('class')) ?? '', /\bcurrent\b/);
  assert.deepEqual(await line.locator('.cell').allInnerTexts(), ['行政规范性文件', '15', '7', '127']);
  assert.equal(await line.locator('.ln').innerText(), '22');
  // One line highlighted; the others are there, numbered as in the file.
  assert.equal(await w.page.locator('source-view li.current').count(), 1);
  assert.equal(await w.page.locator('source-view li#L21, source-view li#L23').count(), 2);
  assert.ok(await line.evaluate((el) => { const b = el.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; }), 'scrolled into view');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the address of a line opens the view at it; the untrusted report’s markup shows as text', async () => {
  const r = builtReports().find((x) => Object.values(x.sections).some((s) => s.includes('<script>')));
  assert.ok(r);
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}report/${r.id}/#L5`, { waitUntil: 'networkidle' });
  await w.page.locator('source-view li#L5.current').waitFor();
  const text = await w.page.locator('source-view li#L5').innerText();
  assert.ok(text.includes('<script>'), 'the markup is in the view as text');
  assert.equal(await w.page.locator('source-view .lines script, source-view .lines img, source-view .lines iframe, source-view .lines b').count(), 0);
  assert.equal(await w.page.evaluate(() => (window as unknown as { __xss?: string }).__xss), undefined);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

/**
 * The sample has no PDF, so the view's handling of a PDF's lines is driven here with lines of the
 * real PDF's form (page 4, line 17: （一）予以公开 1288 … 1362) served in place of a text report's,
 * and the element told where the PDF is, as the report page tells it for a PDF (data-pdf).
 */
test('a PDF’s line: the view groups lines by page, and the highlighted line opens the PDF at #page=N', async () => {
  const r = builtReports().find((x) => x.agency === '延津县人民政府办公室' && x.year === 2024);
  assert.ok(r);
  const w = await openPage(h);
  const lines = {
    id: r.id,
    title: 'x',
    source: `${r.id}.pdf`,
    lines: [
      { page: 4, line: 16, cells: ['三、本年度办理结果'] },
      { page: 4, line: 17, cells: ['（一）予以公开', '1288', '21', '0', '0', '50', '3', '1362'] },
      { page: 5, line: 1, cells: ['<b>不应加粗</b>'] },
    ],
  };
  await w.page.route(`**/data/lines/${r.id}.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(lines) }));
  await w.page.goto(`${h.server.url}report/${r.id}/`, { waitUntil: 'networkidle' });
  await w.page.evaluate((pdf) => {
    (document.querySelector('source-view') as HTMLElement).dataset.pdf = pdf;
  }, `/data/sources/${r.id}.pdf`);
  await w.page.evaluate(() => (location.hash = '#p4-L17'));
  const line = w.page.locator('source-view li#p4-L17.current');
  await line.waitFor();
  assert.equal(await line.locator('.ln').innerText(), '17');
  assert.equal(await line.locator('.cell').last().innerText(), '1362');
  assert.equal(await line.locator('a.open-pdf').getAttribute('href'), `/data/sources/${r.id}.pdf#page=4`);
  assert.ok(await line.locator('a.open-pdf').isVisible(), 'the highlighted line shows its PDF link');
  assert.deepEqual(await w.page.locator('source-view h3.source-page a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), [`/data/sources/${r.id}.pdf#page=4`, `/data/sources/${r.id}.pdf#page=5`]);
  assert.equal(await w.page.locator('source-view .lines b').count(), 0, 'cells are text');
  await w.context.close();
});

/**
 * A web page's lines: the set A page (tests/fixtures/layouts/html.html) with its tables written on
 * a few source lines, as a CMS writes them, read by the pipeline here and its lines served in
 * place of a text report's. Each number's place (what the report page links to) must open the
 * view at the row holding it: 上年结转 at its own row, not at 本年新收's, which shares its source line.
 */
test('a web page’s line: a number’s place opens the view at the row holding it, each row a line of its own', async () => {
  const page = readFileSync(join(ROOT, 'tests/fixtures/layouts/html.html'), 'utf8').replace(/<table[\s\S]*?<\/table>/g, (t) => t.replace(/\n\s*/g, ''));
  await assertPlacesOpenTheirLines(new TextEncoder().encode(page), 'cms.html', [
    ['applications.carriedOver.total', '二、上年结转政府信息公开申请数量', '2'],
    ['applications.newReceived.total', '一、本年新收政府信息公开申请数量', '18'],
    ['reviewLitigation.reconsideration.total', '', '2'],
  ]);
});

/**
 * Reads a file as ingest does and serves its lines as the 原文 view of a built report page; then
 * each number's place (path) must open the view at one line, highlighted, whose first cell is
 * `label` (where given) and whose cell at the place's column is `value`.
 */
async function assertPlacesOpenTheirLines(bytes: Uint8Array, name: string, expected: readonly (readonly [path: string, label: string, value: string])[]): Promise<void> {
  const r = builtReports().find((x) => x.agency === '延津县人民政府办公室' && x.year === 2024);
  assert.ok(r);
  const read = await processFile(bytes, name);
  assert.ok(read.report?.places && read.lines, read.log.messages.join('; '));
  const places = read.report.places;
  const w = await openPage(h);
  const lines = { id: r.id, title: 'x', source: null, lines: JSON.parse(read.lines) as unknown };
  await w.page.route(`**/data/lines/${r.id}.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(lines) }));
  await w.page.goto(`${h.server.url}report/${r.id}/`, { waitUntil: 'networkidle' });
  for (const [path, label, value] of expected) {
    const place = places[path];
    assert.ok(place?.column, `${name}: ${path} has a place with its cell`);
    const id = lineAnchor(place);
    await w.page.evaluate((hash) => (location.hash = hash), `#${id}`);
    const line = w.page.locator(`source-view li[id="${id}"].current`);
    await line.waitFor();
    assert.equal(await w.page.locator(`source-view li[id="${id}"]`).count(), 1, `${id} is one line`);
    const cells = await line.locator('.cell').allInnerTexts();
    if (label) assert.equal(cells[0], label, `${name}: ${path}`);
    assert.equal(cells[place.column - 1], value, `${name}: ${path}`);
  }
  assert.deepEqual(w.problems, []);
  await w.context.close();
}

/**
 * A Word document's and a workbook's places, as the web page's above: each number of set A
 * (tests/unit/fixtures/set-a.ts: 上年结转 总计 2, 本年新收 总计 18, 行政复议 总计 2) opens the view at
 * one line, the cell its place counts holding the number. The workbook is the one whose columns are
 * merged sheet columns with padding (tests/fixtures/formats/README.md), its lines grouped by sheet.
 */
for (const [rel, what] of [
  ['layouts/docx.docx', 'a Word document’s'],
  ['formats/merged.xlsx', 'a workbook’s'],
] as const) {
  test(`${what} line: each number's place opens the view at one line holding it`, async () => {
    await assertPlacesOpenTheirLines(new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures', rel))), rel.split('/').pop()!, [
      ['applications.carriedOver.total', '', '2'],
      ['applications.newReceived.total', '', '18'],
      ['reviewLitigation.reconsideration.total', '', '2'],
    ]);
  });
}

test('a passage found in last year’s report is marked in the 原文 view, a link named by where it is, to that line of the 2023 report', async () => {
  const [older, newer] = [2023, 2024].map((year) => builtReports().find((x) => x.agency === '石槽镇' && x.year === year));
  assert.ok(older && newer, '石槽镇 2023 and 2024 are built');
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}report/${newer.id}/`, { waitUntil: 'networkidle' });
  await w.page.locator('source-view button').click();
  const mark = w.page.locator('source-view li#L67 mark.copied');
  await mark.waitFor();
  assert.equal(await mark.count(), 1);
  // The whole sentence but its full stop, the page's own text as text.
  assert.equal(await mark.locator('a').evaluate((a) => a.firstChild?.textContent), '一是主动公开的时效性有待提高；二是政策解读形式较为单一。下一步将加强培训，提升公开质量');
  assert.equal(await w.page.locator('source-view li#L67 .cell').textContent(), '一是主动公开的时效性有待提高；二是政策解读形式较为单一。下一步将加强培训，提升公开质量（见于本机关2023年报告第67行）。');
  const link = mark.getByRole('link', { name: /（见于本机关2023年报告第67行）$/ });
  assert.equal(await link.getAttribute('href'), `/report/${older.id}/#L67`);
  // The heading (line 25) and the table row (31) that hold the prose's 政府信息公开申请 are not marked.
  assert.equal(await w.page.locator('source-view li#L25 mark, source-view li#L31 mark').count(), 0);
  assert.deepEqual(await axeViolations(w.page), []);
  await link.click();
  await w.page.locator('source-view li#L67.current').waitFor();
  assert.equal(new URL(w.page.url()).pathname, `/report/${older.id}/`);
  assert.equal(await w.page.locator('source-view li#L67.current .cell').innerText(), '一是主动公开的时效性有待提高；二是政策解读形式较为单一。下一步将加强培训，提升公开质量。');
  assert.equal(await w.page.locator('source-view mark').count(), 0, 'the 2023 report, the first, has nothing marked');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
