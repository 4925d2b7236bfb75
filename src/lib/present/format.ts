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

/**
 * Years in a sentence: `2024年`, `2022—2024年` for a run, `2019、2021、2023年` with gaps, ''
 * for none. Never `2024—2024年`.
 */
export function yearsPhrase(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const consecutive = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  if (sorted.length === 1) return `${sorted[0]}年`;
  return consecutive ? `${sorted[0]}—${sorted.at(-1)}年` : `${sorted.join('、')}年`;
}
