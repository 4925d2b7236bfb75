/**
 * Reports under the 2007 条例 (2008–2018) have no matrix: they are listed with their year and
 * agency and whatever totals their text states (template/pre2019.ts). None of the 2019/2021
 * identities apply.
 */
import { PRE2019_OUTLINE, PRE2019_TOTALS } from '../template/pre2019.ts';
import type { Pre2019Totals } from '../template/schema.ts';
import { toHalfWidth } from './normalize.ts';

/** Each total of the template as the text states it first, or null. */
export function pre2019Totals(text: string): Pre2019Totals {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  const read = (re: RegExp) => {
    const m = re.exec(t);
    return m ? Number(m[1]) : null;
  };
  return Object.fromEntries(PRE2019_TOTALS.map((total) => [total.key, read(total.pattern)])) as Pre2019Totals;
}

/** Markers of the 2007 outline when a report's year is unknown. */
export function looksPre2019(text: string): boolean {
  return PRE2019_OUTLINE.test(text.replace(/\s+/g, ''));
}
