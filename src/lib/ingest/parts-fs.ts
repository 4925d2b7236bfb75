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
 * - `ingest-part.json`: the marker (parts.ts `IngestPartMarker`).
 *
 * As in a data folder, the run is one generation swapped in whole (files/generation-fs.ts), and
 * ingest deletes only what it wrote there itself.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { writeGeneration, type GenerationOptions } from '../files/generation-fs.ts';
import { jsonArray, readJsonLines } from '../files/json-lines-fs.ts';
import { partLabel, type Part } from '../parts/part.ts';
import { MANIFEST_PATH } from '../place/manifest.ts';
import { printableBytes } from '../read/printable.ts';
import { isFileResult } from './cache-fs.ts';
import type { Entry } from './entry.ts';
import { INGEST_PART_MARKER, INGEST_PARTS, type IngestPartMarker } from './parts.ts';
import type { FileResult } from './process-file.ts';
import { readManifestBytes } from './manifest-fs.ts';
import { SOURCES_PATH } from './sources.ts';
import { readSourcesBytes } from './sources-fs.ts';

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

/** Writes a part's folder from its entries (run-ingest.ts), the content folder's manifest with them, as one generation swapped in whole. */
export function writePart(outDir: string, info: PartInfo, entries: Entry[], contentDir: string, options: GenerationOptions = {}): void {
  // Read by the rules of the manifest, never copied: a link's target or a FIFO is no part's.
  const manifest = readManifestBytes(contentDir);
  const hasManifest = manifest !== null;
  const sourceList = readSourcesBytes(contentDir);
  const marker: IngestPartMarker = { part: partLabel(info.part), index: info.part.index, count: info.part.count, parser: info.parser, listing: info.listing, paths: info.paths, entries: entries.length };
  writeGeneration(outDir, '--out', [RESULTS, INGEST_PART_MARKER, 'sources', ...(hasManifest ? [MANIFEST_PATH] : []), ...(sourceList ? [SOURCES_PATH] : [])], (generation) => {
    const stored: StoredEntry[] = entries.map(({ key, source, result }) => {
      const report = result.report;
      let name: string | null = null;
      if (report && source) {
        name = `sources/${report.source.sha256}`;
        try {
          if (!existsSync(join(generation.dir, name))) generation.link(source, name);
        } catch {
          // Gone since it was read: the assembled log says so (write-fs.ts source-missing).
          name = null;
        }
      }
      return { key: key.toString('base64'), source: name, result };
    });
    generation.write(RESULTS, jsonArray(stored.map((e) => JSON.stringify(e))));
    if (manifest) generation.write(MANIFEST_PATH, manifest);
    if (sourceList) generation.write(SOURCES_PATH, sourceList);
    generation.write(INGEST_PART_MARKER, `${JSON.stringify(marker)}\n`);
  }, options);
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

/**
 * The entries of a part's folder, each source as its path in the folder; or the problem, one line
 * naming the file and what to do. A part is untrusted like any input: every entry must have the
 * shape of one, and every source it names must be a file of the part's own `sources/` (not a
 * link, nothing outside the folder) whose bytes have the sha256 the entry's report records.
 */
export function readPartEntries(dir: string, expected: number): Entry[] | { problem: string } {
  const results = join(dir, RESULTS);
  const redo = `ingest the part again (${INGEST_PARTS.command})`;
  const entries: Entry[] = [];
  let sources: string;
  try {
    sources = realpathSync(join(dir, 'sources'));
  } catch {
    sources = '';
  }
  if (sources !== '' && !sources.startsWith(`${realpathSync(dir)}/`)) return { problem: `${join(dir, 'sources')} leads outside the part's folder: not assembled; ${redo}` };
  let line = 1;
  try {
    for (const element of readJsonLines(results)) {
      line++;
      const { key, source, result } = (element ?? {}) as Partial<StoredEntry>;
      const keyBytes = typeof key === 'string' ? Buffer.from(key, 'base64') : null;
      const report = (result as FileResult | undefined)?.report;
      const sha256 = report?.source?.sha256;
      const name = typeof source === 'string' ? SOURCE.exec(source)?.[1] : undefined;
      const at = `${results}:${line}`;
      if (!keyBytes || !isFileResult(result, printableBytes(keyBytes), sha256 ?? null)) return { problem: `${at}: not an entry as ingest writes it: not assembled; ${redo}` };
      if (source !== null && (name === undefined || name !== sha256 || sources === '')) return { problem: `${at}: names a source that is not a file of the part's sources/ with the report's sha256 (${String(source).slice(0, 80)}): not assembled; ${redo}` };
      if (name && !holds(join(sources, name), name)) return { problem: `${at}: its source ${join(dir, 'sources', name)} is not a file whose bytes have the sha256 it is named by: not assembled; ${redo}` };
      entries.push({ key: keyBytes, source: name ? Buffer.from(join(sources, name)) : null, result: result as FileResult });
    }
  } catch (error) {
    return { problem: `${(error as Error).message.replace(/\. Run `npm run ingest` again\.$/, '')}: the part's results are damaged or cut short; ${redo}` };
  }
  if (entries.length !== expected) return { problem: `${results} holds ${entries.length} entries where its marker says ${expected}: cut short; ${redo}` };
  return entries;
}

/** A part's source: named by the sha256 of its bytes. */
const SOURCE = /^sources\/([0-9a-f]{64})$/;

/** Whether `path` is a regular file (not a link) whose bytes have this sha256. */
function holds(path: string, sha256: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    if (!fstatSync(fd).isFile()) return false;
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
    return hash.digest('hex') === sha256;
  } finally {
    closeSync(fd);
  }
}
