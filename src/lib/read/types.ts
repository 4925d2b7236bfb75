import type { DateKind } from '../template/schema.ts';

/**
 * What every reader produces: the report as lines of cells, in reading order, before any
 * number is interpreted (STYLE.md: raw and normalised are different types).
 *
 * - Plain text: one line per text line; cells split at tabs or `|` (see text.ts).
 * - HTML, DOCX and Word 97–2003: one line per block element or table row, one cell per
 *   `<td>`/`<th>` or Word table cell.
 * - Spreadsheets: one line per row of each sheet, one cell per cell of the table (a merged range
 *   is one cell; xls.ts).
 * - PDF and OFD: one line per printed line; cells split where the horizontal gap between glyph
 *   runs is wide.
 * - Scans (image-only PDFs, page images): the same, from the text boxes OCR found (ocr/).
 */
export interface RawDocument {
  lines: RawLine[];
  /**
   * True when a table row's cells keep their columns even when blank (HTML, Word and spreadsheet
   * tables), so an empty cell in a row is a blank cell of that column rather than the leftover of
   * a merged cell or of a copy from PDF.
   */
  exactCells: boolean;
  /**
   * What the reader left out or replaced, for the report's notes: a limit of limits.ts reached
   * (the rest not read), bytes that were not text. Absent when nothing was.
   */
  warnings?: ReadWarning[];
  /** Cells of a scan that the OCR could not read with confidence (ocr/document.ts): on every scan, empty when none; absent elsewhere. */
  unsure?: UnsureCell[];
  /**
   * What the document names as its title outside its lines (an HTML page's `<title>`, with the
   * site's name, and its `<h1>`s): evidence for the header, never a line of the report's text.
   */
  titles?: string[];
  /** What the file says about itself outside its text: dates of its metadata, the address of a saved page. Absent when it says nothing. */
  meta?: DocumentMeta;
}

/**
 * A file's own word on itself: a web page's publication date (its CMS's `<meta>` tags), a PDF's,
 * DOCX's or OFD's creation and modification dates, and the address a saved page was taken from.
 */
export interface DocumentMeta {
  dates: MetaDate[];
  /** The addresses the page states for itself, as written, the surest first: `saved from url`, the canonical link, `og:url`. */
  urls?: string[];
}

export interface MetaDate {
  kind: Exclude<DateKind, 'signed'>;
  /** The value as the file holds it (`D:20250120093000+08'00'`, `2025-01-20T09:30:00Z`): parse/dates.ts reads the day. */
  value: string;
  /** Which field it came from: `meta PubDate`, `PDF CreationDate`, `docProps/core.xml dcterms:created`. */
  field: string;
}

/** A number cell read by OCR that is not to be shown as fact until something confirms it. */
export interface UnsureCell {
  /** Index into `lines`, and of the cell in the line's `cells`. */
  line: number;
  cell: number;
  /** 1-based page of the scan. */
  page: number;
  /** What the cell holds: the engine's best reading. */
  reading: string;
  /** The cell's box bridges two columns of its table (ocr/columns.ts): a neighbouring cell's number may be in it. */
  bridges?: true;
}

export interface ReadWarning {
  code: 'limit-reached' | 'bytes-replaced' | 'sheet-hidden';
  /** Chinese: the report's page shows it. */
  message: string;
}

/**
 * Where something is in the source, as a person opening the file finds it (docs/SCHEMA.md, v2
 * `places`). Every reader says how it counts:
 *
 * - plain text and Markdown: `line` is the file's line (text.ts);
 * - HTML: `line` is the line read, counted from the top of the page's text, each block element and
 *   table row one: the line of the 原文 view (html.ts);
 * - DOCX, and Word 97–2003 (.doc, .wps): `line` is the paragraph or table row, counted from the
 *   top of the body (docx.ts, doc.ts);
 * - PDF and OFD: `page` is the page (1-based) and `line` the printed line on that page, counted
 *   from the top, running headers and page numbers included (pdf.ts, ofd.ts);
 * - spreadsheets: `sheet` is the worksheet's name, `cell` the cell's reference as the program
 *   shows it (`C12`), and `line` its row in that sheet (xls.ts).
 */
export interface Place {
  /** 1-based. */
  line: number;
  /** 1-based; PDF, OFD and scans only. */
  page?: number;
  /** The worksheet's name; spreadsheets only. */
  sheet?: string;
  /** The cell's reference in its sheet (`A1` style); spreadsheets only. */
  cell?: string;
}

/**
 * A cell's horizontal extent on its page: from the left edge of its first glyph to the right edge
 * of its last, in the page's units (PDF points, OFD millimetres, pixels of a scan's page image), x
 * growing to the right. Only readers of positioned text know it (PDF, OFD, scans); table 三's
 * parser places each number under the header column it sits beneath (parse/columns.ts).
 */
export interface Span {
  left: number;
  right: number;
}

export interface RawLine {
  cells: string[];
  /** Where the line starts in the source. */
  place: Place;
  /** Where each cell is, where it has a place of its own (a workbook's cell reference). */
  cellPlaces?: Place[];
  /** Parallel to `cells`: where each is printed across its page (PDF, OFD and scans; absent elsewhere). */
  spans?: Span[];
  /** Set on rows that came from a table (HTML, Word, spreadsheets), for the cell-per-line heuristics. */
  tableRow?: boolean;
}

/** A problem that stops a file from being read at all; the CLI records it in ingest-log.json. */
export class ReadError extends Error {
  readonly code: ReadErrorCode;
  constructor(code: ReadErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * What a library's failure says, for a ReadError's message: the first line of an Error's message,
 * or the thrown value itself (SheetJS throws strings as well as Errors).
 */
export function causeOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

export type ReadErrorCode =
  | 'empty-file'
  | 'binary-file'
  | 'unknown-encoding'
  | 'unreadable-pdf'
  | 'pdf-no-text'
  | 'unreadable-docx'
  | 'unreadable-doc'
  | 'unreadable-rtf'
  | 'unreadable-xls'
  | 'unreadable-ofd'
  | 'ofd-no-text'
  | 'unsupported-format'
  | 'unsupported-encoding'
  | 'too-large'
  | 'unreadable-image'
  | 'image-too-large'
  | 'too-many-pages'
  | 'ocr-no-text';
