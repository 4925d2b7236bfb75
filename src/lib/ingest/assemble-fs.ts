/**
 * Ingest parts → one data folder (`npm run assemble-data -- DIR_1 … DIR_n --out data`): checks that
 * the parts make a whole, from one content folder and one parser (parts.ts), then finishes the
 * ingest over all their results (run-ingest.ts `finishIngest`): copies published once, the manifest,
 * ids, the checks across years, which need every report of an agency, and the outputs. The data
 * folder is byte for byte what one ingest of the whole content folder writes.
 */
import { checkPartSet } from '../parts/part.ts';
import { gazetteer } from '../place/gazetteer-fs.ts';
import { readManifest } from '../place/manifest-fs.ts';
import { INGEST_PARTS, mismatches, type IngestPartMarker } from './parts.ts';
import { readPartEntries, readPartMarker } from './parts-fs.ts';
import { finishIngest, type IngestSummary } from './run-ingest.ts';
import { readSources } from './sources-fs.ts';

/** Assembles the parts into `outDir`; the problems instead, when they do not make a whole (nothing is written). */
export function assembleIngest(dirs: readonly string[], outDir: string): IngestSummary | { problems: string[] } {
  const markers = dirs.map(readPartMarker);
  const problems = checkPartSet(markers, dirs, INGEST_PARTS);
  if (problems.length === 0) problems.push(...mismatches(markers as IngestPartMarker[], dirs));
  if (problems.length > 0) return { problems };
  const entries = dirs.flatMap(readPartEntries).sort((a, b) => Buffer.compare(a.key, b.key));
  // Every part keeps the manifest and sources.csv of the one content folder they share (the listing says so).
  return finishIngest(entries, readManifest(dirs[0]!, gazetteer), outDir, readSources(dirs[0]!));
}
