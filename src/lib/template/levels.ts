/**
 * The administrative levels, from the top down: the one order every filter, legend, sort and depth
 * follows. A division (GB/T 2260) is of one of four levels, told by the length of its code; an
 * agency's level (Report.level) adds a national body above them and `unknown` below.
 */

/** The levels of the official divisions, from the province down. */
export const DIVISION_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/** The digits of a division's code at each level: 41, 4116, 411625, 411625106. */
export const CODE_DIGITS: Readonly<Record<DivisionLevel, number>> = { province: 2, city: 4, county: 6, township: 9 };

/** An agency's levels (the schema's `level`), from the top down. */
export const LEVEL_ORDER = ['national', ...DIVISION_LEVELS, 'unknown'] as const;

/** How deep a level lies among the divisions: a province 1, a township 4; 0 for a level that is no division's (national, unknown). */
export function divisionDepth(level: string): number {
  return (DIVISION_LEVELS as readonly string[]).indexOf(level) + 1;
}
