/**
 * The download of a table a page shows (shown-table.ts): CSV (UTF-8 with a byte-order mark, for
 * Excel; formula-safe through output/csv.ts) and JSON, with the page's own Chinese column labels.
 * Counts are plain numbers, years plain years; a rate is its percentage with one decimal, as the
 * page shows it, followed by a column that says whether it rests on a small denominator (基数过小),
 * as the page's note does (in a column of several measures, the table's unit column tells a rate
 * and a note column its small denominator). A column whose cells carry marks (present/marks.ts:
 * 汇总, 未通过核对) is followed by a column of them (机关标记), so that the file says what the page
 * marks and its names stay as they are. Loaded by the browser only when a download is asked for.
 */
import { BOM, csvLine, type Cell } from '../output/csv.ts';
import { marksText } from './marks.ts';
import { cellKind, SMALL_NOTE, type ShownCell, type ShownColumn, type ShownTable } from './shown-table.ts';

/** What follows a column's label in the header of the column of its cells' marks. */
export const MARKS_SUFFIX = '标记';

/** The columns (by index) whose cells carry marks in some row. */
function markedColumns(table: ShownTable): Set<number> {
  return new Set(table.columns.map((_, i) => i).filter((i) => table.rows.some((row) => (row[i]?.marks?.length ?? 0) > 0)));
}

/** The columns of the file: a rate column is followed by its small-denominator flag, a marked column by its marks. */
export function fileHeader(columns: readonly ShownColumn[], marked: ReadonlySet<number> = new Set()): string[] {
  return columns.flatMap((c, i) => [...(c.kind === 'rate' ? [`${c.label}（%）`, `${c.label}${SMALL_NOTE.text}`] : [c.label]), ...(marked.has(i) ? [`${c.label}${MARKS_SUFFIX}`] : [])]);
}

/** A rate of 0.30769… as 30.8, the percentage the page shows. */
function percent(v: number): number {
  return Math.round(v * 1000) / 10;
}

function fileValues(column: ShownColumn, cell: ShownCell): (Cell | boolean)[] {
  const v = cell.value;
  if (column.kind === 'text') return [v === null ? '' : String(v)];
  if (column.kind === 'measure') return [typeof v === 'number' && cellKind(column, cell) === 'rate' ? percent(v) : v];
  if (typeof v !== 'number') return column.kind === 'rate' ? [null, false] : [null];
  return column.kind === 'rate' ? [percent(v), cell.small === true] : [v];
}

/** A row's values in the file: each cell's, and after a marked column the cell's marks. */
function rowValues<T>(table: ShownTable, row: readonly ShownCell[], marked: ReadonlySet<number>, values: (c: ShownColumn, cell: ShownCell) => T[]): (T | string)[] {
  return table.columns.flatMap((c, i) => {
    const cell = row[i] ?? { value: null };
    return [...values(c, cell), ...(marked.has(i) ? [marksText(cell.marks ?? [])] : [])];
  });
}

/** The rows of the file, as values (booleans for the flags). */
export function fileRows(table: ShownTable): (Cell | boolean)[][] {
  const marked = markedColumns(table);
  return table.rows.map((row) => rowValues(table, row, marked, fileValues));
}

export function tableCsv(table: ShownTable): string {
  // A percentage keeps its one decimal (30.0, as the page shows it); rates are never negative, so
  // the text cannot be taken for a formula.
  const isRate = (c: ShownColumn, cell: ShownCell, i: number) => (c.kind === 'rate' && i === 0) || (c.kind === 'measure' && cellKind(c, cell) === 'rate');
  const text = (c: ShownColumn, cell: ShownCell) =>
    fileValues(c, cell).map((v, i) => (typeof v === 'boolean' ? (v ? '是' : '') : typeof v === 'number' && isRate(c, cell, i) ? v.toFixed(1) : v));
  const marked = markedColumns(table);
  const lines = [csvLine(fileHeader(table.columns, marked)), ...table.rows.map((row) => csvLine(rowValues(table, row, marked, text)))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** `{title, source, columns, rows}`, each row an object keyed by the file's column labels. */
export function tableJson(table: ShownTable, source: string): string {
  const header = fileHeader(table.columns, markedColumns(table));
  const rows = fileRows(table).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])));
  return `${JSON.stringify({ title: table.title, source, columns: header, rows }, null, 1)}\n`;
}
