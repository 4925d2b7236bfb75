/**
 * Reads the content folder's sources.csv (sources.ts), when there is one: opened as ingest opens
 * reports (files-fs.ts), without following a link or blocking on a FIFO, and only when it is a
 * regular file of a plausible size.
 */
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { readRegularFile } from '../files/read-regular-fs.ts';
import type { FileCode } from '../template/notes.ts';
import { parseSources, SOURCES_PATH, type Sources } from './sources.ts';

/** A row for every report of the country is about 20 MB; far more is not the list. */
const MAX_BYTES = 64 * 1024 * 1024;

/** The list of a content folder, or null when it has none. */
export function readSources(contentDir: string): Sources | null {
  const bytes = sourcesBytes(contentDir);
  if (bytes === null || !(bytes instanceof Uint8Array)) return bytes;
  // Excel on a Chinese system saves CSV as GB18030 (GBK) unless told otherwise. Not read/decode.ts:
  // its test for GB18030 asks for a share of Chinese text that a list of addresses lacks.
  const utf8 = isUtf8(bytes);
  const sources = parseSources(new TextDecoder(utf8 ? 'utf-8' : 'gb18030').decode(bytes));
  if (!utf8) sources.problems.unshift({ where: SOURCES_PATH, code: 'sources-encoding', message: 'not UTF-8, read as GB18030' });
  return sources;
}

/** The list's bytes as the rules read them (for a part's folder), or null when there is none or it is not used. */
export function readSourcesBytes(contentDir: string): Uint8Array | null {
  const bytes = sourcesBytes(contentDir);
  return bytes instanceof Uint8Array ? bytes : null;
}

/** The file's bytes; null when there is none; or the unused list saying why it is not read. */
function sourcesBytes(contentDir: string): Uint8Array | Sources | null {
  const read = readRegularFile(join(contentDir, SOURCES_PATH), MAX_BYTES);
  if ('bytes' in read) return read.bytes;
  switch (read.refused) {
    case 'missing':
      return null;
    case 'link':
    case 'unopenable':
      return unused('sources-unreadable', `the list cannot be opened (${(read.error as NodeJS.ErrnoException).code ?? 'error'}): it is not used; make it a readable file`);
    case 'directory':
    case 'fifo':
    case 'special':
      return unused('sources-unreadable', 'not a regular file: the list is not used');
    case 'too-large':
      return unused('sources-too-large', `${read.size} bytes, more than ${MAX_BYTES}: the list is not used`);
    case 'unreadable':
      return unused('sources-unreadable', `the list cannot be read (${(read.error as Error).message.split('\n')[0]}): it is not used`);
  }
}

function unused(code: FileCode, message: string): Sources {
  return { byPath: new Map(), problems: [{ where: SOURCES_PATH, code, message }] };
}
