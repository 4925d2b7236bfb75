/**
 * The one evaluator of the arithmetic identities (勾稽关系, identities.ts): the checks (check/) test
 * them on a report, the reconciliation of damaged rows (parse/) solves them for a missing cell.
 *
 * Cells come from a lookup: a number; `null` for a blank cell, which makes the identity untestable
 * (a blank is not 0); or `undefined` for a cell the report does not have at all (a column its
 * table does not print, a row of the other edition), which is left out of the sums. A side left
 * with no cell at all cannot be tested either.
 */
import { roundSum, sumIfComplete } from './sums.ts';

/** The cells on the left add up to the cells on the right. */
export interface Identity {
  readonly left: readonly string[];
  readonly right: readonly string[];
}

/** A cell's value: a number, `null` when blank, `undefined` when the report does not have it. */
export type CellLookup = (key: string) => number | null | undefined;

/** One cell that entered a sum. */
export interface Term {
  key: string;
  value: number;
}

export interface Evaluation {
  left: Term[];
  right: Term[];
  leftSum: number;
  rightSum: number;
  /** leftSum − rightSum, rounded: 0 when the identity holds. */
  difference: number;
  holds: boolean;
}

/** The cells of `keys` the report has, or null when one of them is blank. */
function terms(keys: readonly string[], cell: CellLookup): Term[] | null {
  const out: Term[] = [];
  for (const key of keys) {
    const value = cell(key);
    if (value === undefined) continue;
    if (value === null) return null;
    out.push({ key, value });
  }
  return out;
}

function total(side: readonly Term[]): number {
  return sumIfComplete(side.map((t) => t.value))!;
}

/** The identity tested on these cells; null when it cannot be tested (a blank, or an empty side). */
export function evaluate(identity: Identity, cell: CellLookup): Evaluation | null {
  const left = terms(identity.left, cell);
  const right = terms(identity.right, cell);
  if (!left || !right || left.length === 0 || right.length === 0) return null;
  const leftSum = total(left);
  const rightSum = total(right);
  const difference = roundSum(leftSum - rightSum);
  return { left, right, leftSum, rightSum, difference, holds: difference === 0 };
}

/**
 * The value `key` must hold for the identity to hold, whatever the lookup says of `key` itself;
 * null when that cannot be known (another cell is blank, or the other side has no cell).
 */
export function solve(identity: Identity, key: string, cell: CellLookup): number | null {
  const onLeft = identity.left.includes(key);
  if (!onLeft && !identity.right.includes(key)) return null;
  const others = (keys: readonly string[]) => terms(keys.filter((k) => k !== key), cell);
  const same = others(onLeft ? identity.left : identity.right);
  const opposite = others(onLeft ? identity.right : identity.left);
  if (!same || !opposite || opposite.length === 0) return null;
  return roundSum(total(opposite) - total(same));
}

/** What an identity that cannot be tested still rules out: one side's filled cells above the other side's total. */
export interface Excess {
  /** The side with blank cells: its cells filled in, and their sum. */
  part: Term[];
  partSum: number;
  /** Its blank cells. */
  blanks: string[];
  /** The other side, complete, and its sum. */
  whole: Term[];
  wholeSum: number;
  /** Which side of the identity `part` is. */
  partSide: 'left' | 'right';
}

/**
 * The identities add up counts, which are never negative: when one side is complete and the other
 * has blank cells, the cells of that side that are filled in can add up to at most the complete
 * side's total, whatever the blanks hold (a row's cells never exceed the row's 总计, an outcome row
 * never exceeds （七）总计). The excess when they add up to more, so that a blank elsewhere does
 * not hide a number that cannot be right; null when the bound holds, or when it does not apply (both
 * sides complete: `evaluate` tests the identity itself; both with blanks; a side with no cell filled).
 */
export function excess(identity: Identity, cell: CellLookup): Excess | null {
  const read = (keys: readonly string[]) => {
    const filled: Term[] = [];
    const blanks: string[] = [];
    for (const key of keys) {
      const value = cell(key);
      if (value === null) blanks.push(key);
      else if (value !== undefined) filled.push({ key, value });
    }
    return { filled, blanks };
  };
  const left = read(identity.left);
  const right = read(identity.right);
  if ((left.blanks.length > 0) === (right.blanks.length > 0)) return null;
  const partSide = left.blanks.length > 0 ? 'left' : 'right';
  const [part, whole] = partSide === 'left' ? [left, right] : [right, left];
  if (part.filled.length === 0 || whole.filled.length === 0) return null;
  const partSum = total(part.filled);
  const wholeSum = total(whole.filled);
  if (roundSum(partSum - wholeSum) <= 0) return null;
  return { part: part.filled, partSum, blanks: part.blanks, whole: whole.filled, wholeSum, partSide };
}
