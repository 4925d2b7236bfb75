/**
 * The agency rows as the browser holds them, and the files they travel in. Pure and browser-safe:
 * the build writes the files with these functions (list-rows.ts, src/pages/rows/) and the client
 * pages read them with the same ones (src/browser/agency-list.ts, search.ts, compare.ts).
 *
 * Two files, so that the agency list's first paint does not grow with the corpus:
 * - `rows/agencies.json`: every agency (ListFile), for the agency list's filters, sorts and pages,
 *   and the search page's conditions on numbers;
 * - `rows/agencies-first-page.json`: the first page of the list's default view (FirstPageFile).
 */
import { COUNT_KEYS } from '../measures/catalogue.ts';
import { decodeCounts, encodeCounts, type Counts } from '../measures/values.ts';
import { CHECK_IDS, type CheckId } from '../template/identities.ts';
import type { Check, Level, Scope } from '../template/schema.ts';
import { CHECKLIST_KEYS, type ItemState } from './checklist-items.ts';

/** One year of an agency, from the report counted for that year. */
export interface ListYear {
  year: number;
  /** The report's id. */
  id: string;
  /** Every count of the catalogue; rates are computed from them. */
  counts: Counts;
  /** Checks that failed (each tested row, column or group counts once). */
  failed: number;
  /** The checks that failed, by id. */
  failedIds: CheckId[];
  /** What the report's numbers cover: a summary's are its members' again (agency/scope.ts). */
  scope: Scope;
  /** The failed prose checks' own words: the number the text states against the table's. */
  stated: string[];
  /** The report's checklist (views/checklist.ts): each item's state, in CHECKLIST_KEYS order. */
  items: ItemState[];
}

export interface ListRow {
  slug: string;
  name: string;
  level: Level;
  /** The agency's division code (its latest placed report's), '' when unplaced: a code prefix selects a region. */
  division: string;
  /** Oldest first; empty when no report of the agency has a year. */
  years: ListYear[];
}

/**
 * Rows as columns rather than one object per agency: less than half the size of the rows as
 * objects. Report ids are left out where they are the year and the agency's slug, as most are.
 */
export interface ListFile {
  slug: string[];
  name: string[];
  level: Level[];
  division: string[];
  /** Each agency's years, oldest first. */
  years: number[][];
  /**
   * Per agency-year, in the order of `years` (agency by agency, year by year): its counts in the
   * catalogue's order, then its failed checks, then the failed checks' ids as bits (bit i:
   * CHECK_IDS[i]).
   */
  numbers: (number | null)[];
  /**
   * Per agency-year, the report id by what follows `<year>-<slug>` in it (`-zheng-fu-c1ca6b9d` of
   * `2022-liu-yuan-kou-xiang-zheng-fu-c1ca6b9d`, '' for the prefix alone), or `=` and the whole id
   * when it does not start so: most ids are the year, the agency's slug and a hash.
   */
  ids: string[];
  /** Per agency-year, its scope's first letter (`o`wn, `s`ummary, `u`nknown). */
  scopes: string;
  /** The agency-years (by their place in `years`, counted across agencies) whose prose check failed: its words. */
  stated: Record<number, string[]>;
  /**
   * Per agency-year, its checklist: one letter per item in CHECKLIST_KEYS order (`m`et, `n`ot met,
   * `u`nknown).
   */
  items: string;
}

export interface FirstPageFile {
  /** How many agencies the default view holds (its pages are counted from this). */
  count: number;
  rows: ListFile;
}

/** Numbers per agency-year in the file: every count, the failed checks and their ids. */
const PER_YEAR = COUNT_KEYS.length + 2;

/** The ids of the failed checks among `checks`, in CHECK_IDS order. */
export function failedCheckIds(checks: readonly Pick<Check, 'id' | 'ok'>[]): CheckId[] {
  const failed = new Set(checks.filter((c) => !c.ok).map((c) => c.id));
  return CHECK_IDS.filter((id) => failed.has(id));
}

function encodeIds(ids: readonly CheckId[]): number {
  return ids.reduce((bits, id) => bits | (1 << CHECK_IDS.indexOf(id)), 0);
}

function decodeIds(bits: number): CheckId[] {
  return CHECK_IDS.filter((_, i) => bits & (1 << i));
}

const SCOPE_LETTERS: Record<string, Scope> = { o: 'own', s: 'summary', u: 'unknown' };

const STATE_LETTERS: Record<string, ItemState> = { m: 'met', n: 'unmet', u: 'unknown' };
const LETTER_OF: Record<ItemState, string> = { met: 'm', unmet: 'n', unknown: 'u' };
const ITEM_COUNT = CHECKLIST_KEYS.length;

const idPrefix = (slug: string, year: number) => `${year}-${slug}`;

function encodeId(id: string, slug: string, year: number): string {
  const prefix = idPrefix(slug, year);
  return id.startsWith(prefix) ? id.slice(prefix.length) : `=${id}`;
}

function decodeId(text: string, slug: string, year: number): string {
  return text.startsWith('=') ? text.slice(1) : `${idPrefix(slug, year)}${text}`;
}

export function encodeRows(rows: readonly ListRow[]): ListFile {
  return {
    slug: rows.map((r) => r.slug),
    name: rows.map((r) => r.name),
    level: rows.map((r) => r.level),
    division: rows.map((r) => r.division),
    years: rows.map((r) => r.years.map((y) => y.year)),
    numbers: rows.flatMap((r) => r.years.flatMap((y) => [...encodeCounts(y.counts), y.failed, encodeIds(y.failedIds)])),
    ids: rows.flatMap((r) => r.years.map((y) => encodeId(y.id, r.slug, y.year))),
    scopes: rows.flatMap((r) => r.years.map((y) => y.scope[0])).join(''),
    stated: Object.fromEntries(rows.flatMap((r) => r.years).flatMap((y, k) => (y.stated.length ? [[k, y.stated]] : []))),
    items: rows.flatMap((r) => r.years.map((y) => y.items.map((state) => LETTER_OF[state]).join(''))).join(''),
  };
}

/** The rows of a file; throws when its columns do not line up (a file from another version). */
export function decodeRows(file: ListFile): ListRow[] {
  const n = file.slug.length;
  const yearCount = file.years.reduce((sum, y) => sum + y.length, 0);
  if (file.name.length !== n || file.level.length !== n || file.division?.length !== n || file.years.length !== n || file.numbers.length !== yearCount * PER_YEAR || file.ids?.length !== yearCount || file.scopes?.length !== yearCount || file.items?.length !== yearCount * ITEM_COUNT) {
    throw new Error(`agency rows: columns do not line up (${n} slugs, ${file.name.length} names, ${file.level.length} levels, ${file.years.length} year lists, ${file.numbers.length} numbers and ${file.ids?.length ?? 0} ids for ${yearCount} years)`);
  }
  let i = 0;
  let k = 0;
  return file.slug.map((slug, a) => ({
    slug,
    name: file.name[a]!,
    level: file.level[a]!,
    division: file.division[a]!,
    years: file.years[a]!.map((year) => {
      // The length check above makes every slice whole.
      const numbers = file.numbers.slice(i, (i += PER_YEAR));
      const scope = SCOPE_LETTERS[file.scopes[k]!] ?? 'unknown';
      const stated = file.stated?.[k] ?? [];
      const items = [...file.items.slice(k * ITEM_COUNT, (k + 1) * ITEM_COUNT)].map((letter) => STATE_LETTERS[letter] ?? 'unknown');
      const id = decodeId(file.ids[k++]!, slug, year);
      return { year, id, counts: decodeCounts(numbers.slice(0, -2)), failed: numbers.at(-2) ?? 0, failedIds: decodeIds(numbers.at(-1) ?? 0), scope, stated, items };
    }),
  }));
}
