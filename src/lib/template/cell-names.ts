/**
 * A cell's Chinese name, from its path (cell-path.ts) and the template's labels: the table, the row
 * and the column as the report prints them. The Chinese CSV headers (表三·予以公开·总计), the notes
 * on a scan's unsure numbers (表三“（一）予以公开”行“自然人”列) and the parser's notes on table 四 all
 * name cells with it, so that a cell is called the same everywhere.
 */
import { disclosureCells } from './active-disclosure.ts';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS, columnDef, rowDef } from './applications.ts';
import { PRE2019_TOTALS } from './pre2019.ts';
import { REVIEW_GROUP_KEYS, REVIEW_COLUMN_KEYS, reviewColumnDef, reviewGroupDef } from './review.ts';

export interface CellName {
  /** 表二, 表二(2019年版), 表三, 表四 or 2019年前格式. */
  table: string;
  /** The row's label as printed: （一）予以公开, 行政复议, 行政许可. */
  row: string;
  /** The row's short name where the template has one (表三: 予以公开), else its label. */
  short: string;
  /** The column's label as printed; '' for an old-format total, which has none. */
  column: string;
  /** The row holds one number (行政许可, an old-format total): its column names nothing a reader must tell apart. */
  single: boolean;
}

const NAMES = new Map<string, CellName>([
  ...disclosureCells('2021').map((c) => [c.path, { table: '表二', row: c.item.label, short: c.item.label, column: c.field.label, single: c.item.fields.length === 1 }] as const),
  ...disclosureCells('2019').map((c) => [c.path, { table: '表二(2019年版)', row: c.item.label, short: c.item.label, column: c.field.label, single: c.item.fields.length === 1 }] as const),
  ...APPLICATION_ROW_KEYS.flatMap((row) =>
    APPLICATION_COLUMN_KEYS.map((column) => [`applications.${row}.${column}`, { table: '表三', row: rowDef(row).label, short: rowDef(row).short, column: columnDef(column).label, single: false }] as const),
  ),
  ...REVIEW_GROUP_KEYS.flatMap((group) =>
    REVIEW_COLUMN_KEYS.map((column) => [`reviewLitigation.${group}.${column}`, { table: '表四', row: reviewGroupDef(group).label, short: reviewGroupDef(group).label, column: reviewColumnDef(column).label, single: false }] as const),
  ),
  ...PRE2019_TOTALS.map((t) => [`pre2019.${t.key}`, { table: '2019年前格式', row: t.label, short: t.label, column: '', single: true }] as const),
]);

/** The name of the cell at `path` (`applications.granted.naturalPerson`); null for a path that names no cell. */
export function cellName(path: string): CellName | null {
  return NAMES.get(path) ?? null;
}

/**
 * A cell named in a sentence: 表三“（一）予以公开”行“自然人”列, 表四“行政复议”“结果维持”,
 * 表二“行政许可”; the path itself for one that names no cell.
 */
export function cellText(path: string): string {
  const name = cellName(path);
  if (!name) return path;
  if (name.table === '表三') return `表三“${name.row}”行“${name.column}”列`;
  return `${name.table}“${name.row}”${name.single ? '' : `“${name.column}”`}`;
}
