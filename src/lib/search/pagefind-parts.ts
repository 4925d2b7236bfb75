/**
 * How the full-text index is split. Pagefind holds a whole index in memory while it builds it
 * (about 0.85 MB per page of Chinese text as measured for issue 4), so one index over a national
 * corpus does not fit on one machine. Instead the report pages are indexed in parts of at most
 * MAX_PAGES pages, each by its own Pagefind run, into
 * `pagefind/<build part>/<part>/`; the search page merges the parts at query time with Pagefind's
 * `mergeIndex`. Memory of a run is bounded by MAX_PAGES whatever the size of the corpus.
 *
 * Agency pages are not indexed: the name search (agency-index.json) finds agencies, and every
 * page in the index costs every query a few bytes of Pagefind's page list.
 *
 * A build writes `pagefind/<build part>.json`, the list of its parts, so the parts of a split build
 * (src/lib/build/part.ts) assemble by copying folders: no two builds write the same file.
 * Pure: no file system.
 */

/**
 * Pages per Pagefind run. A report page indexes about 1,200 characters (title, key numbers and
 * sections 一, 五, 六; not the tables): a run of 5,000 pages peaks at about 1.6 GB (measured). 10,000 reports
 * make two parts.
 */
export const MAX_PAGES = 5000;

/** What the search page fetches to learn the parts: `{ "parts": ["all/1", "all/2"] }`. */
export interface PartsManifest {
  parts: string[];
}

export interface IndexPart {
  /** Folder under `pagefind/<build part>/`: `1`, `2`, … */
  name: string;
  /** Page paths as Astro gives them (`report/2024-qian-dian-zhen/`), newest year first. */
  pages: string[];
  /** The years of its first and last page (`nd`: no year), for the build log. */
  years: [string, string];
}

const REPORT_PAGE = /^\/?report\/(\d{4}|nd)-[a-z0-9-]+\/?$/;

/** The group of a page in the index: its report's year (`2024`, `nd` when unknown); null for other pages. */
export function groupOf(pathname: string): string | null {
  return REPORT_PAGE.exec(pathname)?.[1] ?? null;
}

/**
 * The parts for a build's pages: as few as `maxPages` allows (every part costs each query its own
 * page list and index chunks, so fewer parts mean lighter queries), of equal size, cut from the
 * pages in year order, newest first (reports without a year last), so that a part holds a few
 * consecutive years. Named `1`, `2`, … in that order.
 */
export function planParts(pathnames: readonly string[], maxPages = MAX_PAGES): IndexPart[] {
  const rank = (p: string) => {
    const g = groupOf(p);
    return g === 'nd' ? -1 : Number(g);
  };
  const pages = pathnames.filter((p) => groupOf(p) !== null).sort((a, b) => rank(b) - rank(a) || (a < b ? -1 : a > b ? 1 : 0));
  const count = Math.ceil(pages.length / maxPages);
  const size = Math.ceil(pages.length / count);
  return Array.from({ length: count }, (_, i) => {
    const slice = pages.slice(i * size, (i + 1) * size);
    return { name: String(i + 1), pages: slice, years: [groupOf(slice[0]!)!, groupOf(slice.at(-1)!)!] as [string, string] };
  });
}

/** The page's URL as Pagefind should give it, relative to the site's base: `/report/2024-x/`. */
export function pageUrl(pathname: string): string {
  return `/${pathname.replace(/^\/+/, '').replace(/\/?$/, '/')}`;
}
