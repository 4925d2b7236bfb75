/**
 * Bytes → text for the text formats (plain text, Markdown, HTML). The encoding is detected from
 * the bytes, never from the file name:
 *
 * 1. a byte-order mark (UTF-32 before UTF-16: `FF FE 00 00` starts both);
 * 2. UTF-32 or UTF-16 without one, told by where the zero bytes fall (ASCII characters, digits
 *    and line breaks have zero high bytes; nothing else puts NULs in such a regular pattern);
 * 3. strict UTF-8; else GB18030 (a superset of GBK and GB2312) where it reads as Chinese, unless
 *    the text reads better as Big5 (traditional characters), which is recognised and refused;
 * 4. text that is clearly UTF-8 or GB18030 but for a few stray bytes (a Latin-1 © in a footer, a
 *    file cut inside its last character) is decoded with U+FFFD for those bytes, and the report
 *    is kept with a warning naming their byte offsets.
 */
import { ReadError, type ReadWarning } from './types.ts';
import { scanUtf8 } from './utf8.ts';

export interface DecodedText {
  text: string;
  /** WHATWG encoding label: `utf-8`, `utf-16le`, `utf-16be`, `utf-32le`, `utf-32be`, `gb18030`; `+bom` when one was present. */
  encoding: string;
  /** Bytes that were replaced, with their offsets. */
  warnings: ReadWarning[];
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
];

/** At most one stray byte in this many valid non-ASCII characters for text still to count as clearly UTF-8 or GB18030. */
const STRAY_PER_CHARS = 50;
/** Bytes looked at to tell UTF-16 and UTF-32 from their zero bytes. */
const SAMPLE = 8192;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ReadError('empty-file', 'the file is empty (0 bytes)');
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      const text = strictDecode(bytes.subarray(bom.bytes.length), bom.encoding);
      if (text === null) throw new ReadError('unknown-encoding', `the file starts with a ${bom.encoding} byte-order mark but is not valid ${bom.encoding}`);
      return { text, encoding: `${bom.encoding}+bom`, warnings: [] };
    }
  }
  const wide = wideEncoding(bytes);
  if (wide) {
    const text = strictDecode(bytes, wide);
    if (text !== null && !controlHeavy(text)) return { text, encoding: wide, warnings: [] };
  }
  if (looksBinary(bytes)) {
    throw new ReadError('binary-file', 'the file holds binary data, not text (NUL or control bytes); is it an image, an archive or a .doc file?');
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings: [] };

  // Not UTF-8 as a whole: but a few stray bytes in otherwise valid UTF-8 are not another encoding.
  const scan = scanUtf8(bytes);
  if (scan.invalidCount * STRAY_PER_CHARS <= scan.multiByte) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [replaced(scan.invalidCount, scan.invalid, 'UTF-8')] };
  }

  const gb = strictDecode(bytes, 'gb18030');
  const big5 = strictDecode(bytes, 'big5');
  // Big5 bytes are mostly valid GB18030 too, read as rare characters: the common ones tell.
  if (big5 !== null && chineseShare(big5) >= 0.2 && commonShare(big5) > commonShare(gb ?? '')) {
    throw new ReadError('unsupported-encoding', 'the text is in Big5 (traditional Chinese), which is not supported: save it as UTF-8 in simplified characters and ingest again');
  }
  if (gb !== null && chineseShare(gb) >= 0.2) return { text: gb, encoding: 'gb18030', warnings: [] };
  const lenient = new TextDecoder('gb18030').decode(bytes);
  const stray = [...lenient.matchAll(/\uFFFD/g)].length;
  if (chineseShare(lenient) >= 0.2 && stray * STRAY_PER_CHARS <= cjkCount(lenient)) {
    return { text: lenient, encoding: 'gb18030', warnings: [replaced(stray, gbStrayOffsets(bytes), 'GB18030')] };
  }
  throw new ReadError('unknown-encoding', 'the text is neither UTF-8, UTF-16, UTF-32 nor GB18030/GBK; save it as UTF-8 and ingest again');
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  if (encoding.startsWith('utf-32')) return decodeUtf32(bytes, encoding === 'utf-32le');
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-32, which TextDecoder does not know: four bytes a code point, no surrogates, nothing above U+10FFFF. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string | null {
  if (bytes.length % 4 !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    chunk.push(cp);
    if (chunk.length === 8192) parts.push(String.fromCodePoint(...chunk.splice(0)));
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/**
 * UTF-32 or UTF-16 without a byte-order mark, from the zero bytes of the first 8 KB: in UTF-32
 * every code unit has a zero high byte, in UTF-16 the ASCII characters (digits, punctuation, line
 * breaks: plenty in any report) have one, always at the same parity. Null when neither pattern holds.
 */
function wideEncoding(bytes: Uint8Array): string | null {
  const length = Math.min(bytes.length, SAMPLE) & ~3;
  if (length < 8) return null;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < length; i++) if (bytes[i] === 0) zeros[i % 4]!++;
  const units = length / 4;
  if (zeros[3] === units && zeros[2]! >= units * 0.9 && zeros[0]! < units) return 'utf-32le';
  if (zeros[0] === units && zeros[1]! >= units * 0.9 && zeros[3]! < units) return 'utf-32be';
  const even = zeros[0]! + zeros[2]!;
  const odd = zeros[1]! + zeros[3]!;
  const all = even + odd;
  // At least one character in ten an ASCII one, and nine zeros in ten on one side (the other
  // side's are ideographs such as 一, U+4E00, whose low byte is zero).
  if (all < length / 20) return null;
  if (odd >= all * 0.9) return 'utf-16le';
  if (even >= all * 0.9) return 'utf-16be';
  return null;
}

/** Text decoded from binary data: control characters other than tabs and line breaks in more than 1% of it. */
function controlHeavy(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  return (sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0) > sample.length * 0.01;
}

/** NUL and most C0 control bytes never occur in a text report in an 8-bit or multi-byte encoding. */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  let control = 0;
  // An indexed loop: this runs on every text file, and an iterator over the bytes is several times slower.
  for (let i = 0; i < length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > length * 0.01;
}

function replaced(count: number, offsets: number[], encoding: string): ReadWarning {
  const at = offsets.map((o) => o.toLocaleString('en-US')).join('、');
  return { code: 'bytes-replaced', message: `原文按${encoding}读取，有${count}个字节不是有效的${encoding}编码（字节偏移 ${at}${count > offsets.length ? ' 等' : ''}），已替换为�` };
}

/**
 * Offsets of the first bytes GB18030 cannot read: 0x80 and 0xFF alone, a lead byte (0x81–0xFE)
 * without a valid second byte (0x40–0x7E, 0x80–0xFE) or four-byte form (digit, lead, digit).
 */
function gbStrayOffsets(bytes: Uint8Array, keep = 5): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < bytes.length && offsets.length < keep; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const b2 = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && b2 !== undefined) {
      if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
        i += 2;
        continue;
      }
      const b3 = bytes[i + 2];
      const b4 = bytes[i + 3];
      if (b2 >= 0x30 && b2 <= 0x39 && b3 !== undefined && b3 >= 0x81 && b3 <= 0xfe && b4 !== undefined && b4 >= 0x30 && b4 <= 0x39) {
        i += 4;
        continue;
      }
    }
    offsets.push(i);
    i++;
  }
  return offsets;
}

/** Share of CJK ideographs among the non-space characters. */
function chineseShare(text: string): number {
  const sample = textSample(text);
  if (sample.length === 0) return 0;
  return cjkCount(sample) / sample.length;
}

function cjkCount(text: string): number {
  return text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
}

/**
 * Characters written alike in simplified and traditional Chinese and frequent in any report:
 * Big5 read as Big5 has many of them, read as GB18030 hardly any, and the other way round.
 */
const COMMON = new Set('的一是不在人有我他了大中上以年公日月本此其主生工作所市用法行政府信息部分外事理由自全表要出同可方文件相和民之及第十二三四五六七八九百千提高依申予');

function commonShare(text: string): number {
  const sample = textSample(text);
  if (sample.length === 0) return 0;
  let n = 0;
  for (const c of sample) if (COMMON.has(c)) n++;
  return n / sample.length;
}

/** The first 4,000 non-space characters of the text between the tags (markup is ASCII in any encoding). */
function textSample(text: string): string {
  return text.slice(0, 20000).replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/gi, '').replace(/\s/g, '').slice(0, 4000);
}
