/**
 * A row printed with one cell too few: which cell is missing? Every position is a candidate
 * reading; the identities inside the row (总计 = sum of its parts) say what the missing cell
 * must hold, and a reading that needs a negative count, or breaks another identity of the row, is
 * impossible. What remains is settled by the caller with identities across rows, or left `null`
 * (docs/TEMPLATE.md: "when more than one is consistent, or none, keep null and add a warning").
 */

export interface RowIdentity {
  left: readonly string[];
  right: readonly string[];
}

export interface GapReading {
  /** Index of the missing cell in `slots`. */
  gap: number;
  /** Values per slot; the gap holds its inferred value, or null when it cannot be computed. */
  cells: (number | null)[];
}

/**
 * @param slots column keys in printed order
 * @param printed the row's printed values, one fewer than `slots`
 */
export function gapReadings(slots: readonly string[], printed: readonly (number | null)[], identities: readonly RowIdentity[]): GapReading[] {
  const readings: GapReading[] = [];
  for (let gap = 0; gap < slots.length; gap++) {
    const cells = [...printed.slice(0, gap), null, ...printed.slice(gap)];
    const values = new Map<string, number | null>(slots.map((s, i) => [s, cells[i]!]));
    const own = identities.find((id) => id.left.includes(slots[gap]!) || id.right.includes(slots[gap]!));
    const inferred = own ? solveFor(slots[gap]!, own, values) : null;
    if (inferred !== null && inferred < 0) continue;
    cells[gap] = inferred;
    values.set(slots[gap]!, inferred);
    const others = identities.filter((id) => id !== own);
    if (others.some((id) => holds(id, values) === false)) continue;
    readings.push({ gap, cells });
  }
  return readings;
}

/** The value `slot` must take for `identity` to hold, or null if another cell is unknown. */
function solveFor(slot: string, identity: RowIdentity, values: Map<string, number | null>): number | null {
  const onLeft = identity.left.includes(slot);
  let left = 0;
  let right = 0;
  for (const key of identity.left) {
    if (key === slot) continue;
    const v = values.get(key);
    if (v === undefined) continue; // a column absent from the table throughout
    if (v === null) return null;
    left += v;
  }
  for (const key of identity.right) {
    if (key === slot) continue;
    const v = values.get(key);
    if (v === undefined) continue;
    if (v === null) return null;
    right += v;
  }
  return round(onLeft ? right - left : left - right);
}

/** true or false when every cell is known, null when the identity cannot be tested. */
export function holds(identity: RowIdentity, values: Map<string, number | null>): boolean | null {
  const l = sum(identity.left, values);
  const r = sum(identity.right, values);
  if (l === null || r === null) return null;
  return Math.abs(l - r) < 1e-9;
}

function sum(keys: readonly string[], values: Map<string, number | null>): number | null {
  let total = 0;
  let seen = 0;
  for (const key of keys) {
    const v = values.get(key);
    if (v === undefined) continue;
    if (v === null) return null;
    total += v;
    seen++;
  }
  return seen === 0 ? null : round(total);
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Of several readings, the cells they all agree on. A cell is `null` where readings disagree;
 * `uncertain` lists the slots that some reading fills by inference rather than from the page.
 */
export function agreement(readings: readonly GapReading[], size: number): { cells: (number | null)[]; disagree: number[]; uncertain: number[] } {
  const cells: (number | null)[] = [];
  const disagree: number[] = [];
  for (let i = 0; i < size; i++) {
    const first = readings[0]!.cells[i]!;
    if (readings.every((r) => r.cells[i] === first)) cells.push(first);
    else {
      cells.push(null);
      disagree.push(i);
    }
  }
  const uncertain = [...new Set(readings.map((r) => r.gap))].filter((i) => !disagree.includes(i));
  return { cells, disagree, uncertain };
}
