/**
 * Reads the content folder's sources.csv (sources.ts), when there is one: opened as ingest opens
 * reports (files-fs.ts), without following a link or blocking on a FIFO, and only when it is a
 * regular file of a plausible size.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
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
  if (!utf8) sources.messages.unshift(`${SOURCES_PATH}: sources-encoding: not UTF-8, read as GB18030`);
  return sources;
}

/** The list's bytes as the rules read them (for a part's folder), or null when there is none or it is not used. */
export function readSourcesBytes(contentDir: string): Uint8Array | null {
  const bytes = sourcesBytes(contentDir);
  return bytes instanceof Uint8Array ? bytes : null;
}

/** The file's bytes; null when there is none; or the unused list saying why it is not read. */
function sourcesBytes(contentDir: string): Uint8Array | Sources | null {
  let fd: number;
  try {
    fd = openSync(join(contentDir, SOURCES_PATH), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return unused(`${SOURCES_PATH}: sources-unreadable: the list cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}): it is not used; make it a readable file`);
  }
  let bytes: Uint8Array;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return unused(`${SOURCES_PATH}: sources-unreadable: not a regular file: the list is not used`);
    if (stat.size > MAX_BYTES) return unused(`${SOURCES_PATH}: sources-too-large: ${stat.size} bytes, more than ${MAX_BYTES}: the list is not used`);
    bytes = new Uint8Array(stat.size);
    let done = 0;
    for (let n = 1; done < bytes.length && n > 0; done += n) n = readSync(fd, bytes, done, bytes.length - done, null);
    bytes = bytes.subarray(0, done);
  } catch (error) {
    return unused(`${SOURCES_PATH}: sources-unreadable: the list cannot be read (${(error as Error).message.split('\n')[0]}): it is not used`);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function unused(message: string): Sources {
  return { byPath: new Map(), messages: [message] };
}
