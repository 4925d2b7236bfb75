/**
 * Reports under the 2007 条例 (2008–2018) have no matrix: they are listed with their year and
 * agency and whatever totals their text states (template/pre2019.ts). None of the 2019/2021
 * identities apply.
 */
import type { RawLine } from '../read/types.ts';
import { PRE2019_OUTLINE, PRE2019_TOTALS } from '../template/pre2019.ts';
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
    PRE2019_TOTALS.map((total) => {
      const m = new RegExp(total.pattern.source, `${total.pattern.flags}d`).exec(t);
      if (!m) return [total.key, null];
      const from = cellAt(starts, m.indices![1]![0]);
      const { page, line } = lines[from.line]!.place;
      places.set(`pre2019.${total.key}`, page === undefined ? { line, column: from.cell + 1 } : { page, line, column: from.cell + 1 });
      return [total.key, Number(m[1])];
    }),
  ) as Pre2019Totals;
  return { totals, places };
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
