/**
 * Sums of published numbers, named by what they do with a blank. A blank (`null`) is a cell printed
 * empty, as a dash or slash, or not read (docs/SCHEMA.md); it is never 0. `undefined` (a cell the
 * report does not have at all) counts as a blank here.
 *
 * Every sum is rounded in one place, `roundSum`: amounts in 万元 carry decimals, and float noise
 * (0.1 + 0.2) must neither make two equal sums differ nor print as 0.30000000000000004. Counts are
 * whole numbers and come out unchanged.
 */

type Published = number | null | undefined;

/** A sum or difference of published numbers rounded to a millionth, the precision they are compared at. */
export function roundSum(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The sum of the known values, blanks skipped; `null` when none is known (a sum of blanks is blank). */
export function sumOfKnown(values: Iterable<Published>): number | null {
  let total = 0;
  let known = false;
  for (const v of values) {
    if (typeof v !== 'number') continue;
    total += v;
    known = true;
  }
  return known ? roundSum(total) : null;
}

/** The sum when every value is known; `null` when any is blank. No values at all sum to 0. */
export function sumIfComplete(values: Iterable<Published>): number | null {
  let total = 0;
  for (const v of values) {
    if (typeof v !== 'number') return null;
    total += v;
  }
  return roundSum(total);
}
