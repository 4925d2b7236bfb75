/**
 * Everything the report page shows, computed from one report: its tables, failed checks in
 * words, the text sections, the notes and the downloads. The page only renders this.
 */
import type { Report } from '../template/schema.ts';
import type { Agency } from './agencies.ts';
import type { ChartSpec } from './chart-spec.ts';
import { failedChecks, type Explanation } from './check-explain.ts';
import { LEVEL_LABELS, OUTCOME_GROUPS, STATUS_LABELS, TEMPLATE_LABELS, groupShortLabel } from './labels.ts';
import { loadReport, sourceFileName } from './load.ts';
import { reportMetrics } from './metrics.ts';
import { applicationsTable, disclosureTable, inferredRows, reviewTable, sectionHeading } from './report-tables.ts';
import type { Site } from './site.ts';
import type { TableModel } from './table-model.ts';

export interface TextSection {
  heading: string;
  paragraphs: string[];
}

export interface Pre2019Total {
  label: string;
  value: number | null;
}

export interface ReportView {
  report: Report;
  agency: { slug: string; name: string };
  levelLabel: string;
  statusLabel: string;
  templateLabel: string;
  tables: TableModel[];
  /** Some cell is marked as inferred. */
  inferredCells: boolean;
  /** Some row of table 三 is marked as having a value placed by inference. */
  inferredRows: boolean;
  failed: Explanation[];
  passedCount: number;
  /** Sections 一, 五, 六 as paragraphs of plain text (rendered escaped, never as HTML). */
  sections: TextSection[];
  pre2019: Pre2019Total[] | null;
  outcomeChart: ChartSpec | null;
  /** The file name under data/sources/, or null when ingest kept no copy. */
  sourceFile: string | null;
  /** The agency's other reports, for navigation. */
  siblings: { id: string; year: number | null }[];
}

/** The text sections kept by ingest (schema.ts `sections`). */
const TEXT_SECTIONS = ['overview', 'problems', 'other'] as const;

/** Labels of the totals a pre-2019 report states (schema.ts Pre2019Totals). */
const PRE2019_LABELS = {
  activeDisclosed: '主动公开政府信息数',
  applicationsTotal: '收到政府信息公开申请总数',
  reconsideration: '行政复议数',
  litigation: '行政诉讼数',
} as const;

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Sections 一, 五 and 六 of a report, as the page shows them and the full-text index holds them. */
export function textSections(report: Report): TextSection[] {
  return TEXT_SECTIONS.map((key) => ({ heading: sectionHeading(key), paragraphs: paragraphs(report.sections[key]) }));
}

/** The totals a pre-2019 report states; null for a report in the 2019 template. */
export function pre2019Totals(report: Report): Pre2019Total[] | null {
  if (!report.pre2019) return null;
  return (Object.keys(PRE2019_LABELS) as (keyof typeof PRE2019_LABELS)[]).map((k) => ({ label: PRE2019_LABELS[k], value: report.pre2019![k] }));
}

function outcomeChart(report: Report): ChartSpec | null {
  const m = reportMetrics(report);
  const values = OUTCOME_GROUPS.map((g) => m.outcomes[g]);
  if (values.every((v) => v === null)) return null;
  return {
    title: `${report.year ?? ''}年办理结果构成`,
    labels: OUTCOME_GROUPS.map(groupShortLabel),
    series: [{ label: '办理结果（总计栏）', values }],
    unit: '件',
    horizontal: true,
  };
}

export function reportView(site: Site, report: Report): ReportView {
  const agency: Agency = site.agencyOf(report);
  const tables = report.template === 'pre2019' ? [] : [disclosureTable(report), applicationsTable(report), reviewTable(report)];
  return {
    report,
    agency: { slug: agency.slug, name: agency.name },
    levelLabel: LEVEL_LABELS[report.level],
    statusLabel: STATUS_LABELS[report.status],
    templateLabel: TEMPLATE_LABELS[report.template],
    tables,
    inferredCells: report.inferred.some((p) => !/^applications\.\w+$/.test(p)),
    inferredRows: inferredRows(report).size > 0,
    failed: failedChecks(report),
    passedCount: report.checks.filter((c) => c.ok).length,
    sections: textSections(report),
    pre2019: pre2019Totals(report),
    outcomeChart: report.template === 'pre2019' ? null : outcomeChart(report),
    sourceFile: sourceFileName(report),
    siblings: agency.reports.filter((r) => r.id !== report.id).map((r) => ({ id: r.id, year: r.year })),
  };
}

/**
 * The report pages of this build's part. The full report is read from its own file when its page
 * is rendered (load.ts), so that only the reports' cores stay in memory during the build.
 */
export function reportPaths(site: Site): { params: { id: string }; props: { id: string } }[] {
  return site.ownAgencies.flatMap((a) => a.reports.map((r) => ({ params: { id: r.id }, props: { id: r.id } })));
}

/** What the page of report `id` shows. */
export function reportPageView(site: Site, id: string): ReportView {
  return reportView(site, loadReport(id));
}
