/**
 * A table as a page shows it and as its download holds it: columns with their Chinese labels
 * (from the template and the catalogue), and rows of values. The page renders its table from this
 * model (shown-table.astro at build time, src/browser/shown-table.ts in the browser) and the
 * download writes the same model as CSV or JSON (table-file.ts), so what is downloaded is what is
 * shown. Plain data: it is serialised into pages.
 */
import { measure, shortLabel, type MeasureKey } from '../measures/catalogue.ts';
import type { MeasureCell } from '../measures/cell.ts';
import { SMALL_DENOMINATOR } from '../measures/stats.ts';
import type { ChartSpec } from './chart-spec.ts';
import { DASH, formatCount, formatPercent } from './format.ts';
import type { Mark } from './marks.ts';

/**
 * How a column's values read: `text` as given; `count` a number of 件 (thousands separated on
 * the page, plain in the download); `rate` a fraction shown as a percentage with one decimal (the
 * download gives the percentage, and whether it rests on a small denominator); `year` a year;
 * `measure` a count or a rate as each cell says (a column of several measures, beside a column
 * that names their unit).
 */
export type ShownKind = 'text' | 'count' | 'rate' | 'year' | 'measure';

export interface ShownColumn {
  label: string;
  kind: ShownKind;
  /** Glossary key explaining the column (present/glossary.ts). */
  term?: string;
  /** What the column sorts by, on a page whose columns sort (the agency list). */
  key?: string;
}

export interface ShownCell {
  /** Text for `text` columns; a number or null (blank) for the others. */
  value: string | number | null;
  /** The cell links here (an agency page, a report page). */
  href?: string;
  /** A rate on a denominator below SMALL_DENOMINATOR. */
  small?: boolean;
  /** A rate's numbers, `12/39`, shown beside it. */
  basis?: string;
  /** In a `measure` column: whether the value is a count or a rate. */
  kind?: 'count' | 'rate';
  /** What the figure is (marks.ts): from a summary report, from a report failing a check. */
  marks?: Mark[];
}

export interface ShownTable {
  title: string;
  columns: ShownColumn[];
  rows: ShownCell[][];
}

/** The text a cell shows on the page (links and the small-denominator note aside). */
export function cellText(column: ShownColumn, cell: ShownCell): string {
  const v = cell.value;
  const kind = cellKind(column, cell);
  if (kind === 'text') return v === null ? '' : String(v);
  if (typeof v !== 'number') return DASH;
  if (kind === 'rate') return formatPercent(v);
  if (kind === 'year') return String(v);
  return formatCount(v);
}

/** A cell's own kind: its column's, or in a `measure` column the cell's. */
export function cellKind(column: ShownColumn, cell: ShownCell): Exclude<ShownKind, 'measure'> {
  return column.kind === 'measure' ? (cell.kind ?? 'count') : column.kind;
}

/** The unit of a measure as a `measure` table's unit column says it. */
export function measureUnit(key: MeasureKey): string {
  return measure(key).kind === 'rate' ? '%' : '件';
}

/** The note beside a rate on a small denominator, with its explanation for a tooltip. */
export const SMALL_NOTE = { text: '基数过小', title: `分母少于${SMALL_DENOMINATOR}件，比例仅供参考` } as const;

/** A measure of the catalogue as a column: its short label and glossary term. */
export function measureColumn(key: MeasureKey): ShownColumn {
  const m = measure(key);
  return { label: shortLabel(key), kind: m.kind === 'rate' ? 'rate' : 'count', ...(m.term ? { term: m.term } : {}) };
}

/** A measure's value as a cell; `basis` adds a rate's numbers; `tagged` says its kind (for a `measure` column). */
export function measureShownCell(cell: MeasureCell | undefined, basis = false, tagged = false): ShownCell {
  if (!cell) return { value: null };
  if (!cell.share) return { value: cell.value, ...(tagged ? { kind: 'count' as const } : {}) };
  const s = cell.share;
  return {
    value: s.value,
    ...(tagged ? { kind: 'rate' as const } : {}),
    ...(s.small ? { small: true } : {}),
    ...(basis && s.value !== null ? { basis: `${formatCount(s.numerator)}/${formatCount(s.denominator)}` } : {}),
  };
}

/** A chart's numbers as a table: its categories down, its series across (the chart's data table). */
export function chartTable(spec: ChartSpec): ShownTable {
  const kind: ShownKind = spec.percent ? 'rate' : 'count';
  const unit = !spec.percent && spec.unit ? `（${spec.unit}）` : '';
  return {
    title: spec.title,
    columns: [{ label: '类别', kind: 'text' }, ...spec.series.map((s) => ({ label: `${s.label}${unit}`, kind }))],
    rows: spec.labels.map((label, i) => [{ value: label }, ...spec.series.map((s) => ({ value: s.values[i] ?? null }))]),
  };
}
