/**
 * PDF reader: rebuilds the printed layout of a PDF's text layer as lines of cells.
 *
 * pdf.js (through unpdf) gives, per page, a list of text runs with a position, a font size and
 * an advance width, in content-stream order, which is not reading order. The printed layout is
 * rebuilt geometrically:
 *
 *  1. runs are grouped into printed lines by baseline (top to bottom);
 *  2. within a line, runs are sorted left to right and joined into cells, a new cell starting
 *     wherever the horizontal gap is wide (table columns, tab stops);
 *  3. page numbers and headers/footers repeated on every page are dropped, so that a table
 *     broken across pages continues without an interruption.
 *
 * Each line keeps its place (types.ts `Place`): its page and its number on that page, counted
 * from the top before step 3, so that a person counting the printed lines finds it. A line is
 * what step 1 groups by baseline: a table row is one line, a label printed vertically one
 * character per line is as many lines.
 *
 * Every threshold is relative to the font size (an "em"), so the same rules hold for 16pt body
 * text and 7pt table cells.
 */
import { getDocumentProxy } from 'unpdf';
import { cut, LIMITS } from './limits.ts';
import { ReadError, type RawDocument, type RawLine } from './types.ts';

/** Two runs share a line when their baselines differ by at most this (table cells in one row are
 * often a little offset vertically: the numbers here sit 0.3em below their row label), while
 * separate lines, even vertical one-character-per-line labels, are at least ~1.2em apart. */
const SAME_LINE_EM = 0.5;
/** A gap wider than about one character starts a new cell: prose runs touch or overlap, and the
 * space in `2024 年` is ~0.2em, while table columns are several em apart. (pdf.js already folds
 * runs less than 0.6em apart into one item, so only wider gaps reach this test.) */
const CELL_GAP_EM = 1.0;
/** Between two digits any visible space means two numbers: adjacent columns of a narrow table
 * can be closer than 1em (section 四 has 15 columns), and a space is only 0.2–0.3em, while the
 * digits of one number are never spaced apart (separate runs of one number touch, gap ≈ 0). */
const NUMBER_GAP_EM = 0.15;
/** Inside a cell, a gap this wide was a space in the source (`2024 年`); smaller gaps are
 * kerning or justification and join without one. */
const SPACE_GAP_EM = 0.15;
/** Runs printed twice at (almost) the same place are a fake-bold effect, not repeated text. */
const DUPLICATE_EM = 0.2;
/** Page headers, footers and page numbers live in this fraction of the page at top and bottom. */
const MARGIN_BAND = 0.12;
/** Fewer visible characters than this in the whole file means there is no real text layer. */
const MIN_TEXT_CHARS = 20;

/** One text run, in page coordinates with y growing downwards (after the page's viewport). */
interface Run {
  text: string;
  x: number;
  right: number;
  /** Baseline. */
  y: number;
  size: number;
}

interface PrintedLine {
  /** The line's number on its page, counted from the top before headers and page numbers are dropped. */
  number: number;
  runs: Run[];
  /** Mean baseline of the runs so far. */
  y: number;
  size: number;
  cells: string[];
}

interface Page {
  width: number;
  height: number;
  lines: PrintedLine[];
}

export async function readPdf(bytes: Uint8Array): Promise<RawDocument> {
  const { pages, total } = await extractPages(bytes);

  dropPageNumbers(pages);
  dropRepeatedMargins(pages);

  // Counted after the margins are dropped: a scanned report may still carry typed page numbers.
  const textChars = pages
    .flatMap((p) => p.lines)
    .reduce((n, l) => n + l.cells.join('').replace(/\s/g, '').length, 0);
  if (textChars < MIN_TEXT_CHARS) {
    throw new ReadError(
      'pdf-no-text',
      'PDF has no text layer (a scanned image?): nothing can be read from it; OCR it first ' +
        '(e.g. ocrmypdf) or find the report as HTML or DOCX.',
    );
  }

  const lines: RawLine[] = [];
  pages.forEach((page, p) => {
    for (const l of page.lines) lines.push({ cells: l.cells, place: { page: p + 1, line: l.number } });
  });
  const doc: RawDocument = { lines, exactCells: false };
  if (total > pages.length) doc.warnings = [{ code: 'limit-reached', message: cut('pdfPages', total) }];
  return doc;
}

/** Opens the PDF and turns every page into printed lines; any pdf.js failure becomes a ReadError. */
async function extractPages(bytes: Uint8Array): Promise<{ pages: Page[]; total: number }> {
  let pdf;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy to stay pure.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (e) {
    throw openError(bytes, e);
  }
  try {
    const pages: Page[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, LIMITS.pdfPages.value); n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue; // marked-content markers carry no text
        const run = toRun(item.str, item.transform, item.width, viewport.transform);
        if (run) runs.push(run);
      }
      pages.push({ width: viewport.width, height: viewport.height, lines: groupLines(runs) });
    }
    return { pages, total: pdf.numPages };
  } catch (e) {
    // A damaged file can open and still fail on a page (missing objects, broken streams).
    throw new ReadError('unreadable-pdf', `PDF is damaged and its pages cannot be read (${errorText(e)}); re-download or re-export the file.`);
  } finally {
    void pdf.destroy();
  }
}

function openError(bytes: Uint8Array, e: unknown): ReadError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') {
    return new ReadError('unreadable-pdf', 'PDF is encrypted (password-protected) and cannot be read; save an unprotected copy first.');
  }
  // pdf.js says only "Invalid PDF structure"; say whether the file was a PDF at all.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    return new ReadError('unreadable-pdf', `File is not a PDF (no %PDF- header; ${errorText(e)}); check that the right file was downloaded.`);
  }
  return new ReadError('unreadable-pdf', `PDF is corrupt or truncated and cannot be opened (${errorText(e)}); re-download the file.`);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Maps one pdf.js text item to page coordinates. Going through the viewport transform puts rotated
 * pages (/Rotate 90, common for landscape tables) upright and turns y downwards.
 */
function toRun(str: string, t: number[], width: number, view: number[]): Run | undefined {
  // Whitespace-only items carry nonsense widths (hundreds of points in the reference file): the
  // space they stand for is recovered from the gap between the visible runs instead.
  const text = normaliseText(str);
  if (text.trim() === '') return undefined;
  const m = multiply(view, t);
  const size = Math.hypot(m[2]!, m[3]!);
  if (!(size > 0)) return undefined;
  return { text, x: m[4]!, right: m[4]! + width, y: m[5]!, size };
}

/**
 * Some PDF producers map ideographs to look-alike Kangxi radicals (U+2F00–U+2FDF, `⼀` for `一`) or
 * CJK compatibility ideographs; NFKC turns those back into the ordinary characters printed. The
 * rest of the text is left as printed (full-width punctuation stays full-width).
 */
function normaliseText(s: string): string {
  return s.replace(/[\u2F00-\u2FDF\uF900-\uFAFF]/g, (c) => c.normalize('NFKC'));
}

function multiply(a: number[], b: number[]): number[] {
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4, b5] = b as [number, number, number, number, number, number];
  return [
    a0 * b0 + a2 * b1,
    a1 * b0 + a3 * b1,
    a0 * b2 + a2 * b3,
    a1 * b2 + a3 * b3,
    a0 * b4 + a2 * b5 + a4,
    a1 * b4 + a3 * b5 + a5,
  ];
}

/**
 * Groups a page's runs into printed lines by baseline, top to bottom. A run joins the current line
 * when its baseline is within SAME_LINE_EM of the line's mean baseline; comparing with the mean
 * rather than the first run keeps a table row together when its label and its numbers sit at
 * slightly different heights.
 */
function groupLines(runs: Run[]): PrintedLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PrintedLine[] = [];
  let current: PrintedLine | undefined;
  for (const run of sorted) {
    const tolerance = SAME_LINE_EM * Math.min(run.size, current?.size ?? run.size);
    if (current && Math.abs(run.y - current.y) <= tolerance) {
      current.y = (current.y * current.runs.length + run.y) / (current.runs.length + 1);
      current.size = Math.min(current.size, run.size);
      current.runs.push(run);
    } else {
      current = { number: lines.length + 1, runs: [run], y: run.y, size: run.size, cells: [] };
      lines.push(current);
    }
  }
  for (const line of lines) line.cells = toCells(line.runs);
  return lines;
}

/** Joins a line's runs left to right into cells, splitting at wide gaps (see the *_EM constants). */
function toCells(runs: Run[]): string[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const cells: string[] = [];
  let cell = '';
  let prev: Run | undefined;
  for (const run of sorted) {
    if (!prev) {
      cell = run.text;
      prev = run;
      continue;
    }
    const em = Math.min(prev.size, run.size);
    if (run.text === prev.text && Math.abs(run.x - prev.x) <= DUPLICATE_EM * em) continue;
    const gap = run.x - prev.right;
    const betweenDigits = /\d$/.test(prev.text) && /^\d/.test(run.text);
    if (gap > CELL_GAP_EM * em || (betweenDigits && gap > NUMBER_GAP_EM * em)) {
      cells.push(cell);
      cell = run.text;
    } else {
      cell += (gap > SPACE_GAP_EM * em ? ' ' : '') + run.text;
    }
    // A run that ends left of its predecessor (overprinting) must not shrink the line's extent.
    prev = run.right >= prev.right ? run : { ...run, right: prev.right };
  }
  cells.push(cell);
  return (
    cells
      // pdf.js itself joins runs less than 0.6em apart into one item, writing the gap as a space
      // ("123 45"): apply the digit rule above inside items too.
      .flatMap((c) => c.split(/(?<=\d)\s+(?=\d)/))
      .map((c) => c.replace(/\s+/g, ' ').trim())
      .filter((c) => c !== '')
  );
}

/** Whether a line lies in the top or bottom margin band of its page, where headers and footers are. */
function inMargin(line: PrintedLine, page: Page): 'top' | 'bottom' | undefined {
  if (line.y < page.height * MARGIN_BAND) return 'top';
  if (line.y > page.height * (1 - MARGIN_BAND)) return 'bottom';
  return undefined;
}

/**
 * Drops page-number lines: `-4-`, `- 4 -`, `— 4 —`, `第 4 页`, `第4页 共6页`, `4/6`, `Page 4`, and
 * a lone number that is centred or equals the page's position in the file. They are only looked
 * for in the margin bands, or as the first or last line of a page, so that a `4/6` or a lone
 * number inside the body (a table cell) survives.
 */
function dropPageNumbers(pages: Page[]): void {
  pages.forEach((page, index) => {
    const last = page.lines.length - 1;
    page.lines = page.lines.filter((line, i) => {
      if (!(inMargin(line, page) || i === 0 || i === last)) return true;
      return !isPageNumber(line, page, index + 1);
    });
  });
}

function isPageNumber(line: PrintedLine, page: Page, ordinal: number): boolean {
  const text = line.cells.join('').replace(/\s/g, '');
  if (/^[-－—–─~～]+\d{1,4}[-－—–─~～]+$/.test(text)) return true;
  if (/^第\d{1,4}页([,，、/]?共\d{1,4}页)?$/.test(text)) return true;
  if (/^\d{1,4}[/／]\d{1,4}$/.test(text)) return true;
  if (/^page\d{1,4}(of\d{1,4})?$/i.test(text)) return true;
  if (/^\d{1,4}$/.test(text)) {
    const first = line.runs.reduce((m, r) => Math.min(m, r.x), Infinity);
    const end = line.runs.reduce((m, r) => Math.max(m, r.right), -Infinity);
    const centred = Math.abs((first + end) / 2 - page.width / 2) < page.width * 0.1;
    return centred || Number(text) === ordinal;
  }
  return false;
}

/**
 * Drops running headers and footers: a margin-band line whose text (with digits ignored, as they
 * often carry the page number or date) recurs on at least half of the pages, and on two or more.
 * Lines without any letter are never taken as headers, so that a row of numbers is always kept.
 */
function dropRepeatedMargins(pages: Page[]): void {
  if (pages.length < 2) return;
  const key = (line: PrintedLine) => line.cells.join(' ').replace(/\d+/g, '#');
  const pagesWith = new Map<string, Set<number>>();
  pages.forEach((page, index) => {
    for (const line of page.lines) {
      if (!inMargin(line, page) || !/\p{L}/u.test(line.cells.join(''))) continue;
      const k = key(line);
      if (!pagesWith.has(k)) pagesWith.set(k, new Set());
      pagesWith.get(k)!.add(index);
    }
  });
  const threshold = Math.max(2, pages.length / 2);
  for (const page of pages) {
    page.lines = page.lines.filter(
      (line) => !inMargin(line, page) || (pagesWith.get(key(line))?.size ?? 0) < threshold,
    );
  }
}
