/**
 * Lines of cells → segments: a run of values with the label text printed before it. This is
 * what makes every layout look alike to the table parsers. In a tab, pipe, HTML or PDF row the
 * label and its numbers share a line; with one cell per line, the numbers follow the label line
 * by line; a long PDF label wraps around its numbers. A segment keeps the text before its values
 * (`before`, every label cell since the previous values), the label text on its own line
 * (`near`), and its values in order, each with its place in the source (for the notes, and
 * for the provenance of every number).
 */
import type { Place, RawLine, Span } from '../read/types.ts';
import { readCell, type CellValue } from './normalize.ts';

export interface Value {
  /** null for a blank cell (`/`, `-`, `—`, `无`, or an empty cell between numbers). */
  value: number | null;
  raw: string;
  /** Where the cell is in the source. */
  place: Place;
  /** Which cell of its line it is (1-based), as the line was read: the 原文 view shows the same cells. */
  column: number;
  /** The cell carried a unit of 元 where the column is in 万元. */
  yuan?: boolean;
  /** Where the cell is printed across the page (PDF and scans): table 三 places it by this (columns.ts). */
  span?: Span;
}

export interface Segment {
  before: string;
  near: string;
  values: Value[];
  /** Where the first value is in the source. */
  place: Place;
  /** Indexes into the document's lines of the first and last line holding the values. */
  firstIndex: number;
  lastIndex: number;
}

/**
 * @param exactCells true for HTML/DOCX rows, where an empty cell is a blank cell of its column,
 *   so empties at the end of a row are kept (the caller decides with the header how many count).
 */
export function segmentLines(lines: RawLine[], from = 0, to = lines.length, exactCells = false): Segment[] {
  const segments: Segment[] = [];
  let before: string[] = [];
  let near = '';
  let run: Value[] = [];
  let runStart = -1;
  let runEnd = -1;

  const close = () => {
    if (run.length > 0) {
      segments.push({ before: before.join(''), near, values: run, place: run[0]!.place, firstIndex: runStart, lastIndex: runEnd });
      before = [];
      near = '';
    }
    run = [];
  };

  for (let i = from; i < to; i++) {
    const { cells, place, cellPlaces, spans } = lines[i]!;
    const read = cells.map(readCell);
    let valuesOnLine = 0;
    let labelOnLine = '';
    let pendingEmpty: Value[] = [];
    read.forEach((cell, j) => {
      const raw = cells[j]!;
      const at = cellPlaces?.[j] ?? place;
      if (cell.kind === 'text') {
        close();
        before.push(raw);
        labelOnLine += raw;
        near = labelOnLine;
        pendingEmpty = [];
        return;
      }
      if (cell.kind === 'empty') {
        // An empty cell between two values of one row is a blank cell; at the row's ends it is
        // the leftover of a merged cell, except in exact (HTML) rows, kept for the caller. So an
        // empty cell after a value waits: the next value of its line makes it a blank, the line's
        // end drops it (but in exact rows).
        if (valuesOnLine > 0) pendingEmpty.push({ value: null, raw: '', place: at, column: j + 1 });
        return;
      }
      if (run.length === 0) runStart = i;
      run.push(...pendingEmpty, toValue(cell, raw, at, j + 1, spans?.[j]));
      pendingEmpty = [];
      runEnd = i;
      valuesOnLine++;
    });
    if (exactCells) run.push(...pendingEmpty);
    // A row of several values ends with its line; a lone value per line (one cell per line) runs on.
    if (valuesOnLine > 1 || (valuesOnLine === 1 && labelOnLine !== '')) {
      close();
    }
  }
  close();
  return segments;
}

function toValue(cell: CellValue, raw: string, place: Place, column: number, span: Span | undefined): Value {
  const value: Value = { value: cell.kind === 'number' ? cell.value : null, raw, place, column };
  if (cell.kind === 'number' && cell.unit === 'yuan') value.yuan = true;
  if (span) value.span = span;
  return value;
}
