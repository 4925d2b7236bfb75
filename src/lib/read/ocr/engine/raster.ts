/**
 * Page images as the engine reads them: one grey byte a pixel. Decodes PNG and JPEG (Skia, through
 * @napi-rs/canvas), TIFF (UTIF, every page of a multi-page file) and renders the pages of a PDF
 * (pdf.js onto a canvas). Sizes are bounded before anything is decoded: an image's header gives
 * its size, and a file that would take gigabytes of memory is refused.
 */
import { createCanvas, loadImage, type Canvas, type Image } from '@napi-rs/canvas';
import { createIsomorphicCanvasFactory, getDocumentProxy } from 'unpdf';
import UTIF from 'utif2';
import { ReadError } from '../../types.ts';

export interface Raster {
  width: number;
  height: number;
  /** Row by row, 0 black … 255 white. */
  data: Uint8Array;
}

/** PDF pages are rendered at this resolution: the digits of a 9pt table cell come out ~25 px tall. */
export const RENDER_DPI = 200;
/** A page image is scaled down to this many pixels on its longer side (A4 at 300 dpi is 3508). */
export const MAX_SIDE = 3600;
/** Images larger than this (in pixels, before scaling) are refused: decoding one would cost gigabytes. */
const MAX_SOURCE_PIXELS = 120_000_000;
/** A scan longer than this is not one annual report (they run to 4–12 pages). */
export const MAX_PAGES = 40;

export type ImageKind = 'png' | 'jpeg' | 'tiff';

/** The kind of image the bytes hold, from their signature, or null. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  return null;
}

/** Every page of an image file (one, or one per TIFF page), as grey rasters. */
export async function decodeImage(bytes: Uint8Array, kind: ImageKind): Promise<Raster[]> {
  if (kind === 'tiff') return decodeTiff(bytes);
  const size = kind === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size) throw new ReadError('unreadable-image', `the ${kind.toUpperCase()} image is damaged: its header gives no size; re-save or re-scan it`);
  checkSize(size.width, size.height);
  // Skia draws a truncated image as far as its data goes and the rest black: refuse it instead.
  if (!hasEnd(bytes, kind)) throw new ReadError('unreadable-image', `the ${kind.toUpperCase()} image is truncated (its end marker is missing); download or scan it again`);
  let image;
  try {
    image = await loadImage(bytes);
  } catch (e) {
    throw new ReadError('unreadable-image', `the ${kind.toUpperCase()} image cannot be decoded (${(e as Error).message}); re-save or re-scan it`);
  }
  return [onWhite(image, image.width, image.height)];
}

function decodeTiff(bytes: Uint8Array): Raster[] {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let ifds;
  try {
    ifds = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined);
  } catch (e) {
    throw new ReadError('unreadable-image', `the TIFF image cannot be decoded (${(e as Error).message}); re-save or re-scan it`);
  }
  if (ifds.length === 0) throw new ReadError('unreadable-image', 'the TIFF file holds no image; re-save or re-scan it');
  if (ifds.length > MAX_PAGES) throw tooManyPages(ifds.length);
  return ifds.map((ifd) => {
    checkSize(Number((ifd['t256'] as number[])[0]), Number((ifd['t257'] as number[])[0]));
    try {
      UTIF.decodeImage(buffer, ifd);
    } catch (e) {
      throw new ReadError('unreadable-image', `a page of the TIFF image cannot be decoded (${(e as Error).message}); re-save or re-scan it`);
    }
    const sheet = createCanvas(ifd.width, ifd.height);
    const context = sheet.getContext('2d');
    const image = context.createImageData(ifd.width, ifd.height);
    image.data.set(UTIF.toRGBA8(ifd));
    context.putImageData(image, 0, 0);
    return onWhite(sheet, ifd.width, ifd.height);
  });
}

/** Renders every page of a PDF at RENDER_DPI (pages larger than MAX_SIDE are rendered smaller). */
export async function renderPdf(bytes: Uint8Array): Promise<Raster[]> {
  const CanvasFactory = await createIsomorphicCanvasFactory(() => import('@napi-rs/canvas'));
  let pdf;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy to stay pure.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, CanvasFactory });
  } catch (e) {
    throw new ReadError('unreadable-pdf', `PDF cannot be opened for OCR (${(e as Error).message}); re-download the file.`);
  }
  try {
    if (pdf.numPages > MAX_PAGES) throw tooManyPages(pdf.numPages);
    const pages: Raster[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const scale = Math.min(RENDER_DPI / 72, MAX_SIDE / Math.max(base.width, base.height));
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      // The canvas types of pdf.js are the DOM's; @napi-rs/canvas implements the same interface.
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
      pages.push(toGrey(canvas));
      page.cleanup();
    }
    return pages;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('unreadable-pdf', `a page of the PDF cannot be rendered for OCR (${(e as Error).message}); re-download or re-export the file.`);
  } finally {
    void pdf.destroy();
  }
}

function tooManyPages(pages: number): ReadError {
  return new ReadError('too-many-pages', `the scan has ${pages} pages; OCR reads at most ${MAX_PAGES} a file (an annual report has 4–12): split the file or check that it is one report`);
}

function checkSize(width: number, height: number): void {
  if (!(width > 0 && height > 0)) throw new ReadError('unreadable-image', 'the image has no pixels; re-save or re-scan it');
  if (width * height > MAX_SOURCE_PIXELS) {
    throw new ReadError('image-too-large', `the image is ${width}×${height} pixels, more than OCR reads (${MAX_SOURCE_PIXELS / 1e6} million); scan at 200–300 dpi`);
  }
}

/** The size an image is read at: itself, or scaled down to MAX_SIDE on its longer side. */
function fit(width: number, height: number): [number, number] {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  return [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
}

/** An image drawn on white paper (a transparent pixel is paper), at the size it is read at (fit). */
function onWhite(source: Image | Canvas, sourceWidth: number, sourceHeight: number): Raster {
  const [width, height] = fit(sourceWidth, sourceHeight);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(source, 0, 0, width, height);
  return toGrey(canvas);
}

/**
 * RGBA → one grey byte a pixel. The red channel, not the luminance: a red seal stamped over the
 * table (every report is stamped) comes out light, while black and blue print stays dark.
 */
function toGrey(canvas: Canvas): Raster {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < data.length; i += 4, j++) data[j] = rgba[i]!;
  return { width, height, data };
}

/** Whether the file ends as an image of its kind does: PNG with its IEND chunk, JPEG with EOI (some writers pad after it). */
function hasEnd(bytes: Uint8Array, kind: 'png' | 'jpeg'): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  if (kind === 'png') return new TextDecoder('latin1').decode(tail.subarray(-16)).includes('IEND');
  for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  return false;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A JPEG's size, from its first start-of-frame marker. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
    }
    i += 2 + length;
  }
  return null;
}
