/**
 * Rich Text Format → the paragraphs of a Word document (doc-binary.ts `WordParagraph`), which
 * doc.ts reads into lines as it reads a .doc. RTF comes as `.rtf`, and as often under the name
 * `.doc`: Word's "save as RTF" kept under its old name, WordPad, AbiWord and the "export to Word"
 * of many web CMSs write it so. It is told by its first bytes (`{\rtf`), whatever the name.
 *
 * What Word shows is read: the text of the body, in the code page of the font it is set in (a
 * Chinese document writes GBK bytes as `\'hh` escapes under `\ansicpg936` or a font of charset
 * 134) or as `\uN` Unicode escapes; paragraphs (`\par`), line breaks and tabs; table cells
 * (`\cell`) and rows (`\row`) with their merges from the row's definition (`\clmrg` continues the
 * cell to its left, `\clvmrg` the one above), as a .doc's are. Font, colour and style tables,
 * pictures, field codes, headers and footers, footnotes, hidden and deleted text, and every
 * destination marked ignorable (`{\*\…}`) are not read.
 *
 * Places (types.ts `Place`) are counted as for a .doc (doc.ts): a paragraph or a table row a line.
 * Every paragraph is bounded as it grows, all of them together by the text budget (limits.ts), and
 * reading stops at LIMITS.lines paragraphs and rows.
 */
import type { CellMerge, WordParagraph } from './doc-binary.ts';
import { appendCapped, budgetWarnings, cut, LIMITS, spend, textBudget } from './limits.ts';
import { ReadError, type MetaDate, type ReadWarning } from './types.ts';
import { decoderFor } from './windows-1252.ts';

export interface RtfContent {
  paragraphs: WordParagraph[];
  warnings: ReadWarning[];
  dates: MetaDate[];
}

/** Groups nest a few dozen levels in a real document; far deeper is a broken or hostile file. */
const MAX_DEPTH = 1_000;

/** Destinations whose content is no text of the body. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'fldinst', 'footnote', 'annotation',
  'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'listtable', 'listoverridetable',
  'revtbl', 'rsidtbl', 'filetbl', 'generator', 'xmlnstbl', 'themedata', 'colorschememapping', 'latentstyles', 'datastore',
  'nonshppict', 'shpinst', 'bkmkstart', 'bkmkend', 'pn', 'xe', 'tc', 'txe', 'userprops', 'docvar', 'template',
]);

/** Control words that stand for one character. */
const CHARACTERS: Record<string, string> = {
  tab: '\t', line: '\n', emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
  emspace: ' ', enspace: ' ', qmspace: ' ',
};

/** Windows code pages of the font charsets (`\fcharsetN`) a report may use. */
const CHARSETS: Record<number, string> = {
  128: 'shift_jis', 129: 'euc-kr', 134: 'gbk', 136: 'big5', 161: 'windows-1253', 162: 'windows-1254', 163: 'windows-1258',
  177: 'windows-1255', 178: 'windows-1256', 186: 'windows-1257', 204: 'windows-1251', 222: 'windows-874', 238: 'windows-1250',
};

/** `\ansicpgN`: the document's code page. */
function codePage(n: number): string {
  const named: Record<number, string> = { 936: 'gbk', 950: 'big5', 932: 'shift_jis', 949: 'euc-kr', 65001: 'utf-8', 54936: 'gb18030' };
  return named[n] ?? `windows-${n}`;
}

interface Group {
  /** No control word read in it yet: its first names it, where it is a destination. */
  fresh: boolean;
  /** Inside a destination whose text is not read. */
  skip: boolean;
  /** Inside the font table, whose fonts' code pages are read. */
  fonts: boolean;
  /** Characters after `\uN` that stand for it in readers without Unicode (`\ucN`). */
  uc: number;
  /** The current font (`\fN`), whose charset decodes the bytes. */
  font: number | null;
  /** Hidden (`\v`) or deleted (`\deleted`) text. */
  hidden: boolean;
  /** A date of the document's information (`\creatim`, `\revtim`) and its parts as read. */
  date: { kind: MetaDate['kind']; field: string; parts: Record<string, number> } | null;
}

const DATES: Record<string, MetaDate['kind']> = { creatim: 'file-created', revtim: 'file-modified' };

export function readRtf(bytes: Uint8Array): RtfContent {
  const paragraphs: WordParagraph[] = [];
  const warnings: ReadWarning[] = [];
  const dates: MetaDate[] = [];
  const fonts = new Map<number, string>();
  let defaultEncoding = 'windows-1252';
  let defaultFont: number | null = null;
  let fontDefined: number | null = null;
  let group: Group = { fresh: false, skip: false, fonts: false, uc: 1, font: null, hidden: false, date: null };
  const stack: Group[] = [];
  let text = '';
  let cutText = false;
  let pending: number[] = [];
  let inTable = false;
  let merges: CellMerge[] = [];
  let merge: CellMerge = { horizontal: false, vertical: false };
  let toSkip = 0;
  let ignorable = false;
  const budget = textBudget();
  let full = false;

  const decoders = new Map<string, (bytes: Uint8Array) => string>();
  const decode = (chunk: number[]) => {
    const font = group.font ?? defaultFont;
    const encoding = (font !== null ? fonts.get(font) : undefined) ?? defaultEncoding;
    let d = decoders.get(encoding);
    if (!d) {
      d = decoderFor(encoding);
      decoders.set(encoding, d);
    }
    return d(Uint8Array.from(chunk));
  };
  const append = (more: string) => {
    if (full) return;
    const next = appendCapped(text, more);
    text = next.text;
    cutText ||= next.cut;
  };
  /** The bytes read so far, decoded in the font they were set in. */
  const flush = () => {
    if (pending.length === 0) return;
    append(decode(pending));
    pending = [];
  };
  const add = (more: string) => {
    flush();
    if (!group.skip && !group.hidden) append(more);
  };
  const end = (kind: WordParagraph['end']) => {
    flush();
    if (full) return;
    if (paragraphs.length >= LIMITS.lines.value) {
      full = true;
      warnings.push({ code: 'limit-reached', message: cut('lines') });
      return;
    }
    const paragraph: WordParagraph = { text: kind === 'row' ? '' : spend(budget, text, cutText), end: kind, inTable: kind !== 'paragraph' || inTable };
    if (kind === 'row') paragraph.merges = merges;
    paragraphs.push(paragraph);
    text = '';
    cutText = false;
  };
  const byte = (b: number) => {
    if (toSkip > 0) toSkip--;
    else if (!group.skip && !group.hidden) pending.push(b);
  };

  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c === 0x7b || c === 0x7d) {
      // A group opens or closes: bytes read so far are in the font of the group they were read in.
      flush();
      toSkip = 0;
      ignorable = false;
      i++;
      if (c === 0x7b) {
        if (stack.length >= MAX_DEPTH) throw new ReadError('unreadable-rtf', `not a readable RTF file: its groups nest more than ${MAX_DEPTH} levels deep; it is damaged: open and re-save it in Word or WPS, or save it as .docx`);
        stack.push(group);
        group = { ...group, fresh: true, date: null };
        continue;
      }
      const { date } = group;
      if (date?.parts.yr && date.parts.mo && date.parts.dy) {
        dates.push({ kind: date.kind, value: `${date.parts.yr}-${pad(date.parts.mo)}-${pad(date.parts.dy)}`, field: `RTF \\${date.field}` });
      }
      if (group.fonts) fontDefined = null;
      group = stack.pop() ?? group;
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      i++;
      continue;
    }
    if (c !== 0x5c) {
      byte(c);
      i++;
      continue;
    }
    const next = bytes[i + 1];
    if (next === undefined) break;
    if (next === 0x27) {
      // \'hh: one byte in the current font's code page.
      const hex = String.fromCharCode(bytes[i + 2] ?? 0, bytes[i + 3] ?? 0);
      if (/^[0-9a-f]{2}$/i.test(hex)) byte(Number.parseInt(hex, 16));
      i += 4;
      continue;
    }
    if (!isLetter(next)) {
      // A control symbol.
      i += 2;
      if (next === 0x2a) ignorable = true;
      else if (toSkip > 0) toSkip--;
      else if (next === 0x5c || next === 0x7b || next === 0x7d) byte(next);
      else if (next === 0x7e) add(' ');
      else if (next === 0x5f) add('-');
      else if ((next === 0x0d || next === 0x0a) && !group.skip) end('paragraph');
      continue;
    }
    // A control word: letters, an optional signed number, and the space that ends it.
    let j = i + 1;
    while (j < bytes.length && isLetter(bytes[j]!) && j - i <= 32) j++;
    const word = String.fromCharCode(...bytes.subarray(i + 1, j));
    const negative = bytes[j] === 0x2d;
    if (negative) j++;
    let digits = '';
    while (j < bytes.length && bytes[j]! >= 0x30 && bytes[j]! <= 0x39 && digits.length < 10) digits += String.fromCharCode(bytes[j++]!);
    const param = digits ? (negative ? -1 : 1) * Number(digits) : null;
    if (bytes[j] === 0x20) j++;
    i = j;

    if (word === 'bin') {
      // Binary data of `param` bytes: never text.
      i += Math.max(param ?? 0, 0);
      continue;
    }
    if (group.fresh) {
      group.fresh = false;
      if (ignorable || SKIPPED.has(word) || Object.hasOwn(DATES, word)) group.skip = true;
      if (word === 'fonttbl') group.fonts = true;
      if (Object.hasOwn(DATES, word)) group.date = { kind: DATES[word]!, field: word, parts: {} };
    }
    ignorable = false;
    if (group.date && param !== null && (word === 'yr' || word === 'mo' || word === 'dy')) group.date.parts[word] = param;
    if (group.fonts) {
      if (word === 'f' && param !== null) fontDefined = param;
      else if (word === 'fcharset' && param !== null && fontDefined !== null && CHARSETS[param]) fonts.set(fontDefined, CHARSETS[param]!);
      else if (word === 'cpg' && param !== null && fontDefined !== null) fonts.set(fontDefined, codePage(param));
      continue;
    }
    if (group.skip) continue;
    if (toSkip > 0) {
      toSkip--;
      continue;
    }
    switch (word) {
      case 'ansicpg':
        if (param !== null) defaultEncoding = codePage(param);
        break;
      case 'deff':
        defaultFont = param;
        break;
      case 'f':
        flush();
        group.font = param;
        break;
      case 'uc':
        group.uc = Math.max(param ?? 1, 0);
        break;
      case 'u':
        if (param !== null) add(String.fromCharCode(param < 0 ? param + 65536 : param));
        toSkip = group.uc;
        break;
      case 'par':
      case 'sect':
        end('paragraph');
        break;
      case 'pard':
        flush();
        inTable = false;
        break;
      case 'intbl':
        inTable = true;
        break;
      case 'cell':
      case 'nestcell':
        end('cell');
        break;
      case 'row':
      case 'nestrow':
        end('row');
        break;
      case 'trowd':
        merges = [];
        merge = { horizontal: false, vertical: false };
        break;
      case 'clmrg':
        merge.horizontal = true;
        break;
      case 'clvmrg':
        merge.vertical = true;
        break;
      case 'cellx':
        merges.push(merge);
        merge = { horizontal: false, vertical: false };
        break;
      case 'v':
      case 'deleted':
        flush();
        group.hidden = param !== 0;
        break;
      case 'plain':
        flush();
        group.hidden = false;
        break;
      default:
        if (Object.hasOwn(CHARACTERS, word)) add(CHARACTERS[word]!);
    }
  }
  flush();
  if (text.trim()) end(inTable ? 'cell' : 'paragraph');
  warnings.push(...budgetWarnings(budget));
  return { paragraphs, warnings, dates };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isLetter(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
}
