/**
 * Traditional characters → simplified, for matching only. Mirror sites print reports in
 * traditional characters (…縣…政府信息公開工作年度報告); the template's words, the section headings
 * and the title's shape are simplified, so a document is matched in simplified characters while
 * what it prints (the agency's name, the text of its sections) is kept as printed.
 *
 * OpenCC's tables (opencc-js) for Taiwan and Hong Kong forms. Loading them and converting cost
 * tenths of a second a report, so only a text holding a character that exists in traditional
 * writing alone, one every report prints (公開, 報告, 申請, 總計, 縣, …), is converted.
 */
import { Converter } from 'opencc-js/t2cn';
import type { RawDocument } from '../read/types.ts';

const TRADITIONAL = /[開報總處請數務機關議訟縣區鄉鎮復訴結轉統計]/;

let convert: ((text: string) => string) | null = null;

/**
 * Characters converted of one text, and of one document: a real report has under 100,000 and its
 * words to match are short lines; beyond these the text is left as printed, so that a hostile
 * file costs seconds, not minutes (OpenCC converts about half a million characters a second).
 */
const TEXT_CHARS = 20_000;
const DOCUMENT_CHARS = 2_000_000;

/** The text in simplified characters (its first TEXT_CHARS; the rest as printed). */
export function simplified(text: string): string {
  return TRADITIONAL.test(text) ? convertStart(text) : text;
}

/** The text's first TEXT_CHARS converted, the rest as printed (nothing more for a shorter text). */
function convertStart(text: string): string {
  return convertAll(text.slice(0, TEXT_CHARS)) + text.slice(TEXT_CHARS);
}

function convertAll(text: string): string {
  if (!convert) {
    const tw = Converter({ from: 'tw', to: 'cn' });
    const hk = Converter({ from: 'hk', to: 'cn' });
    convert = (t) => hk(tw(t));
  }
  return convert(text);
}

/**
 * The document with every cell in simplified characters, or the document itself when none has a
 * traditional one (a cell of a traditional document, 屬於國家秘密, may hold none of the telling
 * characters: every cell is converted). Lines keep their places, so every number keeps its place.
 */
export function simplifiedDocument(doc: RawDocument): RawDocument {
  if (!doc.lines.some((l) => l.cells.some((c) => TRADITIONAL.test(c)))) return doc;
  let budget = DOCUMENT_CHARS;
  const cell = (c: string) => {
    if (budget <= 0 || !/[^\x00-\x7f]/.test(c)) return c;
    budget -= Math.min(c.length, TEXT_CHARS);
    return convertStart(c);
  };
  return { ...doc, lines: doc.lines.map((l) => ({ ...l, cells: l.cells.map(cell) })) };
}

/**
 * The part of `printed` that `part` of its simplified form stands for: the same characters when
 * the conversion kept every character in its place (as it does for names), else `part` itself.
 */
export function asPrinted(part: string, simple: string, printed: string): string {
  const at = simple.indexOf(part);
  return at >= 0 && simple.length === printed.length ? printed.slice(at, at + part.length) : part;
}
