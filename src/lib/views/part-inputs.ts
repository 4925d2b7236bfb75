/**
 * What an agency's own pages read from the whole site, for the incremental build
 * (publish/incremental-fs.ts): an agency group's pages are taken as the last build made them only
 * when nothing they show changed. Those pages are the agency page and its feed, its charts' embed
 * pages, its compare records (`rows/agency/<slug>.json`, `rows/id/<id>.json`), its report pages,
 * and the pages at old addresses that lead to it. Besides its own reports (whose files the caller
 * hashes: a report page reads the report in full) they show:
 * - the agency's place: its trail of places and the page of its peer group (place-links.ts);
 * - the comparison with its level's median in its latest year, with how many agencies take part
 *   (site/level-median.ts), which any report of that level and year can move;
 * - for each report held to share its text with reports of the same year, those reports' agencies;
 * - its short ids and the old addresses (of the agency and of its reports) that lead to it
 *   (search/addresses.ts);
 * - the data's date (views/feed.ts `dataAsOf`), which every page's layout carries: it is the
 *   caller's, once for all groups.
 *
 * Each is given here as the views compute it, so that the key is what the pages show, not a guess
 * at it. Pure.
 */
import { levelComparison } from '../site/level-median.ts';
import type { Site } from '../site/site.ts';
import type { Agency } from '../site/types.ts';
import type { Addresses } from '../search/addresses.ts';
import type { ShortIds } from '../present/short-ids.ts';
import { dataAsOf } from './feed.ts';
import { agencyPlace } from './place-links.ts';

/** Maps (an agency's `byYear`) as their entries, so that JSON keeps them. */
function jsonable(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value] : value;
}

/**
 * Each agency's inputs from the whole site (above) as one JSON text, by agency key. The agency
 * itself (its name, level, place, every report's core) is in it; its reports' full files are not.
 */
export function agencyInputs(site: Site, addresses: Addresses, ids: ShortIds): Map<string, string> {
  const movedSlugs = new Map<Agency, string[]>();
  for (const [slug, agency] of addresses.moved) movedSlugs.set(agency, [...(movedSlugs.get(agency) ?? []), slug]);
  const movedReports = new Map<Agency, unknown[]>();
  for (const [id, move] of addresses.movedReports) movedReports.set(move.agency, [...(movedReports.get(move.agency) ?? []), { id, year: move.year, reports: move.reports }]);
  const shortIds = new Map<string, string[]>();
  for (const [id, slug] of ids.toSlug) shortIds.set(slug, [...(shortIds.get(slug) ?? []), id]);
  const inputs = new Map<string, string>();
  for (const agency of site.agencies) {
    const latest = agency.byYear.size ? Math.max(...agency.byYear.keys()) : undefined;
    const copiedFrom = agency.reports.flatMap((r) => (r.copied?.sameYear ?? []).map((s) => [s.id, site.reportById(s.id)?.agency ?? null]));
    inputs.set(
      agency.key,
      JSON.stringify(
        {
          agency,
          place: agencyPlace(site, agency),
          comparison: latest === undefined ? null : levelComparison(agency, site.medians, latest),
          copiedFrom,
          shortIds: shortIds.get(agency.slug) ?? [],
          movedSlugs: movedSlugs.get(agency) ?? [],
          movedReports: movedReports.get(agency) ?? [],
        },
        jsonable,
      ),
    );
  }
  return inputs;
}

/** What every page reads from the whole site whatever its agency: the data's date in its layout. */
export function siteWideInputs(site: Pick<Site, 'reports'>): string {
  return JSON.stringify({ dataAsOf: dataAsOf(site) });
}
