/**
 * What the build takes from the environment, read in one place:
 * - PART: the part this build makes (`PART=3/8 npm run build`); the whole site when unset;
 * - SITE_DATA_DIR: where ingest wrote the data (default `data/`), which the pages are built from
 *   and which is published under `<site>/data/`.
 */
import { resolve } from 'node:path';
import { parsePart, type Part } from './part.ts';

export function currentPart(): Part {
  return parsePart(process.env.PART);
}

export function dataDir(): string {
  return resolve(process.env.SITE_DATA_DIR || 'data');
}
