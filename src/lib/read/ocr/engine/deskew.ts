/**
 * Skew: a page scanned a little turned (up to a few degrees) puts a table row's numbers on
 * different heights, and the layout would split the row. The angle is the one at which the dark
 * pixels of a small copy of the page, projected onto the vertical, make the sharpest profile
 * (text lines and table rules then fall into as few rows as possible); the page is turned back
 * by it before any text is looked for.
 */
import type { Raster } from './raster.ts';

/** Angles tried, in degrees either way: a scan turned further is not a page fed by hand. */
const MAX_SKEW = 5;
const STEP = 0.1;
/** The small copy's width: 0.1° then moves its far edge by about one of its pixels. */
const SAMPLE_WIDTH = 800;
/** Below this the page is taken as straight: turning it would only blur it. */
const MIN_SKEW = 0.15;

/** The page's skew in degrees; positive when the page is turned clockwise. */
export function estimateSkew(page: Raster): number {
  const step = Math.max(1, Math.floor(page.width / SAMPLE_WIDTH));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < page.height; y += step) {
    for (let x = 0; x < page.width; x += step) {
      if (page.data[y * page.width + x]! < 128) {
        xs.push(x / step);
        ys.push(y / step);
      }
    }
  }
  if (xs.length < 100) return 0;
  const rows = Math.ceil(page.height / step + page.width / step) + 2;
  let best = 0;
  let bestScore = -1;
  for (let k = -MAX_SKEW / STEP; k <= MAX_SKEW / STEP; k++) {
    const angle = (k * STEP * Math.PI) / 180;
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const profile = new Float64Array(rows);
    const offset = page.width / step;
    for (let i = 0; i < xs.length; i++) profile[Math.round(ys[i]! * cos - xs[i]! * sin + offset)]!++;
    let score = 0;
    for (const count of profile) score += count * count;
    if (score > bestScore) {
      bestScore = score;
      best = k * STEP;
    }
  }
  return Math.round(best * 100) / 100;
}

/** The page turned back by `skew` degrees (bilinear), on white; the same raster when straight. */
export function deskew(page: Raster, skew: number): Raster {
  if (Math.abs(skew) < MIN_SKEW) return page;
  const angle = (skew * Math.PI) / 180;
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const { width, height, data } = page;
  const out = new Uint8Array(width * height);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this pixel of the straightened page was on the scan.
      const dx = x - cx;
      const dy = y - cy;
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      out[y * width + x] = sample(data, width, height, sx, sy);
    }
  }
  return { width, height, data: out };
}

function sample(data: Uint8Array, width: number, height: number, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) return 255;
  const fx = x - x0;
  const fy = y - y0;
  const i = y0 * width + x0;
  const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
  const bottom = data[i + width]! * (1 - fx) + data[i + width + 1]! * fx;
  return Math.round(top * (1 - fy) + bottom * fy);
}
