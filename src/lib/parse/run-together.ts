/**
 * Digits printed in a table but not as cells of their own: a text copy of a web page (and some PDF
 * extractions) runs a row's cells together, `一、本年新收政府信息公开申请数量7000007`, so that the
 * line holds a label with digits in it and no number cell. Such a table is filled in, yet nothing
 * tells which digit is which cell's: its rows are unread, never blank (the agency did fill them)
 * and never split by guesswork.
 */
import type { Place, RawLine } from '../read/types.ts';
import { labelKey, readCell, toHalfWidth } from './normalize.ts';

/** A line of a table whose label cells hold digits, as printed. */
export interface RunTogether {
  text: string;
  place: Place;
}

/**
 * A run of digits that is not a row's numbering (1. 2、 (3)) nor a date or a clause (2024年, 第20条):
 * what a cell's number would be.
 */
const CELL_DIGITS = /(?<![第\d(])\d+(?![\d.、)年月日条款项])/;

/** A sentence (共收到申请18件。) is prose under the table, not a row: rows are short and end in no full stop. */
const ROW_MAX = 80;
const SENTENCE = /[。；;]/;

/**
 * The lines of `from`…`to` whose text cells hold digits that are no numbering, among those that
 * name a row of the table (`namesRow`, given the line's label key).
 */
export function runTogetherLines(lines: readonly RawLine[], from: number, to: number, namesRow: (key: string) => boolean): RunTogether[] {
  const found: RunTogether[] = [];
  for (let i = from; i < to; i++) {
    const { cells, place } = lines[i]!;
    const text = cells.filter((c) => c !== '').join(' ');
    if (text.length > ROW_MAX || SENTENCE.test(text) || !namesRow(labelKey(text))) continue;
    if (cells.some((c) => readCell(c).kind === 'text' && CELL_DIGITS.test(toHalfWidth(c)))) found.push({ text, place });
  }
  return found;
}

/** How a note quotes what was seen: the first lines, each cut to a readable length. */
export function quoteRunTogether(found: readonly RunTogether[]): string {
  const cut = (t: string) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
  const shown = found.slice(0, 2).map((f) => `“${cut(f.text)}”`).join('、');
  return found.length > 2 ? `${shown}等 ${found.length} 行` : shown;
}
