/**
 * Everything an agency page shows: its reports year by year, trend charts, year-on-year sentences
 * and the comparison with the median of its level.
 */
import type { Agency } from '../site/agencies.ts';
import type { ChartSpec } from '../present/chart-spec.ts';
import type { Report } from '../template/schema.ts';
import { LEVEL_LABELS, groupShortLabel } from '../present/labels.ts';
import { OUTCOME_GROUPS } from '../template/applications.ts';
import { levelComparison, type LevelComparison } from '../site/level-median.ts';
import { reportMetrics, type ReportMetrics } from '../measures/metrics.ts';
import type { Site } from '../site/site.ts';
import { agencyYoy } from './yoy.ts';

export interface AgencyYearRow {
  year: number;
  id: string;
  metrics: ReportMetrics;
}

export interface AgencyView {
  agency: Agency;
  levelLabel: string;
  /** Every report, including second copies and reports without a year. */
  reports: { id: string; year: number | null; title: string; status: Report['status']; failedChecks: number }[];
  years: AgencyYearRow[];
  yoy: { year: number; sentences: string[] }[];
  comparison: LevelComparison | null;
  charts: { applications: ChartSpec; outcomes: ChartSpec; review: ChartSpec };
}

export function agencyView(site: Site, agency: Agency): AgencyView {
  const years = [...agency.byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]) => ({ year, id: r.id, metrics: reportMetrics(r) }));
  const labels = years.map((y) => `${y.year}年`);
  const pick = (f: (m: ReportMetrics) => number | null) => years.map((y) => f(y.metrics));
  const latest = years.at(-1)?.year;
  return {
    agency,
    levelLabel: LEVEL_LABELS[agency.level],
    reports: agency.reports.map((r) => ({
      id: r.id,
      year: r.year,
      title: r.title,
      status: r.status,
      failedChecks: r.checks.filter((c) => !c.ok).length,
    })),
    years,
    yoy: agencyYoy(agency),
    comparison: latest === undefined ? null : levelComparison(agency, site.medians, latest),
    charts: {
      applications: {
        title: '申请数量逐年变化',
        labels,
        series: [
          { label: '本年新收', values: pick((m) => m.newReceived) },
          { label: '办理总计', values: pick((m) => m.totalProcessed) },
          { label: '予以公开', values: pick((m) => m.outcomes.granted) },
        ],
        unit: '件',
      },
      outcomes: {
        title: '办理结果构成逐年变化',
        labels,
        series: OUTCOME_GROUPS.map((g) => ({ label: groupShortLabel(g), values: pick((m) => m.outcomes[g]) })),
        unit: '件',
        stacked: true,
      },
      review: {
        title: '行政复议和行政诉讼逐年变化',
        labels,
        series: [
          { label: '行政复议', values: pick((m) => m.reconsideration) },
          { label: '行政诉讼', values: pick((m) => m.litigation) },
        ],
        unit: '件',
      },
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
