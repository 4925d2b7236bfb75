/**
 * What OCR makes of a scan, before any layout: per page, the text boxes found and what was read
 * in each. This is what the OCR cache keeps (keyed by the file's bytes and the engine's version,
 * engine/version-fs.ts), so that a change to the layout or the parser never runs OCR again.
 */

/** One text box of a page, in the pixels of the page image the engine read (after deskewing). */
export interface OcrBox {
  /** What was read, every character the model knows allowed. */
  text: string;
  /** Left, top, right, bottom. */
  box: [number, number, number, number];
  /** The least certain character's probability (0–1): one doubtful digit makes a doubtful number. */
  confidence: number;
  /**
   * The same box read as digits only (0–9 and the decimal point), when the text looks like a
   * number: a lone 0 read as the letter O, 1 as l or I. Absent for text.
   */
  digits?: { text: string; confidence: number };
}

export interface OcrPage {
  /** The page image's size in pixels. */
  width: number;
  height: number;
  /** The skew corrected before detection, in degrees (positive: the scan was turned clockwise). */
  skew: number;
  boxes: OcrBox[];
}

/** Where OCR results are kept between runs; ingest provides one on the file system. */
export interface OcrCache {
  get(key: string): OcrPage[] | undefined;
  set(key: string, pages: OcrPage[]): void;
}
