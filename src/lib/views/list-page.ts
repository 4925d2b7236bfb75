/**
 * The static parts of the agency list and compare pages: filter options and where the rows are.
 * The rows themselves are loaded by the browser (rows/agencies.json), so the page stays small
 * with thousands of agencies.
 */
import type { Level } from '../template/schema.ts';
import { LEVEL_LABELS, LEVEL_ORDER } from '../present/labels.ts';
import type { Site } from '../site/site.ts';
import { regionOptions, type RegionOption } from './region.ts';

export interface ListPageView {
  levels: { value: Level; label: string }[];
  /** The region filter's places; empty when no report is placed. */
  places: RegionOption[];
  years: number[];
  agencyCount: number;
}

export function listPageView(site: Site): ListPageView {
  const present = new Set(site.agencies.map((a) => a.level));
  return {
    levels: LEVEL_ORDER.filter((l) => present.has(l)).map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
    places: regionOptions(site.places),
    years: site.years,
    agencyCount: site.agencies.length,
  };
}
