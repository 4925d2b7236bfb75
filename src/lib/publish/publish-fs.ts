/**
 * Publishing the data with the site: what ingest wrote (data/) appears under `<site>/data/`, the
 * downloads the pages link to. The files are hard-linked, not copied (a copy where the site is on
 * another disk), so a national corpus's gigabytes cost neither time nor space; and each part of a
 * split build publishes only the files of its own reports, plus, in part 1, the shared downloads.
 *
 * `publishPlan` is pure (tested); `publishData` is the file-system edge.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { linkOrCopy } from '../files/link-fs.ts';
import { publishesSharedData, type Part } from '../site/part.ts';
import { idOfSourceFile } from '../template/source-file.ts';

/** The downloads every visitor may want whole; see docs/SCHEMA.md. */
export const SHARED_DATA_FILES = ['reports.json', 'reports.csv', 'reports-zh.csv', 'cells.csv', 'cells-zh.csv', 'ingest-log.json'] as const;

const REPORT_PAGE = /^\/?report\/([a-z0-9-]+)\/?$/;

/**
 * The files (relative to the data folder, and to `<site>/data/`) a build publishes: for each report
 * page it built, the report's JSON and its source (whose extension only the folder listing knows);
 * in part 1 the shared downloads.
 * @param pathnames the pages Astro built, as `report/<id>/` (astro:build:done `pages`)
 * @param sourceNames the names in data/sources/, `<id>.<ext>` (template/source-file.ts)
 */
export function publishPlan(pathnames: readonly string[], part: Part, sourceNames: readonly string[]): string[] {
  const sourceById = new Map<string, string>();
  for (const name of sourceNames) {
    const id = idOfSourceFile(name);
    if (id) sourceById.set(id, name);
  }
  const files: string[] = publishesSharedData(part) ? [...SHARED_DATA_FILES] : [];
  for (const pathname of pathnames) {
    const id = REPORT_PAGE.exec(pathname)?.[1];
    if (!id) continue;
    files.push(`reports/${id}.json`);
    const source = sourceById.get(id);
    if (source) files.push(`sources/${source}`);
  }
  return files;
}

/**
 * Links each planned file from `dataDir` to `<siteDir>/data/`. Files ingest did not write (an old
 * ingest without reports/, say) are skipped and returned, so the build can say so.
 */
export function publishData(dataDir: string, siteDir: string, pathnames: readonly string[], part: Part): { published: number; missing: string[] } {
  const sources = join(dataDir, 'sources');
  const plan = publishPlan(pathnames, part, existsSync(sources) ? readdirSync(sources) : []);
  const made = new Set<string>();
  const missing: string[] = [];
  let published = 0;
  for (const rel of plan) {
    const from = join(dataDir, rel);
    if (!existsSync(from)) {
      missing.push(rel);
      continue;
    }
    if (linkOrCopy(from, join(siteDir, 'data', rel), made) === 'exists') continue;
    published++;
  }
  return { published, missing };
}
