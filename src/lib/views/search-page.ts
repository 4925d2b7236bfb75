/**
 * The static parts of the search page: the filters' values, known at build time (asking Pagefind
 * for them would load every filter file of every part of the index), and where each build part
 * lists its index parts (pagefind/<build part>.json).
 */
import { LEVEL_LABELS, LEVEL_ORDER } from '../present/labels.ts';
import { url } from '../present/url.ts';
import { partLabel } from '../site/part.ts';
import type { Site } from '../site/site.ts';
import { regionOptions, type RegionOption } from './region.ts';

export interface SearchPageView {
  years: number[];
  /** The region filter of the conditions on numbers. */
  places: RegionOption[];
  /** Level labels present, from the top down. */
  levels: string[];
  /** URLs of every build part's list of index parts. */
  manifests: string[];
}

export function searchPageView(site: Site): SearchPageView {
  const { count } = site.part;
  return {
    years: site.years,
    places: regionOptions(site.places),
    levels: LEVEL_ORDER.filter((l) => site.agencies.some((a) => a.level === l)).map((l) => LEVEL_LABELS[l]),
    manifests: Array.from({ length: count }, (_, i) => url(`pagefind/${partLabel({ index: i + 1, count })}.json`)),
  };
}
