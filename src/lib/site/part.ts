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
