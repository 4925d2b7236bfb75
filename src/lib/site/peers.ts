/**
 * Peer groups: the agencies a journalist compares side by side, because they are bodies of one
 * kind under one place.
 * - `townships`: the governments of a county's townships and 街道 (or of a city's, where the city
 *   has no counties: 东莞市), the comparison this project exists for;
 * - `departments`: the bodies of a county, city or province other than its government: its
 *   office, departments and institutions (not courts or party bodies, kind `other`).
 * A group is the same grouping whatever is computed over it: the peers page ranks it and takes
 * its median (level-median.ts mediansOf) year by year. Only groups of two or more agencies are
 * groups: one agency has nobody to be compared with.
 */
import { levelOfCode } from '../agency/level.ts';
import { summaryContradictions, type SummaryContradiction } from '../check/cross-report.ts';
import type { CountKey } from '../measures/catalogue.ts';
import { countsOf } from '../measures/values.ts';
import type { PlaceNode } from '../place/hierarchy.ts';
import type { Agency } from './agencies.ts';
import type { ReportCore } from './core.ts';
import { PEER_KINDS, type PeerKind } from './peer-kinds.ts';
import type { Places } from './places.ts';
import { addsUp, yearReports } from './totals.ts';

export { PEER_KINDS, type PeerKind };

export interface PeerGroup {
  kind: PeerKind;
  place: PlaceNode;
  /** Sorted by key, as the site's agencies are. */
  members: Agency[];
}

const DEPARTMENT_KINDS: ReadonlySet<Agency['kind']> = new Set(['office', 'department', 'institution']);

/**
 * Whether an agency is the government of a township or 街道 (钱店镇, not 钱店镇党政办公室): what a
 * county's `townships` group holds, and what the name index marks for the compare page's
 * 添加该地区全部乡镇 (search/agency-index.ts).
 */
export function isTownshipGovernment(agency: Pick<Agency, 'kind' | 'division'>): boolean {
  return agency.kind === 'government' && agency.division !== null && levelOfCode(agency.division.code) === 'township';
}

/** The agencies of `kind` under a place, however many: the members of its group when there are two or more. */
export function groupMembers(places: Places, place: PlaceNode, kind: PeerKind): Agency[] {
  if (kind === 'townships') return place.children.flatMap((t) => places.at(t.code).filter(isTownshipGovernment));
  if (place.level === 'township') return [];
  return places.at(place.code).filter((a) => DEPARTMENT_KINDS.has(a.kind));
}

/** The group of `kind` under the place of `code`, or null when it has fewer than two agencies. */
export function peerGroup(places: Places, code: string, kind: PeerKind): PeerGroup | null {
  const place = places.node(code);
  if (!place) return null;
  const list = groupMembers(places, place, kind);
  return list.length >= 2 ? { kind, place, members: list } : null;
}

/** Every group of the site, for the peers pages: places in code order, townships before departments. */
export function peerGroups(places: Places): PeerGroup[] {
  return [...places.tree.byCode.keys()]
    .sort()
    .flatMap((code) => PEER_KINDS.map((kind) => peerGroup(places, code, kind)))
    .filter((g) => g !== null);
}

/** The group an agency is a member of (a township government: its county's townships), or null. */
export function groupOfAgency(places: Places, agency: Agency): PeerGroup | null {
  if (!agency.division) return null;
  const code = agency.division.code;
  if (isTownshipGovernment(agency)) {
    const parent = places.parent(code);
    return parent ? peerGroup(places, parent.code, 'townships') : null;
  }
  const group = peerGroup(places, code, 'departments');
  return group && group.members.includes(agency) ? group : null;
}

/** The members' reports of a year that are compared: one per member, summary reports left out (none is a peer's own work). */
export function peerReports(group: PeerGroup, year: number): { agency: Agency; report: ReportCore }[] {
  return group.members.flatMap((agency) => {
    const report = agency.byYear.get(year);
    return report && addsUp(report) ? [{ agency, report }] : [];
  });
}

/** The years any member has a report for, newest first. */
export function peerYears(group: PeerGroup): number[] {
  return [...new Set(group.members.flatMap((a) => a.years))].sort((a, b) => b - a);
}

/** The counts a county's summary report is checked against its townships' with: each adds up, in the order of table 三 and 四. */
export const MEMBER_COUNTS: readonly CountKey[] = ['newReceived', 'carriedOver', 'totalProcessed', 'granted', 'partiallyGranted', 'withheld', 'carriedForward', 'reconsideration', 'litigation'];

/** A place's summary report of a year that counts less than its townships' governments alone reported. */
export interface TownshipContradiction {
  place: PlaceNode;
  year: number;
  /** The place's government, and its summary report of the year. */
  agency: Agency;
  report: ReportCore;
  /** The township reports added up: one per township government, summary reports left out. */
  members: number;
  /** Largest excess first. */
  contradictions: SummaryContradiction[];
}

/** The contradictions between a place's summary reports and the sum of its townships' own reports, newest year first. */
export function townshipContradictions(places: Places, place: PlaceNode): TownshipContradiction[] {
  const townships = groupMembers(places, place, 'townships');
  if (townships.length === 0) return [];
  return places
    .at(place.code)
    .filter((a) => a.kind === 'government')
    .flatMap((agency) =>
      [...agency.byYear].flatMap(([year, report]) => {
        if (addsUp(report)) return [];
        const { counted } = yearReports(townships, year);
        const contradictions = summaryContradictions(countsOf(report), counted.map(countsOf), MEMBER_COUNTS).sort((a, b) => b.excess - a.excess);
        return contradictions.length > 0 ? [{ place, year, agency, report, members: counted.length, contradictions }] : [];
      }),
    )
    .sort((a, b) => b.year - a.year);
}

/** Every such contradiction of the site, for the data-quality page: places in code order. */
export function allTownshipContradictions(places: Places): TownshipContradiction[] {
  return [...places.tree.byCode.values()]
    .filter((n) => n.level !== 'township')
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .flatMap((n) => townshipContradictions(places, n));
}
