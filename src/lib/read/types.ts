/**
 * What every reader produces: the report as lines of cells, in reading order, before any
 * number is interpreted (STYLE.md: raw and normalised are different types).
 *
 * - Plain text: one line per text line; cells split at tabs or `|` (see text.ts).
 * - HTML and DOCX: one line per block element or table row, one cell per `<td>`/`<th>`.
 * - PDF: one line per printed line; cells split where the horizontal gap between glyph runs is wide.
 * - Scans (image-only PDFs, page images): the same, from the text boxes OCR found (ocr/).
 */
export interface RawDocument {
  lines: RawLine[];
  /**
   * True when a table row's cells keep their columns even when blank (HTML and DOCX tables), so
   * an empty cell in a row is a blank cell of that column rather than the leftover of a merged
   * cell or of a copy from PDF.
   */
  exactCells: boolean;
  /** Cells of a scan that the OCR could not read with confidence (ocr/document.ts); absent elsewhere. */
  unsure?: UnsureCell[];
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
}

export interface RawLine {
  cells: string[];
  /** 1-based line number in the source where that means something (text formats), else the index. */
  line: number;
  /** Set on rows that came from a table (HTML, DOCX), for the cell-per-line heuristics. */
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

export type ReadErrorCode =
  | 'empty-file'
  | 'binary-file'
  | 'unknown-encoding'
  | 'unreadable-pdf'
  | 'pdf-no-text'
  | 'unreadable-docx'
  | 'unreadable-image'
  | 'image-too-large'
  | 'too-many-pages'
  | 'ocr-no-text'
  | 'unsupported-format';
