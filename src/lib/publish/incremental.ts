/**
 * The incremental build (incremental-fs.ts, `npm run build`): the agencies are split into groups
 * (site/part.ts `partOfAgency`), each keyed by a hash of what its pages read (views/part-inputs.ts
 * and its reports' files) and of the code; a build renders the shared pages and the groups whose
 * key changed, and takes the other groups' files as the last build wrote them. Pure: which files
 * are whose, and which groups must be built again.
 */

/** Agency groups of the incremental build. Fixed, so that a group's key means the same from build to build. */
export const GROUP_COUNT = 64;

/** What the cache keeps of the last build: each group's key and its files, the shared files, and the key of the whole. */
export interface BuildState {
  version: 1;
  /** The key of every input of the build: when it is the same, the last output is the output. */
  whole: string;
  /** The files of no group (the shared pages, assets, the search index), made again by every build. */
  shared: string[];
  /** Index g - 1: group g's key and its files (relative to the output folder, `/`-separated). */
  groups: { key: string; files: string[] }[];
}

/** Which agency, report or short id an output file belongs to; null for a shared file. */
export type Owner = { slug: string } | { report: string } | { shortId: string } | null;

/**
 * The owner of a file of the output, from its path: the routes whose pages are an agency's
 * (src/pages: agency/[slug], agency/[slug]/feed.xml, embed/agency/[slug]/[chart], rows/agency/[slug].json,
 * report/[id], rows/id/[id].json). The search index (`pagefind/`) is shared: every build makes it
 * whole (its unchanged parts copied).
 */
export function ownerOf(rel: string): Owner {
  const slug = /^(?:embed\/)?agency\/([^/]+)\//.exec(rel)?.[1] ?? /^rows\/agency\/([^/]+)\.json$/.exec(rel)?.[1];
  if (slug !== undefined) return { slug };
  const report = /^report\/([^/]+)\//.exec(rel)?.[1];
  if (report !== undefined) return { report };
  const shortId = /^rows\/id\/([^/]+)\.json$/.exec(rel)?.[1];
  if (shortId !== undefined) return { shortId };
  return null;
}

/**
 * The groups (1-based) to build again: all without a state of the last build or with another
 * number of groups, else those whose key differs.
 */
export function groupsToBuild(previous: BuildState | null, keys: readonly string[]): number[] {
  const all = keys.map((_, i) => i + 1);
  if (!previous || previous.groups.length !== keys.length) return all;
  return all.filter((g) => previous.groups[g - 1]!.key !== keys[g - 1]);
}

/** A state file's JSON, or null when it is not one (a damaged or older cache is a cold build, not an error). */
export function readState(text: string | null): BuildState | null {
  if (text === null) return null;
  try {
    const s = JSON.parse(text) as BuildState;
    const strings = (list: unknown) => Array.isArray(list) && list.every((f) => typeof f === 'string');
    const ok = s.version === 1 && typeof s.whole === 'string' && strings(s.shared) && Array.isArray(s.groups) && s.groups.every((g) => typeof g.key === 'string' && strings(g.files));
    return ok ? s : null;
  } catch {
    return null;
  }
}
