/**
 * Building the site in parts: `PART=3/8 npm run build` builds the pages of the agencies in part 3
 * of 8 (their agency page, report pages and data files) plus the shared pages, which are cheap
 * and identical in every part; `npm run assemble` merges the parts (assemble.ts). An agency and
 * all its reports always fall in the same part, so the links between them stay inside one part.
 *
 * Agencies are spread over the parts by a hash of their key (the name normalised across years),
 * not by province or year: the corpus does not name every agency's province, and a hash gives
 * parts of even size whatever the corpus holds. Pure: no environment, no file system. What a
 * part is (`PART=k/n`) is parts/part.ts.
 */
import type { Part } from '../parts/part.ts';

/** 32-bit FNV-1a of the UTF-8 bytes: small, fast, the same in every JavaScript engine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Which part (1-based) of `count` an agency's pages belong to. */
export function partOfAgency(agencyKey: string, count: number): number {
  return count === 1 ? 1 : (fnv1a(agencyKey) % count) + 1;
}

export function inPart(agencyKey: string, part: Part): boolean {
  return partOfAgency(agencyKey, part.count) === part.index;
}

/** The shared data downloads (reports.json and the CSV files) are published by the first part only. */
export function publishesSharedData(part: Part): boolean {
  return part.index === 1;
}

/**
 * The agency groups of an incremental build: the agencies split as into `count` parts (by the same
 * hash), of which the build renders those `chosen` (1-based); the others' pages are taken as they
 * were from the last build (publish/incremental-fs.ts). The shared pages are rendered whatever is
 * chosen: they read every report.
 */
export interface Groups {
  count: number;
  chosen: ReadonlySet<number>;
}

/** `3,17/64` → groups 3 and 17 of 64; `/64` → none of 64; empty or absent → null (not an incremental build). Throws an Error naming BUILD_GROUPS. */
export function parseGroups(text: string | undefined): Groups | null {
  if (text === undefined || text.trim() === '') return null;
  const m = /^\s*(\d+(?:,\d+)*)?\/(\d+)\s*$/.exec(text);
  const count = Number(m?.[2]);
  const chosen = (m?.[1] ?? '').split(',').filter(Boolean).map(Number);
  if (!m || count < 1 || chosen.some((g) => g < 1 || g > count)) throw new Error(`BUILD_GROUPS must look like 3,17/64 (groups 3 and 17 of 64, each between 1 and 64), got "${text}"`);
  return { count, chosen: new Set(chosen) };
}

/** The text `parseGroups` reads: the chosen groups in order. */
export function groupsText(groups: Groups): string {
  return `${[...groups.chosen].sort((a, b) => a - b).join(',')}/${groups.count}`;
}

export function inGroups(agencyKey: string, groups: Groups): boolean {
  return groups.chosen.has(partOfAgency(agencyKey, groups.count));
}
