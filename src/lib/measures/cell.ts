/**
 * A measure's value for one report, ready to show: a count, or a rate with the numbers behind it
 * (and whether its denominator is small). What every table of measures holds in a cell.
 */
import { measure, type MeasureKey } from './catalogue.ts';
import type { Share } from './stats.ts';
import { rateOf, type Counts } from './values.ts';

export interface MeasureCell {
  key: MeasureKey;
  value: number | null;
  /** For rates. */
  share?: Share;
}

export function measureCell(key: MeasureKey, counts: Counts): MeasureCell {
  const m = measure(key);
  if (m.kind === 'count') return { key, value: counts[m.key] };
  const share = rateOf(m.key, counts);
  return { key, value: share.value, share };
}
