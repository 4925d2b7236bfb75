/**
 * reports.csv (one row per report, one column per number) and cells.csv (one row per cell). The
 * column headers come from the template. Text cells that a spreadsheet would run as a formula
 * (=, +, -, @ at the start) are neutralised by PapaParse's escapeFormulae.
 */
import Papa from 'papaparse';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS } from '../template/applications.ts';
import { REVIEW_COLUMN_KEYS, REVIEW_GROUP_KEYS } from '../template/review.ts';
import { disclosureCells } from '../template/active-disclosure.ts';
import { cellAt } from '../template/cell-path.ts';
import { PRE2019_TOTALS } from '../template/pre2019.ts';
import type { Report } from '../template/schema.ts';

export type Cell = string | number | null;

const IDENTITY_COLUMNS: [string, (r: Report) => Cell][] = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['agency', (r) => r.agency],
  ['agencyKey', (r) => r.agencyKey],
  ['year', (r) => r.year],
  ['level', (r) => r.level],
  ['agencyKind', (r) => r.agencyKind],
  ['scope', (r) => r.scope],
  ['division.code', (r) => r.division?.code ?? null],
  // The official names by level, each in its own column (北京市 has no city: 东城区 is a county).
  ['division.province', divisionName(2)],
  ['division.city', divisionName(4)],
  ['division.county', divisionName(6)],
  ['division.township', divisionName(9)],
  ['division.how', (r) => r.division?.how ?? null],
  ['template', (r) => r.template],
  ['status', (r) => r.status],
  ['source.path', (r) => r.source.path],
  ['source.format', (r) => r.source.format],
  ['source.encoding', (r) => r.source.encoding],
  ['source.sha256', (r) => r.source.sha256],
  ['source.bytes', (r) => r.source.bytes],
  ['checks.failed', (r) => r.checks.filter((c) => !c.ok).length],
  ['inferred', (r) => r.inferred.join(' ')],
  ['missingColumns', (r) => r.missingColumns.join(' ')],
];

/** The name of the report's division or the one above it whose code has `digits` digits. */
function divisionName(digits: number): (r: Report) => Cell {
  return (r) => {
    const at = r.division?.codes.findIndex((c) => c.length === digits) ?? -1;
    return at >= 0 ? r.division!.names[at]! : null;
  };
}

interface CellPlace {
  table: string;
  row: string;
  column: string;
  /** Dotted path into the Report: `applications.granted.total`. */
  path: string;
  /** The path of the whole row, which `inferred` may name instead of the cell. */
  rowPath: string;
  get: (r: Report) => number | null;
}

function place(table: string, row: string, column: string, path: string): CellPlace {
  return { table, row, column, path, rowPath: path.split('.').slice(0, 2).join('.'), get: (r) => cellAt(r, path) };
}

/** Every number a report can hold, in a fixed order derived from the template. */
export const CELL_PLACES: readonly CellPlace[] = [
  // A scalar item of section 二 (activeDisclosure.licensing) has the column `value`.
  ...disclosureCells('2021').map((c) => place('二', c.item.key, c.field.key, c.path)),
  ...disclosureCells('2019').map((c) => place('二(2019)', c.item.key, c.field.key, c.path)),
  ...APPLICATION_ROW_KEYS.flatMap((row) => APPLICATION_COLUMN_KEYS.map((column) => place('三', row, column, `applications.${row}.${column}`))),
  ...REVIEW_GROUP_KEYS.flatMap((row) => REVIEW_COLUMN_KEYS.map((column) => place('四', row, column, `reviewLitigation.${row}.${column}`))),
  ...PRE2019_TOTALS.map((t) => place('pre2019', t.key, 'value', `pre2019.${t.key}`)),
];

/** The places that apply to a report's edition: its own section 二 table, the pre-2019 totals only for old reports. */
const PLACES_BY_KIND = {
  pre2019: CELL_PLACES.filter((c) => c.table === 'pre2019'),
  '2019': CELL_PLACES.filter((c) => ['二(2019)', '三', '四'].includes(c.table)),
  '2021': CELL_PLACES.filter((c) => ['二', '三', '四'].includes(c.table)),
};

function placesFor(r: Report): readonly CellPlace[] {
  return r.template === 'pre2019' ? PLACES_BY_KIND.pre2019 : r.activeDisclosure2019 ? PLACES_BY_KIND['2019'] : PLACES_BY_KIND['2021'];
}

/** Excel reads UTF-8 only after a byte-order mark. */
export const BOM = '\ufeff';
/**
 * Cells a spreadsheet would run as a formula. PapaParse's own default (`escapeFormulae: true`)
 * tests /^[=+\-@\t\r].*$/, which misses a text with a line break after its first character.
 */
const FORMULA = /^[=+\-@\t\r]/;
const OPTIONS = { escapeFormulae: FORMULA, newline: '\n', header: false } as const;

/**
 * One CSV line (without its line break). Text from a report is untrusted: PapaParse quotes it and
 * neutralises formulas (=, +, -, @, as `'=…`); numbers are written as they are. Every CSV the
 * site writes, the downloads of what a page shows included (present/table-file.ts), goes through
 * this.
 */
export function csvLine(values: readonly Cell[]): string {
  return Papa.unparse([values as Cell[]], OPTIONS);
}

/** Numbers need neither quoting nor escaping; blank for null. Joined directly, as they are most of the file. */
function numberCells(values: (number | null)[]): string {
  return values.map((v) => (v === null ? '' : String(v))).join(',');
}

/**
 * reports.csv as chunks: the header, then one chunk per report, so that a national corpus is
 * written without holding the whole file in memory.
 */
export function* reportsCsv(reports: Report[]): Generator<string> {
  yield BOM + csvLine([...IDENTITY_COLUMNS.map(([name]) => name), ...CELL_PLACES.map((c) => c.path)]) + '\n';
  for (const r of reports) {
    yield `${csvLine(IDENTITY_COLUMNS.map(([, get]) => get(r)))},${numberCells(CELL_PLACES.map((c) => c.get(r)))}\n`;
  }
}

/** cells.csv as chunks: one row per number of each report. Table, row and column names are template keys. */
export function* cellsCsv(reports: Report[]): Generator<string> {
  yield BOM + csvLine(['id', 'agency', 'year', 'table', 'row', 'column', 'value', 'inferred']) + '\n';
  for (const r of reports) {
    const who = csvLine([r.id, r.agency, r.year]);
    const inferred = new Set(r.inferred);
    let chunk = '';
    for (const c of placesFor(r)) {
      const value = c.get(r);
      chunk += `${who},${c.table},${c.row},${c.column},${value === null ? '' : value},${inferred.has(c.path) || inferred.has(c.rowPath) ? 'true' : ''}\n`;
    }
    yield chunk;
  }
}
