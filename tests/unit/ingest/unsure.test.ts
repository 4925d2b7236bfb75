/**
 * Numbers the OCR was unsure of, on the real report's text layer (its numbers hand-checked in
 * ../fixtures/huaian-2024.ts): a cell is marked unsure as the OCR reader would mark it, printed
 * as it is or misread, and settleUnsure must keep it only where an identity confirms it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { identityChecks } from '../../../src/lib/check/identities.ts';
import { settleUnsure } from '../../../src/lib/ingest/unsure.ts';
import { parseReport, type ParsedReport } from '../../../src/lib/parse/report.ts';
import { readPdf } from '../../../src/lib/read/pdf.ts';
import type { RawDocument, UnsureCell } from '../../../src/lib/read/types.ts';

const doc = await readPdf(new Uint8Array(readFileSync('tests/fixtures/real/huaian-2024.pdf')));

/** The cell printing `text` on the first line whose text includes `label`. */
function cellOf(label: string, text: string): { line: number; cell: number } {
  const line = doc.lines.findIndex((l) => l.cells.join('').includes(label));
  const cell = doc.lines[line]!.cells.indexOf(text);
  assert.ok(line >= 0 && cell >= 0, `${label} ${text} not found`);
  return { line, cell };
}

/** The document with some cells marked unsure, their text replaced by what the OCR read. */
function withUnsure(cells: { label: string; printed: string; read?: string }[]): RawDocument {
  const lines = doc.lines.map((l) => ({ ...l, cells: [...l.cells] }));
  const unsure: UnsureCell[] = cells.map(({ label, printed, read }) => {
    const at = cellOf(label, printed);
    lines[at.line]!.cells[at.cell] = read ?? printed;
    return { ...at, page: 4, reading: read ?? printed };
  });
  return { ...doc, lines, unsure };
}

function settle(d: RawDocument): ParsedReport {
  const parsed = parseReport(d);
  assert.ok(!('notReport' in parsed));
  return settleUnsure(d, parsed);
}

test('an unsure number the identities confirm is kept as read, with a note saying so', () => {
  const report = settle(withUnsure([{ label: '予以公开', printed: '1288' }]));
  assert.equal(report.applications.granted.naturalPerson, 1288);
  assert.deepEqual(report.uncertain, []);
  assert.equal(report.status, 'ok');
  assert.deepEqual(report.notes.filter((n) => n.code.startsWith('ocr')).map((n) => [n.level, n.code]), [['info', 'ocr-confirmed']]);
});

test('an unsure number misread (1288 as 1283) breaks its identities: it is null, listed and noted with its page and reading', () => {
  const report = settle(withUnsure([{ label: '予以公开', printed: '1288', read: '1283' }]));
  assert.equal(report.applications.granted.naturalPerson, null);
  assert.deepEqual(report.uncertain, ['applications.granted.naturalPerson']);
  assert.equal(report.status, 'partial');
  const notes = report.notes.filter((n) => n.code === 'ocr-unsure');
  assert.equal(notes.length, 1);
  assert.equal(notes[0]!.level, 'warning');
  assert.equal(notes[0]!.message, '表三“（一）予以公开”行“自然人”列：扫描件第 4 页的“1283”识别不确定，且无勾稽关系可以核实，留空');
  // The rest of the row is as printed.
  assert.equal(report.applications.granted.total, 1362);
});

test('an unsure number no identity covers (section 二) is null even when read right', () => {
  const report = settle(withUnsure([{ label: '行政许可', printed: '447228' }]));
  assert.equal(report.activeDisclosure.licensing, null);
  assert.deepEqual(report.uncertain, ['activeDisclosure.licensing']);
  assert.match(report.notes.find((n) => n.code === 'ocr-unsure')!.message, /^表二“行政许可”：扫描件第 4 页的“447228”识别不确定/);
});

test('two unsure numbers of one row: the row identity cannot tell them apart, the column identities confirm each', () => {
  const report = settle(withUnsure([
    { label: '予以公开', printed: '1288' },
    { label: '予以公开', printed: '1362' },
  ]));
  assert.equal(report.applications.granted.naturalPerson, 1288);
  assert.equal(report.applications.granted.total, 1362);
  assert.deepEqual(report.uncertain, []);
});

test('unsure numbers of table 四 are confirmed by their group total; a misread one is not', () => {
  const ok = settle(withUnsure([{ label: '7264178', printed: '178' }]));
  assert.equal(ok.reviewLitigation.reconsideration.other, 178);
  assert.deepEqual(ok.uncertain, []);
  const misread = settle(withUnsure([{ label: '7264178', printed: '178', read: '173' }]));
  assert.equal(misread.reviewLitigation.reconsideration.other, null);
  assert.deepEqual(misread.uncertain, ['reviewLitigation.reconsideration.other']);
});

test('a number inferred from an unsure one is never confirmed by the identities: null, with the reading it rests on', () => {
  // 予以公开 printed without its 总计 and read without positions (so the blank is not placed in its
  // column): the parser infers 1362 from the row, with 1288 in doubt.
  const d = withUnsure([{ label: '予以公开', printed: '1288' }]);
  const at = cellOf('予以公开', '1362');
  d.lines[at.line]!.cells.splice(at.cell, 1);
  delete d.lines[at.line]!.spans;
  const report = settle(d);
  assert.equal(report.applications.granted.naturalPerson, 1288);
  assert.equal(report.applications.granted.total, null);
  assert.deepEqual(report.uncertain, ['applications.granted.total']);
  assert.equal(
    report.notes.find((n) => n.code === 'ocr-unsure')!.message,
    '表三“（一）予以公开”行“总计”列：扫描件第 4 页的“1288”识别不确定，由此得出的 1362 无勾稽关系可以核实，留空',
  );
});

test('a document with nothing unsure is returned as parsed', () => {
  const parsed = parseReport(doc);
  assert.ok(!('notReport' in parsed));
  assert.equal(settleUnsure(doc, parsed), parsed);
});

/**
 * The real report's text layer as a scan would give it: some cells read otherwise (`read`), some
 * marked unsure, some not printed at all (`read: null`, a blank, its position gone with it).
 */
function scanOf(cells: { label: string; printed: string; read: string | null; unsure?: boolean }[]): RawDocument {
  const lines = doc.lines.map((l) => ({ ...l, cells: [...l.cells], spans: l.spans && [...l.spans] }));
  const marked = cells.map((c) => ({ ...c, ...cellOf(c.label, c.printed) }));
  const unsure: UnsureCell[] = [];
  for (const c of marked.filter((m) => m.read !== null)) {
    lines[c.line]!.cells[c.cell] = c.read!;
    if (c.unsure) unsure.push({ line: c.line, cell: c.cell - marked.filter((m) => m.read === null && m.line === c.line && m.cell < c.cell).length, page: 4, reading: c.read! });
  }
  for (const c of marked.filter((m) => m.read === null).sort((a, b) => b.cell - a.cell)) {
    lines[c.line]!.cells.splice(c.cell, 1);
    lines[c.line]!.spans?.splice(c.cell, 1);
  }
  return { ...doc, lines, unsure };
}

const failed = (report: ParsedReport) => identityChecks(report).filter((c) => !c.ok).map((c) => [c.id, c.where, c.left, c.right]);

test('two cells read as one (1288 and the 21 beside it as 128821), another cell of its column unsure and misread: blank and noted, no failed check', () => {
  const report = settle(scanOf([
    { label: '予以公开', printed: '1288', read: '128821' },
    { label: '予以公开', printed: '21', read: null },
    { label: '44770000454', printed: '447', read: '417', unsure: true },
  ]));
  assert.equal(report.applications.granted.naturalPerson, null);
  assert.equal(report.applications.partiallyGranted.naturalPerson, null);
  assert.deepEqual(report.uncertain, ['applications.granted.naturalPerson', 'applications.partiallyGranted.naturalPerson']);
  assert.equal(
    report.notes.find((n) => n.code === 'ocr-unsure' && n.message.includes('128821'))!.message,
    '表三“（一）予以公开”行“自然人”列：扫描件第 4 页的“128821”位数多于表中其他数字，可能是相邻两格连读，且无勾稽关系可以核实，留空',
  );
  assert.deepEqual(failed(report), []);
  // The rest of the row is as printed.
  assert.equal(report.applications.granted.legalServiceOrganization, 50);
  assert.equal(report.applications.granted.total, 1362);
});

test('a scan whose OCR number, unsure, exceeds its row 总计 beside a blank: blank and noted, no failed check', () => {
  const report = settle(scanOf([
    { label: '予以公开', printed: '1288', read: '2288', unsure: true },
    { label: '予以公开', printed: '21', read: null },
  ]));
  assert.equal(report.applications.granted.naturalPerson, null);
  assert.deepEqual(report.uncertain, ['applications.granted.naturalPerson']);
  assert.equal(
    report.notes.find((n) => n.code === 'ocr-unsure')!.message,
    '表三“（一）予以公开”行“自然人”列：扫描件第 4 页的“2288”识别不确定，且无勾稽关系可以核实，留空',
  );
  assert.deepEqual(failed(report), []);
});

test('the same numbers read with confidence: the report does not add up, and the checks say so', () => {
  const report = settle(scanOf([
    { label: '予以公开', printed: '1288', read: '2288' },
    { label: '予以公开', printed: '21', read: null },
  ]));
  assert.equal(report.applications.granted.naturalPerson, 2288);
  assert.deepEqual(report.uncertain ?? [], []);
  assert.deepEqual(failed(report), [
    ['outcomes', 'applications.*.naturalPerson', 3932, 2932],
    ['rowTotal', 'applications.granted', 2341, 1362],
  ]);
});

test('an unsure number its column confirms, in a row that fails: the OCR is the first suspect, the rest of the row read with confidence still fails', () => {
  // 1288 (unsure, read right) holds in its column; its row fails with 50 read with confidence as 5000.
  const report = settle(scanOf([
    { label: '予以公开', printed: '1288', read: '1288', unsure: true },
    { label: '予以公开', printed: '50', read: '5000' },
  ]));
  assert.equal(report.applications.granted.naturalPerson, null);
  assert.deepEqual(report.uncertain, ['applications.granted.naturalPerson']);
  assert.equal(
    report.notes.find((n) => n.code === 'ocr-unsure')!.message,
    '表三“（一）予以公开”行“自然人”列：扫描件第 4 页的“1288”识别不确定，且与勾稽关系不符，先按识别有误处理，留空',
  );
  // 21 + 5000 + 3 above 1362 with 自然人 blank, and 5000 in its column: every number involved read with confidence.
  assert.deepEqual(failed(report), [
    ['outcomes', 'applications.*.legalServiceOrganization', 5011, 61],
    ['rowTotal', 'applications.granted', 5024, 1362],
  ]);
});

test('table 四: a total read with confidence but with more digits than any other number of its table (3510) is blank, no failed check', () => {
  // Table 四 is printed on page 5.
  const report = settle(scanOf([{ label: '7264178', printed: '351', read: '3510' }]));
  assert.equal(report.reviewLitigation.reconsideration.total, null);
  assert.deepEqual(report.uncertain, ['reviewLitigation.reconsideration.total']);
  assert.equal(
    report.notes.find((n) => n.code === 'ocr-unsure')!.message,
    '表四“行政复议”“总计”：扫描件第 5 页的“3510”位数多于表中其他数字，可能是相邻两格连读，且无勾稽关系可以核实，留空',
  );
  assert.deepEqual(failed(report), []);
  assert.equal(report.reviewLitigation.reconsideration.other, 178);
});
