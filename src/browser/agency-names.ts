/**
 * The agency-name index (agency-index.json), fetched once per page on first use and shared by the
 * header's search box, the search page, the agency list and the compare picker.
 */
import { decodeIndex, type AgencyEntry, type NameIndex } from '../lib/search/name-search.ts';
import { base, fetchJson } from './dom.ts';

let loading: Promise<NameIndex> | undefined;

export function agencyNames(): Promise<NameIndex> {
  loading ??= fetchJson(`${base()}agency-index.json`).then(decodeIndex);
  // A failed load may be retried on the next use.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The agency page of an entry. */
export function agencyHref(entry: AgencyEntry): string {
  return `${base()}agency/${entry.slug}/`;
}
