/**
 * Scans of the real report 淮安市人民政府 2024, made by real tools from its PDF
 * (tools/fixtures/make-scans.sh): an image-only PDF of every page, turned a little, noisy and
 * JPEG-compressed; a clean PNG of page 4; a 1-bit TIFF of page 5. Every number must come out as
 * printed (the hand-read values of ../fixtures/huaian-2024.ts), or be `null` and listed in
 * `uncertain` with a note: never a wrong number unflagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { processFile, type FileResult } from '../../../src/lib/ingest/process-file.ts';
import type { OcrCache, OcrPage } from '../../../src/lib/read/ocr/types.ts';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS, type ApplicationRowKey } from '../../../src/lib/template/applications.ts';
import { REVIEW_COLUMN_KEYS, REVIEW_GROUP_KEYS } from '../../../src/lib/template/review.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { TABLE_3_2019 } from '../fixtures/edition2019-scan.ts';
import { ACTIVE_DISCLOSURE, REVIEW, TABLE_3, TABLE_3_PAGE_4 } from '../fixtures/huaian-2024.ts';

const results = new Map<string, Promise<FileResult>>();
function scan(name: string, cache?: OcrCache): Promise<FileResult> {
  const read = () => processFile(new Uint8Array(readFileSync(`tests/fixtures/scans/${name}`)), `scans/${name}`, { ocrCache: cache });
  if (cache) return read();
  if (!results.has(name)) results.set(name, read());
  return results.get(name)!;
}

/** Every cell that is neither as printed nor blank-and-flagged, one line each. */
function wrongCells(report: Report, expected: Record<string, number | null>): string[] {
  const wrong: string[] = [];
  for (const [path, value] of Object.entries(expected)) {
    const got = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], report);
    if (got === value) continue;
    if (got === null && report.uncertain?.includes(path) && report.notes.some((n) => n.code === 'ocr-unsure')) continue;
    wrong.push(`${path}: printed ${value}, got ${got}${got === null ? ' (not flagged)' : ''}`);
  }
  return wrong;
}

function table3(rows: readonly string[]): Record<string, number> {
  return Object.fromEntries(rows.flatMap((row) => APPLICATION_COLUMN_KEYS.map((c, i) => [`applications.${row}.${c}`, TABLE_3[row]![i]!])));
}

/** Every cell of table 三 of the 2019-edition scan not as printed: a number neither read nor flagged, or an empty cell read as a number. */
function wrong2019(report: Report): string[] {
  const wrong: string[] = [];
  for (const [row, printed] of Object.entries(TABLE_3_2019)) {
    APPLICATION_COLUMN_KEYS.forEach((column, i) => {
      const path = `applications.${row}.${column}`;
      const value = printed[i]!;
      if (value !== null) wrong.push(...wrongCells(report, { [path]: value }));
      else if (report.applications[row as ApplicationRowKey][column] !== null) wrong.push(`${path}: printed empty, got a number`);
    });
  }
  return wrong;
}

function review(): Record<string, number> {
  return Object.fromEntries(REVIEW_GROUP_KEYS.flatMap((g) => REVIEW_COLUMN_KEYS.map((c) => [`reviewLitigation.${g}.${c}`, REVIEW[g][c]!])));
}

function disclosure(): Record<string, number> {
  const d = ACTIVE_DISCLOSURE;
  const counts = (k: 'regulations' | 'normativeDocuments') => Object.entries(d[k]).map(([f, v]) => [`activeDisclosure.${k}.${f}`, v!]);
  return Object.fromEntries([...counts('regulations'), ...counts('normativeDocuments'), ...(['licensing', 'penalty', 'coercion', 'feesWanYuan'] as const).map((k) => [`activeDisclosure.${k}`, d[k]!])]);
}

test('image-only PDF, every page turned, noisy and JPEG-compressed: the header, and all of tables 二, 三 (175) and 四 as printed or flagged', async () => {
  const { report, log } = await scan('huaian-2024-scan.pdf');
  assert.ok(report, log.messages.join('; '));
  assert.equal(report.source.format, 'pdf');
  assert.equal(report.source.ocr, true);
  assert.ok(Array.isArray(report.uncertain));
  assert.equal(report.title, '淮安市人民政府2024年政府信息公开工作年度报告');
  assert.equal(report.agency, '淮安市人民政府');
  assert.equal(report.year, 2024);
  assert.equal(report.template, '2021');
  assert.deepEqual(wrongCells(report, table3(APPLICATION_ROW_KEYS)), []);
  assert.deepEqual(wrongCells(report, review()), []);
  assert.deepEqual(wrongCells(report, disclosure()), []);
  // Every check that could be tried holds: a misread number the identities catch is flagged, not kept.
  assert.deepEqual(report.checks.filter((c) => !c.ok && c.id !== 'prose').map((c) => c.message), []);
  assert.match(report.sections.overview, /^2024年，我市坚持以习近平新时代中国特色社会主义思想为指导/);
});

/**
 * A scan's numbers are placed on its page and printed line, the lines laid out from the boxes OCR
 * found. Page 4 of the report, counted on the image: table 二's last six rows (信息内容 … 行政事业性收费),
 * the heading 三、…, then table 三's header in six lines (申请人情况; （本列数据… with 法人或其他组织;
 * 等于第三项… level with 自然人 and 总计; 商业企 科研机 社会公益 法律服务; 其他; 业 构 组织 机构), so
 * 一、本年新收 is line 14 and （一）予以公开 line 16. (The PDF's text layer breaks the header into one
 * more line: there the row is line 17, tests/unit/parse/places.test.ts.)
 */
test('a scan’s numbers at their page and printed line, and the 原文 view’s line holds them', async () => {
  const { report, lines } = await scan('huaian-2024-scan.pdf');
  assert.deepEqual(report!.places!['applications.granted.naturalPerson'], { page: 4, line: 16, column: 2 });
  assert.deepEqual(report!.places!['applications.granted.total'], { page: 4, line: 16, column: 8 });
  assert.deepEqual(report!.places!['applications.newReceived.total'], { page: 4, line: 14, column: 8 });
  assert.deepEqual(report!.places!['activeDisclosure.penalty'], { page: 4, line: 2, column: 2 });
  const view = JSON.parse(lines!) as { page?: number; line: number; cells: string[] }[];
  assert.deepEqual(view.find((l) => l.page === 4 && l.line === 16)?.cells, ['（一）予以公开', '1288', '21', '0', '0', '50', '3', '1362']);
  // A page image is page 1 of itself.
  const png = await scan('huaian-2024-p4.png');
  assert.deepEqual(png.report!.places!['applications.granted.total'], { page: 1, line: 16, column: 8 });
});

test('a PNG of page 4: the rows of table 三 it prints as printed or flagged, the rows it does not print blank', async () => {
  const { report, log } = await scan('huaian-2024-p4.png');
  assert.ok(report, log.messages.join('; '));
  assert.equal(report.source.format, 'image');
  assert.equal(report.source.ocr, true);
  assert.deepEqual(wrongCells(report, table3(TABLE_3_PAGE_4)), []);
  const notPrinted = APPLICATION_ROW_KEYS.filter((r) => !TABLE_3_PAGE_4.includes(r));
  assert.deepEqual(notPrinted.filter((r) => Object.values(report.applications[r as ApplicationRowKey]).some((v) => v !== null)), []);
  // Section 二's last rows are on this page too.
  assert.deepEqual(wrongCells(report, { 'activeDisclosure.penalty': 3985758, 'activeDisclosure.coercion': 88283, 'activeDisclosure.feesWanYuan': 96171.6 }), []);
  assert.equal(report.status, 'partial');
  assert.ok(report.notes.some((n) => n.code === 'row-missing'));
});

test('a 1-bit TIFF of page 5, turned half a degree: table 四 as printed or flagged', async () => {
  const { report, log } = await scan('huaian-2024-p5.tif');
  assert.ok(report, log.messages.join('; '));
  assert.equal(report.source.format, 'image');
  assert.deepEqual(wrongCells(report, review()), []);
});

test('image-only PDF of a 2019-edition report, table 三 over two pages with most cells left empty: every number as printed, every empty cell blank', async () => {
  const { report, log } = await scan('edition2019-scan.pdf');
  assert.ok(report, log.messages.join('; '));
  assert.equal(report.source.ocr, true);
  assert.equal(report.template, '2019');
  assert.equal(report.title, '测试县交通运输局2019年政府信息公开工作年度报告');
  assert.deepEqual(wrong2019(report), []);
  assert.deepEqual(report.checks.filter((c) => !c.ok && c.id !== 'prose').map((c) => c.message), []);
});

test('a blank page image fails with a clear message naming the file', async () => {
  const { report, log } = await scan('blank.jpg');
  assert.equal(report, undefined);
  assert.equal(log.status, 'failed');
  assert.equal(log.messages.length, 1);
  assert.match(log.messages[0]!, /^scans\/blank\.jpg: ocr-no-text: no text found on the scan \(1 page, \d+ characters read\): the image is blank or too faint/);
});

test('a PDF with neither a text layer that could be read nor text on its pages says both, not only that the scan is faint', async () => {
  // One page whose content stream is empty: pdf.js finds no text, and the page as an image is white.
  const content = '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const { report, log } = await processFile(new Uint8Array(Buffer.from(out, 'latin1')), 'scans/empty.pdf', {});
  assert.equal(report, undefined);
  assert.equal(log.status, 'failed');
  assert.match(log.messages[0]!, /^scans\/empty\.pdf: ocr-no-text: no text found \(1 page, \d+ characters read\): the PDF has no text layer that could be read, and its pages, read as images, are blank or too faint/);
});

test('OCR results come from the cache when the same bytes were read before: the engine does not run again', async () => {
  // A cache that already holds a reading of blank.jpg (as if an earlier run had read it): a
  // one-line "report" no engine could have seen on that blank page.
  const page: OcrPage = {
    width: 1654,
    height: 2339,
    skew: 0,
    boxes: [{ text: '测试镇2024年政府信息公开工作年度报告', box: [300, 200, 1300, 260], confidence: 0.99 }],
  };
  const stored = new Map<string, OcrPage[]>();
  const keys: string[] = [];
  const cache: OcrCache = {
    get: (key) => {
      keys.push(key);
      return stored.get(key) ?? [page];
    },
    set: (key, pages) => stored.set(key, pages),
  };
  const { report } = await scan('blank.jpg', cache);
  assert.equal(report?.title, '测试镇2024年政府信息公开工作年度报告');
  assert.equal(keys.length, 1);
  assert.match(keys[0]!, /^[0-9a-f]{64}$/);
  assert.equal(stored.size, 0);
});
