/**
 * UTF-8 checked byte by byte, for what TextDecoder does not tell: where the bytes that are not
 * UTF-8 are (decode.ts warns with their offsets), and a file name's bytes shown as text
 * (printable.ts). Rules of RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
 */

/** The length of the valid UTF-8 sequence starting at `i` (1–4), or 0 when the byte there starts none. */
export function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let n: number;
  let min: number;
  let max = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) {
    n = 2;
    min = 0x80;
  } else if (b >= 0xe0 && b <= 0xef) {
    n = 3;
    min = b === 0xe0 ? 0xa0 : 0x80;
    if (b === 0xed) max = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    n = 4;
    min = b === 0xf0 ? 0x90 : 0x80;
    if (b === 0xf4) max = 0x8f;
  } else return 0;
  if (i + n > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < min || second > max) return 0;
  for (let k = 2; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

export interface Utf8Scan {
  /** Offsets of the bytes that start no valid sequence (each counted once), the first `keep` of them. */
  invalid: number[];
  /** How many bytes start no valid sequence. */
  invalidCount: number;
  /** Valid sequences of two bytes or more: the non-ASCII characters. */
  multiByte: number;
}

/** Scans all of `bytes`; keeps the offsets of the first `keep` invalid bytes. */
export function scanUtf8(bytes: Uint8Array, keep = 5): Utf8Scan {
  const scan: Utf8Scan = { invalid: [], invalidCount: 0, multiByte: 0 };
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      if (scan.invalid.length < keep) scan.invalid.push(i);
      scan.invalidCount++;
      i++;
    } else {
      scan.multiByte++;
      i += n;
    }
  }
  return scan;
}
