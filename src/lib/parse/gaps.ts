/**
 * A row printed with one cell too few: which cell is missing? Every position is a candidate
 * reading; the identities inside the row (总计 = sum of its parts) say what the missing cell
 * must hold, and a reading that needs a negative count, or breaks another identity of the row, is
 * impossible. What remains is settled by the caller with identities across rows, or left `null`
 * (docs/TEMPLATE.md: "when more than one is consistent, or none, keep null and add a warning").
 */
import { evaluate, solve, type Identity } from '../template/identity-eval.ts';

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
export function gapReadings(slots: readonly string[], printed: readonly (number | null)[], identities: readonly Identity[]): GapReading[] {
  const readings: GapReading[] = [];
  for (let gap = 0; gap < slots.length; gap++) {
    const cells = [...printed.slice(0, gap), null, ...printed.slice(gap)];
    const values = new Map<string, number | null>(slots.map((s, i) => [s, cells[i]!]));
    const cell = (key: string) => values.get(key);
    const own = identities.find((id) => id.left.includes(slots[gap]!) || id.right.includes(slots[gap]!));
    const inferred = own ? solve(own, slots[gap]!, cell) : null;
    if (inferred !== null && inferred < 0) continue;
    cells[gap] = inferred;
    values.set(slots[gap]!, inferred);
    const others = identities.filter((id) => id !== own);
    if (others.some((id) => evaluate(id, cell)?.holds === false)) continue;
    readings.push({ gap, cells });
  }
  return readings;
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
