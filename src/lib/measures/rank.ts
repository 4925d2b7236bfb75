/**
 * Ranking agencies by one measure: the largest value first, blanks last. A rate on a small
 * denominator (stats.ts SMALL_DENOMINATOR) ranks after every solid one, whatever its value: one
 * application more or less would move it past the others, so its place says little. Equal values
 * share a place (1, 2, 2, 4). Pure and browser-safe.
 */
import type { MeasureCell } from './cell.ts';

/** Where a cell ranks: solid values first, then rates on a small denominator, then blanks. */
export type Standing = 'solid' | 'small' | 'blank';

const TIER: Record<Standing, number> = { solid: 0, small: 1, blank: 2 };

export function standing(cell: MeasureCell): Standing {
  if (cell.value === null) return 'blank';
  return cell.share?.small ? 'small' : 'solid';
}

/** Order of two cells in a ranking: by standing, then the larger value first. */
export function byRank(a: MeasureCell, b: MeasureCell): number {
  const tiers = TIER[standing(a)] - TIER[standing(b)];
  if (tiers !== 0) return tiers;
  return (b.value ?? 0) - (a.value ?? 0);
}

export interface Ranked<T> {
  item: T;
  cell: MeasureCell;
  /** 1-based place; shared by equal values of one standing; null for a blank. */
  rank: number | null;
  standing: Standing;
}

/**
 * The items ranked by their cells of one measure. `tie` orders items of equal place (by name,
 * say), so that the order does not depend on the input's.
 */
export function ranked<T>(items: readonly T[], cellOf: (item: T) => MeasureCell, tie: (a: T, b: T) => number = () => 0): Ranked<T>[] {
  const sorted = items.map((item) => ({ item, cell: cellOf(item) })).sort((a, b) => byRank(a.cell, b.cell) || tie(a.item, b.item));
  const out: Ranked<T>[] = [];
  sorted.forEach(({ item, cell }, i) => {
    const s = standing(cell);
    const before = out[i - 1];
    const rank = s === 'blank' ? null : before && before.standing === s && before.cell.value === cell.value ? before.rank : i + 1;
    out.push({ item, cell, rank, standing: s });
  });
  return out;
}
