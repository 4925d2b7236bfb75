/**
 * Everything an agency page shows: its reports year by year, trend charts, year-on-year sentences
 * and the comparison with the median of its level. Measures are the catalogue's, by key.
 */
import { OUTCOME_MEASURES, measure, shortLabel, type MeasureKey } from '../measures/catalogue.ts';
import { measureCell, type MeasureCell } from '../measures/cell.ts';
import { countsOf, type Counts } from '../measures/values.ts';
import type { ChartSpec } from '../present/chart-spec.ts';
import { LEVEL_LABELS } from '../present/labels.ts';
import type { Agency } from '../site/agencies.ts';
import { levelComparison, type LevelComparison } from '../site/level-median.ts';
import type { Site } from '../site/site.ts';
import type { Report } from '../template/schema.ts';
import { agencyPlace, type AgencyPlace } from './place-links.ts';
import { agencyYoy } from './yoy.ts';

/** The columns of the table of every year, in order. */
export const AGENCY_TABLE_MEASURES: readonly MeasureKey[] = ['newReceived', 'totalProcessed', ...OUTCOME_MEASURES, 'grantedShare', 'reconsideration', 'litigation'];

export interface AgencyYearRow {
  year: number;
  id: string;
  counts: Counts;
  /** One cell per AGENCY_TABLE_MEASURES. */
  cells: MeasureCell[];
}

export interface AgencyView {
  agency: Agency;
  levelLabel: string;
  /** Its place's breadcrumb and its peers. */
  place: AgencyPlace;
  /** Every report, including second copies and reports without a year. */
  reports: { id: string; year: number | null; title: string; status: Report['status']; failedChecks: number }[];
  /** One row per year, oldest first. */
  years: AgencyYearRow[];
  columns: { key: MeasureKey; label: string; term?: string }[];
  yoy: { year: number; sentences: string[] }[];
  comparison: LevelComparison | null;
  charts: { applications: ChartSpec; outcomes: ChartSpec; review: ChartSpec };
}

export function agencyView(site: Site, agency: Agency): AgencyView {
  const years = [...agency.byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]): AgencyYearRow => {
      const counts = countsOf(r);
      return { year, id: r.id, counts, cells: AGENCY_TABLE_MEASURES.map((k) => measureCell(k, counts)) };
    });
  const labels = years.map((y) => `${y.year}年`);
  const series = (keys: readonly MeasureKey[]) => keys.map((key) => ({ label: shortLabel(key), values: years.map((y) => measureCell(key, y.counts).value) }));
  const latest = years.at(-1)?.year;
  return {
    agency,
    levelLabel: LEVEL_LABELS[agency.level],
    place: agencyPlace(site, agency),
    reports: agency.reports.map((r) => ({
      id: r.id,
      year: r.year,
      title: r.title,
      status: r.status,
      failedChecks: r.checks.filter((c) => !c.ok).length,
    })),
    years,
    columns: AGENCY_TABLE_MEASURES.map((key) => ({ key, label: shortLabel(key), term: measure(key).term })),
    yoy: agencyYoy(agency),
    comparison: latest === undefined ? null : levelComparison(agency, site.medians, latest),
    charts: {
      applications: { title: '申请数量逐年变化', labels, series: series(['newReceived', 'totalProcessed', 'granted']), unit: '件' },
      outcomes: { title: '办理结果构成逐年变化', labels, series: series(OUTCOME_MEASURES), unit: '件', stacked: true },
      review: { title: '行政复议和行政诉讼逐年变化', labels, series: series(['reconsideration', 'litigation']), unit: '件' },
    },
  };
}

/**
 * The agency pages of this build's part. Each page computes its view when it is rendered, so
 * that the views of a national corpus are never all in memory at once.
 */
export function agencyPaths(site: Site): { params: { slug: string }; props: { agency: Agency } }[] {
  return site.ownAgencies.map((agency) => ({ params: { slug: agency.slug }, props: { agency } }));
}
