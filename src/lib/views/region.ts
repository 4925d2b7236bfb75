/**
 * Region as a filter, for the pages that list agencies or reports (the agency list, search,
 * compare, data quality, downloads): what a region select offers, built at build time, and the
 * test a row passes, which the browser runs too.
 *
 * A division code holds the codes of the places above it as its prefix: GB/T 2260 nests (4116 is
 * in 41, 411625 in 4116), a township's statistical code begins with its county's (411625106), a
 * county under 省直辖 with its province's (419001 济源市), a township of a city without counties
 * with its city's (441900103 of 东莞市 4419). tests/unit/views/region.test.ts checks this for every
 * division of the list. So a row needs to carry only its division code, and a region filter is a
 * prefix test. Unplaced reports (no code) belong to no region: they pass only the empty filter.
 */
import type { PlaceNode, PlaceTree } from '../place/hierarchy.ts';
import { divisionDepth, type DivisionLevel } from '../template/levels.ts';

/**
 * What the region options read of the site's places (site/places.ts `Places` is one): said here,
 * not imported, because the browser runs this module and the site's places are built with Node.
 */
export interface RegionPlaces {
  tree: PlaceTree;
  node(code: string): PlaceNode | undefined;
  /** Agencies and reports in a place and below it. */
  count(code: string): { agencies: number; reports: number };
}

/** A region parameter as a URL or a select carries it: 2, 4, 6 or 9 digits. */
export function isRegionCode(text: string): boolean {
  return /^\d{2}(?:\d{2}(?:\d{2}(?:\d{3})?)?)?$/.test(text);
}

/** Whether a row whose division code is `code` lies in `region` ('' for anywhere, unplaced rows included). */
export function inRegion(code: string | null | undefined, region: string): boolean {
  if (region === '') return true;
  return typeof code === 'string' && code.startsWith(region);
}

export interface RegionOption {
  code: string;
  /** The official name (郸城县). */
  name: string;
  /** From the province down, joined by spaces (河南省 周口市 郸城县): names repeat across the country. */
  fullName: string;
  level: DivisionLevel;
  /** 0 a province, 1 the level below it in the data, …: for indenting a select. */
  depth: number;
  /** Agencies and reports in it and below it. */
  agencies: number;
  reports: number;
}

/**
 * The places with reports, each followed by the places below it (in code order), down to
 * `deepest` (counties by default: a national corpus has some 40,000 townships, too many for a
 * select).
 */
export function regionOptions(places: RegionPlaces, deepest: DivisionLevel = 'county'): RegionOption[] {
  const out: RegionOption[] = [];
  const visit = (n: PlaceNode, names: string[], depth: number) => {
    if (divisionDepth(n.level) > divisionDepth(deepest)) return;
    const path = [...names, n.name];
    out.push({ code: n.code, name: n.name, fullName: path.join(' '), level: n.level, depth, ...places.count(n.code) });
    for (const c of n.children) visit(c, path, depth + 1);
  };
  for (const root of places.tree.roots) visit(root, [], 0);
  return out;
}

/** The codes of a place and of every place below it in the data; empty for a code no report is in. */
export function regionCodes(places: RegionPlaces, region: string): string[] {
  const out: string[] = [];
  const visit = (n: PlaceNode) => {
    out.push(n.code);
    n.children.forEach(visit);
  };
  const node = places.node(region);
  if (node) visit(node);
  return out;
}
