/**
 * The OCR engine: page images → text boxes. Each page is deskewed, its text boxes detected, and
 * each box recognised; boxes come out in reading order (top to bottom, left to right).
 */
import type { OcrPage } from '../types.ts';
import { deskew, estimateSkew } from './deskew.ts';
import { detect } from './detect.ts';
import { loadModels } from './models-fs.ts';
import type { Raster } from './raster.ts';
import { recognise } from './recognise.ts';

/** Each page is read as it comes: a PDF's pages are rendered one at a time (raster.ts). */
export async function ocrPages(pages: Iterable<Raster> | AsyncIterable<Raster>, onPage?: () => void): Promise<OcrPage[]> {
  const models = await loadModels();
  const out: OcrPage[] = [];
  for await (const scan of pages) {
    const skew = estimateSkew(scan);
    const page = deskew(scan, skew);
    const found = await detect(models.detection, page);
    const boxes = (await recognise(models.recognition, models.characters, page, found)).filter((b) => b.text !== '');
    boxes.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
    out.push({ width: page.width, height: page.height, skew, boxes });
    onPage?.();
  }
  return out;
}
