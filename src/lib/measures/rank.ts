/**
 * The site's one ranking by a measure: the agency list (views/list-view.ts), the search page's
 * reports that meet conditions (views/report-matches.ts) and a peer group's tables and charts
 * (views/peers.ts) all order and number their rows here, so that one rule holds everywhere:
 *
 * - the largest value first (or the smallest, `direction: 1`), blanks last in either direction;
 * - a rate on a small denominator (stats.ts SMALL_DENOMINATOR) comes after every solid value,
 *   unranked, whatever its value: one application more or less would move it past the others; or
 *   it is left out (`small: 'hide'`);
 * - a value resting on fewer than `min` cases (a rate's denominator, a count itself) is left out;
 * - a summary report (scope `summary`: its numbers are its members' again) is ranked only among
 *   summaries, after every own-scope value: 全市 3,119 applications say nothing about one body;
 * - a value from a report that fails one of its own checks keeps its place and is marked, or is
 *   left out (`failed: 'hide'`) and counted;
 * - equal values of one group share a place (1, 2, 2, 4).
 *
 * Pure and browser-safe.
 */
import type { MeasureCell } from './cell.ts';

/** Where a cell ranks: solid values first, then rates on a small denominator, then blanks. */
export type Standing = 'solid' | 'small' | 'blank';

const TIER: Record<Standing, number> = { solid: 0, small: 1, blank: 2 };

/** What the ranking reads of a value: a measure's cell, or any number (the checklist's items met). */
export type RankCell = Pick<MeasureCell, 'value' | 'share'>;

export function standing(cell: RankCell): Standing {
  if (cell.value === null) return 'blank';
  return cell.share?.small ? 'small' : 'solid';
}

/** What the ranking needs to know of an item. */
export interface RankEntry {
  cell: RankCell;
  /** The value comes from a summary report. */
  summary?: boolean;
  /** The value comes from a report that fails one of its own checks. */
  failed?: boolean;
  /** The cases the value rests on (a rate's denominator, a count itself), for `min`. */
  cases?: number | null;
}

export interface RankRules {
  /** -1: the largest first (the default); 1: the smallest first. */
  direction?: 1 | -1;
  /** Rates on a small denominator: after the solid ones (the default), or left out. */
  small?: 'after' | 'hide';
  /** The fewest cases a value may rest on; 0 (the default): no minimum. */
  min?: number;
  /** Values from reports failing a check: kept and marked (the default), or left out. */
  failed?: 'mark' | 'hide';
}

export interface Ranked<T> {
  item: T;
  cell: RankCell;
  /** 1-based place among the solid values of its group (own scope, or summaries); null otherwise. */
  rank: number | null;
  standing: Standing;
  summary: boolean;
  failed: boolean;
}

export interface Ranking<T> {
  /** The items kept, in order. */
  rows: Ranked<T>[];
  /** Small-denominator rates among the items: ranked after the solid ones, or left out. */
  small: number;
  /** Items left out for resting on fewer than `min` cases. */
  belowMin: number;
  /** Items left out for coming from a report that fails a check. */
  failedOut: number;
  /** Summary reports kept: ranked among themselves. */
  summaries: number;
  /** Items given a place. */
  ranked: number;
}

/** Order key of a kept item: own-scope solid, own-scope small, summary solid, summary small, blanks. */
function group(r: Pick<Ranked<unknown>, 'standing' | 'summary'>): number {
  return r.standing === 'blank' ? 4 : (r.summary ? 2 : 0) + TIER[r.standing];
}

/**
 * The items ranked by the entries `entryOf` gives. `tie` orders items of equal place (by name,
 * say), so that the order does not depend on the input's.
 */
export function ranking<T>(items: readonly T[], entryOf: (item: T) => RankEntry, rules: RankRules = {}, tie: (a: T, b: T) => number = () => 0): Ranking<T> {
  const direction = rules.direction ?? -1;
  const min = rules.min ?? 0;
  let small = 0;
  let belowMin = 0;
  let failedOut = 0;
  const kept: Ranked<T>[] = [];
  for (const item of items) {
    const e = entryOf(item);
    const failed = e.failed === true;
    if (failed && rules.failed === 'hide') {
      failedOut++;
      continue;
    }
    if (min > 0 && (e.cases ?? 0) < min) {
      belowMin++;
      continue;
    }
    const s = standing(e.cell);
    if (s === 'small') {
      small++;
      if (rules.small === 'hide') continue;
    }
    kept.push({ item, cell: e.cell, rank: null, standing: s, summary: e.summary === true, failed });
  }
  kept.sort((a, b) => group(a) - group(b) || (a.standing === 'blank' ? 0 : ((a.cell.value ?? 0) - (b.cell.value ?? 0)) * direction) || tie(a.item, b.item));
  // Competition ranking within a group: the next place counts every value before it (1, 2, 2, 4).
  kept.forEach((r, i) => {
    if (r.standing !== 'solid') return;
    const before = kept[i - 1];
    const first = kept.findIndex((x) => group(x) === group(r));
    r.rank = before && group(before) === group(r) && before.cell.value === r.cell.value ? before.rank : i - first + 1;
  });
  return { rows: kept, small, belowMin, failedOut, summaries: kept.filter((r) => r.summary).length, ranked: kept.filter((r) => r.rank !== null).length };
}
