/**
 * Raw cell text → normalised values, one small function per quirk of real reports.
 */
import type { RawDocument } from '../read/types.ts';

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width digits, letters and punctuation → their ASCII forms; ideographic space → space. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * A label reduced to what identifies it: no whitespace (labels are printed with stray spaces and
 * broken over lines), no punctuation or brackets (full- and half-width are mixed), ASCII digits.
 */
export function labelKey(text: string): string {
  return toHalfWidth(text).replace(/[\s"'“”‘’()（）[\]【】{}<>《》〈〉,，.。、:：;；!！?？·•\-—_~|/\\*#]/g, '');
}

/** A label key without its leading numbering: 三本年度办理结果 → 本年度办理结果, 六其他处理 → 其他处理. */
export function unnumbered(key: string): string {
  return key.replace(/^(?:[一二三四五六七八九十]+|\d+)/, '');
}

const LINE_KEYS = new WeakMap<RawDocument, string[]>();

/** The label key of every line of a document, computed once: the parsers scan lines many times. */
export function lineKeys(doc: RawDocument): string[] {
  let keys = LINE_KEYS.get(doc);
  if (!keys) {
    keys = doc.lines.map((l) => labelKey(l.cells.join('')));
    LINE_KEYS.set(doc, keys);
  }
  return keys;
}

/** What a cell holds once read: a number, an explicit blank (null), or not a value at all. */
export type CellValue = { kind: 'number'; value: number; unit?: 'yuan' } | { kind: 'blank' } | { kind: 'text' } | { kind: 'empty' };

/**
 * Marks printed where a cell is blank or not applicable (docs/TEMPLATE.md: `/`, `-`, `—`, `无`).
 * A cell is looked up after toHalfWidth: the full-width ／ and － are / and - by then.
 */
const BLANK_MARKS = new Set(['/', '-', '—', '——', '–', '―', '无', '空', '\\', '×', '*', '—/—']);

/**
 * Reads one cell. Accepts `12`, `1,234`, `96171.6`, `-3`, `减4` (本年增/减 as text), `3件`,
 * `251000元` (a unit in the cell: flagged so the caller can convert), full-width digits.
 */
export function readCell(raw: string): CellValue {
  const cell = toHalfWidth(raw).trim();
  if (cell === '') return { kind: 'empty' };
  if (BLANK_MARKS.has(cell)) return { kind: 'blank' };
  const m = /^(增加?|减少?|\+|-)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(件|个|项|条|人次|次|万元|元)?$/.exec(cell);
  if (!m) return { kind: 'text' };
  const sign = m[1]?.startsWith('减') || m[1] === '-' ? -1 : 1;
  const value = sign * Number(`${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`);
  return m[4] === '元' ? { kind: 'number', value, unit: 'yuan' } : { kind: 'number', value };
}
