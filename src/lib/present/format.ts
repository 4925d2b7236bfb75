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
 * Years in a sentence, the one way the site writes several years: `2024年`; a run of years as a
 * span, `2022—2024年`; a gap always shown, `2019、2021、2024年`, `2019—2021、2024年`; '' for none.
 * Never `2024—2024年`. `unit` follows the last year (`年度` for the search page's parts).
 */
export function yearsPhrase(years: readonly number[], unit = '年'): string {
  const runs = yearRuns(years);
  if (runs.length === 0) return '';
  return `${runs.map(([from, to]) => (from === to ? String(from) : `${from}${DASH}${to}`)).join('、')}${unit}`;
}

/** The years as runs of consecutive years, oldest first, duplicates dropped: [2019, 2020, 2023] → [[2019, 2020], [2023, 2023]]. */
export function yearRuns(years: readonly number[]): [from: number, to: number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const year of sorted) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}

/** An agency's years as a phrase, `年度不详` when none of its reports says its year. */
export function yearsText(years: readonly number[]): string {
  return yearsPhrase(years) || '年度不详';
}
