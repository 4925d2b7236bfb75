/**
 * Writing files so that a reader never sees half of one: to a temp file beside it, then a rename.
 * Used by every step that writes output (ingest, its cache, the search index's list of parts).
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';

/** Bytes gathered before a write to a file. */
const WRITE_BUFFER = 1 << 21;

/** Write to a temp file and rename, so that a reader never sees half a file. */
export function writeAtomic(path: string, content: Iterable<string | Uint8Array> | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    if (content instanceof Uint8Array) writeAll(fd, content);
    else writeChunks(fd, content);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/**
 * Chunks are often small (a line, a report): they are encoded into one buffer and written a
 * megabyte or two at a time, as a system call per chunk costs more than the chunk.
 */
function writeChunks(fd: number, chunks: Iterable<string | Uint8Array>): void {
  for (const bytes of gathered(chunks)) writeAll(fd, bytes);
}

/**
 * The chunks as buffers of up to WRITE_BUFFER bytes (a longer chunk alone). Each buffer is reused
 * once the next is asked for: write it before.
 */
export function* gathered(chunks: Iterable<string | Uint8Array>): Generator<Uint8Array> {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER);
  let used = 0;
  for (const chunk of chunks) {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const most = typeof chunk === 'string' ? chunk.length * 3 : chunk.length;
    if (used > 0 && used + most > buffer.length) {
      yield buffer.subarray(0, used);
      used = 0;
    }
    if (most > buffer.length) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    else if (typeof chunk === 'string') used += buffer.write(chunk, used);
    else {
      buffer.set(chunk, used);
      used += chunk.length;
    }
  }
  if (used > 0) yield buffer.subarray(0, used);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}
