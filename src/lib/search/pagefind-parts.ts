/**
 * How the full-text index is split, and in which order the search page searches the parts.
 *
 * Pagefind holds a whole index in memory while it builds it (about 0.85 MB per page of Chinese
 * text as measured on this machine), so one index over a national corpus does not fit on one machine.
 * Instead the report pages are indexed in parts of at most MAX_PAGES pages, each by its own
 * Pagefind run, into `pagefind/<build part>/<part>/`. Memory of a run is bounded by MAX_PAGES
 * whatever the size of the corpus.
 *
 * A query costs every part it searches that part's page list (about 7.5 bytes a page) and its
 * index chunks for the query's words, so searching every part on every query would grow with the
 * corpus. The parts are cut in year order, and the search page (src/browser/full-text.ts) searches
 * them newest first, one more part only while the results found do not fill a page or when the
 * reader asks for older reports; a year filter searches only the parts holding that year. Merging
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
 * 10,000 reports make two parts. SEARCH_PART_PAGES overrides it (src/lib/site/env.ts), so that
 * the browser tests can search a small site in several parts.
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
  /** Folder under pagefind/: `all/1`, `2-of-4/3`. */
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
  /** Folder under `pagefind/<build part>/`: `1`, `2`, … */
  name: string;
  /** Page paths as Astro gives them (`report/2024-qian-dian-zhen/`), newest year first. */
  pages: string[];
  /** The 年度 filter values of its pages, newest first. */
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
 * The parts for a build's pages: as few as `maxPages` allows, of equal size, cut from the pages
 * in year order, newest first (reports without a year last), so that a part holds a few
 * consecutive years. Named `1`, `2`, … in that order.
 */
export function planParts(pathnames: readonly string[], maxPages = MAX_PAGES): IndexPart[] {
  // Each page's year read once, not in every comparison of the sort: a national build sorts 100,000.
  const pages = pathnames
    .map((path) => ({ path, year: yearOfPage(path) }))
    .filter((p): p is { path: string; year: string } => p.year !== null)
    .sort((a, b) => rank(b.year) - rank(a.year) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const count = Math.ceil(pages.length / maxPages);
  const size = Math.ceil(pages.length / count);
  return Array.from({ length: count }, (_, i) => {
    const slice = pages.slice(i * size, (i + 1) * size);
    return { name: String(i + 1), pages: slice.map((p) => p.path), years: [...new Set(slice.map((p) => p.year))] };
  });
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
