/**
 * The comparison (对比) of two or more agencies, for one year or all years: the measures, their
 * charts and the table. Pure: the compare page runs it in the browser on the agencies' files
 * (list-rows.ts CompareRecord), and unit tests run it in Node.
 */
import type { ChartSpec } from '../present/chart-spec.ts';
import type { CompareRecord, CompareYear } from './list-rows.ts';
import { groupShortLabel } from '../present/labels.ts';
import { OUTCOME_GROUPS } from '../template/applications.ts';
import { share, sum, type Share } from '../measures/stats.ts';

export type Measure =
  | { label: string; kind: 'count'; count: (y: CompareYear) => number | null }
  | { label: string; kind: 'rate'; rate: (y: CompareYear) => Share };

export const MEASURES: readonly Measure[] = [
  { label: '本年新收申请', kind: 'count', count: (y) => y.newReceived },
  { label: '办理结果总计', kind: 'count', count: (y) => y.totalProcessed },
  ...OUTCOME_GROUPS.map((g): Measure => ({ label: groupShortLabel(g), kind: 'count', count: (y) => y.outcomes[g] })),
  { label: '予以公开比例', kind: 'rate', rate: (y) => share(y.outcomes.granted, y.totalProcessed) },
  { label: '予以公开及部分公开比例', kind: 'rate', rate: (y) => share(sum([y.outcomes.granted, y.outcomes.partiallyGranted]), y.totalProcessed) },
  { label: '不予公开比例', kind: 'rate', rate: (y) => share(y.outcomes.withheld, y.totalProcessed) },
  { label: '行政复议', kind: 'count', count: (y) => y.reconsideration },
  { label: '复议纠错比例', kind: 'rate', rate: (y) => share(y.reconsiderationCorrected, y.reconsiderationSettled) },
  { label: '行政诉讼', kind: 'count', count: (y) => y.litigation },
];

export interface CompareCell {
  value: number | null;
  /** For rates: the numbers behind it and the small-denominator flag. */
  share?: Share;
  /** The report the value comes from, when there is one. */
  reportId?: string;
}

export interface CompareTable {
  /** Column heads: one per agency (one year) or per agency and year (all years). */
  columns: { slug: string; name: string; year: number | null }[];
  rows: { label: string; kind: 'count' | 'rate'; cells: CompareCell[] }[];
  /** Some rate rests on a small denominator. */
  anySmall: boolean;
}

function cell(m: Measure, y: CompareYear | undefined): CompareCell {
  if (!y) return { value: null };
  if (m.kind === 'rate') {
    const s = m.rate(y);
    return { value: s.value, share: s, reportId: y.id };
  }
  return { value: m.count(y), reportId: y.id };
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
  const rows = MEASURES.map((m) => ({ label: m.label, kind: m.kind, cells: columns.map((c) => cell(m, find(c.slug, c.year))) }));
  return { columns, rows, anySmall: rows.some((r) => r.cells.some((c) => c.share?.small)) };
}

/** Charts for one year: counts side by side, and rates side by side. */
export function yearCharts(records: readonly CompareRecord[], year: number): ChartSpec[] {
  const at = (r: CompareRecord) => r.years.find((y) => y.year === year);
  const counts = MEASURES.filter((m) => m.kind === 'count' && m.label !== '办理结果总计');
  const rates = MEASURES.filter((m) => m.kind === 'rate');
  return [
    {
      title: `${year}年申请数量与办理结果`,
      labels: counts.map((m) => m.label),
      series: records.map((r) => ({ label: r.name, values: counts.map((m) => cell(m, at(r)).value) })),
      unit: '件',
      horizontal: true,
    },
    {
      title: `${year}年各项比例`,
      labels: rates.map((m) => m.label),
      series: records.map((r) => ({ label: r.name, values: rates.map((m) => cell(m, at(r)).value) })),
      unit: '',
      percent: true,
      horizontal: true,
    },
  ];
}

/** Charts over all years: one line per agency for applications and for the granted rate. */
export function trendCharts(records: readonly CompareRecord[]): ChartSpec[] {
  const years = yearsCovered(records);
  const line = (title: string, m: Measure, percent: boolean): ChartSpec => ({
    title,
    labels: years.map((y) => `${y}年`),
    series: records.map((r) => ({ label: r.name, values: years.map((y) => cell(m, r.years.find((x) => x.year === y)).value) })),
    unit: percent ? '' : '件',
    percent,
  });
  const byLabel = (label: string) => MEASURES.find((m) => m.label === label)!;
  return [
    line('本年新收申请逐年变化', byLabel('本年新收申请'), false),
    line('予以公开比例逐年变化', byLabel('予以公开比例'), true),
    line('行政复议逐年变化', byLabel('行政复议'), false),
  ];
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
