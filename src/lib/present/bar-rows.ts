/**
 * A single-series bar chart drawn at build time in HTML and CSS (static-bar-chart.astro): each
 * category's bar length as a share of the largest value, and the value as text beside it. The
 * report page uses it instead of Chart.js, so a report page loads no chart code at all (a
 * national corpus's most visited pages stay under 60 KB) and the chart prints and reads without
 * JavaScript.
 */
import { formatValue, type ChartSpec } from './chart-spec.ts';

export interface BarRow {
  label: string;
  value: number | null;
  /** Bar length, 0…1 of the largest value; 0 for a blank or zero. */
  share: number;
  text: string;
}

export function barRows(spec: ChartSpec): BarRow[] {
  const values = spec.series[0]?.values ?? [];
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  return spec.labels.map((label, i) => {
    const value = values[i] ?? null;
    return { label, value, share: max > 0 && value !== null && value > 0 ? value / max : 0, text: formatValue(spec, value) };
  });
}
