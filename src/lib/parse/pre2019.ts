/**
 * Reports under the 2007 条例 (2008–2018) have no matrix: they are listed with their year and
 * agency and whatever totals their text states (template/pre2019.ts). None of the 2019/2021
 * identities apply.
 */
import type { RawLine } from '../read/types.ts';
import { PRE2019_OUTLINE, PRE2019_TOTALS, type Pre2019Total } from '../template/pre2019.ts';
import type { Pre2019Totals } from '../template/schema.ts';
import { toHalfWidth } from './normalize.ts';
import type { CellPlaces } from './places.ts';

/**
 * Each total of the template as the text states it first, or null, and the place of each one
 * found: the template's patterns run over the text with all whitespace removed, so the text is
 * built cell by cell, remembering where each cell starts in it.
 */
export function readPre2019(lines: readonly RawLine[]): { totals: Pre2019Totals; places: CellPlaces } {
  const parts: string[] = [];
  const starts: { at: number; line: number; cell: number }[] = [];
  let length = 0;
  lines.forEach((l, line) =>
    l.cells.forEach((c, cell) => {
      const text = toHalfWidth(c).replace(/\s+/g, '');
      if (text === '') return;
      starts.push({ at: length, line, cell });
      parts.push(text);
      length += text.length;
    }),
  );
  const t = parts.join('');
  const places: CellPlaces = new Map();
  const totals = Object.fromEntries(
    (PRE2019_TOTALS as readonly Pre2019Total[]).map((total) => {
      const stated = firstStatement(t, total);
      if (!stated) return [total.key, null];
      const from = cellAt(starts, stated.at);
      const { page, line } = lines[from.line]!.place;
      places.set(`pre2019.${total.key}`, page === undefined ? { line, column: from.cell + 1 } : { page, line, column: from.cell + 1 });
      return [total.key, stated.value];
    }),
  ) as Pre2019Totals;
  return { totals, places };
}

/**
 * Where the text first states a total and the number it states: the pattern's number (whichever of
 * its groups matched), or 0 where it says there was none, whichever comes first.
 */
function firstStatement(t: string, total: Pre2019Total): { value: number; at: number } | null {
  const m = new RegExp(total.pattern.source, `${total.pattern.flags}d`).exec(t);
  const group = m ? m.findIndex((g, i) => i > 0 && g !== undefined) : -1;
  const found = m && group > 0 ? { value: Number(m[group]), at: m.indices![group]![0] } : null;
  const none = total.none?.exec(t);
  return none && (!found || none.index < found.at) ? { value: 0, at: none.index } : found;
}

/** The cell whose text holds offset `at` of the joined text: the last one starting at or before it. */
function cellAt<T extends { at: number }>(starts: readonly T[], at: number): T {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]!.at <= at) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]!;
}

/** Markers of the 2007 outline when a report's year is unknown. */
export function looksPre2019(text: string): boolean {
  return PRE2019_OUTLINE.test(text.replace(/\s+/g, ''));
}
