/**
 * The input side of ingest on the file system: which paths a content folder holds, and the bytes
 * of its files. Nothing outside the folder is ever read, and every path in it is accounted for:
 *
 * - the tree is walked without following links (a link to /etc, or a link loop, is one
 *   `skipped` entry); FIFOs, sockets and devices are `skipped` too, never opened;
 * - names are taken as bytes (`readdirSync(…, { encoding: 'buffer' })`), so a name that is not
 *   UTF-8 (a GBK name from an archive unzipped on Linux) is read like any other and shown as
 *   printable text (`\xd6\xd0.txt`, read/printable.ts);
 * - a folder that cannot be listed, a file that cannot be opened or has gone, and a path too long
 *   for the system are `failed` entries naming the reason.
 */
import { readdirSync, readlinkSync, type Dirent } from 'node:fs';
import { readRegularFile } from '../files/read-regular-fs.ts';
import { LIMITS, refused } from '../read/limits.ts';
import { printableBytes } from '../read/printable.ts';
import type { FileCode } from '../template/notes.ts';
import type { LogEntry } from '../template/schema.ts';
import { failedEntry, skippedEntry } from './log-entry.ts';

export interface InputFile {
  /** The file's path as bytes, for the file system. */
  abs: Buffer;
  /** Its path relative to the content folder, with `/`, as printable text: the `path` of the log. */
  rel: string;
  /** The relative path as bytes: what the listing is sorted by. */
  key: Buffer;
}

export interface Listing {
  /** Regular files, to be read, in byte order of their relative paths: deterministic. */
  files: InputFile[];
  /** Paths that are not read, each with its log entry, in the same order. */
  others: { key: Buffer; entry: LogEntry }[];
}

/** Linux's PATH_MAX: longer paths cannot be opened by name. */
const PATH_MAX = 4096;
const SLASH = Buffer.from('/');

/** Every path below `dir`, which must be a readable folder. */
export function listFiles(dir: string): Listing {
  const listing: Listing = { files: [], others: [] };
  const folders: { abs: Buffer; key: Buffer }[] = [{ abs: Buffer.from(dir), key: Buffer.alloc(0) }];
  for (let folder = folders.pop(); folder; folder = folders.pop()) {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(folder.abs, { encoding: 'buffer', withFileTypes: true });
    } catch (error) {
      if (folder.key.length === 0) throw error;
      const rel = `${printableBytes(folder.key)}/`;
      listing.others.push({ key: folder.key, entry: failedEntry(rel, 'unreadable-folder', `the folder cannot be listed (${errorText(error)}): the files in it are not read; make it readable and ingest again`) });
      continue;
    }
    for (const entry of entries) {
      const key = folder.key.length === 0 ? entry.name : Buffer.concat([folder.key, SLASH, entry.name]);
      const abs = Buffer.concat([folder.abs, SLASH, entry.name]);
      const rel = printableBytes(key);
      if (abs.length >= PATH_MAX) {
        listing.others.push({ key, entry: failedEntry(rel, 'path-too-long', `the path is ${abs.length} bytes long, more than the system's limit of ${PATH_MAX - 1}: it cannot be opened; move the file higher up or shorten its folders' names`) });
      } else if (entry.isDirectory()) {
        folders.push({ abs, key });
      } else if (entry.isFile()) {
        listing.files.push({ abs, rel, key });
      } else {
        listing.others.push({ key, entry: skippedEntry(rel, ...notAFile(entry, abs)) });
      }
    }
  }
  listing.files.sort((a, b) => Buffer.compare(a.key, b.key));
  listing.others.sort((a, b) => Buffer.compare(a.key, b.key));
  return listing;
}

function notAFile(entry: Dirent<Buffer>, abs: Buffer): [FileCode, string] {
  if (entry.isSymbolicLink()) {
    let target = '?';
    try {
      target = printableBytes(readlinkSync(abs, { encoding: 'buffer' }));
    } catch {
      // Gone since it was listed: the link is still what was there.
    }
    return ['symlink', `a symbolic link (to ${target}), not followed: ingest reads nothing outside the content folder; copy the file itself into the folder to ingest it`];
  }
  if (entry.isFIFO()) return ['special-file', 'a named pipe (FIFO), not a file: not read'];
  if (entry.isSocket()) return ['special-file', 'a socket, not a file: not read'];
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return ['special-file', 'a device, not a file: not read'];
  return ['special-file', 'not a regular file: not read'];
}

/**
 * A file's bytes, in a buffer of their own (so that it can be handed to a worker without a copy),
 * or the log entry saying why it cannot be read. The file is opened without following a link and
 * without blocking, and checked to be a regular file within the size limit before it is read:
 * what was listed may have been replaced since (by a link, a FIFO) or removed.
 */
export function readInput(file: InputFile): Uint8Array | LogEntry {
  const read = readRegularFile(file.abs, LIMITS.fileBytes.value);
  if ('bytes' in read) return read.bytes;
  switch (read.refused) {
    case 'missing':
    case 'link':
    case 'unopenable':
      return openFailure(file.rel, read.refused === 'missing' ? { code: 'ENOENT' } : read.error);
    case 'directory':
    case 'fifo':
    case 'special':
      return skippedEntry(file.rel, 'special-file', 'no longer a regular file when it was opened: not read');
    case 'too-large':
      return failedEntry(file.rel, 'too-large', refused('fileBytes', `${(read.size / 1024 / 1024).toFixed(1)} MB`));
    case 'unreadable':
      return failedEntry(file.rel, 'unreadable-file', `the file cannot be read (${errorText(read.error)})`);
  }
}

function openFailure(rel: string, error: unknown): LogEntry {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return failedEntry(rel, 'vanished', 'the file was removed while ingest ran: not read; ingest again to read what the folder holds now');
  if (code === 'ELOOP') return skippedEntry(rel, 'symlink', 'replaced by a symbolic link while ingest ran: not followed');
  if (code === 'ENAMETOOLONG') return failedEntry(rel, 'path-too-long', 'the path is too long for the system: it cannot be opened');
  return failedEntry(rel, 'unreadable-file', `the file cannot be opened (${errorText(error)}); make it readable and ingest again`);
}

function errorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*$/s, '')}` : String(e.message ?? e);
}

