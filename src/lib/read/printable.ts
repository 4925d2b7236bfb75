/**
 * Text from a report or a file name made safe to store and to print. Control characters (C0, DEL,
 * C1) and the bidirectional formatting characters never belong in a name or a cell: an ESC
 * sequence in a file name retitles and clears a terminal, and U+202E shows an agency's name
 * reversed on the site. Cells lose them when read (read/index.ts); the command line escapes them
 * in what it prints. Parsers may call `stripControls` on any text they build.
 */
import { sequenceLength } from './utf8.ts';

/** C0 and C1 controls, DEL, and the bidi controls (ALM, LRM, RLM, LRE…RLO, LRI…PDI). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The text without control or bidi characters (a name, a title, one cell: tabs and line breaks go too). */
export function stripControls(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
}

/** The text with each control or bidi character written out as `\u{…}`, for a terminal or a log. */
export function escapeControls(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROLS, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`) : text;
}

/**
 * A file name's bytes as printable text: UTF-8 where they are UTF-8, every other byte as `\xNN`
 * (a GBK name unzipped on Linux, `\xd6\xd0\xce\xc4.txt`), controls escaped as above. Names that
 * are valid UTF-8 without controls come out unchanged.
 */
export function printableBytes(bytes: Uint8Array): string {
  let out = '';
  let from = 0;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += decoder.decode(bytes.subarray(from, i)) + `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
    i++;
    from = i;
  }
  return escapeControls(out + decoder.decode(bytes.subarray(from)));
}
