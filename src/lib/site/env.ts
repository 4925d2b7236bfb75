/**
 * What the build takes from the environment, read in this one place, once:
 * - PART: the part this build makes (`PART=3/8 npm run build`); the whole site when unset;
 * - SITE_DATA_DIR: where ingest wrote the data (default `data/`), which the pages are built from
 *   and which is published under `<site>/data/`;
 * - SEARCH_PART_PAGES: pages per part of the full-text index (null: the index's own default,
 *   src/lib/search/pagefind-parts.ts MAX_PAGES);
 * - PUBLISHED_ADDRESSES: the record of the agency addresses earlier builds published, read back so
 *   that none stops working (src/lib/search/addresses.ts; default
 *   `content/published-addresses.json`, beside the content).
 *
 * The page edge (current-fs.ts) and the build's integrations call `buildEnv()`; no other module
 * reads `process.env`.
 */
import { resolve } from 'node:path';
import { parsePart, type Part } from '../parts/part.ts';

export interface BuildEnv {
  part: Part;
  dataDir: string;
  searchPartPages: number | null;
  addressesFile: string;
}

let cached: BuildEnv | undefined;

export function buildEnv(): BuildEnv {
  return (cached ??= readEnv(process.env));
}

/** The environment's settings, checked; throws an Error that names the variable. */
export function readEnv(env: Record<string, string | undefined>): BuildEnv {
  return { part: parsePart(env.PART), dataDir: resolve(env.SITE_DATA_DIR || 'data'), searchPartPages: pagesPerPart(env.SEARCH_PART_PAGES), addressesFile: resolve(env.PUBLISHED_ADDRESSES || 'content/published-addresses.json') };
}

function pagesPerPart(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_PART_PAGES must be a whole number of pages, at least 1; got "${text}"`);
  return n;
}
