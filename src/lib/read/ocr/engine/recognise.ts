/**
 * Text recognition with the CRNN network (PP-OCRv4 rec): a box's crop, scaled to 48 pixels high,
 * gives a probability for every character class at every step along its width; CTC decoding
 * (best class per step, repeats merged, blanks dropped) turns them into text. A box whose text
 * looks like a number is decoded a second time as a number: only digits (and the decimal point)
 * are allowed, each with the probability of the look-alike letters added to its own (a lone 0
 * the network took for O is a sure 0), and the probability of the digit chosen says how sure
 * that reading is.
 */
import * as ort from 'onnxruntime-node';
import type { OcrBox } from '../types.ts';
import type { DetectedBox } from './detect.ts';
import type { Raster } from './raster.ts';

const HEIGHT = 48;
/** A crop is at most this wide (a long line of prose is ~40 characters). */
const MAX_WIDTH = 48 * 50;
/**
 * A narrower crop (a lone digit is ~32 pixels wide at this height) is padded to this width, as
 * PaddleOCR pads to its batch's width: with room after it, a lone 0 is read with a probability
 * of 0.96–0.99 instead of as low as 0.78 (measured on the scan fixture's page 4).
 */
const MIN_WIDTH = 2 * HEIGHT;

/**
 * The characters of a number cell, each with the classes that stand for it when the box is read
 * as a number: the look-alike letters (O for 0, l and I for 1, S for 5, B for 8, Z for 2) and the
 * full-width forms. A number cell's digit is the group with the most probability at its step,
 * so that a 0 the network found 60% "o" and 35% "0" is read as a confident 0.
 */
const NUMBER_GROUPS: Record<string, string> = {
  '0': '0０OoＯｏDＤQ〇',
  '1': '1１lIi|',
  '2': '2２Zz',
  '3': '3３',
  '4': '4４',
  '5': '5５Ss',
  '6': '6６',
  '7': '7７',
  '8': '8８B',
  '9': '9９',
  '.': '.。·',
  ',': ',，',
};
const NUMBER_LIKE = new Set(Object.values(NUMBER_GROUPS).join(''));
/**
 * Text that may be a number misread: every character stands for one of NUMBER_GROUPS', and there
 * is a digit, or it is a lone 0 look-alike (a 0 alone in a cell is the commonest misreading).
 */
function looksNumeric(text: string): boolean {
  return text !== '' && [...text].every((c) => NUMBER_LIKE.has(c)) && (/[0-9０-９]/.test(text) || /^[OoＯｏDＤQ〇]$/.test(text));
}

/**
 * Each box is run on its own: on the CPU a batch costs as much as its boxes one by one, and
 * padding every box of a batch to the widest one costs more (and holds more memory).
 */
export async function recognise(session: ort.InferenceSession, characters: string[], page: Raster, boxes: DetectedBox[]): Promise<OcrBox[]> {
  const groups = Object.entries(NUMBER_GROUPS).map(([char, members]) => ({ char, classes: [...members].map((m) => characters.indexOf(m)).filter((i) => i > 0) }));
  const results: OcrBox[] = [];
  for (const detected of boxes) {
    const c = crop(page, detected.box);
    const width = Math.min(MAX_WIDTH, Math.max(HEIGHT / 2, Math.round((HEIGHT * c.width) / c.height)));
    const padded = Math.max(width, MIN_WIDTH);
    const output = await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', scaled(c, width, padded), [1, 3, HEIGHT, padded]) });
    const probs = output[session.outputNames[0]!]!;
    const classes = probs.dims[2]!;
    const frames = probs.data as Float32Array;
    const free = decode(frames, classes, characters);
    const read: OcrBox = { text: free.text, box: rounded(detected.box), confidence: free.confidence };
    if (looksNumeric(free.text.replace(/\s/g, ''))) read.digits = decodeNumber(frames, classes, groups);
    results.push(read);
  }
  return results;
}

/**
 * Greedy CTC decoding: the best class at each step, repeats merged, blanks (class 0) dropped. The
 * confidence is the least probability of a character read, each character's being its best step's.
 */
function decode(frames: Float32Array, classes: number, characters: string[]): { text: string; confidence: number } {
  const steps = frames.length / classes;
  const best: { label: number; p: number }[] = [];
  for (let t = 0; t < steps; t++) {
    let label = 0;
    let p = -1;
    for (let c = 0, base = t * classes; c < classes; c++) if (frames[base + c]! > p) [label, p] = [c, frames[base + c]!];
    best.push({ label, p });
  }
  const read = collapse(best);
  return { text: read.labels.map((l) => characters[l] ?? '').join('').trim(), confidence: read.confidence };
}

/** The same steps read as a number: at each step, the blank or the number character whose classes hold the most probability. */
function decodeNumber(frames: Float32Array, classes: number, groups: { char: string; classes: number[] }[]): { text: string; confidence: number } {
  const steps = frames.length / classes;
  const best: { label: number; p: number }[] = [];
  for (let t = 0; t < steps; t++) {
    const base = t * classes;
    let label = 0;
    let p = frames[base]!;
    groups.forEach((g, i) => {
      let sum = 0;
      for (const c of g.classes) sum += frames[base + c]!;
      if (sum > p) [label, p] = [i + 1, sum];
    });
    best.push({ label, p });
  }
  const read = collapse(best);
  // Nothing but blanks: no number could be read at all.
  if (read.labels.length === 0) return { text: '', confidence: 0 };
  return { text: read.labels.map((l) => groups[l - 1]!.char).join(''), confidence: read.confidence };
}

function collapse(steps: { label: number; p: number }[]): { labels: number[]; confidence: number } {
  const labels: number[] = [];
  let confidence = 1;
  let current = 0;
  let previous = 0;
  for (const { label, p } of steps) {
    if (label !== 0 && label === previous) current = Math.max(current, p);
    else {
      if (previous !== 0) confidence = Math.min(confidence, current);
      if (label !== 0) {
        labels.push(label);
        current = p;
      }
    }
    previous = label;
  }
  if (previous !== 0) confidence = Math.min(confidence, current);
  return { labels, confidence: Math.round(confidence * 1000) / 1000 };
}

interface Crop {
  page: Raster;
  left: number;
  top: number;
  width: number;
  height: number;
}

function crop(page: Raster, box: [number, number, number, number]): Crop {
  const left = Math.max(0, Math.floor(box[0]));
  const top = Math.max(0, Math.floor(box[1]));
  const right = Math.min(page.width, Math.ceil(box[2]));
  const bottom = Math.min(page.height, Math.ceil(box[3]));
  return { page, left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

/**
 * A crop scaled to HEIGHT × `width` (bilinear), normalised to −1…1, in the network's three
 * channels, on a tensor `padded` wide: the padding stays 0, as in PaddleOCR.
 */
function scaled(c: Crop, width: number, padded: number): Float32Array {
  const plane = HEIGHT * padded;
  const input = new Float32Array(3 * plane);
  const sx = c.width / width;
  const sy = c.height / HEIGHT;
  const { data, width: pageWidth } = c.page;
  const at = (y: number, x: number) => data[(c.top + y) * pageWidth + c.left + x]!;
  for (let y = 0; y < HEIGHT; y++) {
    const fy = Math.min(c.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(c.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(c.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(c.width - 1, x0 + 1);
      const wx = fx - x0;
      const v = (at(y0, x0) * (1 - wx) + at(y0, x1) * wx) * (1 - wy) + (at(y1, x0) * (1 - wx) + at(y1, x1) * wx) * wy;
      const i = y * padded + x;
      input[i] = input[i + plane] = input[i + 2 * plane] = v / 127.5 - 1;
    }
  }
  return input;
}

function rounded(box: [number, number, number, number]): [number, number, number, number] {
  return box.map((v) => Math.round(v)) as [number, number, number, number];
}
