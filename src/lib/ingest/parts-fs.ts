/**
 * An ingest part's folder (parts.ts), what `PART=k/n npm run ingest -- --out DIR` writes and
 * `npm run assemble-data` reads:
 *
 * - `results.json`: one entry per line (files-json-lines-fs.ts), in byte order of the paths: the
 *   path (`key`, its bytes in base64), the name of its source in this folder, and the result as
 *   the file alone gave it (process-file.ts), before the manifest, ids and the checks across
 *   reports, which need every part;
 * - `sources/<sha256>`: each report's source, hard-linked (copied across disks);
 * - `agencies.csv`: the content folder's manifest, when it has one (every part keeps it);
 * - `sources.csv`: the content folder's list of where reports came from (sources.ts), likewise;
 * - `ingest-part.json`: the marker (parts.ts `IngestPartMarker`), written last, so that a folder
 *   whose run stopped half-way is not taken for a part.
 *
 * As in a data folder, ingest deletes only what it wrote there itself (write-fs.ts).
 */
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { jsonArray, readJsonLines } from '../files/json-lines-fs.ts';
import { linkOrCopy } from '../files/link-fs.ts';
import { partLabel, type Part } from '../parts/part.ts';
import { MANIFEST_PATH } from '../place/manifest.ts';
import { writeAtomic } from '../files/write-fs.ts';
import { INGEST_PART_MARKER, type IngestPartMarker } from './parts.ts';
import type { FileResult } from './process-file.ts';
import type { Entry } from './run-ingest.ts';
import { SOURCES_PATH } from './sources.ts';
import { replaceOwnFiles } from './write-fs.ts';

const RESULTS = 'results.json';

/** One line of results.json. */
interface StoredEntry {
  key: string;
  source: string | null;
  result: FileResult;
}

export interface PartInfo {
  part: Part;
  parser: string;
  listing: string;
  paths: number;
}

/** Writes a part's folder from its entries (run-ingest.ts), the content folder's manifest with them. */
export function writePart(outDir: string, info: PartInfo, entries: Entry[], contentDir: string): void {
  const manifest = join(contentDir, MANIFEST_PATH);
  const hasManifest = existsSync(manifest);
  const sourceList = join(contentDir, SOURCES_PATH);
  const hasSources = existsSync(sourceList);
  const made = new Set<string>();
  const stored: StoredEntry[] = entries.map(({ key, source, result }) => {
    const report = result.report;
    let name: string | null = null;
    if (report && source) {
      name = `sources/${report.source.sha256}`;
      try {
        linkOrCopy(source, join(outDir, name), made);
      } catch {
        // Gone since it was read: the assembled log says so (write-fs.ts source-missing).
        name = null;
      }
    }
    return { key: key.toString('base64'), source: name, result };
  });
  const sources = [...new Set(stored.flatMap((e) => (e.source ? [e.source] : [])))];
  const marker: IngestPartMarker = { part: partLabel(info.part), index: info.part.index, count: info.part.count, parser: info.parser, listing: info.listing, paths: info.paths, entries: entries.length };
  rmSync(join(outDir, INGEST_PART_MARKER), { force: true });
  replaceOwnFiles(outDir, [RESULTS, INGEST_PART_MARKER, ...(hasManifest ? [MANIFEST_PATH] : []), ...(hasSources ? [SOURCES_PATH] : []), ...sources], () => {
    writeAtomic(join(outDir, RESULTS), jsonArray(stored.map((e) => JSON.stringify(e))));
    if (hasManifest) copyFileSync(manifest, join(outDir, MANIFEST_PATH));
    if (hasSources) copyFileSync(sourceList, join(outDir, SOURCES_PATH));
    writeAtomic(join(outDir, INGEST_PART_MARKER), `${JSON.stringify(marker)}\n`);
  });
}

/** The marker of a part's folder, or null when it has none (or not one of this form). */
export function readPartMarker(dir: string): IngestPartMarker | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, INGEST_PART_MARKER), 'utf8')) as IngestPartMarker;
    const numbers = [m.index, m.count, m.paths, m.entries];
    if (!numbers.every(Number.isInteger) || typeof m.parser !== 'string' || typeof m.listing !== 'string') return null;
    return m;
  } catch {
    return null;
  }
}

/** The entries of a part's folder, each source as its path in the folder. */
export function readPartEntries(dir: string): Entry[] {
  const entries: Entry[] = [];
  for (const element of readJsonLines(join(dir, RESULTS))) {
    const { key, source, result } = element as StoredEntry;
    entries.push({ key: Buffer.from(key, 'base64'), source: source === null ? null : Buffer.from(join(dir, source)), result });
  }
  return entries;
}
