/**
 * Bytes → text for the text formats (plain text, Markdown, HTML). The encoding is detected from
 * the bytes, never from the file name: a byte-order mark if there is one, else strict UTF-8, else
 * the candidates `chardet` proposes, of which a Chinese report can only be in GB18030 (a superset
 * of GBK and GB2312) or Big5.
 */
import chardet from 'chardet';
import { ReadError } from './types.ts';

export interface DecodedText {
  text: string;
  /** WHATWG encoding label: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`; `+bom` when one was present. */
  encoding: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
];

/** Chinese encodings worth trying, in order, when chardet names them among its candidates. */
const CHINESE_ENCODINGS: Record<string, string> = { GB18030: 'gb18030', GBK: 'gb18030', GB2312: 'gb18030', Big5: 'big5' };

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ReadError('empty-file', 'the file is empty (0 bytes)');
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      const text = strictDecode(bytes.subarray(bom.bytes.length), bom.encoding);
      if (text === null) throw new ReadError('unknown-encoding', `the file starts with a ${bom.encoding} byte-order mark but is not valid ${bom.encoding}`);
      return { text, encoding: `${bom.encoding}+bom` };
    }
  }
  if (looksBinary(bytes)) {
    throw new ReadError('binary-file', 'the file holds binary data, not text (NUL or control bytes); is it an image, an archive or a .doc file?');
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const candidates = chardet.analyse(bytes.subarray(0, 16384)).map((c) => CHINESE_ENCODINGS[c.name]).filter((e): e is string => !!e);
  // GB18030 first: reports from the mainland are never in Big5, but chardet cannot always tell.
  for (const encoding of new Set(['gb18030', ...candidates])) {
    const text = strictDecode(bytes, encoding);
    if (text !== null && chineseShare(text) >= 0.2) return { text, encoding };
  }
  throw new ReadError('unknown-encoding', 'the text is neither UTF-8, UTF-16 nor GB18030/GBK; save it as UTF-8 and ingest again');
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL and most C0 control bytes never occur in a text report in an 8-bit or multi-byte encoding. */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 8192);
  let control = 0;
  // An indexed loop: this runs on every text file, and an iterator over the bytes is several times slower.
  for (let i = 0; i < length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > length * 0.01;
}

/** Share of CJK ideographs among the non-space characters. */
function chineseShare(text: string): number {
  // Markup is ASCII in any encoding: measure the text between the tags.
  const sample = text.slice(0, 20000).replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/gi, '').replace(/\s/g, '').slice(0, 4000);
  if (sample.length === 0) return 0;
  const cjk = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk / sample.length;
}
