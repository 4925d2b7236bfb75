/**
 * A peer group's page (site/peers.ts): the townships of a county, or the departments of a county or
 * city, side by side. For each year a table ranked by one measure with the group's median under it;
 * for the latest year a ranked chart of a count and of a rate; over the years the ranking measure
 * of every member with the median beside it, as a table and a line chart.
 *
 * Measures are the catalogue's, by key. The median is level-median.ts mediansOf over the group's
 * reports of the year; a rate on a small denominator is marked, ranks after the solid ones
 * (measures/rank.ts) and stays out of the median. Summary reports are no peer's own work and are
 * left out (peers.ts peerReports). A figure from a report failing one of its own checks keeps its
 * place and carries the mark (present/marks.ts), with the checks' own words in its tooltip, in the
 * tables, the charts' labels and the trend; the page also holds the years' tables and charts
 * without them (`withoutFailed`), which its address's `failed=hide` shows instead.
 */
import { measure, shortLabel, type CountKey, type MeasureKey } from '../measures/catalogue.ts';
import { measureCell, type MeasureCell } from '../measures/cell.ts';
import { ranking } from '../measures/rank.ts';
import { countsOf, type Counts } from '../measures/values.ts';
import type { ChartSpec } from '../present/chart-spec.ts';
import { formatCount, formatPercent } from '../present/format.ts';
import { failedMark, markedLabel, type Mark } from '../present/marks.ts';
import { failedCheckIds } from './list-file.ts';
import type { FailedReports } from './list-query.ts';
import { MEDIAN_MEASURES, mediansOf, type GroupMedian } from '../site/level-median.ts';
import { peerGroup, peerGroups, peerReports, peerYears, type PeerGroup, type PeerKind } from '../site/peers.ts';
import type { Site } from '../site/site.ts';
import { peerTitle, placeTrail, type PlaceLink } from './place-links.ts';

/** The columns of a year's table: the measures an agency page compares with its level's median. */
export const PEER_MEASURES: readonly MeasureKey[] = MEDIAN_MEASURES;
/** The measure the tables rank by and the years follow: a count (the trend is in 件). */
export const PEER_RANK_MEASURE: CountKey = 'newReceived';
/** The ranked charts of the latest year: a count and a rate. */
export const PEER_CHART_MEASURES = ['newReceived', 'grantedOrPartialShare'] as const satisfies readonly MeasureKey[];

export interface PeerRow {
  slug: string;
  name: string;
  /** The report compared. */
  id: string;
  /** Place by PEER_RANK_MEASURE (measures/rank.ts); null where it is blank. */
  rank: number | null;
  /** One per PEER_MEASURES. */
  cells: MeasureCell[];
  /** The report's failed checks as a mark; empty when it passes them all. */
  marks: Mark[];
}

export interface PeerYear {
  year: number;
  /** Members with a report this year, ranked. */
  rows: PeerRow[];
  /** One per PEER_MEASURES: the median over this year's rows. */
  medians: GroupMedian[];
  /** Members left out for a report failing a check (only when they are left out). */
  left: number;
}

export interface PeerView {
  kind: PeerKind;
  /** 郸城县各乡镇（街道）. */
  title: string;
  /** 全国 down to the group's place. */
  trail: PlaceLink[];
  /** Agencies in the group, whatever their years. */
  members: number;
  columns: { key: MeasureKey; label: string; kind: 'count' | 'rate'; term?: string }[];
  rankLabel: string;
  /** Newest first. */
  years: PeerYear[];
  /** The latest year's ranked charts, one per PEER_CHART_MEASURES. */
  charts: ChartSpec[];
  /** The years and charts again without the reports failing a check; null when none fails. */
  withoutFailed: { years: PeerYear[]; charts: ChartSpec[] } | null;
  trend: {
    /** Oldest first. */
    years: number[];
    /** Every member, in the latest year's order, then the others by name. */
    rows: { slug: string; name: string; values: (number | null)[]; marks: Mark[][] }[];
    median: (number | null)[];
    chart: ChartSpec;
  };
}

const collator = new Intl.Collator('zh-CN');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

interface Member {
  slug: string;
  name: string;
  id: string;
  counts: Counts;
  marks: Mark[];
}

function membersOf(group: PeerGroup, year: number, failed: FailedReports): Member[] {
  const all = peerReports(group, year).map(({ agency, report }) => {
    const fails = report.checks.filter((c) => !c.ok);
    const marks = fails.length ? [failedMark(failedCheckIds(fails), fails.map((c) => c.message))] : [];
    return { slug: agency.slug, name: agency.name, id: report.id, counts: countsOf(report), marks };
  });
  return failed === 'hide' ? all.filter((m) => m.marks.length === 0) : all;
}

// No `failed` flag: the reports failing a check are left out before ranking (membersOf), never by it.
const entryOf = (key: MeasureKey) => (m: Member) => ({ cell: measureCell(key, m.counts) });

function peerYear(group: PeerGroup, year: number, failed: FailedReports): PeerYear {
  const members = membersOf(group, year, failed);
  const rows = ranking(members, entryOf(PEER_RANK_MEASURE), {}, byName).rows.map(
    ({ item, rank }): PeerRow => ({ slug: item.slug, name: item.name, id: item.id, rank, cells: PEER_MEASURES.map((k) => measureCell(k, item.counts)), marks: item.marks }),
  );
  return { year, rows, medians: mediansOf(PEER_MEASURES, members.map((m) => m.counts)), left: peerReports(group, year).length - members.length };
}

const medianText = (key: MeasureKey, value: number | null) => (measure(key).kind === 'rate' ? formatPercent(value) : `${formatCount(value)}件`);

/** One year's members ranked by `key`, as bars; a rate on a small denominator, a failed check say so in its label. */
export function rankedChart(title: string, group: PeerGroup, year: number, key: MeasureKey, failed: FailedReports = 'mark'): ChartSpec {
  const members = membersOf(group, year, failed);
  const order = ranking(members, entryOf(key), {}, byName).rows;
  const [median] = mediansOf([key], members.map((m) => m.counts));
  const percent = measure(key).kind === 'rate';
  return {
    title: `${year}年${title}${measure(key).label}（中位数${medianText(key, median!.median)}）`,
    labels: order.map((r) => markedLabel(r.item.name, [...(r.standing === 'small' ? [{ text: '基数过小' }] : []), ...r.item.marks])),
    series: [{ label: shortLabel(key), values: order.map((r) => r.cell.value) }],
    unit: percent ? '' : '件',
    ...(percent ? { percent } : {}),
    horizontal: true,
  };
}

export function peerView(site: Pick<Site, 'places'>, group: PeerGroup): PeerView {
  const title = peerTitle(group);
  const years = peerYears(group).map((y) => peerYear(group, y, 'mark'));
  const rankAt = PEER_MEASURES.indexOf(PEER_RANK_MEASURE);
  const trendYears = years.map((y) => y.year).reverse();
  const latestOrder = years[0]?.rows.map((r) => r.slug) ?? [];
  const members = [...group.members].sort((a, b) => {
    const ia = latestOrder.indexOf(a.slug);
    const ib = latestOrder.indexOf(b.slug);
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || byName(a, b);
  });
  const rowAt = (slug: string, year: number) => years.find((y) => y.year === year)!.rows.find((r) => r.slug === slug);
  const rows = members.map((a) => ({
    slug: a.slug,
    name: a.name,
    values: trendYears.map((y) => rowAt(a.slug, y)?.cells[rankAt]!.value ?? null),
    marks: trendYears.map((y) => rowAt(a.slug, y)?.marks ?? []),
  }));
  // A line through a figure that failed its checks says which years in its legend.
  const seriesLabel = (r: (typeof rows)[number]) => {
    const failed = trendYears.filter((_, i) => r.marks[i]!.length > 0);
    return failed.length ? `${r.name}（${failed.join('、')}年未通过核对）` : r.name;
  };
  const median = trendYears.map((y) => years.find((x) => x.year === y)!.medians[rankAt]!.median);
  const latest = years[0]?.year;
  return {
    kind: group.kind,
    title,
    trail: placeTrail(site.places, group.place.code),
    members: group.members.length,
    columns: PEER_MEASURES.map((key) => ({ key, label: shortLabel(key), kind: measure(key).kind, term: measure(key).term })),
    rankLabel: measure(PEER_RANK_MEASURE).label,
    years,
    charts: latest === undefined ? [] : PEER_CHART_MEASURES.map((key) => rankedChart(title, group, latest, key)),
    withoutFailed: years.some((y) => y.rows.some((r) => r.marks.length > 0))
      ? {
          years: peerYears(group).map((y) => peerYear(group, y, 'hide')),
          charts: latest === undefined ? [] : PEER_CHART_MEASURES.map((key) => rankedChart(title, group, latest, key, 'hide')),
        }
      : null,
    trend: {
      years: trendYears,
      rows,
      median,
      chart: {
        title: `${title}${measure(PEER_RANK_MEASURE).label}逐年变化`,
        labels: trendYears.map((y) => `${y}年`),
        series: [...rows.map((r) => ({ label: seriesLabel(r), values: r.values })), { label: '中位数', values: median }],
        unit: '件',
      },
    },
  };
}

/** The peers pages: every group of two or more agencies (shared pages: every build part makes them all). */
export function peerPaths(site: Pick<Site, 'places'>): { params: { code: string; group: PeerKind }; props: { code: string; kind: PeerKind } }[] {
  return peerGroups(site.places).map((g) => ({ params: { code: g.place.code, group: g.kind }, props: { code: g.place.code, kind: g.kind } }));
}

/** The view of the group of `kind` under the place of `code` (a path of peerPaths). */
export function peerPage(site: Pick<Site, 'places'>, code: string, kind: PeerKind): PeerView {
  const group = peerGroup(site.places, code, kind);
  if (!group) throw new Error(`no group of ${kind} under place ${code}`);
  return peerView(site, group);
}
