/**
 * Text detection with the DB network (Differentiable Binarization, PP-OCRv4): the network gives,
 * for every pixel, the probability that it lies inside a text line's shrunken core; the cores are
 * the connected regions above a threshold, and each is grown back by the margin the training
 * shrank it by ("unclip"). The page has been deskewed, so a box is an upright rectangle.
 */
import * as ort from 'onnxruntime-node';
import type { Raster } from './raster.ts';

/** A pixel belongs to a text core above this probability (PaddleOCR's det_db_thresh). */
const PIXEL_THRESHOLD = 0.3;
/** A region is text when its pixels' mean probability reaches this (det_db_box_thresh). */
const BOX_THRESHOLD = 0.6;
/** How far a core is grown back: its area × this / its perimeter (det_db_unclip_ratio). */
const UNCLIP_RATIO = 1.5;
/** Regions thinner than this (in network pixels) are specks, not text. */
const MIN_SIDE = 3;
/**
 * The network sees the page's inked area at most this large on its longer side: an A4 page's at
 * about 150 dpi, whatever the scan's resolution, where a 9pt table cell's digits are ~19 pixels
 * tall. Its cost grows with the pixels it sees: at full size (200 dpi, up to 2560) page 4 of the
 * scan fixture took 5.6 s of CPU time instead of 4.4 and 845 MB instead of 502, for the same
 * numbers read on every scan of tests/fixtures/scans/; at 1280 it lost lone digits of narrow
 * cells (21, 50 and 1362 of one row of table 三).
 */
const MAX_SIDE = 1600;
/** ImageNet statistics the network was trained with, per channel. */
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

export interface DetectedBox {
  /** Left, top, right, bottom, in the page's pixels. */
  box: [number, number, number, number];
  score: number;
}

export async function detect(session: ort.InferenceSession, whole: Raster): Promise<DetectedBox[]> {
  // The network's cost grows with the pixels it sees: the page's blank margins are left out.
  const area = contentArea(whole);
  if (!area) return [];
  const page = cut(whole, area);
  const scale = Math.min(1, MAX_SIDE / Math.max(page.width, page.height));
  const width = Math.max(32, Math.round((page.width * scale) / 32) * 32);
  const height = Math.max(32, Math.round((page.height * scale) / 32) * 32);
  const input = new Float32Array(3 * width * height);
  const plane = width * height;
  const sx = page.width / width;
  const sy = page.height / height;
  for (let y = 0; y < height; y++) {
    const row = Math.min(page.height - 1, Math.floor((y + 0.5) * sy));
    for (let x = 0; x < width; x++) {
      const v = page.data[row * page.width + Math.min(page.width - 1, Math.floor((x + 0.5) * sx))]! / 255;
      const i = y * width + x;
      input[i] = (v - MEAN[0]!) / STD[0]!;
      input[plane + i] = (v - MEAN[1]!) / STD[1]!;
      input[2 * plane + i] = (v - MEAN[2]!) / STD[2]!;
    }
  }
  const output = await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, height, width]) });
  const map = output[session.outputNames[0]!]!.data as Float32Array;
  return regions(map, width, height).map((r) => ({
    box: [
      area.left + Math.max(0, r.box[0] * sx),
      area.top + Math.max(0, r.box[1] * sy),
      area.left + Math.min(page.width, r.box[2] * sx),
      area.top + Math.min(page.height, r.box[3] * sy),
    ],
    score: r.score,
  }));
}

/** Rows and columns with fewer dark pixels than this share of a sample are margin (noise, specks). */
const INK_SHARE = 0.005;
/** Kept around the inked area, in pixels: the unclipped boxes reach past the ink. */
const AREA_MARGIN = 48;

/** The part of the page with ink on it, from a sparse sample of its pixels; null for a blank page. */
function contentArea(page: Raster): { left: number; top: number; right: number; bottom: number } | null {
  const step = 4;
  const rows = new Uint32Array(Math.ceil(page.height / step));
  const columns = new Uint32Array(Math.ceil(page.width / step));
  for (let y = 0; y < page.height; y += step) {
    for (let x = 0; x < page.width; x += step) {
      if (page.data[y * page.width + x]! < 128) {
        rows[y / step]!++;
        columns[x / step]!++;
      }
    }
  }
  const span = (counts: Uint32Array, samples: number) => {
    const min = Math.max(2, samples * INK_SHARE);
    const first = counts.findIndex((c) => c >= min);
    if (first < 0) return null;
    return [first, counts.findLastIndex((c) => c >= min)] as const;
  };
  const ys = span(rows, columns.length);
  const xs = span(columns, rows.length);
  if (!ys || !xs) return null;
  return {
    left: Math.max(0, xs[0] * step - AREA_MARGIN),
    top: Math.max(0, ys[0] * step - AREA_MARGIN),
    right: Math.min(page.width, (xs[1] + 1) * step + AREA_MARGIN),
    bottom: Math.min(page.height, (ys[1] + 1) * step + AREA_MARGIN),
  };
}

function cut(page: Raster, area: { left: number; top: number; right: number; bottom: number }): Raster {
  const width = area.right - area.left;
  const height = area.bottom - area.top;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(page.data.subarray((area.top + y) * page.width + area.left, (area.top + y) * page.width + area.right), y * width);
  return { width, height, data };
}

/** The text regions of a probability map: connected cores, scored, grown back, in map pixels. */
function regions(map: Float32Array, width: number, height: number): DetectedBox[] {
  const label = new Int32Array(width * height);
  const stack: number[] = [];
  const boxes: DetectedBox[] = [];
  let next = 0;
  for (let start = 0; start < map.length; start++) {
    if (label[start] !== 0 || map[start]! <= PIXEL_THRESHOLD) continue;
    next++;
    label[start] = next;
    stack.push(start);
    let left = width;
    let top = height;
    let right = -1;
    let bottom = -1;
    let sum = 0;
    let count = 0;
    while (stack.length > 0) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      sum += map[i]!;
      count++;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      // 4-connected: diagonal touches between two lines' cores do not join them.
      if (x > 0) visit(i - 1);
      if (x < width - 1) visit(i + 1);
      if (y > 0) visit(i - width);
      if (y < height - 1) visit(i + width);
    }
    const w = right - left + 1;
    const h = bottom - top + 1;
    if (Math.min(w, h) < MIN_SIDE || sum / count < BOX_THRESHOLD) continue;
    const grow = (w * h * UNCLIP_RATIO) / (2 * (w + h));
    boxes.push({ box: [left - grow, top - grow, right + 1 + grow, bottom + 1 + grow], score: sum / count });
  }
  return boxes;

  function visit(j: number): void {
    if (label[j] === 0 && map[j]! > PIXEL_THRESHOLD) {
      label[j] = next;
      stack.push(j);
    }
  }
}
