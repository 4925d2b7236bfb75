/**
 * Everything the report page shows, computed from one report: its tables, failed checks in
 * words, its checklist, the text it shares with other reports, the text sections, the notes and
 * the downloads. The page only renders this.
 */
import type { Report } from '../template/schema.ts';
import type { Agency } from '../site/agencies.ts';
import type { ChartSpec } from '../present/chart-spec.ts';
import { failedChecks, type Explanation } from '../present/check-explain.ts';
import { OUTCOME_MEASURES, shortLabel } from '../measures/catalogue.ts';
import { countsOf } from '../measures/values.ts';
import { LEVEL_LABELS, STATUS_LABELS, TEMPLATE_LABELS } from '../present/labels.ts';
import { applicationsTable, cellMarks, disclosureTable, inferredRows, reviewTable } from '../present/report-tables.ts';
import { pre2019Totals, textSections, type Pre2019Total, type TextSection } from '../present/report-text.ts';
import type { Site } from '../site/site.ts';
import type { TableModel } from '../present/table-model.ts';
import { summaryNote } from '../present/marks.ts';
import { DATE_KIND_LABELS, timeliness, type Timeliness } from '../present/dates.ts';
import { agencyPlace, type AgencyPlace } from './place-links.ts';
import { CHECK_GROUPS, checklist, sharePercent, type Checklist } from './checklist.ts';

export interface ReportView {
  report: Report;
  agency: { slug: string; name: string };
  /** The agency's place, as a breadcrumb. */
  place: AgencyPlace;
  levelLabel: string;
  statusLabel: string;
  templateLabel: string;
  tables: TableModel[];
  /** Some cell is marked as inferred. */
  inferredCells: boolean;
  /** Some row of table 三 is marked as having a value placed by inference. */
  inferredRows: boolean;
  failed: Explanation[];
  /** Some value could not be read: the tables mark it apart from printed blanks. */
  unreadCells: boolean;
  /** Some cell of the tables takes part in a failed check and is marked, linking to it. */
  failedCells: boolean;
  /** The checks tried, by what they compare (the checklist's groups), each kind tried at least once. */
  checkGroups: { label: string; passed: number; failed: number }[];
  /** Sections 一, 五, 六 as paragraphs of plain text (rendered escaped, never as HTML). */
  sections: TextSection[];
  pre2019: Pre2019Total[] | null;
  outcomeChart: ChartSpec | null;
  /** The file name under data/sources/, or null when ingest kept no copy. */
  sourceFile: string | null;
  /** The agency's other reports, for navigation. */
  siblings: { id: string; year: number | null }[];
  /** For a summary report: its numbers are the whole place's (present/marks.ts); null otherwise. */
  scopeNote: string | null;
  /** Every date the file carries, with what it is and where it was read (rendered as text). */
  dates: { label: string; date: string; evidence: string }[];
  /** Whether it came out by 31 January of the next year, where a publication date says. */
  timeliness: Timeliness;
  checklist: Checklist;
  /** The text it shares with other reports; null when its text was too short to compare. */
  copied: CopiedView | null;
}

export interface CopiedView {
  /** The same agency's report of the year before and the share of this text found there. */
  previous: { id: string; year: number; share: string } | null;
  /** Reports of the same year that hold most of this text, largest share first. */
  sameYear: { id: string; agency: string; share: string }[];
  /** More reports of the year were likely near copies than were counted: the list may be short of some. */
  capped: boolean;
}

function copiedView(site: Site, report: Report): CopiedView | null {
  const c = report.copied;
  if (!c) return null;
  return {
    previous: c.previousId !== null && c.previousShare !== null && report.year !== null ? { id: c.previousId, year: report.year - 1, share: sharePercent(c.previousShare) } : null,
    sameYear: c.sameYear.map((s) => ({ id: s.id, agency: site.reportById(s.id)?.agency ?? s.id, share: sharePercent(s.share) })),
    capped: c.sameYearCapped === true,
  };
}

function outcomeChart(report: Report): ChartSpec | null {
  const counts = countsOf(report);
  const values = OUTCOME_MEASURES.map((k) => counts[k]);
  if (values.every((v) => v === null)) return null;
  return {
    title: `${report.year ?? ''}年办理结果构成`,
    labels: OUTCOME_MEASURES.map(shortLabel),
    series: [{ label: '办理结果（总计栏）', values }],
    unit: '件',
    horizontal: true,
  };
}

/** @param sourceFile the source's file name under data/sources/, or null when ingest kept none */
export function reportView(site: Site, report: Report, sourceFile: string | null): ReportView {
  const agency: Agency = site.agencyOf(report);
  const failed = failedChecks(report);
  const marks = cellMarks(report, failed);
  const tables = report.template === 'pre2019' ? [] : [disclosureTable(report, marks), applicationsTable(report, marks), reviewTable(report, marks)];
  return {
    report,
    agency: { slug: agency.slug, name: agency.name },
    place: agencyPlace(site, agency),
    levelLabel: LEVEL_LABELS[report.level],
    statusLabel: STATUS_LABELS[report.status],
    templateLabel: TEMPLATE_LABELS[report.template],
    tables,
    inferredCells: report.inferred.some((p) => !/^applications\.\w+$/.test(p)),
    inferredRows: inferredRows(report).size > 0,
    failed,
    unreadCells: report.unread.length > 0,
    failedCells: marks.fails.size > 0,
    checkGroups: CHECK_GROUPS.map(({ label, ids }) => {
      const tried = report.checks.filter((c) => ids.includes(c.id));
      return { label, passed: tried.filter((c) => c.ok).length, failed: tried.filter((c) => !c.ok).length };
    }).filter((g) => g.passed + g.failed > 0),
    sections: textSections(report),
    pre2019: pre2019Totals(report),
    outcomeChart: report.template === 'pre2019' ? null : outcomeChart(report),
    sourceFile,
    siblings: agency.reports.filter((r) => r.id !== report.id).map((r) => ({ id: r.id, year: r.year })),
    scopeNote: report.scope === 'summary' ? summaryNote(agency.name, report.level, '这份报告') : null,
    dates: (report.dates ?? []).map((d) => ({ label: DATE_KIND_LABELS[d.kind], date: d.date, evidence: d.evidence })),
    timeliness: timeliness(report),
    checklist: checklist(report),
    copied: copiedView(site, report),
  };
}

/**
 * The report pages of this build's part. The full report is read from its own file when its page
 * is rendered (load.ts), so that only the reports' cores stay in memory during the build.
 */
export function reportPaths(site: Site): { params: { id: string }; props: { id: string } }[] {
  return site.ownAgencies.flatMap((a) => a.reports.map((r) => ({ params: { id: r.id }, props: { id: r.id } })));
}
