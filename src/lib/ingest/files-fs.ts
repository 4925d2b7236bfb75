/**
 * The input side of ingest on the file system: which files a content folder holds, and their bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Every file below `dir`, as paths relative to it with `/`, in code-point order: deterministic.
 * An output folder inside the content folder is not input.
 */
export function listFiles(dir: string, exclude?: string): { abs: string; rel: string }[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const skip = exclude ? resolve(exclude) + sep : null;
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const abs = join(e.parentPath, e.name);
      return { abs, rel: relative(dir, abs).split(sep).join('/') };
    })
    .filter((f) => !skip || !resolve(f.abs).startsWith(skip))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** The file's bytes as a plain Uint8Array over the Buffer's memory: PDF.js refuses a Buffer. */
export function readBytes(path: string): Uint8Array {
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
