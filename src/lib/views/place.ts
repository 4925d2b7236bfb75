/**
 * A place's page (全国, a province, a city or a county): the places below it with how many agencies
 * and reports each holds; its own agencies with their reports year by year (a county's, or a
 * city's without counties, with its townships and theirs); its totals year by year, each report
 * counted once (site/totals.ts), with one sentence of how its reports measure up to the checklist
 * (views/checklist.ts); a county's own report against the sum of its townships', with
 * the counts where its summary is below that sum; and its peer groups (site/peers.ts).
 *
 * Who did not publish: a county's townships are every township the official list names
 * (site/places.ts officialTownships), each year of each saying 有报告, 汇总报告 or 本站未收录 (the
 * site cannot know what was published elsewhere), with the year's count of townships it holds a
 * report of, and for a year without one the unplaced reports that may be it (可能是…).
 *
 * A page walks only its own place and the places below it, and lists the agencies of its own level
 * only (a province's page lists its cities, not their agencies), so that no page of a national
 * corpus holds every report of a province. Each page computes its view when it is rendered.
 * Unplaced reports are on no place page: the data-quality page lists them.
 */
import { measure, type CountKey } from '../measures/catalogue.ts';
import { measureCell, type MeasureCell } from '../measures/cell.ts';
import { countsOf, pooled } from '../measures/values.ts';
import { AGENCY_KIND_LABELS, LEVEL_LABELS, SCOPE_LABELS } from '../present/labels.ts';
import { publicationDate, timeliness } from '../present/dates.ts';
import { checklistCounts, checklistSentence } from './checklist.ts';
import { paths, placeAnchor } from '../present/url.ts';
import type { PlaceNode } from '../place/hierarchy.ts';
import type { Agency } from '../site/agencies.ts';
import { groupMembers, MEMBER_COUNTS, PEER_KINDS, peerGroup, townshipContradictions } from '../site/peers.ts';
import type { CandidateReport, OfficialTownship, PlaceCount, Places } from '../site/places.ts';
import type { Site } from '../site/site.ts';
import { addsUp, yearReports } from '../site/totals.ts';
import { AgencyKind, type Scope } from '../template/schema.ts';
import { HEADLINE_MEASURES, type Headline } from './overview.ts';
import { contradictionText, NATION, peerTitle, placeHref, placeTrail, type PlaceLink } from './place-links.ts';

/** An agency in a place's list: one cell per year of the page (PlaceView.years). */
export interface PlaceAgencyRow {
  slug: string;
  name: string;
  kindLabel: string;
  /** The report counted for each year of the page, or null; `summary` marks a summary report. */
  reports: ({ id: string; summary: boolean } | null)[];
}

export interface PlaceChild extends PlaceLink {
  agencies: number;
  reports: number;
}

/** What the site holds of a township in a year of the page. */
export interface TownshipYear {
  /** `report`: a report of its own of one of its agencies (有报告); `summary`: only a summary report (汇总报告); `none`: 本站未收录. */
  status: 'report' | 'summary' | 'none';
  /** For `none`: unplaced reports of the year whose candidates include this township. */
  maybe: readonly CandidateReport[];
}

export interface PlaceTownship {
  code: string;
  name: string;
  /** The id of its part of the page (present/url.ts placeAnchor). */
  anchor: string;
  /** Its agencies with reports; none for a township the official list names and the site has no report of. */
  agencies: PlaceAgencyRow[];
  /** One per year of the page. */
  years: TownshipYear[];
}

/** How many of a place's townships the site holds a report of, in a year. */
export interface TownshipCount {
  year: number;
  /** Every township of the place: the official list's, and any other the reports name. */
  townships: number;
  /** Those with a report of the year (a summary report counts). */
  covered: number;
}

/** A summary report shown beside a total, as its own series. */
export interface SummaryEntry {
  slug: string;
  name: string;
  id: string;
  /** One per PLACE_TOTAL_MEASURES. */
  cells: MeasureCell[];
}

export interface PlaceTotalsYear {
  year: number;
  /** Reports added up: one per agency, summary reports left out. */
  counted: number;
  /** Of those, reports failing one of their own checks: their numbers are added, and the sum says so. */
  failed: number;
  /** Of those, government reports that do not say whether they add up the bodies below them. */
  unknownScope: number;
  /** One per PLACE_TOTAL_MEASURES, over the reports added up. */
  cells: Headline[];
  /** The summary reports of the place's own government: beside the total, never in it. */
  own: SummaryEntry[];
  /** Summary reports of the places below, left out of the total. */
  below: number;
  /** Of every report of the year in the place and below (one per agency), how many came out late and how many have no publication date (present/dates.ts). */
  publication: { reports: number; late: number; undated: number };
  /** The same reports against the checklist (views/checklist.ts): 郸城县2024年：15份报告中4份逾期、3份表格格式过期. */
  checklist: string;
}

export interface CoverageYear {
  year: number;
  /** The place's government's reports of the year (usually one), each with what it covers. */
  governments: { slug: string; name: string; id: string; scope: Scope; scopeLabel: string; cells: MeasureCell[] }[];
  /** The township governments' reports of the year added up (one per township, summary reports left out). */
  townships: { reports: number; failed: number; cells: { key: CountKey; value: number | null; reported: number }[] };
  /** Where a government's summary report counts less than the township reports alone: one sentence each, largest first. */
  contradictions: { id: string; text: string; excess: number }[];
}

/** A county (or a city without counties) against its townships. */
export interface Coverage {
  /** Township governments of the place with a report in any year. */
  townshipCount: number;
  years: CoverageYear[];
}

export interface PlaceView {
  /** null for 全国. */
  code: string | null;
  name: string;
  /** 省级, 市级, 县级; null for 全国. */
  levelLabel: string | null;
  /** Agencies and reports of the place and the places below it (全国: placed or national). */
  count: PlaceCount;
  /** The places above it, 全国 first. */
  trail: PlaceLink[];
  /** The places below it with pages of their own. */
  children: PlaceChild[];
  /** The agencies of the place itself (for 全国: the national bodies). */
  agencies: PlaceAgencyRow[];
  /** Its townships, each with its agencies: every one the official list names, in code order. */
  townships: PlaceTownship[];
  /** Per year of the page, newest first: how many townships have a report; empty without townships. */
  townshipCounts: TownshipCount[];
  /** The years of the agency tables, newest first. */
  years: number[];
  /** Year by year, newest first; empty for 全国, whose totals are the overview's. */
  totals: PlaceTotalsYear[];
  coverage: Coverage | null;
  /** Its peer groups' pages. */
  peers: (PlaceLink & { members: number })[];
}

/** The measures of a place's totals: the overview's headlines. */
export const PLACE_TOTAL_MEASURES = HEADLINE_MEASURES;

/** The counts of a county against its townships, in the order of table 三 and 四: those its summary report is checked with. */
export const COVERAGE_MEASURES: readonly CountKey[] = MEMBER_COUNTS;

const collator = new Intl.Collator('zh-CN');
const KIND_ORDER = AgencyKind.options;

function agencyRows(agencies: readonly Agency[], years: readonly number[]): PlaceAgencyRow[] {
  return [...agencies]
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || collator.compare(a.name, b.name))
    .map((a) => ({
      slug: a.slug,
      name: a.name,
      kindLabel: AGENCY_KIND_LABELS[a.kind],
      reports: years.map((y) => {
        const r = a.byYear.get(y);
        return r ? { id: r.id, summary: r.scope === 'summary' } : null;
      }),
    }));
}

const newestFirst = (agencies: readonly Agency[]) => [...new Set(agencies.flatMap((a) => a.years))].sort((a, b) => b - a);

function totals(places: Places, place: PlaceNode): PlaceTotalsYear[] {
  const all = places.within(place.code);
  return newestFirst(all).map((year) => {
    const { counted, summaries, failed } = yearReports(all, year);
    const reports = all.flatMap((a) => a.byYear.get(year) ?? []);
    const counts = counted.map(countsOf);
    const own = places.at(place.code).flatMap((a) => {
      const r = a.byYear.get(year);
      return r && !addsUp(r) ? [{ slug: a.slug, name: a.name, id: r.id, cells: PLACE_TOTAL_MEASURES.map((k) => measureCell(k, countsOf(r))) }] : [];
    });
    return {
      year,
      counted: counted.length,
      failed,
      unknownScope: counted.filter((r) => r.scope === 'unknown').length,
      cells: PLACE_TOTAL_MEASURES.map((key) => ({ key, label: measure(key).label, ...pooled(key, counts), term: measure(key).term })),
      own,
      below: summaries.length - own.length,
      publication: publication(reports),
      checklist: checklistSentence(place.name, year, checklistCounts(reports)),
    };
  });
}

function publication(reports: readonly Parameters<typeof timeliness>[0][]): PlaceTotalsYear['publication'] {
  const statuses = reports.map((r) => timeliness(r).status);
  return { reports: reports.length, late: statuses.filter((s) => s === 'late').length, undated: reports.filter((r) => publicationDate(r) === undefined).length };
}

function coverage(places: Places, place: PlaceNode): Coverage | null {
  const townships = groupMembers(places, place, 'townships');
  if (townships.length === 0) return null;
  const governments = places.at(place.code).filter((a) => a.kind === 'government');
  const contradictions = townshipContradictions(places, place);
  const years = newestFirst([...governments, ...townships]).map((year): CoverageYear => {
    const { counted, failed } = yearReports(townships, year);
    const counts = counted.map(countsOf);
    return {
      contradictions: contradictions
        .filter((c) => c.year === year)
        .flatMap((c) => c.contradictions.map((x) => ({ id: c.report.id, text: contradictionText(x, c.members), excess: x.excess }))),
      year,
      governments: governments.flatMap((a) => {
        const r = a.byYear.get(year);
        return r ? [{ slug: a.slug, name: a.name, id: r.id, scope: r.scope, scopeLabel: SCOPE_LABELS[r.scope], cells: COVERAGE_MEASURES.map((k) => measureCell(k, countsOf(r))) }] : [];
      }),
      townships: { reports: counted.length, failed, cells: COVERAGE_MEASURES.map((key) => ({ key, ...pooled(key, counts) })) },
    };
  });
  return { townshipCount: townships.length, years };
}

/** The page of 全国: the provinces and the national bodies. */
export function nationView(site: Pick<Site, 'places'>): PlaceView {
  const { places } = site;
  const years = newestFirst(places.national);
  return {
    code: null,
    name: NATION,
    levelLabel: null,
    count: [...places.tree.roots.map((n) => places.count(n.code)), ...places.national.map((a) => ({ agencies: 1, reports: a.reports.length }))].reduce(
      (t, c) => ({ agencies: t.agencies + c.agencies, reports: t.reports + c.reports }),
      { agencies: 0, reports: 0 },
    ),
    trail: [],
    children: places.tree.roots.map((n) => ({ name: n.name, href: placeHref(places, n), ...places.count(n.code) })),
    agencies: agencyRows(places.national, years),
    townships: [],
    townshipCounts: [],
    years,
    totals: [],
    coverage: null,
    peers: [],
  };
}

/** A township's year: what its agencies' reports of the year are, and where it has none, the unplaced reports that may be it. */
function townshipYear(places: Places, code: string, agencies: readonly Agency[], year: number): TownshipYear {
  const reports = agencies.flatMap((a) => a.byYear.get(year) ?? []);
  if (reports.some((r) => r.scope !== 'summary')) return { status: 'report', maybe: [] };
  if (reports.length > 0) return { status: 'summary', maybe: [] };
  return { status: 'none', maybe: places.candidates(code).filter((c) => c.year === year) };
}

/**
 * A place's townships: those the official list names and those the reports name (the same, but
 * for a list of another edition), in code order, each with its agencies and its years.
 */
function townshipsOf(places: Places, place: PlaceNode, official: readonly OfficialTownship[], years: readonly number[]): PlaceTownship[] {
  const named = new Map<string, string>(official.map((t) => [t.code, t.name]));
  for (const c of place.children) if (c.level === 'township') named.set(c.code, c.name);
  return [...named]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, name]) => {
      const agencies = places.at(code);
      return { code, name, anchor: placeAnchor(code), agencies: agencyRows(agencies, years), years: years.map((y) => townshipYear(places, code, agencies, y)) };
    });
}

/**
 * The page of a province, city or county; null for a code no report is in.
 * @param official the townships the official list names under it (site/places.ts officialTownships), for a county or a city without counties
 */
export function placeView(site: Pick<Site, 'places'>, code: string, official: readonly OfficialTownship[] = []): PlaceView | null {
  const { places } = site;
  const place = places.node(code);
  if (!place) return null;
  const own = places.at(code);
  const years = newestFirst([...own, ...place.children.filter((c) => c.level === 'township').flatMap((t) => places.at(t.code))]);
  const townships = townshipsOf(places, place, official, years);
  return {
    code,
    name: place.name,
    levelLabel: LEVEL_LABELS[place.level],
    count: places.count(code),
    trail: placeTrail(places, code).slice(0, -1),
    children: place.children.filter((c) => c.level !== 'township').map((n) => ({ name: n.name, href: placeHref(places, n), ...places.count(n.code) })),
    agencies: agencyRows(own, years),
    townships,
    townshipCounts: townships.length === 0 ? [] : years.map((year, i) => ({ year, townships: townships.length, covered: townships.filter((t) => t.years[i]!.status !== 'none').length })),
    years,
    totals: totals(places, place),
    coverage: coverage(places, place),
    peers: PEER_KINDS.map((kind) => peerGroup(places, code, kind))
      .filter((g) => g !== null)
      .map((g) => ({ name: `${peerTitle(g)}比较`, href: paths.peers(code, g.kind), members: g.members.length })),
  };
}

/** The place pages: every place of the data but the townships, which are parts of their county's page. Shared pages: every build part makes them all. */
export function placePaths(site: Pick<Site, 'places'>): { params: { code: string }; props: { code: string } }[] {
  return [...site.places.tree.byCode.values()]
    .filter((n) => n.level !== 'township')
    .map((n) => n.code)
    .sort()
    .map((code) => ({ params: { code }, props: { code } }));
}
