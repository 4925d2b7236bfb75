/**
 * Ingest parts → one data folder (`npm run assemble-data -- DIR_1 … DIR_n --out data`): checks that
 * the parts make a whole, from one content folder and one parser (parts.ts), then finishes the
 * ingest over all their results (run-ingest.ts `finishIngest`): copies published once, the manifest,
 * ids, the checks across years, which need every report of an agency, and the outputs. The data
 * folder is byte for byte what one ingest of the whole content folder writes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT, removeLeftovers, type GenerationOptions } from '../files/generation-fs.ts';
import { lockFolder } from '../files/lock-fs.ts';
import { checkPartSet } from '../parts/part.ts';
import { gazetteer } from '../place/gazetteer-fs.ts';
import { readManifest } from './manifest-fs.ts';
import { INGEST_PARTS, mismatches, type IngestPartMarker } from './parts.ts';
import { readPartEntries, readPartMarker } from './parts-fs.ts';
import type { Entry } from './entry.ts';
import { finishIngest, type IngestSummary } from './run-ingest.ts';
import { readSources } from './sources-fs.ts';

/**
 * Assembles the parts into `outDir` at the time `now` (the `ingestedAt` of reports new to it), locked against another run (files/lock-fs.ts: throws
 * LockHeld); the problems instead, when they do not make a whole or a part is damaged (nothing is
 * written).
 */
export function assembleIngest(dirs: readonly string[], outDir: string, now = new Date(), output?: GenerationOptions): IngestSummary | { problems: string[] } {
  const markers = dirs.map(readPartMarker);
  const problems = checkPartSet(markers, dirs, INGEST_PARTS);
  if (problems.length === 0) problems.push(...mismatches(markers as IngestPartMarker[], dirs));
  if (problems.length > 0) return { problems };
  const entries: Entry[] = [];
  dirs.forEach((dir, i) => {
    const read = readPartEntries(dir, markers[i]!.entries);
    if ('problem' in read) problems.push(read.problem);
    else entries.push(...read);
  });
  if (problems.length > 0) return { problems };
  entries.sort((a, b) => Buffer.compare(a.key, b.key));
  mkdirSync(outDir, { recursive: true });
  const release = lockFolder(outDir, '--out');
  try {
    removeLeftovers(outDir);
    // Every part keeps the manifest and sources.csv of the one content folder they share (the listing says so).
    // Read from the part's current generation: its names at the top are links into it (generation-fs.ts),
    // which the manifest's rules do not follow.
    const kept = join(dirs[0]!, CURRENT);
    return finishIngest(entries, readManifest(kept, gazetteer), outDir, { now, output, sources: readSources(kept), parser: (markers[0] as IngestPartMarker).parser });
  } finally {
    release();
  }
}
