/**
 * The compare page's picker (添加机关): which agencies of the name index (search/name-search.ts)
 * it suggests, narrowed to the chosen region (地区), and which its button 添加该地区全部乡镇 adds:
 * the governments of the townships and 街道 in the region, the group the peers pages compare
 * (site/peers.ts). Pure; runs in the browser on the decoded index.
 */
import type { AgencyEntry } from '../search/name-search.ts';
import { inRegion } from './region.ts';

/**
 * At most this many agencies are added by one press of the button: a county has some 10 to 30
 * townships, a city hundreds, and a comparison of hundreds of agencies is neither readable nor
 * quick to load (one file per agency).
 */
export const MAX_TOWNSHIPS_ADDED = 30;

/** Whether the picker offers an entry: not chosen yet, and placed in `region` (with '', every entry, unplaced ones too). */
export function offered(entry: AgencyEntry, chosen: readonly string[], region: string): boolean {
  return !chosen.includes(entry.slug) && inRegion(entry.division, region);
}

export interface RegionTownships {
  /** The township governments to add, in division-code order (as the place pages list them), at most the cap. */
  add: AgencyEntry[];
  /** How many the region has that are not chosen yet: more than `add` holds when capped. */
  total: number;
}

/** The township governments of `region` not yet chosen, the first `cap` of them by code; none for '' (everywhere). */
export function regionTownships(entries: readonly AgencyEntry[], region: string, chosen: readonly string[], cap = MAX_TOWNSHIPS_ADDED): RegionTownships {
  if (!region) return { add: [], total: 0 };
  const all = entries.filter((e) => e.township && offered(e, chosen, region)).sort((a, b) => cmp(a.division!, b.division!) || cmp(a.name, b.name));
  return { add: all.slice(0, cap), total: all.length };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the page says after the button was pressed for the region named `place`. */
export function townshipsAddedText(place: string, result: RegionTownships, cap = MAX_TOWNSHIPS_ADDED): string {
  const n = result.add.length;
  if (n === 0) return `${place}没有尚未选择的乡镇（街道）政府。`;
  if (n < result.total) return `${place}有${result.total}个乡镇（街道）政府尚未选择，一次最多添加${cap}个：已按区划代码添加前${n}个。`;
  return `已添加${place}的${n}个乡镇（街道）政府。`;
}
