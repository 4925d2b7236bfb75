/**
 * The agency list (机关列表) as a ranking: the rows a query lets through, in its order, each with its
 * rank among its peers, and the table the page shows and downloads. Pure and browser-safe
 * (src/browser/agency-list.ts runs it; the build writes the first page with it).
 *
 * A ranking that can be trusted:
 * - peers are the agencies of the chosen level, place (a province, city or county: a division code
 *   prefix) and year (each agency's latest year when none is chosen); a rank is the place among
 *   them, whatever the name or number filters then show;
 * - only solid values are ranked: a rate on a small denominator (stats.ts SMALL_DENOMINATOR) comes
 *   after every solid one, or is left out (`small: 'hide'`), and blanks come last in either
 *   direction;
 * - `min` leaves out values resting on fewer cases (a rate's denominator, a count itself).
 */
import { isMeasureKey, measure, type MeasureKey } from '../measures/catalogue.ts';
import { conditionHolds } from '../measures/condition.ts';
import { measureCell, type MeasureCell } from '../measures/cell.ts';
import { rateOf, valueOf, type Counts } from '../measures/values.ts';
import { measureColumn, measureShownCell, type ShownColumn, type ShownTable } from '../present/shown-table.ts';
import type { CheckId } from '../template/identities.ts';
import type { Level } from '../template/schema.ts';
import { encodeRows, type FirstPageFile, type ListRow, type ListYear } from './list-file.ts';
import { DEFAULT_QUERY, type ListQuery } from './list-query.ts';
import { inRegion } from './region.ts';

export const PAGE_SIZE = 50;

/** The measures the list always shows as columns, by key of the catalogue. */
export const LIST_MEASURES = ['newReceived', 'grantedOrPartialShare', 'reconsideration'] as const satisfies readonly MeasureKey[];

/** A row as the list shows it: the numbers of the chosen year, or of the agency's latest. */
export interface ListView {
  row: ListRow;
  year: ListYear;
  /** One cell per listColumns(query). */
  cells: MeasureCell[];
  /** Failed checks of that year; of every year when showing the latest. */
  failed: number;
  failedIds: readonly CheckId[];
  /** Place among the peers by the sorted measure (1 = first); null when not ranked. */
  rank: number | null;
}

export interface ListResult {
  views: ListView[];
  /** The measure columns, in order. */
  columns: MeasureKey[];
  /** Peers whose sorted rate rests on a small denominator: ranked after the solid ones, or left out. */
  small: number;
  /** Peers left out for resting on fewer than `min` cases. */
  belowMin: number;
  /** Peers ranked. */
  ranked: number;
}

/** The measure columns: the list's own, then the sorted measure and those of the conditions. */
export function listColumns(query: Pick<ListQuery, 'sort' | 'conditions'>): MeasureKey[] {
  const keys: MeasureKey[] = [...LIST_MEASURES];
  for (const key of [query.sort, ...query.conditions.map((c) => c.key)]) if (isMeasureKey(key) && !keys.includes(key)) keys.push(key);
  return keys;
}

/** The number of cases a value rests on: a rate's denominator, a count itself. */
function casesOf(key: MeasureKey, counts: Counts): number | null {
  const m = measure(key);
  return m.kind === 'rate' ? rateOf(m.key, counts).denominator : counts[m.key];
}

type Standing = 'solid' | 'small' | 'blank';

function standingOf(key: MeasureKey, counts: Counts): Standing {
  const m = measure(key);
  if (m.kind === 'rate') {
    const s = rateOf(m.key, counts);
    return s.value === null ? 'blank' : s.small ? 'small' : 'solid';
  }
  return counts[m.key] === null ? 'blank' : 'solid';
}

const TIER: Record<Standing, number> = { solid: 0, small: 1, blank: 2 };

const collator = new Intl.Collator('zh-CN');

/**
 * LEVEL_ORDER of labels.ts, from the top down; repeated because importing labels.ts would bring
 * the level labels into the list's script, which takes them from its page. A unit test keeps the
 * two the same.
 */
const LEVEL_RANK: readonly Level[] = ['national', 'province', 'city', 'county', 'township', 'unknown'];

interface Peer {
  row: ListRow;
  year: ListYear;
  failed: number;
  failedIds: CheckId[];
  standing: Standing;
  value: number | null;
}

/**
 * The rows the query lets through, in its order, ties by name. `nameMatch` is the name search
 * (name-search.ts) over the query's `q`; without it, a name matches when it contains `q`.
 */
export function listView(rows: readonly ListRow[], query: ListQuery, nameMatch?: (row: ListRow) => boolean): ListResult {
  const columns = listColumns(query);
  const key = isMeasureKey(query.sort) ? query.sort : null;
  const peers: Peer[] = [];
  for (const row of rows) {
    if (query.level && row.level !== query.level) continue;
    if (!inRegion(row.division, query.place)) continue;
    const year = query.year === null ? row.years.at(-1) : row.years.find((y) => y.year === query.year);
    if (!year) continue;
    const scope = query.year === null ? row.years : [year];
    peers.push({
      row,
      year,
      failed: scope.reduce((s, y) => s + y.failed, 0),
      failedIds: [...new Set(scope.flatMap((y) => y.failedIds))],
      standing: key ? standingOf(key, year.counts) : 'solid',
      value: key ? valueOf(key, year.counts) : null,
    });
  }

  const meetsMin = (p: Peer) => !key || query.min <= 0 || (casesOf(key, p.year.counts) ?? 0) >= query.min;
  const ranked = key ? peers.filter((p) => p.standing === 'solid' && meetsMin(p)).map((p) => p.value!) : [];
  // Competition ranking: equal values share a place, the next place counts them all (1, 2, 2, 4).
  const better = (v: number) => ranked.filter((x) => (x - v) * -query.direction > 0).length;

  const q = query.q.trim();
  const named = nameMatch ?? ((row: ListRow) => row.name.includes(q));
  let small = 0;
  let belowMin = 0;
  const views: (ListView & { standing: Standing })[] = [];
  for (const p of peers) {
    if (p.standing === 'small') small++;
    if (!meetsMin(p)) {
      belowMin++;
      continue;
    }
    if (p.standing === 'small' && query.small === 'hide') continue;
    if (q && !named(p.row)) continue;
    if (!query.conditions.every((c) => conditionHolds(c, p.year.counts))) continue;
    if (query.check && !p.failedIds.includes(query.check)) continue;
    views.push({
      row: p.row,
      year: p.year,
      cells: columns.map((k) => measureCell(k, p.year.counts)),
      failed: p.failed,
      failedIds: p.failedIds,
      rank: key && p.standing === 'solid' ? better(p.value!) + 1 : null,
      standing: p.standing,
    });
  }
  const value = (v: ListView) => (key ? valueOf(key, v.year.counts) : null);
  views.sort((a, b) => {
    if (key) return TIER[a.standing] - TIER[b.standing] || (a.standing === 'blank' ? 0 : (value(a)! - value(b)!) * query.direction) || collator.compare(a.row.name, b.row.name);
    return comparePlain(a, b, query) || collator.compare(a.row.name, b.row.name);
  });
  return { views: views.map(({ standing: _standing, ...v }) => v), columns, small, belowMin, ranked: ranked.length };
}

function comparePlain(a: ListView, b: ListView, { sort, direction }: ListQuery): number {
  switch (sort) {
    case 'name': return collator.compare(a.row.name, b.row.name) * direction;
    case 'level': return (LEVEL_RANK.indexOf(a.row.level) - LEVEL_RANK.indexOf(b.row.level)) * direction;
    case 'years': return (a.row.years.length - b.row.years.length) * direction;
    default: return (a.failed - b.failed) * direction;
  }
}

/** The first page of the default view, written at build time so the list can show it at once. */
export function firstPage(rows: readonly ListRow[]): FirstPageFile {
  const { views } = listView(rows, DEFAULT_QUERY);
  return { count: views.length, rows: encodeRows(views.slice(0, PAGE_SIZE).map((v) => v.row)) };
}

/** `2019—2024`, or one year. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  return years.length > 1 ? `${years[0]}—${years.at(-1)}` : String(years[0]);
}

export interface ListTableLinks {
  levelLabel: (level: Level) => string;
  agencyHref: (slug: string) => string;
}

/** The table the list shows and downloads: every view given (a page of them, or all), with the query's columns. */
export function listTable(result: Pick<ListResult, 'columns'>, views: readonly ListView[], query: ListQuery, links: ListTableLinks): ShownTable {
  const ranked = isMeasureKey(query.sort);
  const columns: ShownColumn[] = [
    ...(ranked ? [{ label: '名次', kind: 'count' as const }] : []),
    { label: '机关', kind: 'text', key: 'name' },
    { label: '层级', kind: 'text', key: 'level' },
    { label: '收录年度', kind: 'text', key: 'years' },
    { label: '数字所属年度', kind: 'year' },
    ...result.columns.map((k) => ({ ...measureColumn(k), key: k })),
    { label: '未通过核对', kind: 'count', key: 'failed', term: 'identity' },
  ];
  return {
    title: '机关列表',
    columns,
    rows: views.map((v) => [
      ...(ranked ? [{ value: v.rank }] : []),
      { value: v.row.name, href: links.agencyHref(v.row.slug) },
      { value: links.levelLabel(v.row.level) },
      { value: yearSpan(v.row.years.map((y) => y.year)) },
      { value: v.year.year },
      ...v.cells.map((c) => measureShownCell(c)),
      { value: v.failed },
    ]),
  };
}
