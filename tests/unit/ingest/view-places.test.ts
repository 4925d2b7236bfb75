/**
 * Every number's link lands on its line: the place of each number of a report (`places`, what
 * cells.csv and the report page's links use) names one line of its 原文 view (`lines/<id>.json`,
 * the anchor template/source-lines.ts `lineAnchor` gives both), and that line's cell at `column`
 * holds the number. For a web page (rows written one cell a source line, and rows written many to
 * a source line, as a CMS does), a Word document, a workbook of several sheets and a PDF.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { read, utils, write } from '@e965/xlsx';
import { processFile } from '../../../src/lib/ingest/process-file.ts';
import { readCell } from '../../../src/lib/parse/normalize.ts';
import { lineAnchor, type SourceLine } from '../../../src/lib/template/source-lines.ts';
import type { Report } from '../../../src/lib/template/schema.ts';

const fixture = (rel: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${rel}`, import.meta.url)));

async function viewOf(bytes: Uint8Array, path: string): Promise<{ report: Report; lines: SourceLine[] }> {
  const { report, lines } = await processFile(bytes, path);
  assert.ok(report && lines, `${path}: no report`);
  return { report, lines: JSON.parse(lines) as SourceLine[] };
}

function valueAt(report: Report, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], report);
}

/**
 * The view's lines that share an anchor, and the places that do not name one line of the view
 * holding their number, as `what: why` lines.
 */
function misplaced(report: Report, lines: SourceLine[]): string[] {
  const byAnchor = new Map<string, SourceLine[]>();
  for (const line of lines) byAnchor.set(lineAnchor(line), [...(byAnchor.get(lineAnchor(line)) ?? []), line]);
  const wrong = [...byAnchor].filter(([, same]) => same.length > 1).map(([anchor, same]) => `${anchor}: ${same.length} lines of the view`);
  for (const [path, place] of Object.entries(report.places ?? {})) {
    const found = byAnchor.get(lineAnchor(place)) ?? [];
    if (found.length !== 1) {
      wrong.push(`${path}: ${found.length} lines of the view at ${lineAnchor(place)}`);
      continue;
    }
    const cell = found[0]!.cells[(place.column ?? 0) - 1];
    const value = valueAt(report, path);
    const printed = cell === undefined ? undefined : readCell(cell);
    const holds = value === null ? printed?.kind !== 'number' : printed?.kind === 'number' && printed.value === value;
    if (!holds) wrong.push(`${path}: ${value} at ${lineAnchor(place)} column ${place.column}, which holds ${JSON.stringify(cell)}`);
  }
  return wrong;
}

describe('each number\'s place is the line of the 原文 view holding it', () => {
  test('a web page whose table rows are written one cell a source line (layouts/html.html)', async () => {
    const { report, lines } = await viewOf(fixture('layouts/html.html'), 'layouts/html.html');
    assert.equal(Object.keys(report.places!).length, 200);
    assert.deepEqual(misplaced(report, lines), []);
  });

  test('a web page whose tables a CMS wrote on a few source lines: 上年结转 on its own line, not 本年新收\'s', async () => {
    const html = readFileSync(new URL('../../fixtures/layouts/html.html', import.meta.url), 'utf8').replace(/<table[\s\S]*?<\/table>/g, (t) => t.replace(/\n\s*/g, ''));
    const { report, lines } = await viewOf(new TextEncoder().encode(html), 'cms.html');
    assert.equal(Object.keys(report.places!).length, 200);
    assert.deepEqual(misplaced(report, lines), []);
    // Counted as in tests/unit/parse/places.test.ts: 本年新收 is line 31 of the page as read, 上年结转 32.
    assert.deepEqual(report.places!['applications.newReceived.total'], { line: 31, column: 10 });
    assert.deepEqual(report.places!['applications.carriedOver.total'], { line: 32, column: 10 });
  });

  test('a Word document (layouts/docx.docx)', async () => {
    const { report, lines } = await viewOf(fixture('layouts/docx.docx'), 'layouts/docx.docx');
    assert.equal(Object.keys(report.places!).length, 200);
    assert.deepEqual(misplaced(report, lines), []);
  });

  test('a workbook whose tables are on sheets of their own, their rows numbered alike', async () => {
    // The rows of xlsx.xlsx (set A) split into three sheets, each starting at row 1.
    const rows = utils.sheet_to_json<unknown[]>(read(fixture('layouts/xlsx.xlsx')).Sheets.Sheet1!, { header: 1, raw: true, defval: null });
    const at = (start: string) => rows.findIndex((r) => String(r[0]).startsWith(start));
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows.slice(0, at('三、收到和处理'))), '正文');
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows.slice(at('三、收到和处理'), at('四、政府信息公开行政复议'))), '表三');
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows.slice(at('四、政府信息公开行政复议'))), '表四');
    const { report, lines } = await viewOf(new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' })), 'book.xlsx');
    assert.equal(Object.keys(report.places!).length, 200);
    assert.deepEqual(misplaced(report, lines), []);
    assert.deepEqual(new Set(Object.values(report.places!).map((p) => p.sheet)), new Set(['正文', '表三', '表四']));
  });

  test('a workbook laid out with merged cells (formats/merged.xlsx)', async () => {
    const { report, lines } = await viewOf(fixture('formats/merged.xlsx'), 'formats/merged.xlsx');
    assert.equal(Object.keys(report.places!).length, 200);
    assert.deepEqual(misplaced(report, lines), []);
  });

  test('a PDF (real/huaian-2024.pdf)', async () => {
    const { report, lines } = await viewOf(fixture('real/huaian-2024.pdf'), 'real/huaian-2024.pdf');
    assert.ok(Object.keys(report.places!).length >= 175);
    assert.deepEqual(misplaced(report, lines), []);
  });
});
