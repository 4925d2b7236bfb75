/**
 * How numbers read on the site: counts with thousands separators, rates as percentages with one
 * decimal, blanks as an em dash in prose (tables of the report itself show blanks as blank).
 */
const intFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const decFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export const DASH = '—';

export function formatCount(v: number | null | undefined): string {
  if (v === null || v === undefined) return DASH;
  // Most cells are small whole numbers, which need no separator: a national build formats
  // millions of them, and Intl is slow.
  if (Number.isInteger(v) && v > -1000 && v < 1000 && !Object.is(v, -0)) return String(v);
  return Number.isInteger(v) ? intFormat.format(v) : decFormat.format(v);
}

export function formatPercent(v: number | null | undefined): string {
  if (v === null || v === undefined) return DASH;
  return `${(v * 100).toFixed(1)}%`;
}

/** The cell text of a report table: blank stays blank. */
export function formatCell(v: number | null): string {
  return v === null ? '' : formatCount(v);
}
