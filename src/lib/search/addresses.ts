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
 * Report addresses (`/report/<id>/`) too: a report's id is its file's (ingest/ids.ts), so a file
 * replaced by a corrected copy is published under a new id. Every id the record holds that no
 * report has any longer is kept in `reports` with the agency and year it was a report of, and
 * leads to that agency's report of that year now: a redirect page where there is one, a page
 * listing them where there are two or more (which one replaced it is not guessed). An id without
 * a year, or whose agency has no report of its year now, leads nowhere and stays in the record.
 *
 * Pure: the Node edge is addresses-fs.ts.
 */
import type { ReportCore } from '../site/core.ts';
import type { Agency } from '../site/types.ts';

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

/** A report address no report has any longer (its file replaced by a corrected copy, or gone). */
export interface ReportAddressEntry {
  /** The old id (`/report/<id>/`). */
  id: string;
  /** The identity of the agency it was a report of. */
  key: string;
  /** Its year, read from the id (docs/SCHEMA.md `id` begins with it); null for 年度不详. */
  year: number | null;
  /** The report it leads to now, when its agency has exactly one of that year. */
  to?: string;
}

export interface AddressRecord {
  version: 1;
  addresses: AddressEntry[];
  /** Old report addresses, sorted by id; absent in records written before they were kept. */
  reports?: ReportAddressEntry[];
}

/** Where an old report address leads: its agency's reports of its year now (one, or two or more to choose from). */
export interface ReportMove {
  agency: Agency;
  year: number;
  /** By id. */
  reports: ReportCore[];
}

export interface Addresses {
  /** What this build publishes: every address, current and old, sorted by slug. */
  record: AddressRecord;
  /** Old address → the agency it leads to now. */
  moved: Map<string, Agency>;
  /** Old report id → its agency's reports of its year now. */
  movedReports: Map<string, ReportMove>;
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

const bySortKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

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
  const list = [...bySlug.values()].sort(bySortKey((e) => e.slug));
  const { reports, movedReports } = reportAddresses(previous, list, byKey, byReport, moved);
  return { record: { version: 1, addresses: list, reports }, moved, movedReports };
}

/** The year an id begins with (ingest/ids.ts reportId: `2024-…`; `nd-…` for 年度不详). */
function yearOfId(id: string): number | null {
  const year = /^(\d{4})-/.exec(id)?.[1];
  return year === undefined ? null : Number(year);
}

/**
 * The old report addresses: those of the record read back, then every id of its agency entries
 * that no report has now (the entries the previous build published as current first, so that an
 * id takes the identity it was last published under). Each leads to the reports of its year of
 * the agency of its identity now, else of the agency its identity's old address leads to.
 */
function reportAddresses(
  previous: AddressRecord | null,
  list: readonly AddressEntry[],
  byKey: ReadonlyMap<string, Agency>,
  byReport: ReadonlyMap<string, Agency>,
  moved: ReadonlyMap<string, Agency>,
): { reports: ReportAddressEntry[]; movedReports: Map<string, ReportMove> } {
  const old = new Map<string, { key: string; year: number | null }>();
  for (const r of previous?.reports ?? []) if (!byReport.has(r.id) && !old.has(r.id)) old.set(r.id, { key: r.key, year: r.year });
  const entries = [...(previous?.addresses ?? [])].sort((a, b) => Number(a.to !== undefined) - Number(b.to !== undefined));
  for (const e of entries) for (const id of e.reports) if (!byReport.has(id) && !old.has(id)) old.set(id, { key: e.key, year: yearOfId(id) });
  const agencyOfKey = new Map(byKey);
  for (const e of list) {
    const to = moved.get(e.slug);
    if (to && !agencyOfKey.has(e.key)) agencyOfKey.set(e.key, to);
  }
  const reports: ReportAddressEntry[] = [];
  const movedReports = new Map<string, ReportMove>();
  for (const [id, { key, year }] of [...old].sort(bySortKey(([i]) => i))) {
    const agency = agencyOfKey.get(key);
    const now = year === null || !agency ? [] : agency.reports.filter((r) => r.year === year).sort(bySortKey((r) => r.id));
    if (now.length > 0) movedReports.set(id, { agency: agency!, year: year!, reports: now });
    reports.push({ id, key, year, ...(now.length === 1 ? { to: now[0]!.id } : {}) });
  }
  return { reports, movedReports };
}

/** The name of the record in the built site (src/pages/agency-addresses.json.ts), which the next build reads back. */
export const RECORD_FILE = 'agency-addresses.json';

const REPORT_PAGE = /^\/?report\/([^/]+)\/?$/;

/** The pages a build wrote, less those at old report addresses (the record's `reports`): they are no report's, and have no data and no search record. */
export function withoutOldReports(pathnames: readonly string[], record: AddressRecord | null): string[] {
  const old = new Set((record?.reports ?? []).map((r) => r.id));
  return pathnames.filter((p) => !old.has(REPORT_PAGE.exec(p)?.[1] ?? ''));
}

/** The redirect pages a build part serves: those of the moved addresses that lead to its own agencies. */
export function movedPaths(moved: ReadonlyMap<string, Agency>, own: readonly Agency[]): { params: { slug: string }; props: { movedTo: Agency } }[] {
  const mine = new Set(own);
  return [...moved].filter(([, to]) => mine.has(to)).map(([slug, to]) => ({ params: { slug }, props: { movedTo: to } }));
}

/** The pages at old report addresses a build part serves: those whose agency is its own. */
export function movedReportPaths(movedReports: ReadonlyMap<string, ReportMove>, own: readonly Agency[]): { params: { id: string }; props: { id: string; move: ReportMove } }[] {
  const mine = new Set(own);
  return [...movedReports].filter(([, m]) => mine.has(m.agency)).map(([id, move]) => ({ params: { id }, props: { id, move } }));
}
