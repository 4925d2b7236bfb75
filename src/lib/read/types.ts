/**
 * What every reader produces: the report as lines of cells, in reading order, before any
 * number is interpreted (STYLE.md: raw and normalised are different types).
 *
 * - Plain text: one line per text line; cells split at tabs or `|` (see text.ts).
 * - HTML and DOCX: one line per block element or table row, one cell per `<td>`/`<th>`.
 * - PDF: one line per printed line; cells split where the horizontal gap between glyph runs is wide.
 */
export interface RawDocument {
  lines: RawLine[];
  /**
   * True when a table row's cells keep their columns even when blank (HTML and DOCX tables), so
   * an empty cell in a row is a blank cell of that column rather than the leftover of a merged
   * cell or of a copy from PDF.
   */
  exactCells: boolean;
  /**
   * What the reader left out or replaced, for the report's notes: a limit of limits.ts reached
   * (the rest not read), bytes that were not text. Absent when nothing was.
   */
  warnings?: ReadWarning[];
}

export interface ReadWarning {
  code: 'limit-reached' | 'bytes-replaced';
  /** Chinese: the report's page shows it. */
  message: string;
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
  | 'unsupported-format'
  | 'unsupported-encoding'
  | 'too-large';
