/**
 * Addresses that last. Every build publishes the record of every agency address a build of the
 * site has published (`/agency-addresses.json`): each address with the identity it was made for
 * (agency/key.ts agencyIdentity) and the reports it held then. The next build reads the record
 * back (the file committed beside the content, README "Addresses that last"), keeps every entry,
 * and for an address no agency has any longer (a report settled into a place, a namesake moved to
 * a folder of its own) finds where it leads now: the agency of the same identity, else the one
 * that holds most of its reports. That agency's part serves a redirect page there and, under the
 * old address, the agency's compare record, whose `slug` leads a shared compare link to the new
 * address. An address whose reports are all gone leads nowhere and stays in the record, in case
 * they come back.
 *
 * Pure: the Node edge is addresses-fs.ts.
 */
import type { Agency } from '../site/agencies.ts';

/** One address of the record (its schema, for reading it back: addresses-fs.ts). */
export interface AddressEntry {
  /** The address (`qian-dian-zhen-411625106`: `/agency/<slug>/`). */
  slug: string;
  /** The identity of the agency it was made for. */
  key: string;
  /** The ids of that agency's reports when the address was last an agency's own. */
  reports: string[];
  /** Where it leads now, when it is no agency's own any longer; absent for a current address or one that leads nowhere. */
  to?: string;
}

export interface AddressRecord {
  version: 1;
  addresses: AddressEntry[];
}

export interface Addresses {
  /** What this build publishes: every address, current and old, sorted by slug. */
  record: AddressRecord;
  /** Old address → the agency it leads to now. */
  moved: Map<string, Agency>;
}

/** The agency an old address leads to: its identity's, else the one holding most of its reports (the first by key on a tie). */
function successor(entry: AddressEntry, byKey: ReadonlyMap<string, Agency>, byReport: ReadonlyMap<string, Agency>): Agency | undefined {
  const same = byKey.get(entry.key);
  if (same) return same;
  const held = new Map<Agency, number>();
  for (const id of entry.reports) {
    const a = byReport.get(id);
    if (a) held.set(a, (held.get(a) ?? 0) + 1);
  }
  return [...held].sort(([a, m], [b, n]) => n - m || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[0]?.[0];
}

/** The record this build publishes and the redirects it serves, from its agencies and the record read back (null for the first build). */
export function addresses(agencies: readonly Agency[], previous: AddressRecord | null): Addresses {
  const bySlug = new Map<string, AddressEntry>();
  for (const a of agencies) bySlug.set(a.slug, { slug: a.slug, key: a.key, reports: a.reports.map((r) => r.id) });
  const byKey = new Map(agencies.map((a) => [a.key, a]));
  const byReport = new Map(agencies.flatMap((a) => a.reports.map((r) => [r.id, a] as const)));
  const moved = new Map<string, Agency>();
  for (const old of previous?.addresses ?? []) {
    if (bySlug.has(old.slug)) continue;
    const to = successor(old, byKey, byReport);
    if (to) moved.set(old.slug, to);
    bySlug.set(old.slug, { slug: old.slug, key: old.key, reports: old.reports, ...(to ? { to: to.slug } : {}) });
  }
  const list = [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { record: { version: 1, addresses: list }, moved };
}

/** The redirect pages a build part serves: those of the moved addresses that lead to its own agencies. */
export function movedPaths(moved: ReadonlyMap<string, Agency>, own: readonly Agency[]): { params: { slug: string }; props: { movedTo: Agency } }[] {
  const mine = new Set(own);
  return [...moved].filter(([, to]) => mine.has(to)).map(([slug, to]) => ({ params: { slug }, props: { movedTo: to } }));
}
