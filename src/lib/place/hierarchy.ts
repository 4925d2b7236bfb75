/**
 * The places that occur in the data, as a tree for browsing by place (全国 → province → city →
 * county → township). Built from the reports' own divisions (their `codes` and `names`), so that
 * the site needs no gazetteer and holds only the places it has reports for. Pure.
 */
import { levelOfCode, type DivisionLevel } from '../agency/level.ts';
import type { Division } from '../template/schema.ts';

export interface PlaceNode {
  code: string;
  /** The official name (郸城县). */
  name: string;
  level: DivisionLevel;
  /** The places below it that occur in the data, by code. */
  children: PlaceNode[];
}

export interface PlaceTree {
  /** The provinces, by code. */
  roots: PlaceNode[];
  byCode: ReadonlyMap<string, PlaceNode>;
}

/** The tree of the given divisions and every place above them; nulls (unplaced reports) are skipped. */
export function placeTree(divisions: Iterable<Pick<Division, 'codes' | 'names'> | null>): PlaceTree {
  const byCode = new Map<string, PlaceNode>();
  const roots: PlaceNode[] = [];
  for (const division of divisions) {
    if (!division) continue;
    let parent: PlaceNode | null = null;
    division.codes.forEach((code, i) => {
      let node = byCode.get(code);
      if (!node) {
        node = { code, name: division.names[i]!, level: levelOfCode(code), children: [] };
        byCode.set(code, node);
        (parent ? parent.children : roots).push(node);
      }
      parent = node;
    });
  }
  const sort = (nodes: PlaceNode[]) => {
    nodes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const n of nodes) sort(n.children);
  };
  sort(roots);
  return { roots, byCode };
}
