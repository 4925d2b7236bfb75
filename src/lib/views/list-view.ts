/**
 * The agency list (机关列表) as the browser holds it: one row per agency, the files the rows travel
 * in, and the filtered, sorted view the list shows. Pure and browser-safe: the build writes the
 * files with these functions (list-rows.ts, src/pages/rows/) and the client pages read them with
 * the same ones (src/scripts/agency-list.ts, compare.ts).
 *
 * Two files, so that the list's first paint does not grow with the corpus:
 * - `rows/agencies.json`: every agency (ListFile), for the name filter, other sorts and later pages,
 *   and the compare picker;
 * - `rows/agencies-first-page.json`: the first page of the default view (FirstPageFile), all the
 *   list needs to show its first rows.
 */
import { COUNT_KEYS, type MeasureKey } from '../measures/catalogue.ts';
import { measureCell, type MeasureCell } from '../measures/cell.ts';
import { decodeCounts, encodeCounts, valueOf, type Counts } from '../measures/values.ts';
import type { Level } from '../template/schema.ts';

/** One year of an agency, from the report counted for that year. */
export interface ListYear {
  year: number;
  /** Every count of the catalogue; rates are computed from them. */
  counts: Counts;
  /** Checks that failed. */
  failed: number;
}

export interface ListRow {
  slug: string;
  name: string;
  level: Level;
  /** Oldest first; empty when no report of the agency has a year. */
  years: ListYear[];
}

/**
 * Rows as columns rather than one object per agency, and without report ids (neither the list nor
 * the compare picker links to a report): less than half the size of the rows as objects.
 */
export interface ListFile {
  slug: string[];
  name: string[];
  level: Level[];
  /** Each agency's years, oldest first. */
  years: number[][];
  /** Per agency-year, in the order of `years` (agency by agency, year by year): its counts in the catalogue's order, then its failed checks. */
  numbers: (number | null)[];
}

export interface FirstPageFile {
  /** How many agencies the default view holds (its pages are counted from this). */
  count: number;
  rows: ListFile;
}

/** Numbers per agency-year in the file: every count, and the failed checks. */
const PER_YEAR = COUNT_KEYS.length + 1;

export function encodeRows(rows: readonly ListRow[]): ListFile {
  return {
    slug: rows.map((r) => r.slug),
    name: rows.map((r) => r.name),
    level: rows.map((r) => r.level),
    years: rows.map((r) => r.years.map((y) => y.year)),
    numbers: rows.flatMap((r) => r.years.flatMap((y) => [...encodeCounts(y.counts), y.failed])),
  };
}

/** The rows of a file; throws when its columns do not line up (a file from another version). */
export function decodeRows(file: ListFile): ListRow[] {
  const n = file.slug.length;
  const yearCount = file.years.reduce((sum, y) => sum + y.length, 0);
  if (file.name.length !== n || file.level.length !== n || file.years.length !== n || file.numbers.length !== yearCount * PER_YEAR) {
    throw new Error(`agency rows: columns do not line up (${n} slugs, ${file.name.length} names, ${file.level.length} levels, ${file.years.length} year lists, ${file.numbers.length} numbers for ${yearCount} years)`);
  }
  let i = 0;
  return file.slug.map((slug, k) => ({
    slug,
    name: file.name[k]!,
    level: file.level[k]!,
    years: file.years[k]!.map((year) => {
      // The length check above makes every slice whole.
      const numbers = file.numbers.slice(i, (i += PER_YEAR));
      return { year, counts: decodeCounts(numbers.slice(0, -1)), failed: numbers.at(-1) ?? 0 };
    }),
  }));
}

export const PAGE_SIZE = 50;
/** The measures the list shows as columns, by key of the catalogue. */
export const LIST_MEASURES = ['newReceived', 'grantedOrPartialShare', 'reconsideration'] as const satisfies readonly MeasureKey[];
export const SORT_KEYS = ['name', 'level', 'years', ...LIST_MEASURES, 'failed'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What the list shows: the filters of its form and the sorted column. */
export interface ListQuery {
  /** Part of the name. */
  q: string;
  /** A Level, or '' for every level. */
  level: string;
  /** A year, or null for each agency's latest year. */
  year: number | null;
  sort: SortKey;
  direction: 1 | -1;
}

export const DEFAULT_QUERY: ListQuery = { q: '', level: '', year: null, sort: 'newReceived', direction: -1 };

export function isDefaultQuery(query: ListQuery): boolean {
  return (Object.keys(DEFAULT_QUERY) as (keyof ListQuery)[]).every((k) => query[k] === DEFAULT_QUERY[k]);
}

/** Names and levels sort up, numbers down, when a column is first chosen. */
export function firstDirection(sort: SortKey): 1 | -1 {
  return sort === 'name' || sort === 'level' ? 1 : -1;
}

/** The query and page (from 0) of a list address: ?q=&level=&year=&sort=&dir=&page=. */
export function queryFromSearch(search: string): { query: ListQuery; page: number } {
  const p = new URLSearchParams(search);
  const sort = SORT_KEYS.find((k) => k === p.get('sort')) ?? DEFAULT_QUERY.sort;
  const dir = p.get('dir');
  return {
    query: {
      q: p.get('q') ?? '',
      level: p.get('level') ?? '',
      year: Number(p.get('year')) || null,
      sort,
      direction: dir === 'asc' ? 1 : dir === 'desc' ? -1 : DEFAULT_QUERY.direction,
    },
    page: Math.max(0, Math.floor(Number(p.get('page') ?? 1)) - 1) || 0,
  };
}

export function queryToSearch(query: ListQuery, page: number): string {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  if (query.level) p.set('level', query.level);
  if (query.year !== null) p.set('year', String(query.year));
  p.set('sort', query.sort);
  p.set('dir', query.direction === 1 ? 'asc' : 'desc');
  if (page > 0) p.set('page', String(page + 1));
  return `?${p}`;
}

/** A row as the list shows it: the numbers of the chosen year, or of the agency's latest. */
export interface ListView {
  row: ListRow;
  year: ListYear;
  /** One cell per LIST_MEASURES. */
  cells: MeasureCell[];
  /** Failed checks of that year; of every year when showing the latest. */
  failed: number;
}

const collator = new Intl.Collator('zh-CN');

/**
 * LEVEL_ORDER of labels.ts, from the top down; repeated because importing labels.ts would bring
 * the template's row labels into the list's script. A unit test keeps the two the same.
 */
const LEVEL_RANK: readonly Level[] = ['national', 'province', 'city', 'county', 'township', 'unknown'];

/** The rows the query lets through, in its order; ties by name. Rows without the year are left out. */
export function listView(rows: readonly ListRow[], query: ListQuery): ListView[] {
  const q = query.q.trim();
  const out: ListView[] = [];
  for (const row of rows) {
    if (query.level && row.level !== query.level) continue;
    if (q && !row.name.includes(q)) continue;
    const year = query.year === null ? row.years.at(-1) : row.years.find((y) => y.year === query.year);
    if (!year) continue;
    const failed = query.year === null ? row.years.reduce((s, y) => s + y.failed, 0) : year.failed;
    out.push({ row, year, cells: LIST_MEASURES.map((k) => measureCell(k, year.counts)), failed });
  }
  return out.sort((a, b) => compareViews(a, b, query) || collator.compare(a.row.name, b.row.name));
}

function compareViews(a: ListView, b: ListView, { sort, direction }: ListQuery): number {
  // Blanks last in either direction: an agency without the number is not the smallest.
  const nullsLast = (x: number | null, y: number | null) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : (x - y) * direction);
  switch (sort) {
    case 'name': return collator.compare(a.row.name, b.row.name) * direction;
    case 'level': return (LEVEL_RANK.indexOf(a.row.level) - LEVEL_RANK.indexOf(b.row.level)) * direction;
    case 'years': return (a.row.years.length - b.row.years.length) * direction;
    case 'failed': return (a.failed - b.failed) * direction;
    default: return nullsLast(valueOf(sort, a.year.counts), valueOf(sort, b.year.counts));
  }
}

/** The first page of the default view, written at build time so the list can show it at once. */
export function firstPage(rows: readonly ListRow[]): FirstPageFile {
  const views = listView(rows, DEFAULT_QUERY);
  return { count: views.length, rows: encodeRows(views.slice(0, PAGE_SIZE).map((v) => v.row)) };
}
