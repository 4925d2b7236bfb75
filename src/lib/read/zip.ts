/**
 * The bounds of a zip-based file (DOCX, XLSX, OFD), checked before its reader
 * inflates it: a zip bomb of a few megabytes inflates to gigabytes. yauzl reads the central
 * directory, whose declared sizes are checked against the limits before anything is inflated;
 * then each entry is inflated here, with zlib stopping as soon as it yields more bytes than the
 * entry declared (`maxOutputLength`), so that the actual size is bounded too. Inflating is
 * synchronous: an entry's bytes are in memory already, and zlib's thread pool would only add
 * waiting.
 */
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { LIMITS, refused } from './limits.ts';
import { causeOf, ReadError, type ReadErrorCode } from './types.ts';

export interface ZipCheck {
  /** The code of the file's format when the zip is damaged: `unreadable-docx`. */
  damaged: ReadErrorCode;
  /** Entries to be looked at once inflated (`word/document.xml`), and what looks: it may throw a ReadError. */
  inspect?: { wants(name: string): boolean; entry(name: string, bytes: Buffer): void };
}

/** zip's compression methods: stored and deflated, the two every reader of these formats knows. */
const STORED = 0;
const DEFLATED = 8;

export async function checkZip(bytes: Uint8Array, check: ZipCheck): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  let entries: yauzl.Entry[];
  try {
    zip = await yauzl.fromBufferPromise(buffer, { strictFileNames: false, validateEntrySizes: true, autoClose: false });
    if (zip.entryCount > LIMITS.zipEntries.value) throw new ReadError('too-large', refused('zipEntries', `${zip.entryCount} entries`));
    entries = await Array.fromAsync(zip.eachEntry());
  } catch (error) {
    throw error instanceof ReadError ? error : damaged(check, error);
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > LIMITS.zipInflatedBytes.value) {
    throw new ReadError('too-large', refused('zipInflatedBytes', `${(declared / 1024 / 1024).toFixed(0)} MB declared by its entries`));
  }
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const data = await entryBytes(zip, buffer, entry, check);
    if (check.inspect?.wants(entry.fileName)) check.inspect.entry(entry.fileName, data);
  }
}

/** The names of a zip's entries, from its central directory alone; null when it cannot be read as a zip. */
export async function zipNames(bytes: Uint8Array): Promise<string[] | null> {
  try {
    const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { strictFileNames: false, autoClose: false });
    if (zip.entryCount > LIMITS.zipEntries.value) return null;
    return (await Array.fromAsync(zip.eachEntry())).map((e) => e.fileName);
  } catch {
    return null;
  }
}

/** An entry inflated, never to more than it declares. */
async function entryBytes(zip: yauzl.ZipFile, buffer: Buffer, entry: yauzl.Entry, check: ZipCheck): Promise<Buffer> {
  if (entry.isEncrypted() || (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED)) {
    throw damaged(check, new Error(`${entry.fileName} is encrypted or compressed in an unusual way`));
  }
  let raw: Buffer;
  try {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    raw = buffer.subarray(fileDataStart, fileDataStart + entry.compressedSize);
  } catch (error) {
    throw damaged(check, error);
  }
  if (entry.compressionMethod === STORED) return raw;
  let data: Buffer;
  try {
    data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
    throw damaged(check, error);
  }
  if (data.length > entry.uncompressedSize) throw bomb();
  return data;
}

function bomb(): ReadError {
  return new ReadError('too-large', refused('zipInflatedBytes', 'an entry inflates to more than it declares (a zip bomb)'));
}

function damaged(check: ZipCheck, error: unknown): ReadError {
  return new ReadError(check.damaged, `the zip archive is damaged (${causeOf(error)}); open and re-save the file, or export it as PDF`);
}
