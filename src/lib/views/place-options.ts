/**
 * The region filters of the agency list, the search page and the data-quality page: the
 * provinces, cities and counties the data has reports for (place/hierarchy.ts), in the tree's
 * order, each indented under the one above it. A filter keeps the agencies whose division code
 * starts with the chosen code, so a county's own townships are in its county.
 */
import { placeTree, type PlaceNode } from '../place/hierarchy.ts';
import type { Division } from '../template/schema.ts';

export interface PlaceOption {
  code: string;
  /** The name, indented by an ideographic space a level (郸城县 under 周口市 under 河南省). */
  label: string;
}

/** Places down to counties: townships are too many for a list and are reached through their county. */
const DEEPEST = 6;

export function placeOptions(divisions: Iterable<Pick<Division, 'codes' | 'names'> | null>): PlaceOption[] {
  const out: PlaceOption[] = [];
  const walk = (nodes: readonly PlaceNode[], depth: number) => {
    for (const n of nodes) {
      if (n.code.length > DEEPEST) continue;
      out.push({ code: n.code, label: `${'\u3000'.repeat(depth)}${n.name}` });
      walk(n.children, depth + 1);
    }
  };
  walk(placeTree(divisions).roots, 0);
  return out;
}
