/**
 * The agencies by place, for browsing by place (全国 → province → city → county, a county's
 * townships on its page), the peer groups (peers.ts) and the regional totals (totals.ts): the tree
 * of the places that occur in the data (place/hierarchy.ts) with the agencies placed at each.
 *
 * Built once per build, in one pass over the agencies; a page then reads its own place and walks
 * only the places below it, so that the pages of a national corpus cost what their places hold
 * and no page holds every report of a province. An unplaced agency (`division` null, with a
 * `place-*` note) is in no place: the data-quality page lists it, and a county's page points to it
 * from the years its candidate townships have no report (`candidates`). A national body
 * (国务院办公厅: no division, no note) is under 全国.
 *
 * Who did not publish: the townships of a county are those the official list names
 * (`officialTownships`), not only those with reports.
 */
import type { Gazetteer } from '../place/gazetteer.ts';
import { placeTree, type PlaceNode, type PlaceTree } from '../place/hierarchy.ts';
import { isPlaceNote } from '../place/identify.ts';
import type { Agency } from './agencies.ts';

/** How many agencies and reports a place holds, itself and the places below it together. */
export interface PlaceCount {
  agencies: number;
  reports: number;
}

/** An unplaced agency's report that a township is among the candidates of. */
export interface CandidateReport {
  slug: string;
  name: string;
  id: string;
  year: number;
}

export interface Places {
  tree: PlaceTree;
  /** National bodies: no division and the national level. */
  national: readonly Agency[];
  /** The place of a code, undefined for a code no report is in. */
  node(code: string): PlaceNode | undefined;
  /** The place above, null for a province. */
  parent(code: string): PlaceNode | null;
  /** A place and the places above it, from the province down. */
  trail(code: string): PlaceNode[];
  /** The agencies placed at exactly this place (its government, office, departments), by key. */
  at(code: string): readonly Agency[];
  /** Every agency of a place and of the places below it. */
  within(code: string): Agency[];
  count(code: string): PlaceCount;
  /** The unplaced reports whose note names this township among its candidates, by year. */
  candidates(code: string): readonly CandidateReport[];
}

const NONE: readonly Agency[] = [];

export function sitePlaces(agencies: readonly Agency[]): Places {
  const tree = placeTree(agencies.map((a) => a.division));
  const parents = new Map<string, PlaceNode>();
  const visit = (n: PlaceNode) => {
    for (const c of n.children) {
      parents.set(c.code, n);
      visit(c);
    }
  };
  tree.roots.forEach(visit);

  const at = new Map<string, Agency[]>();
  const counts = new Map<string, PlaceCount>();
  const national: Agency[] = [];
  const candidates = new Map<string, CandidateReport[]>();
  for (const a of agencies) {
    if (!a.division) {
      if (a.level === 'national') national.push(a);
      for (const r of a.reports) {
        if (r.year === null) continue;
        for (const code of candidateCodes(r.notes.find(isPlaceNote)?.message ?? '')) {
          const list = candidates.get(code) ?? [];
          list.push({ slug: a.slug, name: a.name, id: r.id, year: r.year });
          candidates.set(code, list);
        }
      }
      continue;
    }
    const list = at.get(a.division.code);
    if (list) list.push(a);
    else at.set(a.division.code, [a]);
    for (const code of a.division.codes) {
      const c = counts.get(code) ?? { agencies: 0, reports: 0 };
      c.agencies++;
      c.reports += a.reports.length;
      counts.set(code, c);
    }
  }

  const within = (code: string): Agency[] => {
    const out: Agency[] = [];
    const walk = (n: PlaceNode) => {
      out.push(...(at.get(n.code) ?? NONE));
      n.children.forEach(walk);
    };
    const node = tree.byCode.get(code);
    if (node) walk(node);
    return out;
  };

  return {
    tree,
    national,
    node: (code) => tree.byCode.get(code),
    parent: (code) => parents.get(code) ?? null,
    trail: (code) => {
      const out: PlaceNode[] = [];
      for (let n = tree.byCode.get(code); n; n = parents.get(n.code)) out.unshift(n);
      return out;
    },
    at: (code) => at.get(code) ?? NONE,
    within,
    count: (code) => counts.get(code) ?? { agencies: 0, reports: 0 },
    candidates: (code) => candidates.get(code) ?? [],
  };
}

/**
 * The township codes a `place-*` note names as candidates: ingest writes each as its full name and
 * its code in brackets (河南省周口市郸城县城郊乡（411625200）). What the note quotes from the report (its
 * name, a folder: “…”) is left out, so that a report cannot name candidates itself. Only a pointer
 * (可能是…) is made of them, never a placement.
 */
export function candidateCodes(message: string): string[] {
  return [...new Set([...message.replace(/“[^”]*”/g, '').matchAll(/（(\d{9})）/g)].map((m) => m[1]!))];
}

/** A township of the official list: its code and official name. */
export interface OfficialTownship {
  code: string;
  name: string;
}

/**
 * The townships and 街道 the official list names under a county, or under a city without counties
 * (东莞市 4419: its townships are 441900xxx), in code order; none for other places. A township's code
 * is its county's and three digits, so the list is asked for each of the thousand.
 */
export function officialTownships(gaz: Pick<Gazetteer, 'at'>, code: string): OfficialTownship[] {
  const prefix = code.length === 6 ? code : code.length === 4 ? `${code}00` : null;
  if (!prefix) return [];
  const out: OfficialTownship[] = [];
  for (let i = 0; i < 1000; i++) {
    const probe = `${prefix}${String(i).padStart(3, '0')}`;
    const d = gaz.at(probe);
    // A left-out row's code gives the division standing in for it: only a township of its own code counts.
    if (d && d.code === probe && d.level === 'township' && d.parent?.code === code) out.push({ code: d.code, name: d.name });
  }
  return out;
}
