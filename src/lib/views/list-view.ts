/**
 * The agency list (机关列表) as a ranking: the rows a query lets through, in its order, each with its
 * rank among its peers, and the table the page shows and downloads. Pure and browser-safe
 * (src/browser/agency-list.ts runs it; the build writes the first page with it).
 *
 * A ranking that can be trusted (the site's one ranking, measures/rank.ts): peers are the agencies
 * of the chosen level, place (a province, city or county: a division code prefix) and year (each
 * agency's latest year when none is chosen); a rank is the place among them, whatever the name or
 * number filters then show. Small denominators, a minimum of cases, summary reports (ranked only
 * among summaries) and reports failing a check (marked, or left out with `failed=hide`) follow
 * rank.ts.
 *
 * The checklist (views/checklist.ts) gives each row a column per item, a filter per item and a
 * ranking key: the items the report shown meets (6项中满足5项). An unknown item is neither met nor
 * unmet: it is not counted among those met, so that a report the site could not fully judge never
 * ranks above one it could, and a report with no item known is blank (ranked last, unnumbered).
 * The items are about the report, not its numbers: summaries rank among every report, and the
 * minimum of cases does not apply.
 */
import { isMeasureKey, measure, type MeasureKey } from '../measures/catalogue.ts';
import { conditionHolds } from '../measures/condition.ts';
import { measureCell, type MeasureCell } from '../measures/cell.ts';
import { ranking } from '../measures/rank.ts';
import { rateOf, type Counts } from '../measures/values.ts';
import { yearsPhrase } from '../present/format.ts';
import { figureMarks, type Mark } from '../present/marks.ts';
import { measureColumn, measureShownCell, type ShownColumn, type ShownTable } from '../present/shown-table.ts';
import type { CheckId } from '../template/identities.ts';
import { LEVEL_ORDER } from '../template/levels.ts';
import type { Level, Scope } from '../template/schema.ts';
import { CHECKLIST_KEYS, CHECKLIST_SHORT, ITEM_STATE_LABELS } from './checklist-items.ts';
import { encodeRows, type FirstPageFile, type ListRow, type ListYear } from './list-file.ts';
import { CHECKLIST_SORT, DEFAULT_QUERY, type ListQuery } from './list-query.ts';
import { inRegion } from './region.ts';
import { UNPLACED } from '../present/labels.ts';

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
  /** Place among the peers by the sorted measure (1 = first; a summary among summaries); null when not ranked. */
  rank: number | null;
  /** What the numbers shown are: from a summary report, from a report failing a check (its own year's). */
  marks: Mark[];
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
  /** Peers whose report shown is a summary: ranked only among summaries, after the others. */
  summaries: number;
  /** Peers left out for a report failing a check (`failed=hide`). */
  failedOut: number;
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

/** The checklist's items the year's report meets; null when none of them could be known. */
export function itemsMet(year: Pick<ListYear, 'items'>): number | null {
  return year.items.every((s) => s === 'unknown') ? null : year.items.filter((s) => s === 'met').length;
}

/** The year's report is in the state each item filter asks for. */
const itemsHold = (year: ListYear, query: ListQuery) => CHECKLIST_KEYS.every((k, i) => !query.items[k] || year.items[i] === query.items[k]);

const collator = new Intl.Collator('zh-CN');
const byName = (a: { row: ListRow }, b: { row: ListRow }) => collator.compare(a.row.name, b.row.name);

interface Peer {
  row: ListRow;
  year: ListYear;
  failed: number;
  failedIds: CheckId[];
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
    peers.push({ row, year, failed: scope.reduce((s, y) => s + y.failed, 0), failedIds: [...new Set(scope.flatMap((y) => y.failedIds))] });
  }

  const order = key
    ? ranking(
        peers,
        (p) => ({ cell: measureCell(key, p.year.counts), summary: p.year.scope === 'summary', failed: p.year.failed > 0, cases: casesOf(key, p.year.counts) }),
        { direction: query.direction, small: query.small, min: query.min, failed: query.failed },
        byName,
      )
    : query.sort === CHECKLIST_SORT
      ? ranking(peers, (p) => ({ cell: { value: itemsMet(p.year) }, failed: p.year.failed > 0 }), { direction: query.direction, failed: query.failed }, byName)
      : plainOrder(peers, query);

  const q = query.q.trim();
  const named = nameMatch ?? ((row: ListRow) => row.name.includes(q));
  const views: ListView[] = [];
  for (const { item: p, rank } of order.rows) {
    if (q && !named(p.row)) continue;
    if (!query.conditions.every((c) => conditionHolds(c, p.year.counts))) continue;
    if (query.check && !p.failedIds.includes(query.check)) continue;
    if (!itemsHold(p.year, query)) continue;
    views.push({
      row: p.row,
      year: p.year,
      cells: columns.map((k) => measureCell(k, p.year.counts)),
      failed: p.failed,
      failedIds: p.failedIds,
      rank,
      marks: figureMarks(p.year.scope === 'summary', p.year.failedIds, p.year.stated),
    });
  }
  return { views, columns, small: order.small, belowMin: order.belowMin, ranked: order.ranked, summaries: order.summaries, failedOut: order.failedOut };
}

/** A sort by a column that is no measure: nothing ranked; reports failing a check can still be left out. */
function plainOrder(peers: Peer[], query: ListQuery) {
  const kept = query.failed === 'hide' ? peers.filter((p) => p.year.failed === 0) : peers;
  const rows = [...kept].sort((a, b) => comparePlain(a, b, query) || byName(a, b)).map((item) => ({ item, rank: null }));
  return { rows, small: 0, belowMin: 0, ranked: 0, summaries: kept.filter((p) => p.year.scope === 'summary').length, failedOut: peers.length - kept.length };
}

function comparePlain(a: Peer, b: Peer, { sort, direction }: ListQuery): number {
  switch (sort) {
    case 'name': return collator.compare(a.row.name, b.row.name) * direction;
    case 'level': return (LEVEL_ORDER.indexOf(a.row.level) - LEVEL_ORDER.indexOf(b.row.level)) * direction;
    case 'years': return (a.row.years.length - b.row.years.length) * direction;
    default: return (a.failed - b.failed) * direction;
  }
}

/** The first page of the default view, written at build time so the list can show it at once. */
export function firstPage(rows: readonly ListRow[]): FirstPageFile {
  const { views } = listView(rows, DEFAULT_QUERY);
  return { count: views.length, rows: encodeRows(views.slice(0, PAGE_SIZE).map((v) => v.row)) };
}

export interface ListTableLinks {
  levelLabel: (level: Level) => string;
  scopeLabel: (scope: Scope) => string;
  agencyHref: (slug: string) => string;
  /** Where a row's agency is (rowPlace): with it, a 地区 column follows the name. */
  place?: (row: ListRow) => string;
}

/**
 * Where a row's agency is, beside its name so that namesakes (two 城关镇) can be told apart: the
 * last two of its province, city and county (周口市郸城县; 河南省周口市 for a city's body), from its
 * division code and `names` (code → the place's name, as the region filter offers them), never
 * from its name; 未归入地区 when unplaced, '' for a national body. The code itself where no name
 * of it is known.
 */
export function rowPlace(row: Pick<ListRow, 'division' | 'level'>, names: ReadonlyMap<string, string>): string {
  const code = row.division;
  if (!code) return row.level === 'national' ? '' : UNPLACED;
  const found = [2, 4, 6].filter((n) => n <= code.length).flatMap((n) => names.get(code.slice(0, n)) ?? []);
  return found.slice(-2).join('') || code;
}

/**
 * The table the list shows and downloads: every view given (a page of them, or all), with the
 * query's columns; `codes` adds each agency's division code after its place (the download has it).
 */
export function listTable(result: Pick<ListResult, 'columns'>, views: readonly ListView[], query: ListQuery, links: ListTableLinks, codes = false): ShownTable {
  const ranked = isMeasureKey(query.sort) || query.sort === CHECKLIST_SORT;
  const place = links.place;
  const columns: ShownColumn[] = [
    ...(ranked ? [{ label: '名次', kind: 'count' as const }] : []),
    { label: '机关', kind: 'text', key: 'name' },
    ...(place ? [{ label: '地区', kind: 'text' as const }] : []),
    ...(codes ? [{ label: '区划代码', kind: 'text' as const }] : []),
    { label: '层级', kind: 'text', key: 'level' },
    { label: '收录年度', kind: 'text', key: 'years' },
    { label: '数字所属年度', kind: 'year' },
    { label: '统计范围', kind: 'text', term: 'summary' },
    ...result.columns.map((k) => ({ ...measureColumn(k), key: k })),
    { label: '未通过核对', kind: 'count', key: 'failed', term: 'identity' },
    ...CHECKLIST_KEYS.map((k): ShownColumn => ({ label: CHECKLIST_SHORT[k], kind: 'text' })),
    { label: `满足项数（共${CHECKLIST_KEYS.length}项）`, kind: 'count', key: CHECKLIST_SORT },
  ];
  return {
    title: '机关列表',
    columns,
    rows: views.map((v) => [
      ...(ranked ? [{ value: v.rank }] : []),
      { value: v.row.name, href: links.agencyHref(v.row.slug), ...(v.marks.length ? { marks: v.marks } : {}) },
      ...(place ? [{ value: place(v.row) || null }] : []),
      ...(codes ? [{ value: v.row.division || null }] : []),
      { value: links.levelLabel(v.row.level) },
      { value: yearsPhrase(v.row.years.map((y) => y.year)) },
      { value: v.year.year },
      { value: links.scopeLabel(v.year.scope) },
      ...v.cells.map((c) => measureShownCell(c)),
      { value: v.failed },
      ...v.year.items.map((state) => ({ value: ITEM_STATE_LABELS[state] })),
      { value: itemsMet(v.year) },
    ]),
  };
}
