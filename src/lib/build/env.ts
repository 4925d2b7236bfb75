/**
 * What the build takes from the environment, read in one place:
 * - PART: the part this build makes (`PART=3/8 npm run build`); the whole site when unset;
 * - SITE_DATA_DIR: where ingest wrote the data (default `data/`), which the pages are built from
 *   and which is published under `<site>/data/`;
 * - SEARCH_PART_PAGES: pages per part of the full-text index (default MAX_PAGES,
 *   src/lib/search/pagefind-parts.ts).
 */
import { resolve } from 'node:path';
import { MAX_PAGES } from '../search/pagefind-parts.ts';
import { parsePart, type Part } from './part.ts';

export function currentPart(): Part {
  return parsePart(process.env.PART);
}

export function dataDir(): string {
  return resolve(process.env.SITE_DATA_DIR || 'data');
}

export function searchPartPages(): number {
  const text = process.env.SEARCH_PART_PAGES;
  if (!text) return MAX_PAGES;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_PART_PAGES must be a whole number of pages, at least 1; got "${text}"`);
  return n;
}
