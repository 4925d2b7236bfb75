/**
 * How the full-text index is split, and in which order the search page searches the parts.
 *
 * Pagefind holds a whole index in memory while it builds it (about 0.85 MB per page of Chinese
 * text as measured on this machine), so one index over a national corpus does not fit on one machine.
 * Instead the report pages are indexed in parts of at most MAX_PAGES pages, each by its own
 * Pagefind run, into `pagefind/<build part>/<part>/`. Memory of a run is bounded by MAX_PAGES
 * whatever the size of the corpus. The parts are cut at each year (planParts), so that a new
 * year's reports leave the parts of the other years byte for byte as they were.
 *
 * A query costs every part it searches that part's page list (about 7.5 bytes a page) and its
 * index chunks for the query's words, so searching every part on every query would grow with the
 * corpus. The search page (src/browser/full-text.ts) searches the parts newest first, one more
 * part only while the results found do not fill a page or when the reader asks for older reports; a year filter searches only the parts holding that year. Merging
 * is Pagefind's own `mergeIndex`.
 *
 * Agency pages are not indexed: the name search (agency-index.json) finds agencies.
 *
 * A build writes `pagefind/<build part>.json`, the list of its parts, so the parts of a split build
 * (src/lib/site/part.ts) assemble by copying folders: no two builds write the same file.
 * Pure: no file system.
 */
import { yearsPhrase } from '../present/format.ts';

/**
 * Pages per Pagefind run. A report page indexes about 1,200 characters (title, key numbers and
 * sections 一, 五, 六; not the tables): a run of 5,000 pages peaks at about 1.6 GB (measured).
 * A year of 9,000 reports makes two parts (its halves vary by a few dozen). SEARCH_PART_PAGES
 * overrides it (src/lib/site/env.ts), so that the browser tests can search a small site in
 * several parts.
 */
export const MAX_PAGES = 5000;

const YEAR_UNKNOWN = '不详';

/** The value of the 类型 filter of every page in the index (the search page's name matches are the other kind). */
export const REPORT_KIND = '年度报告';

/** The value of the 年度 filter of a report page (report-page.astro): its year, or 不详. */
export function yearFilterValue(year: number | null): string {
  return year === null ? YEAR_UNKNOWN : String(year);
}

/** One index part as the search page learns it: where it is, the 年度 values of its pages, how many. */
export interface PartEntry {
  /** Folder under pagefind/: `all/2024`, `2-of-4/2023-2`. */
  path: string;
  /** The 年度 filter values of its pages, newest first (`不详` last). */
  years: string[];
  pages: number;
}

/** What a build writes to pagefind/<build part>.json for the search page. */
export interface PartsManifest {
  parts: PartEntry[];
}

export interface IndexPart {
  /** Folder under `pagefind/<build part>/`: the year (`2024`, `nd`), or the year and a range of it (`2024-3`). */
  name: string;
  /** Page paths as Astro gives them (`report/2024-qian-dian-zhen/`), newest year first. */
  pages: string[];
  /** The 年度 filter value of its pages: one year (the manifest's PartEntry keeps a list). */
  years: string[];
}

const REPORT_PAGE = /^\/?report\/((\d{4}|nd)-[a-z0-9-]+)\/?$/;

/** The id of the report of a report page (`2024-qian-dian-zhen`); null for other pages. */
export function reportIdOf(pathname: string): string | null {
  return REPORT_PAGE.exec(pathname)?.[1] ?? null;
}

/** The year of a report page as its 年度 filter gives it (`2024`, `不详`); null for other pages. */
export function yearOfPage(pathname: string): string | null {
  const group = REPORT_PAGE.exec(pathname)?.[2];
  if (group === undefined) return null;
  return group === 'nd' ? YEAR_UNKNOWN : group;
}

/** Newest first, 不详 last. */
function rank(year: string): number {
  return year === YEAR_UNKNOWN ? -1 : Number(year);
}

/**
 * Where a report falls within its year when the year is split: 32 bits of the sha256 its id ends
 * with (ids end in the first 8 or all 64 hex digits of their source's sha256: ingest/ids.ts), so a
 * report's part depends on the report alone. An id without them (tests' fixtures) is hashed
 * (FNV-1a).
 */
export function bucketKey(id: string): number {
  const hex = /-([0-9a-f]{8})[0-9a-f]*$/.exec(id)?.[1];
  if (hex) return Number.parseInt(hex, 16);
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The parts for a build's pages: one a year, newest first (reports without a year last, named
 * `nd`), so that adding a year's reports leaves the parts of every other year, and so their
 * files, as they were (a host's and a browser's cache keep them). A year of more than `maxPages`
 * pages is split by its reports' bucketKey into 2, 4, 8, … ranges, the fewest that keep every
 * part within `maxPages`: a report added to the year changes the one part it falls in, until the
 * year needs twice the parts. Named `2024`, or `2024-1`, `2024-2`, … by range (a range without
 * pages has no part).
 */
export function planParts(pathnames: readonly string[], maxPages = MAX_PAGES): IndexPart[] {
  const byYear = new Map<string, { path: string; key: number }[]>();
  for (const path of pathnames) {
    const year = yearOfPage(path);
    if (year === null) continue;
    const pages = byYear.get(year) ?? byYear.set(year, []).get(year)!;
    pages.push({ path, key: bucketKey(reportIdOf(path)!) });
  }
  const years = [...byYear.keys()].sort((a, b) => rank(b) - rank(a));
  return years.flatMap((year) => {
    const pages = byYear.get(year)!.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const name = year === YEAR_UNKNOWN ? 'nd' : year;
    const buckets = split(pages, maxPages);
    if (buckets.length === 1) return [{ name, pages: pages.map((p) => p.path), years: [year] }];
    return buckets.flatMap((bucket, i) => (bucket.length ? [{ name: `${name}-${i + 1}`, pages: bucket.map((p) => p.path), years: [year] }] : []));
  });
}

/** The pages in 2^k ranges of their keys, the fewest ranges that hold at most `maxPages` each (one range of any size past 2^16). */
function split<T extends { key: number }>(pages: T[], maxPages: number): T[][] {
  for (let bits = 0; ; bits++) {
    const buckets: T[][] = Array.from({ length: 2 ** bits }, () => []);
    for (const page of pages) buckets[bits === 0 ? 0 : page.key >>> (32 - bits)]!.push(page);
    if (bits === 16 || buckets.every((b) => b.length <= maxPages)) return buckets;
  }
}

/**
 * The parts a search goes through, in the order it takes them: those holding `year` (every part
 * when no year is chosen), newest first. The parts of several build parts (one per province,
 * say) interleave: the newest part of each before the older parts of any.
 */
export function searchOrder(parts: readonly PartEntry[], year?: string): PartEntry[] {
  // The sort is stable: parts of the same newest year stay in the order the manifests list them.
  return parts.filter((p) => !year || p.years.includes(year)).sort((a, b) => rank(b.years[0] ?? YEAR_UNKNOWN) - rank(a.years[0] ?? YEAR_UNKNOWN));
}

/** The years of some parts in words, for the search page: `2022—2024年度`, `2019、2024年度`, `2019年度及年度不详`. */
export function partsYearsText(parts: readonly PartEntry[]): string {
  const years = parts.flatMap((p) => p.years);
  const span = yearsPhrase(years.filter((y) => y !== YEAR_UNKNOWN).map(Number), '年度');
  if (!years.includes(YEAR_UNKNOWN)) return span;
  return span ? `${span}及年度不详` : '年度不详';
}

/** The page's URL as Pagefind should give it, relative to the site's base: `/report/2024-x/`. */
export function pageUrl(pathname: string): string {
  return `/${pathname.replace(/^\/+/, '').replace(/\/?$/, '/')}`;
}
