/**
 * What the build takes from the environment, read in this one place, once:
 * - PART: the part this build makes (`PART=3/8 npm run build`); the whole site when unset;
 * - SITE_DATA_DIR: where ingest wrote the data (default `data/`), which the pages are built from
 *   and which is published under `<site>/data/`;
 * - SEARCH_PART_PAGES: pages per part of the full-text index (null: the index's own default,
 *   src/lib/search/pagefind-parts.ts MAX_PAGES);
 * - BUILD_GROUPS: the agency groups whose pages this build renders (`3,17/64`), set by the
 *   incremental build (scripts/build.ts, publish/incremental-fs.ts) for the groups whose inputs
 *   changed; the shared pages and the whole search index are built all the same. Unset: every agency;
 * - SEARCH_INDEX_CACHE: the folder where the search index's parts are kept by their inputs
 *   (search/pagefind-build-fs.ts), so that a part whose reports did not change is not indexed again;
 * - PUBLISHED_ADDRESSES: the record of the agency addresses earlier builds published, read back so
 *   that none stops working (src/lib/search/addresses.ts; default
 *   `content/published-addresses.json`, beside the content).
 *
 * The page edge (current-fs.ts) and the build's integrations call `buildEnv()`; no other module
 * reads `process.env`.
 */
import { resolve } from 'node:path';
import { parsePart, type Part } from '../parts/part.ts';
import { parseGroups, type Groups } from './part.ts';

export interface BuildEnv {
  part: Part;
  dataDir: string;
  searchPartPages: number | null;
  addressesFile: string;
  groups: Groups | null;
  searchIndexCache: string | null;
}

let cached: BuildEnv | undefined;

export function buildEnv(): BuildEnv {
  return (cached ??= readEnv(process.env));
}

/** The environment's settings, checked; throws an Error that names the variable. */
export function readEnv(env: Record<string, string | undefined>): BuildEnv {
  const part = parsePart(env.PART);
  const groups = parseGroups(env.BUILD_GROUPS);
  if (groups && part.count > 1) throw new Error(`BUILD_GROUPS is for a whole build; unset it or PART (PART=${env.PART})`);
  return {
    part,
    dataDir: resolve(env.SITE_DATA_DIR || 'data'),
    searchPartPages: pagesPerPart(env.SEARCH_PART_PAGES),
    addressesFile: resolve(env.PUBLISHED_ADDRESSES || 'content/published-addresses.json'),
    groups,
    searchIndexCache: env.SEARCH_INDEX_CACHE ? resolve(env.SEARCH_INDEX_CACHE) : null,
  };
}

function pagesPerPart(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_PART_PAGES must be a whole number of pages, at least 1; got "${text}"`);
  return n;
}
