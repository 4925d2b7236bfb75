/**
 * Assembling a site built in parts (part.ts): which file of the output comes from which part, and
 * whether the parts fit together. Pure: scripts/assemble.ts lists the folders, reads the files
 * and links them.
 *
 * Every part has its own files (its agencies' pages, their data files, its search index under
 * `pagefind/<part>/`) and a copy of the shared pages and assets, which must be byte-identical in
 * every part: parts built from different data or code would make a site whose pages disagree, so
 * a difference is an error, not something to pick a winner for.
 */
import { checkPartSet, parsePart, partLabel, type Part } from '../parts/part.ts';

/** What each part's build writes at its top, for the assembler (not copied to the output). */
export const PART_MARKER = 'build-part.json';

export interface PartMarker {
  /** `3-of-8`, or `all` for a whole build. */
  part: string;
  index: number;
  count: number;
  agencies: number;
  reports: number;
}

export function partMarker(part: Part, agencies: number, reports: number): PartMarker {
  return { part: partLabel(part), index: part.index, count: part.count, agencies, reports };
}

/**
 * Whether the given parts make a whole site: all of the same count, each index once, none missing.
 * Returns the problems in words (none when they fit).
 */
export function checkParts(markers: readonly (PartMarker | null)[], dirs: readonly string[]): string[] {
  return checkPartSet(markers, dirs, { marker: PART_MARKER, command: 'npm run build', verb: 'build' });
}

export interface AssemblyPlan {
  /** Files found in one part only: taken from it. */
  own: { rel: string; from: number }[];
  /** Files found in several parts (shared pages and assets): must be identical; taken from the first. */
  shared: { rel: string; from: number[] }[];
}

/** Splits the files of the parts (paths relative to each part's folder) into own and shared. */
export function planAssembly(listings: readonly (readonly string[])[]): AssemblyPlan {
  const where = new Map<string, number[]>();
  listings.forEach((files, part) => {
    for (const rel of files) {
      if (rel === PART_MARKER) continue;
      const list = where.get(rel);
      if (list) list.push(part);
      else where.set(rel, [part]);
    }
  });
  const plan: AssemblyPlan = { own: [], shared: [] };
  for (const [rel, parts] of [...where].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (parts.length === 1) plan.own.push({ rel, from: parts[0]! });
    else plan.shared.push({ rel, from: parts });
  }
  return plan;
}

/** The shared files whose content differs between parts, given each file's digest per part. */
export function conflicts(shared: readonly { rel: string; digests: readonly string[] }[]): string[] {
  return shared.filter((s) => new Set(s.digests).size > 1).map((s) => s.rel);
}

/** Reads a marker's JSON, or null when it is not one. */
export function readMarker(text: string): PartMarker | null {
  try {
    const m = JSON.parse(text) as PartMarker;
    const part = parsePart(`${m.index}/${m.count}`);
    return { ...m, index: part.index, count: part.count };
  } catch {
    return null;
  }
}
