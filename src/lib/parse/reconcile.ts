/**
 * Numbers of table 三 → cells. Where the reader gave positions (PDF, scans) and the header's
 * columns could be placed across the page (columns.ts), each number goes to the column it is
 * printed under, and a cell with nothing under it is blank: a PDF prints nothing for a blank cell.
 * Otherwise, a row with as many numbers as the header has columns is read as
 * printed. A row one number short is reconciled: each possible missing cell is a reading (see
 * gaps.ts); readings are tested against the identities of the row and then of the columns
 * (balance, outcomes) with the rows already settled. One consistent reading: its values are used
 * and the filled cell is marked inferred. Several or none: the cells they disagree on stay `null`
 * with a warning. A wrong number shown as fact is worse than a blank. Each cell taken from a
 * printed one keeps its place (places.ts); an inferred cell has none.
 */
import {
  APPLICATION_COLUMN_KEYS,
  APPLICATION_ROW_KEYS,
  columnDef,
  rowDef,
  type ApplicationColumnKey,
  type ApplicationRowKey,
} from '../template/applications.ts';
import type { Edition } from '../template/editions.ts';
import { evaluate } from '../template/identity-eval.ts';
import { MATRIX_IDENTITIES, matrixIdentity } from '../template/identities.ts';
import type { Applications } from '../template/schema.ts';
import type { ApplicationsTable } from './applications.ts';
import { placeRowValues, tableBands } from './columns.ts';
import { agreement, gapReadings, type GapReading } from './gaps.ts';
import type { NoteList } from './notes.ts';
import { placeOf, readingPlaces, setPlace, type CellPlaces } from './places.ts';
import type { Value } from './segments.ts';
import type { SourcePlace } from '../template/schema.ts';

export interface MatrixResult {
  applications: Applications;
  /** Where each cell was read (`applications.<row>.<column>`), in the template's order. */
  places: CellPlaces;
  inferred: string[];
  /** Rows and cells left blank because they could not be read (schema.ts `unread`). */
  unread: string[];
  missingColumns: ApplicationColumnKey[];
  /** Rows of the edition that the table does not print, or whose cells could not be placed. */
  incomplete: boolean;
}

type Cells = Map<ApplicationColumnKey, number | null>;
type Placed = Map<ApplicationColumnKey, SourcePlace | undefined>;

export function emptyApplications(): Applications {
  return Object.fromEntries(APPLICATION_ROW_KEYS.map((r) => [r, Object.fromEntries(APPLICATION_COLUMN_KEYS.map((c) => [c, null]))])) as Applications;
}

export function readMatrix(table: ApplicationsTable, edition: Edition, notes: NoteList): MatrixResult {
  const columns = settleColumns(table, notes);
  const missingColumns = noteMissingColumns(table, columns, notes);
  const matrix: Matrix = { table, columns, notes, settled: new Map(), placed: new Map(), printed: new Map(), pending: new Map(), inferred: [], unread: [], incomplete: false };
  readRows(matrix);
  settlePending(matrix);
  leaveAmbiguous(matrix);
  noteMissingRows(matrix, edition);
  return resultOf(matrix, missingColumns);
}

/** What readMatrix knows of the table as it goes: each row settled (with its places), or pending with its possible readings. */
interface Matrix {
  table: ApplicationsTable;
  columns: ApplicationColumnKey[];
  notes: NoteList;
  settled: Map<ApplicationRowKey, Cells>;
  placed: Map<ApplicationRowKey, Placed>;
  /** Each row's numbers as printed. */
  printed: Map<ApplicationRowKey, Value[]>;
  /** Rows one number short, with the readings still possible. */
  pending: Map<ApplicationRowKey, GapReading[]>;
  inferred: string[];
  unread: string[];
  incomplete: boolean;
}

/** The columns of the template the table does not print, noted. */
function noteMissingColumns(table: ApplicationsTable, columns: ApplicationColumnKey[], notes: NoteList): ApplicationColumnKey[] {
  const missingColumns = APPLICATION_COLUMN_KEYS.filter((c) => !columns.includes(c));
  if (missingColumns.length > 0) {
    const labels = missingColumns.map((c) => columnDef(c).label).join('、');
    notes.add('warning', 'column-missing', `表三没有印出“${labels}”列，该列各格留空`, table.rows.values().next().value?.place);
  }
  return missingColumns;
}

/** Each printed row: placed under its columns, read as printed, pending (one number short) or left blank. */
function readRows(matrix: Matrix): void {
  const { table, columns, notes } = matrix;
  const rowTotal = matrixIdentity('rowTotal');
  const rowValues = new Map([...table.rows].map(([row, segment]) => [row, trimExactBlanks(segment.values, columns.length)]));
  // Where cells have positions (PDF, scans), each number goes to the column it is printed under,
  // so that a row with blank cells keeps its numbers in their columns (columns.ts).
  const bands = tableBands(table.headerBands ?? null, [...rowValues.values()], columns);

  for (const [row, segment] of table.rows) {
    const values = rowValues.get(row)!;
    const label = rowDef(row).label;
    matrix.printed.set(row, values);
    const slots = bands && values.length <= columns.length ? placeRowValues(values, bands) : null;
    if (slots) {
      matrix.settled.set(row, toCells(columns, slots.map((v) => v?.value ?? null)));
      matrix.placed.set(row, toPlaced(columns, slots.map((v) => (v ? placeOf(v) : undefined))));
    } else if (values.length === columns.length) {
      matrix.settled.set(row, toCells(columns, values.map((v) => v.value)));
      matrix.placed.set(row, toPlaced(columns, values.map(placeOf)));
    } else if (values.length === columns.length - 1) {
      const readings = gapReadings(columns, values.map((v) => v.value), [rowTotal]);
      matrix.pending.set(row, readings);
    } else {
      matrix.incomplete = true;
      matrix.unread.push(`applications.${row}`);
      notes.add('error', 'row-cells', `表三“${label}”行：应有 ${columns.length} 个数字，实际 ${values.length} 个，该行留空`, segment.place);
    }
  }
}

/** Settles pending rows one at a time while the column identities tell readings apart. */
function settlePending(matrix: Matrix): void {
  const { columns, settled, pending } = matrix;
  for (let progress = true; progress && pending.size > 0; ) {
    progress = false;
    for (const [row, readings] of pending) {
      const consistent = readings.filter((r) => columnsConsistent(row, toCells(columns, r.cells), settled) !== false);
      if (consistent.length === 1 || (consistent.length > 1 && allSame(consistent))) {
        settleReading(row, consistent, columns, settled, matrix.inferred, matrix.notes, matrix.table);
        matrix.placed.set(row, toPlaced(columns, readingPlaces(consistent, matrix.printed.get(row)!, columns.length)));
        pending.delete(row);
        progress = true;
      } else if (consistent.length < readings.length) {
        // Keep only the readings still possible: later rows, and the last resort, see fewer.
        pending.set(row, consistent);
      }
    }
  }
}

/** The rows still pending: only the cells every reading agrees on, never an inferred one; the rest blank and noted. */
function leaveAmbiguous(matrix: Matrix): void {
  const { columns, notes, settled, unread } = matrix;
  for (const [row, readings] of matrix.pending) {
    const label = rowDef(row).label;
    const place = matrix.table.rows.get(row)!.place;
    matrix.incomplete = true;
    if (readings.length === 0) {
      unread.push(`applications.${row}`);
      notes.add('warning', 'cell-ambiguous', `表三“${label}”行：缺少一个数字，且没有任何读法符合勾稽关系，该行留空`, place);
      settled.set(row, toCells(columns, columns.map(() => null)));
      continue;
    }
    const { cells, disagree } = agreement(readings, columns.length);
    const names = disagree.map((i) => columnDef(columns[i]!).label).join('、');
    notes.add('warning', 'cell-ambiguous', `表三“${label}”行：缺少一个数字，有 ${readings.length} 种读法都符合勾稽关系，${names}留空`, place);
    // Only cells read the same way in every reading, and never one a reading had to infer.
    const gaps = new Set(readings.map((r) => r.gap));
    settled.set(row, toCells(columns, cells.map((v, i) => (gaps.has(i) ? null : v))));
    const where = readingPlaces(readings, matrix.printed.get(row)!, columns.length);
    matrix.placed.set(row, toPlaced(columns, where.map((p, i) => (disagree.includes(i) ? undefined : p))));
    columns.forEach((c, i) => {
      if (gaps.has(i) || disagree.includes(i)) unread.push(`applications.${row}.${c}`);
    });
  }
}

/** The rows of the edition the table does not print, noted and left blank. */
function noteMissingRows(matrix: Matrix, edition: Edition): void {
  const expected = APPLICATION_ROW_KEYS.filter((r) => (rowDef(r).editions as readonly string[]).includes(edition));
  const missingRows = expected.filter((r) => !matrix.table.rows.has(r));
  if (missingRows.length > 0) {
    matrix.incomplete = true;
    matrix.unread.push(...missingRows.map((r) => `applications.${r}`));
    matrix.notes.add('error', 'row-missing', `表三：未找到以下各行的数字：${missingRows.map((r) => `“${rowDef(r).label}”`).join('、')}`);
  }
}

function resultOf(matrix: Matrix, missingColumns: ApplicationColumnKey[]): MatrixResult {
  const applications = emptyApplications();
  for (const [row, cells] of matrix.settled) for (const [col, value] of cells) applications[row][col] = value;
  const places: CellPlaces = new Map();
  for (const row of APPLICATION_ROW_KEYS) for (const col of APPLICATION_COLUMN_KEYS) setPlace(places, `applications.${row}.${col}`, matrix.placed.get(row)?.get(col));
  return { applications, places, inferred: matrix.inferred, unread: matrix.unread, missingColumns, incomplete: matrix.incomplete };
}

/**
 * The header decides the columns, unless the rows say otherwise: when the header seems to lack
 * a column but the rows are mostly seven numbers long, the header was misread.
 */
function settleColumns(table: ApplicationsTable, notes: NoteList): ApplicationColumnKey[] {
  const lengths = [...table.rows.values()].map((s) => s.values.length);
  const share = (n: number) => lengths.filter((l) => l === n).length / lengths.length;
  const all = APPLICATION_COLUMN_KEYS.length;
  if (table.columns.length < all && share(all) > 0.5) {
    notes.add('info', 'row-cells', '表三：表头似乎少一列，但多数行有七个数字，按七列读取');
    return [...APPLICATION_COLUMN_KEYS];
  }
  // A header read short of more than one column, with rows of six: the dropped column is the one
  // the header does not name, and 其他 is the one reports drop.
  if (table.columns.length < all - 1 && share(all - 1) > 0.5) {
    const columns = APPLICATION_COLUMN_KEYS.filter((c) => c !== 'otherOrganization');
    notes.add('warning', 'row-cells', '表三：表头未能完整识别，多数行有六个数字，按不含“其他”列的六列读取');
    return columns;
  }
  return table.columns;
}

/**
 * In exact (HTML) rows, empty cells past the header's width are padding, not blanks. Only at the
 * end: a row's values begin with a printed one (segments.ts keeps an empty cell only after one).
 */
function trimExactBlanks(values: Value[], width: number): Value[] {
  const out = [...values];
  while (out.length > width && out[out.length - 1]!.raw === '') out.pop();
  return out;
}

function toCells(columns: readonly ApplicationColumnKey[], values: readonly (number | null)[]): Cells {
  return new Map(columns.map((c, i) => [c, values[i] ?? null]));
}

function toPlaced(columns: readonly ApplicationColumnKey[], places: readonly (SourcePlace | undefined)[]): Placed {
  return new Map(columns.map((c, i) => [c, places[i]]));
}

function allSame(readings: GapReading[]): boolean {
  return readings.every((r) => r.cells.every((v, i) => v === readings[0]!.cells[i]));
}

/**
 * Would this row's cells break a column identity, given the rows already settled? null when no
 * identity can be tested yet.
 */
function columnsConsistent(row: ApplicationRowKey, cells: Cells, settled: Map<ApplicationRowKey, Cells>): boolean | null {
  let tested = false;
  for (const identity of MATRIX_IDENTITIES) {
    if (identity.per !== 'column') continue;
    if (!identity.left.includes(row) && !identity.right.includes(row)) continue;
    for (const col of cells.keys()) {
      const cell = (r: string) => (r === row ? cells.get(col) : settled.get(r as ApplicationRowKey)?.get(col));
      // Tested once every row of the identity is settled (a row not printed at all waits for ever).
      if ([...identity.left, ...identity.right].some((r) => cell(r) === undefined)) continue;
      const ok = evaluate(identity, cell)?.holds;
      if (ok === false) return false;
      if (ok === true) tested = true;
    }
  }
  return tested ? true : null;
}

function settleReading(
  row: ApplicationRowKey,
  readings: GapReading[],
  columns: ApplicationColumnKey[],
  settled: Map<ApplicationRowKey, Cells>,
  inferred: string[],
  notes: NoteList,
  table: ApplicationsTable,
): void {
  const reading = readings[0]!;
  settled.set(row, toCells(columns, reading.cells));
  const label = rowDef(row).label;
  const place = table.rows.get(row)!.place;
  const gaps = [...new Set(readings.map((r) => r.gap))];
  // One known gap marks its cell; an unknown one marks the whole row.
  if (gaps.length > 1) inferred.push(`applications.${row}`);
  else if (reading.cells[gaps[0]!] !== null) inferred.push(`applications.${row}.${columns[gaps[0]!]}`);
  if (gaps.length === 1) {
    const col = columnDef(columns[gaps[0]!]!).label;
    const value = reading.cells[gaps[0]!];
    notes.add('info', 'cell-inferred', `表三“${label}”行：${columns.length} 个数字只印出 ${columns.length - 1} 个；“${col}”${value === null ? '留空' : `按勾稽关系推算为 ${value}`}`, place);
  } else {
    notes.add('info', 'cell-inferred', `表三“${label}”行：${columns.length} 个数字只印出 ${columns.length - 1} 个；无论缺的是哪一格，按勾稽关系得到的各格数值都相同`, place);
  }
}
