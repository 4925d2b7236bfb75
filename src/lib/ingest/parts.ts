/**
 * Ingest in parts (`PART=k/n npm run ingest`): every machine lists the whole content folder and
 * reads every file once to hash it, but parses only the files whose content hash falls in its part
 * (parts/part.ts says what a part is). The parts' folders are then assembled into one data folder
 * (assemble-fs.ts), where everything that needs all reports is done: the manifest, ids, the checks
 * across years, the outputs. Pure.
 *
 * By content, not by name: copies of one file (published once) fall in one part, and a file keeps
 * its part, and with it the part's cache of its parse and its OCR, when it is renamed or moved.
 */
import { createHash } from 'node:crypto';

/** What each part's folder holds at its top, naming the part (and what assembling it needs to check). */
export const INGEST_PART_MARKER = 'ingest-part.json';

/** The kind of part, for the messages of parts/part.ts `checkPartSet`. */
export const INGEST_PARTS = { marker: INGEST_PART_MARKER, command: 'npm run ingest -- --out DIR', verb: 'ingest' } as const;

export interface IngestPartMarker {
  /** `2-of-4`. */
  part: string;
  index: number;
  count: number;
  /** The parser's version (cache-fs.ts `parserVersion`): parts parsed by different code do not make one output. */
  parser: string;
  /** Digest of the content folder as this part saw it: every path, and the hash of each file's bytes. */
  listing: string;
  /** Paths in the content folder: the assembled log has one entry for each. */
  paths: number;
  /** Entries this part holds: its files, and in part 1 the paths that are not read and the files that could not be. */
  entries: number;
}

/** Which part (1-based) of `count` a file belongs to, by the sha256 of its bytes (hex). */
export function partOfContent(sha256: string, count: number): number {
  return count === 1 ? 1 : (Number.parseInt(sha256.slice(0, 8), 16) % count) + 1;
}

/**
 * The digest of a listing: each path (as bytes) with what it holds, in byte order of the paths.
 * Parts whose digests differ listed different folders, or saw different bytes in a file.
 */
export function listingDigest(items: readonly { key: Buffer; content: string }[]): string {
  const hash = createHash('sha256');
  for (const { key, content } of [...items].sort((a, b) => Buffer.compare(a.key, b.key))) hash.update(key).update('\0').update(content).update('\n');
  return hash.digest('hex');
}

/** Problems of a set of parts beyond their numbering: parts made by different code or from different folders. */
export function mismatches(markers: readonly IngestPartMarker[], dirs: readonly string[]): string[] {
  const problems: string[] = [];
  const [first] = markers;
  if (!first) return problems;
  markers.forEach((m, i) => {
    if (m.parser !== first.parser) problems.push(`${dirs[i]} was parsed by another version of the parser than ${dirs[0]} (${m.parser}, ${first.parser}): ingest every part from the same checkout`);
    else if (m.listing !== first.listing || m.paths !== first.paths) problems.push(`${dirs[i]} was ingested from another content folder than ${dirs[0]} (${m.paths} and ${first.paths} paths, or files whose bytes differ): ingest every part from the same content`);
  });
  const entries = markers.reduce((n, m) => n + m.entries, 0);
  if (problems.length === 0 && entries !== first.paths) problems.push(`the parts hold ${entries} entries for ${first.paths} paths: a part's folder is incomplete; ingest it again`);
  return problems;
}
