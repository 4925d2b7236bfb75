/**
 * Reads the content folder's agencies.csv (place/manifest.ts parses it), when there is one, by the
 * rules the reports are read by (files-fs.ts): nothing outside the content folder, so a symbolic
 * link is not followed; a FIFO (which would block the run forever), a folder or a file that
 * cannot be opened is a logged failure, and the run goes on without the manifest. Its text is
 * decoded as a report's is (read/decode.ts): UTF-8, UTF-16 and UTF-32 with or without a
 * byte-order mark, GB18030 as Excel saves CSV on a Chinese system.
 */
import { readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile } from '../files/read-regular-fs.ts';
import { decodeText } from '../read/decode.ts';
import { printableBytes } from '../read/printable.ts';
import { ReadError } from '../read/types.ts';
import type { Gazetteer } from '../place/gazetteer.ts';
import { MANIFEST_PATH, parseManifest, type Manifest } from '../place/manifest.ts';
import type { FileCode } from '../template/notes.ts';
import type { LogProblem } from '../template/schema.ts';

/** A manifest for every township of the country is about 2 MB; far more is not a manifest. */
const MAX_BYTES = 32 * 1024 * 1024;
const NOT_USED = 'the manifest is not used, and reports are placed by their own evidence';

/**
 * The manifest of a content folder, or null when it has none.
 * @param gaz the gazetteer, asked for only when there is a manifest to read
 */
export function readManifest(contentDir: string, gaz: () => Gazetteer): Manifest | null {
  const path = join(contentDir, MANIFEST_PATH);
  const bytes = manifestBytes(path);
  if (bytes === null) return null;
  if (!(bytes instanceof Uint8Array)) return unusable(bytes);
  const decoded = decode(bytes);
  if ('failure' in decoded) return unusable(decoded.failure);
  const manifest = parseManifest(decoded.text, gaz());
  manifest.problems.unshift(...decoded.problems);
  return manifest;
}

/**
 * The manifest's bytes, for a part of an ingest to keep (parts-fs.ts): null when there is none or
 * it is not read (a link, a FIFO…), which the listing of part 1 logs.
 */
export function readManifestBytes(contentDir: string): Uint8Array | null {
  const bytes = manifestBytes(join(contentDir, MANIFEST_PATH));
  return bytes instanceof Uint8Array ? bytes : null;
}

/** Why a manifest is not read. */
interface Refusal {
  code: FileCode;
  message: string;
}

/** A manifest that is not used, with the one problem saying why. */
function unusable({ code, message }: Refusal): Manifest {
  return { byPath: new Map(), byName: new Map(), rows: 0, problems: [{ where: MANIFEST_PATH, code, message }], failed: true };
}

/**
 * The file's bytes; null when there is none; or why it is not read.
 * Opened without following a link and without blocking, then checked to be a regular file.
 */
function manifestBytes(path: string): Uint8Array | Refusal | null {
  const read = readRegularFile(path, MAX_BYTES);
  if ('bytes' in read) return read.bytes;
  switch (read.refused) {
    case 'missing':
      return null;
    case 'link':
      return { code: 'manifest-unreadable', message: `a symbolic link (to ${linkTarget(path)}), not followed: ingest reads nothing outside the content folder; ${NOT_USED}; copy the file itself into the folder` };
    case 'unopenable':
      return { code: 'manifest-unreadable', message: `it cannot be opened (${errorText(read.error)}); ${NOT_USED}; make it readable and ingest again` };
    case 'directory':
      return { code: 'manifest-unreadable', message: `a folder, not a file; ${NOT_USED}; rename the folder` };
    case 'fifo':
      return { code: 'manifest-unreadable', message: `a named pipe (FIFO), not a file: not read; ${NOT_USED}; put the CSV file itself in its place` };
    case 'special':
      return { code: 'manifest-unreadable', message: `not a regular file: not read; ${NOT_USED}; put the CSV file itself in its place` };
    case 'too-large':
      return { code: 'manifest-too-large', message: `${read.size} bytes, more than ${MAX_BYTES}: ${NOT_USED}` };
    case 'unreadable':
      return { code: 'manifest-unreadable', message: `it cannot be read (${errorText(read.error)}); ${NOT_USED}` };
  }
}

/** The manifest's text, and what its encoding was when not UTF-8; or why it cannot be read. */
function decode(bytes: Uint8Array): { text: string; problems: LogProblem[] } | { failure: Refusal } {
  if (bytes.length === 0) return { text: '', problems: [] };
  try {
    const { text, encoding, warnings } = decodeText(bytes);
    const problems: LogProblem[] = /^utf-8/.test(encoding) ? [] : [{ where: MANIFEST_PATH, code: 'manifest-encoding', message: `not UTF-8, read as ${encoding.replace('+bom', '').toUpperCase()}` }];
    return { text, problems: [...problems, ...warnings.map((w): LogProblem => ({ where: MANIFEST_PATH, code: w.code, message: w.message }))] };
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    // A CSV of codes and a few names has too few Chinese characters for decode.ts to be sure of
    // GB18030; what is not UTF-8 here is what Excel saves on a Chinese system.
    if (error.code === 'unknown-encoding') return { text: new TextDecoder('gb18030').decode(bytes), problems: [{ where: MANIFEST_PATH, code: 'manifest-encoding', message: 'not UTF-8, read as GB18030' }] };
    return { failure: { code: 'manifest-encoding', message: `${error.message}; ${NOT_USED}` } };
  }
}

function linkTarget(path: string): string {
  try {
    return printableBytes(readlinkSync(path, { encoding: 'buffer' }));
  } catch {
    return '?';
  }
}

/** An error's code (EACCES), which says the reason without the absolute path of the message. */
function errorText(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
