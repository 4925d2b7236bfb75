/**
 * A chart or table of the compare page alone, to embed in another site. Its state is its address:
 * the compare selection (compare.ts: agencies by short id, the year, failed=hide) and `m`, what is
 * embedded: for all years a measure of COMPARE_MEASURES by its catalogue key, its chart
 * (`m=newReceived`) or its table (`m=newReceived-table`); for one year `counts` or `rates`, the two
 * charts that year draws, or `table`, its table of the measures down and the agencies across. The embed page draws it in the browser from the agencies' records, as
 * the compare page does (src/browser/charts/compare-embed.ts). Pure.
 */
import type { ChartSpec } from '../present/chart-spec.ts';
import type { ShownTable } from '../present/shown-table.ts';
import { COMPARE_MEASURES, compareTable, compareTitle, measureComparisons, selectionFromSearch, selectionToSearch, yearCharts, type CompareSelection, type CompareTable } from './compare.ts';
import type { CompareRecord } from './list-rows.ts';

/** What follows a measure's key for its table. */
export const TABLE = '-table';

/** The charts of one year, in the order yearCharts draws them. */
export const YEAR_COMPARE_CHARTS = ['counts', 'rates'] as const;

/** One year's table of the measures down and the agencies across. */
export const YEAR_TABLE = 'table';

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

/**
 * The table of a state, as the compare page draws it for all years, its links to reports by
 * `reportHref`, titled with what is compared; null for any other `m`.
 */
export function compareEmbedTable(records: readonly CompareRecord[], year: number | null, chart: string, reportHref: (id: string) => string): ShownTable | null {
  const key = chart.endsWith(TABLE) ? chart.slice(0, -TABLE.length) : '';
  if (year !== null || !COMPARE_MEASURES.includes(key as never)) return null;
  const table = measureComparisons(records, reportHref).find((m) => m.key === key)!.table;
  return { ...table, title: `${compareTitle(records, null)}：${table.title}` };
}

/** The title of one year's table, after the compare page's title of the state (compareTitle). */
export function compareYearTableTitle(title: string): string {
  return `${title}：对比表`;
}

/** One year's table of a state, as the compare page draws it, and its title; null over all years or for any other `m`. */
export function compareEmbedYearTable(records: readonly CompareRecord[], year: number | null, chart: string): { table: CompareTable; title: string } | null {
  if (year === null || chart !== YEAR_TABLE) return null;
  return { table: compareTable(records, year), title: compareYearTableTitle(compareTitle(records, year)) };
}
