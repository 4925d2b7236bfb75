/**
 * A table as rows of cells with their spans: what the official report tables look like, merged
 * group cells included. One component (official-table.astro) renders every such table.
 */

export interface Cell {
  text: string;
  header?: boolean;
  scope?: 'row' | 'col' | 'rowgroup' | 'colgroup';
  colspan?: number;
  rowspan?: number;
  /** A number the parser inferred rather than read. */
  inferred?: boolean;
  /** A number a scan's OCR could not read with confidence: left blank, and marked. */
  uncertain?: boolean;
  /** A row label whose row has a value placed by inference (report-tables.ts inferredRows). */
  inferredRow?: boolean;
  /** A label cell: left-aligned, wraps. */
  label?: boolean;
  /** Glossary key for a tooltip beside the text. */
  term?: string;
  /** Extra words for screen readers and the legend, e.g. 原表无此列. */
  note?: string;
  /** A value that a failed check involves: the number of that check in the report page's list (its anchor `#check-N`). */
  fails?: number;
  /** A value that could not be read (the report's `unread`), as opposed to one printed blank. */
  unread?: boolean;
}

export interface TableModel {
  caption: string;
  head: Cell[][];
  body: Cell[][];
  /** Column widths hint: how many leading columns are labels. */
  labelColumns: number;
}

/** What the tables mark beyond the values: the cells of failed checks, and whether a cell could not be read. */
export interface CellMarks {
  /** Cell path → the number (1-based) of the first failed check that involves it. */
  fails: ReadonlyMap<string, number>;
  unread: (path: string) => boolean;
}
