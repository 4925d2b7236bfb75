/**
 * What one input file may cost, in one place: ingest takes every file from the open web, and one
 * hostile or broken file must neither stop a run nor stall a national build. README.md
 * ("Limits") lists the same table for people; a test keeps the two in step.
 *
 * A file beyond a limit of the first group is not read (`failed`, with `refused` as its message);
 * at a limit of the second group the reader stops or cuts, and the report keeps what was read,
 * with a note saying what was left out (`cut`, shown on its page).
 */

import type { ReadWarning } from './types.ts';

const MiB = 1024 * 1024;

export interface Limit {
  value: number;
  /** The unit of `value`, as the README prints it. */
  unit: string;
  /** What is bounded, for the README and messages. */
  what: string;
}

export const LIMITS = {
  /** The bytes of one file: larger files are not read. Real reports are under 20 MB, scans included. */
  fileBytes: { value: 64 * MiB, unit: 'bytes', what: 'size of one file' },
  /** Entries of a zip-based file (DOCX, XLSX, OFD): a report has a few dozen. */
  zipEntries: { value: 10_000, unit: 'entries', what: 'entries in a zip-based file (DOCX, XLSX, OFD)' },
  /** Inflated bytes of all entries of a zip-based file, declared and actual. */
  zipInflatedBytes: { value: 256 * MiB, unit: 'bytes', what: 'inflated size of a zip-based file (DOCX, XLSX, OFD)' },
  /** Paragraphs and table rows of a DOCX (its body and notes), counted in its XML before it is parsed. */
  docxBlocks: { value: 100_000, unit: 'paragraphs and rows', what: 'paragraphs and table rows of a DOCX' },
  /** Cells of a workbook (.xls, .xlsx, .et), counted in its XML before it is read where it is a zip: a report's tables have a few hundred. */
  sheetCells: { value: 1_000_000, unit: 'cells', what: 'cells of a workbook' },
  /** Lines a reader keeps (text lines, HTML blocks and table rows, PDF printed lines). */
  lines: { value: 100_000, unit: 'lines', what: 'lines of one file' },
  /** Characters of one line (or one table cell): a paragraph of a real report is under 5,000. */
  lineChars: { value: 100_000, unit: 'characters', what: 'characters of one line' },
  /** How deeply HTML elements may nest: real pages nest a few dozen levels. */
  htmlDepth: { value: 1_000, unit: 'levels', what: 'nesting depth of HTML' },
  /** Pages of a PDF that are read. */
  pdfPages: { value: 500, unit: 'pages', what: 'pages of a PDF' },
  /** Pages of an OFD that are read. */
  ofdPages: { value: 500, unit: 'pages', what: 'pages of an OFD' },
  /** Characters of each text section (一, 五, 六) a report keeps for its page and the search index. */
  sectionChars: { value: 200_000, unit: 'characters', what: 'text of one section on the page and in the search index' },
  /** Characters of a report's 原文 view (its lines as read, published as lines/<id>.json): a real report has under 100,000. */
  viewChars: { value: 2_000_000, unit: 'characters', what: 'text of the 原文 view' },
  /**
   * Pixels of one page image, as its header declares them, checked before it is decoded: a scan's
   * page image (PNG, JPEG, TIFF) and each image of a scanned PDF. Decoders work outside the
   * worker's heap (canvas, zlib), where workerHeapMb does not bind them; an A4 page at 600 dpi has
   * 35 million.
   */
  imagePixels: { value: 50_000_000, unit: 'pixels', what: 'pixels of one page image' },
  /**
   * Bytes one strip or tile of a TIFF inflates to, checked before it is decoded: never more than
   * its declared pixels need, and never more than this (a 100×100 TIFF's strip inflated to 1 GB).
   */
  imageStripBytes: { value: 128 * MiB, unit: 'bytes', what: 'inflated size of one strip or tile of a TIFF' },
  /** Time to read and parse one file: a report takes well under a second. */
  fileSeconds: { value: 120, unit: 'seconds', what: 'time to read one file' },
  /** Heap of the worker thread that reads a file: the file fails when it needs more. */
  workerHeapMb: { value: 1024, unit: 'MB', what: 'memory of the worker reading one file' },
} as const satisfies Record<string, Limit>;

export type LimitKey = keyof typeof LIMITS;

/** A number as the messages print it: 64 MB, 100,000. */
export function formatLimit(key: LimitKey): string {
  const { value, unit } = LIMITS[key];
  if (unit === 'bytes') return `${value / MiB} MB`;
  return `${value.toLocaleString('en-US')} ${unit}`;
}

/** The message of a file not read because it is beyond a limit: what it has (if known), what is allowed, what to do. */
export function refused(key: LimitKey, actual?: string): string {
  return `${LIMITS[key].what}: ${actual ? `${actual}, ` : ''}over the limit of ${formatLimit(key)}: the file is not read; if it is a real report, split it or convert it (to PDF or DOCX) and ingest again`;
}

/**
 * `text` with `more` appended, never beyond LIMITS.lineChars characters, and whether anything was
 * left out: a reader builds each line or cell this way, so that no file makes a longer string
 * however its text comes (one XML or HTML text node of 100 million characters, from a few
 * hundred kilobytes zipped).
 */
export function appendCapped(text: string, more: string): { text: string; cut: boolean } {
  const room = LIMITS.lineChars.value - text.length;
  return more.length > room ? { text: text + more.slice(0, Math.max(0, room)), cut: true } : { text: text + more, cut: false };
}

/**
 * What a file's text may cost where it comes as many strings, each placed on its own (a PDF's text
 * items, an OFD's TextCodes): each string keeps at most LIMITS.lineChars characters, and all of
 * them together at most LIMITS.viewChars, so that neither one string of 100 million characters
 * (a few hundred kilobytes compressed) nor millions of short ones become more runs than a report
 * could print.
 */
export interface TextBudget {
  /** Characters kept so far. */
  kept: number;
  /** Characters the file's strings held, as far as each was kept: how much the view was offered. */
  offered: number;
  /** Strings cut at LIMITS.lineChars. */
  longStrings: number;
}

export function textBudget(): TextBudget {
  return { kept: 0, offered: 0, longStrings: 0 };
}

/**
 * `text` as far as the budget lets it be kept, and the budget spent: cut at LIMITS.lineChars
 * (counted; `cut` says it was cut already, as it came in), then at what is left of
 * LIMITS.viewChars; empty once the budget is spent.
 */
export function spend(budget: TextBudget, text: string, cut = false): string {
  const line = appendCapped('', text);
  if (cut || line.cut) budget.longStrings++;
  budget.offered += line.text.length;
  const room = LIMITS.viewChars.value - budget.kept;
  const kept = line.text.length > room ? line.text.slice(0, Math.max(0, room)) : line.text;
  budget.kept += kept.length;
  return kept;
}

/** The notes of what a budget left out. */
export function budgetWarnings(budget: TextBudget): ReadWarning[] {
  const warnings: ReadWarning[] = [];
  if (budget.longStrings > 0) warnings.push({ code: 'limit-reached', message: cut('lineChars', budget.longStrings) });
  if (budget.offered > LIMITS.viewChars.value) warnings.push({ code: 'limit-reached', message: cut('viewChars', budget.offered) });
  return warnings;
}

/** What a reader left out at a limit, in the words of the note (Chinese: the report's page shows it). */
const CUT: Partial<Record<LimitKey, (limit: string, count: number) => string>> = {
  lines: (limit) => `原文超过${limit}行，其后的内容未读入`,
  lineChars: (limit, count) => `原文有${count}行超过${limit}字，每行超出的部分未读入`,
  htmlDepth: (limit) => `网页元素嵌套超过${limit}层，其后的内容未读入`,
  pdfPages: (limit, count) => `PDF共${count}页，只读入了前${limit}页`,
  ofdPages: (limit, count) => `OFD共${count}页，只读入了前${limit}页`,
  sectionChars: (limit, count) => `这一部分原文共${count.toLocaleString('en-US')}字，页面和全文搜索只收录前${limit}字`,
  viewChars: (limit, count) => `读出的原文共${count.toLocaleString('en-US')}字，原文视图只收录前${limit}字`,
};

/** The note of a reader that stopped or cut at a limit; `count` is how much the file had, where the message says. */
export function cut(key: LimitKey, count = 0): string {
  return `${CUT[key]!(LIMITS[key].value.toLocaleString('en-US'), count)}（读取上限）；全文请下载原文核对`;
}
