/**
 * Page images as the engine reads them: one grey byte a pixel. Decodes PNG and JPEG (Skia, through
 * @napi-rs/canvas), TIFF (UTIF, every page of a multi-page file) and renders the pages of a PDF
 * (pdf.js onto a canvas). Sizes are bounded before anything is decoded, against the limits of
 * read/limits.ts: an image's header gives its size (`imagePixels`), a TIFF strip is inflated only
 * as far as its declared size needs (`imageStripBytes`), and a scanned PDF's images are measured
 * in its bytes before pdf.js renders a page. The decoders work outside the worker's heap (Skia,
 * zlib, pako's typed arrays), where its memory limit does not bind them.
 */
import { constants, inflateRawSync } from 'node:zlib';
import { createCanvas, loadImage, type Canvas, type Image } from '@napi-rs/canvas';
import { createIsomorphicCanvasFactory, getDocumentProxy } from 'unpdf';
import UTIF from 'utif2';
import { formatLimit, LIMITS } from '../../limits.ts';
import { ReadError } from '../../types.ts';
import type { ImageKind } from '../image-kind.ts';

export { imageKind, type ImageKind } from '../image-kind.ts';

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
/** A scan longer than this is not one annual report (they run to 4–12 pages). */
export const MAX_PAGES = 40;

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
  return ifds.map((ifd, page) => {
    checkSize(Number((ifd['t256'] as number[])[0]), Number((ifd['t257'] as number[])[0]));
    checkStrips(bytes, ifd, page + 1);
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
    // The page's decoded pixels are let go before the next page is decoded: the limits bound a
    // page, and 40 pages of them held together would not be.
    ifd.data = new Uint8Array(0);
    return onWhite(sheet, ifd.width, ifd.height);
  });
}

/**
 * Renders the pages of a PDF at RENDER_DPI (pages larger than MAX_SIDE are rendered smaller), one
 * at a time as they are asked for: a page's raster is let go once the engine has read it, rather
 * than every page's held until the last is read.
 */
export async function* renderPdf(bytes: Uint8Array): AsyncGenerator<Raster> {
  const CanvasFactory = await createIsomorphicCanvasFactory(() => import('@napi-rs/canvas'));
  let pdf;
  checkPdfImages(bytes);
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy to stay pure. An
    // image checkPdfImages could not measure (its size in an object stream, an inline image) is
    // still not decoded beyond the limit: pdf.js leaves it out.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, CanvasFactory, maxImageSize: LIMITS.imagePixels.value });
  } catch (e) {
    throw new ReadError('unreadable-pdf', `PDF cannot be opened for OCR (${(e as Error).message}); re-download the file.`);
  }
  try {
    if (pdf.numPages > MAX_PAGES) throw tooManyPages(pdf.numPages);
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
      page.cleanup();
      yield toGrey(canvas);
    }
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

function checkSize(width: number, height: number, which = 'the image'): void {
  if (!(width > 0 && height > 0)) throw new ReadError('unreadable-image', 'the image has no pixels; re-save or re-scan it');
  if (width * height > LIMITS.imagePixels.value) throw tooLarge('imagePixels', `${which} is ${width}×${height} pixels`, 'scan at 200–300 dpi');
}

function tooLarge(key: 'imagePixels' | 'imageStripBytes', actual: string, hint: string): ReadError {
  return new ReadError('image-too-large', `${LIMITS[key].what} (\`${key}\`): ${actual}, over the limit of ${formatLimit(key)}: the file is not read; ${hint}`);
}

/** TIFF compressions whose strips are checked: Deflate (two codes) and JPEG. */
const DEFLATE = [8, 32946];
const JPEG = 7;

/**
 * Each strip (or tile) of a TIFF page, inflated no further than its declared pixels need: utif
 * inflates a strip whole before it looks at its size (pako), so that a 100×100 page whose strip
 * inflates to 1 GB takes gigabytes. A JPEG strip must not declare more pixels than the strip has.
 */
function checkStrips(bytes: Uint8Array, ifd: UTIF.IFD, page: number): void {
  const tag = (name: string) => ifd[name] as number[] | undefined;
  const compression = tag('t259')?.[0] ?? 1;
  if (!DEFLATE.includes(compression) && compression !== JPEG) return;
  const tiled = tag('t322') !== undefined;
  const width = tiled ? tag('t322')![0]! : tag('t256')![0]!;
  const height = tag('t257')![0]!;
  const rows = tiled ? (tag('t323')?.[0] ?? 0) : Math.min(tag('t278')?.[0] ?? height, height);
  const bitsPerPixel = (tag('t258')?.[0] ?? 1) * (tag('t277')?.[0] ?? 1);
  const need = Math.ceil((width * bitsPerPixel) / 8) * rows;
  const offsets = (tiled ? tag('t324') : tag('t273')) ?? [];
  const counts = (tiled ? tag('t325') : tag('t279')) ?? [];
  const part = tiled ? 'tile' : 'strip';
  offsets.forEach((offset, i) => {
    const data = bytes.subarray(offset, offset + (counts[i] ?? 0));
    if (compression === JPEG) {
      const size = jpegSize(data);
      if (size && size.width * size.height > width * rows) throw new ReadError('unreadable-image', `${part} ${i + 1} of page ${page} of the TIFF holds a JPEG of ${size.width}×${size.height} pixels, more than its ${width}×${rows}: the file is damaged or made to exhaust memory; re-save or re-scan it`);
      return;
    }
    const max = Math.min(need, LIMITS.imageStripBytes.value);
    try {
      // As utif reads it: without the zlib header and checksum, as far as the data goes.
      inflateRawSync(data.subarray(2, Math.max(2, data.length - 4)), { maxOutputLength: Math.max(1, max), finishFlush: constants.Z_SYNC_FLUSH });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') return; // damaged: utif says so
      const needs = `${need.toLocaleString('en-US')} bytes its ${width}×${rows} pixels need`;
      throw tooLarge('imageStripBytes', `${part} ${i + 1} of page ${page} inflates to more than ${need > max ? formatLimit('imageStripBytes') : `the ${needs}`}`, 're-save or re-scan it');
    }
  });
}

/**
 * The sizes of a PDF's images, as their dictionaries declare them, checked before a page is
 * rendered: pdf.js decodes an image at its full size whatever the page shows of it, in typed
 * arrays outside the worker's heap (a 49 KB PDF holding one 20000×20000 image took 3.4 GB). An
 * image is a stream, so its dictionary is never inside a compressed object stream.
 */
function checkPdfImages(bytes: Uint8Array): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const match of text.matchAll(/\/Subtype\s*\/Image\b/g)) {
    const from = Math.max(0, text.lastIndexOf('obj', match.index), match.index - 4096);
    const to = text.indexOf('stream', match.index);
    const dict = text.slice(from, to < 0 ? match.index + 4096 : Math.min(to, match.index + 4096));
    const width = Number(/\/Width\s+(\d+)/.exec(dict)?.[1]);
    const height = Number(/\/Height\s+(\d+)/.exec(dict)?.[1]);
    if (width > 0 && height > 0) checkSize(width, height, 'an image of the PDF');
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
