/**
 * The OCR cache on disk: the engine's reading of a scan, one small JSON file per file read, named
 * by the key read/ocr/scan.ts gives it (the scan's bytes and the engine's version). It lives
 * beside the result cache (cache-fs.ts) but is keyed apart from it: the result cache goes stale
 * with every parser change, this one only when the OCR engine changes. Workers read and write it
 * themselves, since OCR runs in them. An entry is its head (`{key, checksum}`, the sha256 of the
 * pages' JSON) on one line and the pages' JSON on the next; one that does not validate is removed
 * and the scan read again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../files/write-fs.ts';
import type { OcrBox, OcrCache, OcrPage } from '../read/ocr/types.ts';

/** The OCR cache of `dir`, which counts the entries it found damaged until they are taken (`takeRejected`). */
export function ocrCache(dir: string): OcrCache & { takeRejected(): number } {
  const path = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  let rejected = 0;
  return {
    takeRejected() {
      const taken = rejected;
      rejected = 0;
      return taken;
    },
    get(key) {
      let text: string;
      try {
        text = readFileSync(path(key), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        text = '';
      }
      const pages = validEntry(text, key);
      // An entry that does not validate is never trusted: the scan is read again, and its reading kept in its place.
      if (!pages) {
        rejected++;
        forget(path(key));
      }
      return pages;
    },
    set(key, pages) {
      // The cache only saves time: a failed write (a full disk, two workers reading copies of one
      // scan at once) must not fail the file.
      try {
        const json = JSON.stringify(pages);
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeAtomic(path(key), [`${JSON.stringify({ key, checksum: sha256(json) })}\n`, json]);
      } catch {
        // Read again next time.
      }
    },
  };
}

function forget(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // The write of the new reading replaces it, or fails quietly like any other.
  }
}

/** The pages of an entry whose head names this key and the checksum of its pages, and whose pages have their shape; else undefined. */
function validEntry(text: string, key: string): OcrPage[] | undefined {
  const cut = text.indexOf('\n');
  if (cut < 0) return undefined;
  const json = text.slice(cut + 1);
  try {
    const head = JSON.parse(text.slice(0, cut)) as { key?: unknown; checksum?: unknown };
    if (head.key !== key || head.checksum !== sha256(json)) return undefined;
    const pages = JSON.parse(json) as unknown;
    return Array.isArray(pages) && pages.every(isPage) ? pages : undefined;
  } catch {
    return undefined;
  }
}

function isPage(page: unknown): page is OcrPage {
  const p = page as OcrPage;
  return typeof p === 'object' && p !== null && [p.width, p.height, p.skew].every(Number.isFinite) && Array.isArray(p.boxes) && p.boxes.every(isBox);
}

function isBox(box: OcrBox): boolean {
  return (
    typeof box === 'object' && box !== null && typeof box.text === 'string' && Number.isFinite(box.confidence) &&
    Array.isArray(box.box) && box.box.length === 4 && box.box.every(Number.isFinite) &&
    (box.digits === undefined || (typeof box.digits.text === 'string' && Number.isFinite(box.digits.confidence)))
  );
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
