/**
 * A chart of the compare page alone, to embed in another site. Its state is its address: the
 * compare selection (compare.ts: agencies by short id, the year, failed=hide) and `m`, the chart:
 * for all years a measure of COMPARE_MEASURES by its catalogue key (`m=newReceived`), for one year
 * `counts` or `rates`, the two charts that year draws. The embed page draws it in the browser
 * from the agencies' records, as the compare page does (src/browser/charts/compare-embed.ts).
 * Pure.
 */
import type { ChartSpec } from '../present/chart-spec.ts';
import { COMPARE_MEASURES, measureComparisons, selectionFromSearch, selectionToSearch, yearCharts, type CompareSelection } from './compare.ts';
import type { CompareRecord } from './list-rows.ts';

/** The charts of one year, in the order yearCharts draws them. */
export const YEAR_COMPARE_CHARTS = ['counts', 'rates'] as const;

export interface CompareEmbedState {
  selection: CompareSelection;
  chart: string;
}

/** The embed's address after its path, `?` included: the selection without the picker's region, then `m`. */
export function compareEmbedSearch(selection: CompareSelection, chart: string): string {
  const search = selectionToSearch({ ...selection, place: '' });
  return `${search}${search ? '&' : '?'}m=${encodeURIComponent(chart)}`;
}

export function compareEmbedFromSearch(search: string): CompareEmbedState {
  return { selection: { ...selectionFromSearch(search), place: '' }, chart: new URLSearchParams(search).get('m') ?? '' };
}

/** The compare page's address of the state, after its path: what the source line cites and the link back opens. */
export function compareSearch(selection: CompareSelection): string {
  return selectionToSearch({ ...selection, place: '' });
}

/**
 * The chart of a state, as the compare page draws it: a measure's line over all years, or one
 * year's bars; null for a chart the state does not draw (a measure with a year, a word unknown).
 */
export function compareEmbedChart(records: readonly CompareRecord[], year: number | null, chart: string): { spec: ChartSpec; kind: 'bar' | 'line' } | null {
  if (year === null) {
    const found = COMPARE_MEASURES.includes(chart as never) ? measureComparisons(records, String).find((m) => m.key === chart) : undefined;
    return found ? { spec: found.chart, kind: 'line' } : null;
  }
  const at = YEAR_COMPARE_CHARTS.indexOf(chart as never);
  return at < 0 ? null : { spec: yearCharts(records, year)[at]!, kind: 'bar' };
}
