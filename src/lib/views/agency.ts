/**
 * Everything an agency page shows: its reports year by year, trend charts, year-on-year sentences
 * and the comparison with the median of its level. Measures are the catalogue's, by key. A year
 * whose report is a summary (its numbers are the whole place's) is marked 汇总 and said so; a trend
 * line never joins a summary year to an own-scope one: each scope is a line of its own.
 */
import { OUTCOME_MEASURES, measure, shortLabel, type CountKey, type MeasureKey } from '../measures/catalogue.ts';
import { measureCell, type MeasureCell } from '../measures/cell.ts';
import { countsOf, type Counts } from '../measures/values.ts';
import type { ChartSpec } from '../present/chart-spec.ts';
import { yearsPhrase, yearsText } from '../present/format.ts';
import { LEVEL_LABELS } from '../present/labels.ts';
import { figureMarks, markedLabel, summaryNote, wholeOf, type Mark } from '../present/marks.ts';
import { measureColumn, measureShownCell, measureUnit, SMALL_NOTE, type ShownTable } from '../present/shown-table.ts';
import { paths } from '../present/url.ts';
import type { Agency } from '../site/agencies.ts';
import { levelComparison, type LevelComparison } from '../site/level-median.ts';
import type { Site } from '../site/site.ts';
import type { Report, Scope } from '../template/schema.ts';
import { failedCheckIds } from './list-file.ts';
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
  scope: Scope;
  /** The year's report as a figure: a summary, failing a check. */
  marks: Mark[];
}

export interface AgencyView {
  agency: Agency;
  levelLabel: string;
  /** The years of its reports in a phrase: 2024年, 2022—2024年; 年度不详 for none. */
  yearsText: string;
  /** Its place's breadcrumb and its peers. */
  place: AgencyPlace;
  /** Every report, including second copies and reports without a year. */
  reports: { id: string; year: number | null; title: string; status: Report['status']; failedChecks: number }[];
  /** One row per year, oldest first. */
  years: AgencyYearRow[];
  columns: { key: MeasureKey; label: string; term?: string }[];
  yoy: { year: number; sentences: string[] }[];
  /** Said when some year's report is a summary: what its numbers cover, and which years; null otherwise. */
  scopeNote: string | null;
  comparison: LevelComparison | null;
  /** The table of every year (newest first) as the page shows and downloads it. */
  table: ShownTable;
  /** The comparison with the level's median, likewise. */
  comparisonTable: ShownTable | null;
  charts: { applications: ChartSpec; outcomes: ChartSpec; review: ChartSpec };
}

export function agencyView(site: Site, agency: Agency): AgencyView {
  const years = [...agency.byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]): AgencyYearRow => {
      const counts = countsOf(r);
      const failed = r.checks.filter((c) => !c.ok);
      const marks = figureMarks(r.scope === 'summary', failedCheckIds(failed), failed.map((c) => c.message));
      return { year, id: r.id, counts, cells: AGENCY_TABLE_MEASURES.map((k) => measureCell(k, counts)), scope: r.scope, marks };
    });
  // A year whose report fails a check says so under its point (the scope is said by the lines).
  const labels = years.map((y) => markedLabel(`${y.year}年`, y.marks.filter((m) => m.kind === 'failed')));
  const summaryYears = years.filter((y) => y.scope === 'summary').map((y) => y.year);
  const whole = wholeOf(agency.name, agency.level);
  // Across a change of scope, one line per scope, each blank in the other's years.
  const scopes = [...new Set(years.map((y) => y.scope === 'summary'))];
  const series = (keys: readonly MeasureKey[]) =>
    keys.flatMap((key) =>
      scopes.map((summary) => ({
        label: scopes.length > 1 ? `${shortLabel(key)}（${summary ? `${whole}汇总` : '本机关'}）` : shortLabel(key),
        values: years.map((y) => ((y.scope === 'summary') === summary ? measureCell(key, y.counts).value : null)),
      })),
    );
  const latest = years.at(-1)?.year;
  const span = yearsPhrase(years.map((y) => y.year));
  // Over years when there are several; one year's chart is named by its year.
  const title = (what: string) => (years.length === 1 ? `${span}${what}` : `${what}逐年变化`);
  const none = (key: CountKey) => years.length > 0 && years.every((y) => y.counts[key] === 0);
  const comparison = latest === undefined ? null : levelComparison(agency, site.medians, latest);
  return {
    agency,
    levelLabel: LEVEL_LABELS[agency.level],
    yearsText: yearsText(years.map((y) => y.year)),
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
    scopeNote: summaryYears.length ? summaryNote(agency.name, agency.level, `${yearsPhrase(summaryYears)}的报告`) : null,
    comparison,
    table: historyTable(agency.name, years),
    comparisonTable: comparison && comparisonTable(agency.name, comparison, years.at(-1)!.marks),
    charts: {
      applications: {
        title: title('申请数量'),
        labels,
        series: series(['newReceived', 'totalProcessed', 'granted']),
        unit: '件',
        ...(none('newReceived') ? { quiet: `该机关${span}未收到政府信息公开申请。` } : {}),
      },
      outcomes: {
        title: title('办理结果构成'),
        labels,
        series: series(OUTCOME_MEASURES),
        unit: '件',
        stacked: true,
        ...(none('totalProcessed') ? { quiet: `该机关${span}没有办结的政府信息公开申请。` } : {}),
      },
      review: {
        title: title('行政复议和行政诉讼'),
        labels,
        series: series(['reconsideration', 'litigation']),
        unit: '件',
        ...(none('reconsideration') && none('litigation') ? { quiet: `该机关${span}未被申请行政复议，也未被提起行政诉讼。` } : {}),
      },
    },
  };
}

/** Every year's numbers, newest first; each year links to its report. */
function historyTable(name: string, years: readonly AgencyYearRow[]): ShownTable {
  return {
    title: `${name}历年数字`,
    columns: [{ label: '年度', kind: 'text' }, ...AGENCY_TABLE_MEASURES.map(measureColumn)],
    rows: [...years].reverse().map((y) => [{ value: `${y.year}年`, href: paths.report(y.id), ...(y.marks.length ? { marks: y.marks } : {}) }, ...y.cells.map((c) => measureShownCell(c))]),
  };
}

/**
 * The comparison with the level's median: a row per measure, its unit, both values, how many
 * agencies. The agency's own figures carry its report's marks (a summary, a failed check).
 */
function comparisonTable(name: string, c: LevelComparison, marks: Mark[]): ShownTable {
  return {
    title: `${name}与同层级机关比较（${c.year}年）`,
    columns: [
      { label: '指标', kind: 'text' },
      { label: '单位', kind: 'text' },
      { label: '本机关', kind: 'measure' },
      { label: '同层级中位数', kind: 'measure' },
      { label: '参与比较的机关数', kind: 'count' },
      { label: '说明', kind: 'text' },
    ],
    rows: c.rows.map((row) => {
      const kind = row.kind;
      return [
        { value: measure(row.key).label },
        { value: measureUnit(row.key) },
        { value: row.own, kind, ...(marks.length ? { marks } : {}) },
        { value: row.median, kind },
        { value: row.n },
        { value: row.ownSmall ? `本机关的比例${SMALL_NOTE.text}，不计入中位数` : '' },
      ];
    }),
  };
}

/**
 * The agency pages of this build's part. Each page computes its view when it is rendered, so
 * that the views of a national corpus are never all in memory at once.
 */
export function agencyPaths(site: Site): { params: { slug: string }; props: { agency: Agency } }[] {
  return site.ownAgencies.map((agency) => ({ params: { slug: agency.slug }, props: { agency } }));
}
