/**
 * Whether bytes are a page image, from their signature: apart from the engine (engine/raster.ts
 * decodes them), so that telling what a file is never loads the OCR runtime.
 */

export type ImageKind = 'png' | 'jpeg' | 'tiff';

/** The kind of image the bytes hold, from their signature, or null. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  return null;
}
