/**
 * Small numeric helpers shared by every page model. A value of `null` is a blank cell (docs/SCHEMA.md):
 * it is never treated as 0 in a median; sums are template/sums.ts's, named by what they do with a blank.
 */

/** Median of the reported values (mean of the middle two for an even count); `null` for none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const xs = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/**
 * Below this many applications (or cases) a rate says little: one application more or less moves
 * it by ten points or more. Such rates are still shown, with a note, and left out of medians.
 */
export const SMALL_DENOMINATOR = 10;

export interface Share {
  /** numerator / denominator, or `null` when either is blank or the denominator is 0. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The denominator is positive but below SMALL_DENOMINATOR. */
  small: boolean;
}

export function share(numerator: number | null, denominator: number | null): Share {
  const usable = numerator !== null && denominator !== null && denominator > 0;
  return {
    value: usable ? numerator / denominator : null,
    numerator,
    denominator,
    small: denominator !== null && denominator > 0 && denominator < SMALL_DENOMINATOR,
  };
}

/** A share that may enter a comparison: defined and not based on a small denominator. */
export function isSolid(s: Share): boolean {
  return s.value !== null && !s.small;
}
