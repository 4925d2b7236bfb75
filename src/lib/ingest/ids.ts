/**
 * Report ids: URL-safe ASCII, readable (the year and a pinyin slug of the agency first), and
 * stable: an id depends only on the report itself, never on which other files the folder holds,
 * so that adding a file never changes the address of a report page. The year and the agency
 * make the id readable; the first 8 hex digits of the file's sha256 make it the file's own:
 * `2024-qian-dian-zhen-3f2a9c1b`. A byte-identical copy has the same sha256 and is published
 * once (run-ingest.ts).
 *
 * So a file replaced by a corrected copy is a new report with a new id. An id made from the
 * agency and the year alone, the hash only to tell two reports of one agency-year apart, would
 * keep the address of most corrected copies, but not of all, and at a cost:
 * - an agency-year can have two reports (a report published twice, a summary beside the own
 *   report). Which of them goes without the hash would depend on which file came first: the id
 *   would no longer be a function of the report, ingest would need the history of what was
 *   published, and a run from scratch, or in parts, could rename a report; giving both the hash
 *   instead means the second file renames the first.
 * - it would keep only the addresses of copies that correct something else: the year and the
 *   agency are read from the document, and a copy that corrects them (or a better reading of
 *   them) changes such an id as it changes this one.
 * - every address published so far would change.
 * Instead the site keeps the addresses: the record of published addresses leads an id that no
 * report has any longer to its agency's report of the same year (search/addresses.ts).
 */
import { agencySlug } from '../agency/slug.ts';

/** Hex digits of the sha256 in an id; more only for reports whose ids would otherwise collide. */
const HASH_DIGITS = 8;

export function reportId(year: number | null, agency: string, sha256: string, digits = HASH_DIGITS): string {
  return `${year ?? 'nd'}-${agencySlug(agency) || 'unknown'}-${sha256.slice(0, digits)}`;
}

/**
 * Different files whose ids coincide (same year, same slug and the same first 8 hex digits of
 * their sha256: about one pair in four billion) take the whole sha256 instead, both of them, so
 * that neither id depends on which file came first. Files with the same sha256 must have been
 * taken out before (they are one report).
 */
export function settleIds<T extends { id: string; year: number | null; agency: string; source: { sha256: string } }>(reports: T[]): void {
  const byId = new Map<string, T[]>();
  for (const r of reports) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  for (const group of byId.values()) {
    if (group.length > 1) for (const r of group) r.id = reportId(r.year, r.agency, r.source.sha256, 64);
  }
}
