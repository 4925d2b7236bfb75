/**
 * reports.csv (one row per report, one column per number) and cells.csv (one row per cell). The
 * column headers come from the template. Text cells that a spreadsheet would run as a formula
 * (=, +, -, @ at the start) are neutralised by PapaParse's escapeFormulae.
 */
import Papa from 'papaparse';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS } from '../template/applications.ts';
import { REVIEW_COLUMN_KEYS, REVIEW_GROUP_KEYS } from '../template/review.ts';
import { DISCLOSURE_2019 } from '../template/active-disclosure.ts';
import type { Report } from '../template/schema.ts';

type Cell = string | number | null;

const IDENTITY_COLUMNS: [string, (r: Report) => Cell][] = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['agency', (r) => r.agency],
  ['agencyKey', (r) => r.agencyKey],
  ['year', (r) => r.year],
  ['level', (r) => r.level],
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

interface CellPlace {
  table: string;
  row: string;
  column: string;
  /** Dotted path into the Report: `applications.granted.total`. */
  path: string;
}

/** Every number a report can hold, in a fixed order derived from the template. */
export const CELL_PLACES: readonly CellPlace[] = [
  ...(['regulations', 'normativeDocuments'] as const).flatMap((row) =>
    (['issued', 'repealed', 'inForce'] as const).map((column) => ({ table: '二', row, column, path: `activeDisclosure.${row}.${column}` })),
  ),
  ...(['licensing', 'penalty', 'coercion', 'feesWanYuan'] as const).map((row) => ({ table: '二', row, column: 'value', path: `activeDisclosure.${row}` })),
  ...DISCLOSURE_2019.flatMap((item) => item.fields.map((f) => ({ table: '二(2019)', row: item.key, column: f.key, path: `activeDisclosure2019.${item.key}.${f.key}` }))),
  ...APPLICATION_ROW_KEYS.flatMap((row) => APPLICATION_COLUMN_KEYS.map((column) => ({ table: '三', row, column, path: `applications.${row}.${column}` }))),
  ...REVIEW_GROUP_KEYS.flatMap((row) => REVIEW_COLUMN_KEYS.map((column) => ({ table: '四', row, column, path: `reviewLitigation.${row}.${column}` }))),
  ...(['activeDisclosed', 'applicationsTotal', 'reconsideration', 'litigation'] as const).map((row) => ({ table: 'pre2019', row, column: 'value', path: `pre2019.${row}` })),
];

/** The places that apply to a report's format: its own section 二 table, the pre-2019 totals only for old reports. */
function placesFor(r: Report): readonly CellPlace[] {
  const table2 = r.activeDisclosure2019 ? '二(2019)' : '二';
  const tables = r.template === 'pre2019' ? ['pre2019'] : [table2, '三', '四'];
  return CELL_PLACES.filter((c) => tables.includes(c.table));
}

/** The value at a dotted path, or null where the report has none. */
export function valueAt(report: Report, path: string): number | null {
  let node: unknown = report;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' ? node : null;
}

const BOM = '\ufeff';

export function reportsCsv(reports: Report[]): string {
  const fields = [...IDENTITY_COLUMNS.map(([name]) => name), ...CELL_PLACES.map((c) => c.path)];
  const data = reports.map((r) => [...IDENTITY_COLUMNS.map(([, get]) => get(r)), ...CELL_PLACES.map((c) => valueAt(r, c.path))]);
  return BOM + Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\n' }) + '\n';
}

export function cellsCsv(reports: Report[]): string {
  const fields = ['id', 'agency', 'year', 'table', 'row', 'column', 'value', 'inferred'];
  const data: Cell[][] = [];
  for (const r of reports) {
    const inferred = new Set(r.inferred);
    for (const c of placesFor(r)) {
      const rowPath = c.path.split('.').slice(0, 2).join('.');
      data.push([r.id, r.agency, r.year, c.table, c.row, c.column, valueAt(r, c.path), inferred.has(c.path) || inferred.has(rowPath) ? 'true' : '']);
    }
  }
  return BOM + Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\n' }) + '\n';
}
