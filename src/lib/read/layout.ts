/**
 * Printed layout from positioned text: runs of text with a position and a size → printed lines of
 * cells, the geometry shared by the PDF reader (runs from the text layer, pdf.ts) and the OCR
 * reader (runs from the text boxes found on a page image, ocr/document.ts).
 *
 *  1. runs are grouped into printed lines by baseline (top to bottom);
 *  2. within a line, runs are sorted left to right and joined into cells, a new cell starting
 *     wherever the horizontal gap is wide (table columns, tab stops);
 *  3. page numbers and headers/footers repeated on every page are dropped, so that a table
 *     broken across pages continues without an interruption.
 *
 * Every threshold is relative to the font size (an "em"), so the same rules hold for 16pt body
 * text and 7pt table cells, in points (PDF) or in pixels (a page image).
 */
import type { Span } from './types.ts';

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

/** One text run, in page coordinates with y growing downwards. */
export interface Run {
  text: string;
  x: number;
  right: number;
  /** Baseline (PDF), or the middle of the text box (OCR): what the runs of one line share. */
  y: number;
  size: number;
  /** The OCR could not read this run with confidence (ocr/document.ts); its cell is marked. */
  unsure?: boolean;
}

export interface PrintedLine {
  /** The line's number on its page, counted from the top before headers and page numbers are dropped. */
  number: number;
  runs: Run[];
  /** Mean baseline of the runs so far. */
  y: number;
  size: number;
  cells: string[];
  /** Parallel to `cells`: each cell's horizontal extent, from its first run's left to its last run's right. */
  spans: Span[];
  /** Parallel to `cells`, present when a run of the line was unsure: which cells hold one. */
  unsure?: boolean[];
}

export interface Page {
  width: number;
  height: number;
  lines: PrintedLine[];
}

/**
 * Groups a page's runs into printed lines by baseline, top to bottom. A run joins the current line
 * when its baseline is within SAME_LINE_EM of the line's mean baseline; comparing with the mean
 * rather than the first run keeps a table row together when its label and its numbers sit at
 * slightly different heights.
 */
export function groupLines(runs: Run[]): PrintedLine[] {
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
      current = { number: lines.length + 1, runs: [run], y: run.y, size: run.size, cells: [], spans: [] };
      lines.push(current);
    }
  }
  for (const line of lines) {
    const cells = toCells(line.runs);
    line.cells = cells.map((c) => c.text);
    line.spans = cells.map((c) => ({ left: c.left, right: c.right }));
    if (cells.some((c) => c.unsure)) line.unsure = cells.map((c) => c.unsure);
  }
  return lines;
}

interface Cell {
  text: string;
  unsure: boolean;
  left: number;
  right: number;
}

/** Joins a line's runs left to right into cells, splitting at wide gaps (see the *_EM constants). */
function toCells(runs: Run[]): Cell[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  let cell: Cell = { text: '', unsure: false, left: 0, right: 0 };
  let prev: Run | undefined;
  const start = (run: Run): Cell => ({ text: run.text, unsure: run.unsure === true, left: run.x, right: run.right });
  for (const run of sorted) {
    if (!prev) {
      cell = start(run);
      prev = run;
      continue;
    }
    const em = Math.min(prev.size, run.size);
    if (run.text === prev.text && Math.abs(run.x - prev.x) <= DUPLICATE_EM * em) continue;
    const gap = run.x - prev.right;
    const betweenDigits = /\d$/.test(prev.text) && /^\d/.test(run.text);
    if (gap > CELL_GAP_EM * em || (betweenDigits && gap > NUMBER_GAP_EM * em)) {
      cells.push(cell);
      cell = start(run);
    } else {
      cell.text += (gap > SPACE_GAP_EM * em ? ' ' : '') + run.text;
      cell.unsure ||= run.unsure === true;
      cell.right = Math.max(cell.right, run.right);
    }
    // A run that ends left of its predecessor (overprinting) must not shrink the line's extent.
    prev = run.right >= prev.right ? run : { ...run, right: prev.right };
  }
  cells.push(cell);
  return (
    cells
      // pdf.js itself joins runs less than 0.6em apart into one item, writing the gap as a space
      // ("123 45"): apply the digit rule above inside items too.
      .flatMap(splitNumbers)
      .map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() }))
      .filter((c) => c.text !== '')
  );
}

/**
 * A cell of space-separated numbers as one pdf.js item, split into one cell per number. Each part's
 * extent is its share of the item's, by characters: the digits of one font have one width.
 */
function splitNumbers(cell: Cell): Cell[] {
  const parts = cell.text.split(/(?<=\d)\s+(?=\d)/);
  if (parts.length === 1) return [cell];
  const perChar = (cell.right - cell.left) / cell.text.length;
  let at = 0;
  return parts.map((text) => {
    const from = cell.text.indexOf(text, at);
    at = from + text.length;
    return { text, unsure: cell.unsure, left: cell.left + from * perChar, right: cell.left + at * perChar };
  });
}

/** Whether a line lies in the top or bottom margin band of its page, where headers and footers are. */
export function inMargin(line: PrintedLine, page: Page): 'top' | 'bottom' | undefined {
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
export function dropPageNumbers(pages: Page[]): void {
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
export function dropRepeatedMargins(pages: Page[]): void {
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
