/**
 * The bounds of a zip-based file (DOCX now; XLSX and OFD are zips too), checked before its reader
 * inflates it: a zip bomb of a few megabytes inflates to gigabytes. yauzl reads the central
 * directory (the sizes each entry declares, checked here against the limits before anything is
 * inflated) and, while an entry is inflated, stops with an error as soon as it yields more bytes
 * than it declared; the bytes that come out are counted against the limit as well. Each entry is
 * inflated once here, as a stream, and thrown away, apart from what `watch` looks at.
 */
import yauzl from 'yauzl';
import { LIMITS, refused } from './limits.ts';
import { ReadError, type ReadErrorCode } from './types.ts';

export interface ZipCheck {
  /** The code of the file's format when the zip is damaged: `unreadable-docx`. */
  damaged: ReadErrorCode;
  /** Sees each inflated chunk of the entries it names (`word/document.xml`); may throw a ReadError. */
  watch?: { entries: ReadonlySet<string>; chunk(entry: string, bytes: Buffer): void };
}

export async function checkZip(bytes: Uint8Array, check: ZipCheck): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { strictFileNames: false, validateEntrySizes: true });
  } catch (error) {
    throw damaged(check, error);
  }
  if (zip.entryCount > LIMITS.zipEntries.value) throw new ReadError('too-large', refused('zipEntries', `${zip.entryCount} entries`));
  let declared = 0;
  let inflated = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > LIMITS.zipInflatedBytes.value) {
        throw new ReadError('too-large', refused('zipInflatedBytes', `more than ${(declared / 1024 / 1024).toFixed(0)} MB by what its entries declare`));
      }
      if (entry.fileName.endsWith('/') || !entry.canDecodeFileData()) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const watched = check.watch?.entries.has(entry.fileName);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        if (inflated > LIMITS.zipInflatedBytes.value) {
          stream.destroy();
          throw new ReadError('too-large', refused('zipInflatedBytes', 'more once inflated'));
        }
        if (watched) check.watch!.chunk(entry.fileName, chunk);
      }
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    // yauzl's "too many bytes in the stream": an entry inflating beyond what it declared.
    if (/too many bytes/i.test((error as Error).message)) throw new ReadError('too-large', refused('zipInflatedBytes', 'more than its entries declare (a zip bomb)'));
    throw damaged(check, error);
  }
}

function damaged(check: ZipCheck, error: unknown): ReadError {
  return new ReadError(check.damaged, `the zip archive is damaged (${(error as Error).message.split('\n')[0]}); open and re-save the file, or export it as PDF`);
}
