/**
 * The agencies by place, for browsing by place (全国 → province → city → county, a county's
 * townships on its page), the peer groups (peers.ts) and the regional totals (totals.ts): the tree
 * of the places that occur in the data (place/hierarchy.ts) with the agencies placed at each.
 *
 * Built once per build, in one pass over the agencies; a page then reads its own place and walks
 * only the places below it, so that the pages of a national corpus cost what their places hold
 * and no page holds every report of a province. An unplaced agency (`division` null, with a
 * `place-*` note) is in no place: the data-quality page lists it. A national body (国务院办公厅:
 * no division, no note) is under 全国.
 */
import { placeTree, type PlaceNode, type PlaceTree } from '../place/hierarchy.ts';
import type { Agency } from './agencies.ts';

/** How many agencies and reports a place holds, itself and the places below it together. */
export interface PlaceCount {
  agencies: number;
  reports: number;
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
  for (const a of agencies) {
    if (!a.division) {
      if (a.level === 'national') national.push(a);
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
  };
}
