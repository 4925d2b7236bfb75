/**
 * The comparison (对比) of two or more agencies, for one year or all years: the measures, their
 * charts and the table. Pure: the compare page runs it in the browser on the agencies' files
 * (list-rows.ts CompareRecord), and unit tests run it in Node. Measures are the catalogue's.
 */
import { OUTCOME_MEASURES, measure, shortLabel, type MeasureKey } from '../measures/catalogue.ts';
import { measureCell, type MeasureCell } from '../measures/cell.ts';
import type { ChartSpec } from '../present/chart-spec.ts';
import type { CompareRecord, CompareYear } from './list-rows.ts';

/** The rows of the comparison table, in order. */
export const COMPARE_MEASURES: readonly MeasureKey[] = [
  'newReceived',
  'totalProcessed',
  ...OUTCOME_MEASURES,
  'grantedShare',
  'grantedOrPartialShare',
  'withheldShare',
  'reconsideration',
  'reconsiderationCorrectedShare',
  'litigation',
];

export interface CompareCell extends Partial<MeasureCell> {
  value: number | null;
  /** The report the value comes from, when there is one. */
  reportId?: string;
}

export interface CompareTable {
  /** Column heads: one per agency (one year) or per agency and year (all years). */
  columns: { slug: string; name: string; year: number | null }[];
  rows: { key: MeasureKey; label: string; kind: 'count' | 'rate'; cells: CompareCell[] }[];
  /** Some rate rests on a small denominator. */
  anySmall: boolean;
}

function cell(key: MeasureKey, y: CompareYear | undefined): CompareCell {
  if (!y) return { value: null };
  return { ...measureCell(key, y.counts), reportId: y.id };
}

/** The years any of the agencies covers, oldest first. */
export function yearsCovered(records: readonly CompareRecord[]): number[] {
  return [...new Set(records.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b);
}

export function compareTable(records: readonly CompareRecord[], year: number | null): CompareTable {
  const columns =
    year === null
      ? records.flatMap((r) => r.years.map((y) => ({ slug: r.slug, name: r.name, year: y.year })))
      : records.map((r) => ({ slug: r.slug, name: r.name, year }));
  const find = (slug: string, y: number | null) => records.find((r) => r.slug === slug)?.years.find((x) => x.year === y);
  const rows = COMPARE_MEASURES.map((key) => ({ key, label: measure(key).label, kind: measure(key).kind, cells: columns.map((c) => cell(key, find(c.slug, c.year))) }));
  return { columns, rows, anySmall: rows.some((r) => r.cells.some((c) => c.share?.small)) };
}

/** Charts for one year: counts side by side, and rates side by side. */
export function yearCharts(records: readonly CompareRecord[], year: number): ChartSpec[] {
  const at = (r: CompareRecord) => r.years.find((y) => y.year === year);
  const counts = COMPARE_MEASURES.filter((k) => measure(k).kind === 'count' && k !== 'totalProcessed');
  const rates = COMPARE_MEASURES.filter((k) => measure(k).kind === 'rate');
  return [
    {
      title: `${year}年申请数量与办理结果`,
      labels: counts.map(shortLabel),
      series: records.map((r) => ({ label: r.name, values: counts.map((k) => cell(k, at(r)).value) })),
      unit: '件',
      horizontal: true,
    },
    {
      title: `${year}年各项比例`,
      labels: rates.map(shortLabel),
      series: records.map((r) => ({ label: r.name, values: rates.map((k) => cell(k, at(r)).value) })),
      unit: '',
      percent: true,
      horizontal: true,
    },
  ];
}

/** The measures drawn over all years, one chart each. */
export const TREND_MEASURES: readonly MeasureKey[] = ['newReceived', 'grantedShare', 'reconsideration'];

/** Charts over all years: one line per agency for each of TREND_MEASURES. */
export function trendCharts(records: readonly CompareRecord[]): ChartSpec[] {
  const years = yearsCovered(records);
  const line = (key: MeasureKey): ChartSpec => {
    const percent = measure(key).kind === 'rate';
    return {
      title: `${measure(key).label}逐年变化`,
      labels: years.map((y) => `${y}年`),
      series: records.map((r) => ({ label: r.name, values: years.map((y) => cell(key, r.years.find((x) => x.year === y)).value) })),
      unit: percent ? '' : '件',
      percent,
    };
  };
  return TREND_MEASURES.map(line);
}

/** The selection as URL parameters: `a` once per agency, `y` the year (absent: all years). */
export function selectionFromSearch(search: string): { slugs: string[]; year: number | null } {
  const p = new URLSearchParams(search);
  const slugs = [...new Set(p.getAll('a').flatMap((a) => a.split(',')).map((s) => s.trim()).filter((s) => /^[a-z0-9-]+$/.test(s)))];
  const y = Number(p.get('y'));
  return { slugs, year: Number.isInteger(y) && y > 0 ? y : null };
}

export function selectionToSearch(slugs: readonly string[], year: number | null): string {
  const p = new URLSearchParams();
  for (const s of slugs) p.append('a', s);
  if (year !== null) p.set('y', String(year));
  return `?${p}`;
}
