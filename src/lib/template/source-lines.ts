/**
 * A report's text as it was read, for its 原文 view (docs/SCHEMA.md `lines/<id>.json`): every line
 * the reader gave, in reading order, with its place as a person counts it (read/types.ts `Place`:
 * the text file's line, the HTML page's line as read, the DOCX paragraph or table row, the PDF or
 * scan's page and printed line, the workbook's sheet and row) and its cells as read. A number's
 * place (parse/places.ts) is its line's, so its link lands on the line holding it. `places[path].column` of a report counts these
 * cells. Ingest writes the file, the browser renders it (src/browser/source-view.ts); the report
 * page links each number to its line by `lineAnchor`.
 */

export interface SourceLine {
  /** 1-based; PDF and scans only. */
  page?: number;
  /** The worksheet's name; workbooks only (their lines are rows, counted per sheet). */
  sheet?: string;
  /** 1-based, as the reader counts lines (a text file's line, an HTML page's line as read, a DOCX paragraph or row, a PDF page's printed line). */
  line: number;
  /** The cells as read, empty ones included, so that a place's `column` counts them. */
  cells: string[];
}

/** A line of a report's 原文 view: its page (PDF, scans) or sheet (workbooks), and its number. */
export interface SourcePosition {
  page?: number;
  sheet?: string;
  line: number;
}

/**
 * A passage of this report's text found in another report (check/copied-passages.ts): where it is
 * (the line, its cell `column`, 1-based, and `start`–`end`, UTF-16 offsets within that cell's text,
 * the end excluded), and the other report (`otherId`) with the line there that holds its start.
 */
export interface CopiedPassage extends SourcePosition {
  column: number;
  start: number;
  end: number;
  otherId: string;
  otherLine: SourcePosition;
}

export interface SourceLines {
  id: string;
  title: string;
  /** The source's file name under sources/ (template/source-file.ts), or null when none was published. */
  source: string | null;
  lines: SourceLine[];
  /** The view holds only the first lines: the text was longer than the limit of read/limits.ts `viewChars`. */
  cut?: true;
  /** The passages found in the same agency's previous report or in the same year's near-copies (docs/SCHEMA.md `copied`); absent when none. */
  copied?: CopiedPassage[];
}

/**
 * The fragment of a place in the 原文 view: `L48`, `p4-L17` for line 17 of page 4, or the sheet's
 * name percent-encoded before the row for a workbook (`%E8%A1%A8%E4%B8%89-L44` for row 44 of 表三),
 * so that the rows of two sheets never share one and no sheet name reaches an id as written.
 */
export function lineAnchor(place: { page?: number; sheet?: string; line: number }): string {
  if (place.sheet !== undefined) return `${encodeURIComponent(place.sheet)}-L${place.line}`;
  return place.page === undefined ? `L${place.line}` : `p${place.page}-L${place.line}`;
}
