/**
 * Scans → documents: an image-only PDF or a page image (PNG, JPEG, TIFF) read by OCR, locally.
 * The engine's output for a file is cached by the file's bytes and the engine's version, so a
 * re-run, or a new version of anything after the engine, never runs OCR on the same file again.
 *
 * The engine (engine/) is the project's own, on the models of an npm package, rather than an npm
 * wrapper around them: the wrappers merge the boxes of a line into one text and drop the boxes read
 * with low confidence. The reader needs both: each box where it is printed, to place a number in
 * its column and to find a box that bridges two (columns.ts), and every number with how sure its
 * least certain digit is, to leave a doubtful one unsure rather than drop it unseen (document.ts,
 * ingest/unsure.ts). (The comment is here, not in engine/: the engine's source keys the OCR cache.)
 */
import { createHash } from 'node:crypto';
import { ReadError, type RawDocument } from '../types.ts';
import { ocrPages } from './engine/index.ts';
import { decodeImage, renderPdf } from './engine/raster.ts';
import { ocrVersion } from './engine/version-fs.ts';
import { scanToDocument } from './document.ts';
import type { ImageKind } from './image-kind.ts';
import type { OcrCache, OcrPage } from './types.ts';

export interface ScanOptions {
  cache?: OcrCache;
  /** Called after each page the engine has read (the ingest's worker says it is still at work). */
  onPage?: () => void;
}

/** Fewer characters than this on every page together: the scan is blank, or too faint to read. */
const MIN_TEXT_CHARS = 20;

export async function readScan(bytes: Uint8Array, kind: 'pdf' | ImageKind, options: ScanOptions = {}): Promise<RawDocument> {
  const pages = await ocr(bytes, kind, options);
  const chars = pages.reduce((n, p) => n + p.boxes.reduce((m, b) => m + b.text.replace(/\s/g, '').length, 0), 0);
  if (chars < MIN_TEXT_CHARS) {
    throw new ReadError(
      'ocr-no-text',
      kind === 'pdf'
        ? // A PDF comes here when pdf.js found no text layer, which may also be one it could not parse
          // (a damaged stream, a text item past what pdf.js can hold): say both, not only "faint".
          `no text found (${pageCount(pages.length)}, ${chars} characters read): the PDF has no text layer that could be read, and its pages, read as images, are blank or too faint; check the file (its text layer may be damaged: re-export it), or scan the report again at 200–300 dpi`
        : `no text found on the scan (${pageCount(pages.length)}, ${chars} characters read): the image is blank or too faint; check the file, or scan the report again at 200–300 dpi`,
    );
  }
  return scanToDocument(pages);
}

const pageCount = (n: number) => `${n} page${n === 1 ? '' : 's'}`;

/** The engine's reading of every page, from the cache when the same bytes were read before. */
async function ocr(bytes: Uint8Array, kind: 'pdf' | ImageKind, { cache, onPage }: ScanOptions): Promise<OcrPage[]> {
  const key = createHash('sha256').update(ocrVersion()).update('\0').update(bytes).digest('hex');
  const cached = cache?.get(key);
  if (cached) return cached;
  const rasters = kind === 'pdf' ? renderPdf(bytes) : await decodeImage(bytes, kind);
  const pages = await ocrPages(rasters, onPage);
  cache?.set(key, pages);
  return pages;
}
