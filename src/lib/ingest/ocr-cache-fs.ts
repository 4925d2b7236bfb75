/**
 * The OCR cache on disk: the engine's reading of a scan, one small JSON file per file read, named
 * by the key read/ocr/scan.ts gives it (the scan's bytes and the engine's version). It lives
 * beside the result cache (cache-fs.ts) but is keyed apart from it: the result cache goes stale
 * with every parser change, this one only when the OCR engine changes. Workers read and write it
 * themselves, since OCR runs in them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../files/write-fs.ts';
import type { OcrCache, OcrPage } from '../read/ocr/types.ts';

export function ocrCache(dir: string): OcrCache {
  const path = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(path(key), 'utf8')) as OcrPage[];
      } catch {
        return undefined;
      }
    },
    set(key, pages) {
      // The cache only saves time: a failed write (a full disk, two workers reading copies of one
      // scan at once) must not fail the file.
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeAtomic(path(key), Buffer.from(JSON.stringify(pages)));
      } catch {
        // Read again next time.
      }
    },
  };
}
