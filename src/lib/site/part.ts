/**
 * Building the site in parts: `PART=3/8 npm run build` builds the pages of the agencies in part 3
 * of 8 (their agency page, report pages and data files) plus the shared pages, which are cheap
 * and identical in every part; `npm run assemble` merges the parts (assemble.ts). An agency and
 * all its reports always fall in the same part, so the links between them stay inside one part.
 *
 * Agencies are spread over the parts by a hash of their key (the name normalised across years),
 * not by province or year: the corpus does not name every agency's province, and a hash gives
 * parts of even size whatever the corpus holds. Pure: no environment, no file system.
 */

export interface Part {
  /** 1-based. */
  index: number;
  count: number;
}

/** The whole site in one part: what a build without PART makes. */
export const WHOLE: Part = { index: 1, count: 1 };

/**
 * `3/8` → { index: 3, count: 8 }; empty or absent → the whole site. Throws an Error whose message
 * says what is wrong and what is expected.
 */
export function parsePart(text: string | undefined): Part {
  if (text === undefined || text.trim() === '') return WHOLE;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new Error(`PART must look like 3/8 (part 3 of 8), got "${text}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new Error(`PART ${text}: the part must be between 1 and the number of parts (1/${count || 1} … ${count || 1}/${count || 1})`);
  return { index, count };
}

/** A name for the part, safe in paths and URLs: `all` for the whole site, else `3-of-8`. */
export function partLabel(part: Part): string {
  return part.count === 1 ? 'all' : `${part.index}-of-${part.count}`;
}

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
