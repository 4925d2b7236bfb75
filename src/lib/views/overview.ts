/**
 * The home page (总览) for one year: headline numbers over all agencies and the cross-agency
 * charts. Each agency counts once a year (agencies.ts), summary reports not at all (totals.ts); a
 * blank cell adds nothing to a sum, and each headline says how many reports it rests on.
 */
import { APPLICATION_COLUMNS, APPLICATION_ROWS } from '../template/applications.ts';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../template/review.ts';
import type { Report } from '../template/schema.ts';
import type { ReportCore } from '../site/core.ts';
import type { ChartSpec } from '../present/chart-spec.ts';
import { LEVEL_LABELS, LEVEL_ORDER } from '../present/labels.ts';
import { OUTCOME_MEASURES, measure, shortLabel, type MeasureKey } from '../measures/catalogue.ts';
import { countsOf, pooled } from '../measures/values.ts';
import type { Site } from '../site/site.ts';
import type { Share } from '../measures/stats.ts';
import { measureUnit, type ShownTable } from '../present/shown-table.ts';
import { yearReports } from '../site/totals.ts';
import { sumOfKnown } from '../template/sums.ts';
import { siteTrends, siteYoy, type SiteTrends, type SiteYoy } from './trends.ts';

export interface Headline {
  key: MeasureKey;
  label: string;
  value: number | null;
  /** Present for rates. */
  share?: Share;
  /** How many of the year's reports state the number. */
  reported: number;
  /** Glossary key explaining the figure. */
  term?: string;
}

/** The headline figures of a year, by key of the catalogue. */
export const HEADLINE_MEASURES = ['newReceived', 'grantedShare', 'grantedOrPartialShare', 'reconsideration', 'litigation'] as const satisfies readonly MeasureKey[];

export interface AttentionItem {
  id: string;
  agency: string;
  status: Report['status'];
  failedChecks: number;
}

export interface YearOverview {
  year: number;
  reportCount: number;
  /** Agencies with a report for the year, summary reports' agencies included. */
  agencyCount: number;
  /** Summary reports of the year, left out of every total and chart (site/totals.ts). */
  summaryCount: number;
  /** Reports in the totals that fail one of their own checks (含2份未通过核对的报告). */
  failedCount: number;
  headlines: Headline[];
  /** The headlines as a table, for their download. */
  headlineTable: ShownTable;
  /** The year against the year before, over the agencies that reported in both. */
  yoy: SiteYoy | null;
  /** The whole site across years. */
  trends: SiteTrends;
  charts: { applicants: ChartSpec; outcomes: ChartSpec; withheld: ChartSpec; review: ChartSpec; levels: ChartSpec };
  attention: AttentionItem[];
}

export function yearOverview(site: Site, year: number): YearOverview {
  // A summary report already adds up its members' reports: out of every sum (site/totals.ts).
  const { counted: reports, summaries, failed } = yearReports(site.agencies, year);
  const counts = reports.map(countsOf);
  const total = (pick: (r: ReportCore) => number | null) => sumOfKnown(reports.map(pick));
  const headlines: Headline[] = HEADLINE_MEASURES.map((key) => {
    const m = measure(key);
    return { key, label: m.label, ...pooled(key, counts), term: m.term };
  });

  const applicantColumns = APPLICATION_COLUMNS.filter((c) => c.kind === 'applicant');
  const withheldRows = APPLICATION_ROWS.filter((r) => r.group === 'withheld');
  const reviewResults = REVIEW_COLUMNS.filter((c) => c.key !== 'total');
  const levels = LEVEL_ORDER.filter((l) => reports.some((r) => r.level === l));

  const charts = {
    applicants: {
      title: `${year}年新收申请的申请人类型（全部机关合计）`,
      labels: applicantColumns.map((c) => c.label),
      series: [{ label: '新收申请', values: applicantColumns.map((c) => total((r) => r.applications.newReceived[c.key])) }],
      unit: '件',
      horizontal: true,
    },
    outcomes: {
      title: `${year}年办理结果构成（全部机关合计）`,
      labels: OUTCOME_MEASURES.map(shortLabel),
      series: [{ label: '办理结果', values: OUTCOME_MEASURES.map((k) => pooled(k, counts).value) }],
      unit: '件',
      horizontal: true,
    },
    withheld: {
      title: `${year}年不予公开的理由（全部机关合计）`,
      labels: withheldRows.map((r) => r.short),
      series: [{ label: '不予公开', values: withheldRows.map((row) => total((r) => r.applications[row.key].total)) }],
      unit: '件',
      horizontal: true,
    },
    review: {
      title: `${year}年行政复议和行政诉讼的结果（全部机关合计）`,
      labels: REVIEW_GROUPS.map((g) => g.label),
      series: reviewResults.map((c) => ({ label: c.label, values: REVIEW_GROUPS.map((g) => total((r) => r.reviewLitigation[g.key][c.key])) })),
      unit: '件',
      horizontal: true,
      stacked: true,
    },
    levels: {
      title: `${year}年各层级机关的新收申请`,
      labels: levels.map((l) => LEVEL_LABELS[l]),
      series: [{ label: '新收申请', values: levels.map((l) => sumOfKnown(reports.filter((r) => r.level === l).map((r) => r.applications.newReceived.total))) }],
      unit: '件',
      horizontal: true,
    },
  } satisfies YearOverview['charts'];

  const attention = site.reports
    .filter((r) => r.year === year)
    .map((r) => ({ id: r.id, agency: r.agency, status: r.status, failedChecks: r.checks.filter((c) => !c.ok).length }))
    .filter((x) => x.status !== 'ok' || x.failedChecks > 0)
    .sort((a, b) => b.failedChecks - a.failedChecks || a.id.localeCompare(b.id));

  return {
    year,
    reportCount: site.reports.filter((r) => r.year === year).length,
    agencyCount: reports.length + summaries.length,
    summaryCount: summaries.length,
    failedCount: failed,
    headlines,
    headlineTable: headlineTable(year, headlines),
    yoy: siteYoy(site, year),
    trends: siteTrends(site),
    charts,
    attention,
  };
}

/** The headline figures as the cards show them: value, its basis, how many reports state it. */
function headlineTable(year: number, headlines: readonly Headline[]): ShownTable {
  return {
    title: `${year}年主要数字（全部机关合计）`,
    columns: [
      { label: '指标', kind: 'text' },
      { label: '单位', kind: 'text' },
      { label: '数值', kind: 'measure' },
      { label: '分子', kind: 'count' },
      { label: '分母', kind: 'count' },
      { label: '填报的报告数', kind: 'count' },
    ],
    rows: headlines.map((h) => [
      { value: h.label },
      { value: measureUnit(h.key) },
      { value: h.value, kind: h.share ? 'rate' : 'count' },
      { value: h.share?.numerator ?? null },
      { value: h.share?.denominator ?? null },
      { value: h.reported },
    ]),
  };
}

export function yearPaths(site: Site): { params: { year: string }; props: { view: YearOverview; years: number[] } }[] {
  return site.years.map((year) => ({ params: { year: String(year) }, props: { view: yearOverview(site, year), years: site.years } }));
}

/**
 * The year the home page shows: the latest year with at least half as many reports as the best
 * covered year. Reports for a year keep arriving until March of the next, so the very latest year
 * is often a handful of early reports whose totals would mislead.
 */
export function homeYear(reports: readonly ReportCore[]): number | null {
  const counts = new Map<number, number>();
  for (const r of reports) if (r.year !== null) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const years = [...counts.keys()].sort((a, b) => b - a);
  return years.find((y) => counts.get(y)! * 2 >= most) ?? null;
}

/** The home page: the year homeYear() picks, or nothing when there is no data yet. */
export function homeOverview(site: Site): { view: YearOverview | null; years: number[] } {
  const year = homeYear(site.reports);
  return { view: year === null ? null : yearOverview(site, year), years: site.years };
}
