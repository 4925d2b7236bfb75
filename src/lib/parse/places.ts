/**
 * Where each number of a report was read (docs/SCHEMA.md v2 `places`): a printed cell's place is
 * its line's (with a workbook's cell reference) and its position in the line as read, so that it
 * names the line of the 原文 view holding the number (template/source-lines.ts). A number the
 * parser inferred has no place; nor has one whose damaged row the readings take from different
 * printed cells on different lines. Where they agree on the line but not on the cell, the place
 * has its line and no column.
 */
import type { SourcePlace } from '../template/schema.ts';
import type { GapReading } from './gaps.ts';
import type { Value } from './segments.ts';

/** Cell path (`applications.granted.total`) → where it was read, in the template's order of cells. */
export type CellPlaces = Map<string, SourcePlace>;

export function placeOf(value: Value): SourcePlace {
  const { page, sheet, line, cell } = value.place;
  return {
    ...(page === undefined ? {} : { page }),
    ...(sheet === undefined ? {} : { sheet }),
    line,
    column: value.column,
    ...(cell === undefined ? {} : { cell }),
  };
}

/**
 * The place the candidates share: all of it where they are one cell, the line where they are
 * cells of one line, none where any is missing (a reading that infers the cell) or they are on
 * different lines.
 */
export function commonPlace(candidates: readonly (Value | undefined)[]): SourcePlace | undefined {
  if (candidates.length === 0 || candidates.some((c) => c === undefined)) return undefined;
  const [first, ...rest] = (candidates as Value[]).map(placeOf);
  if (rest.some((p) => p.page !== first!.page || p.sheet !== first!.sheet || p.line !== first!.line)) return undefined;
  if (rest.some((p) => p.column !== first!.column)) {
    const { column: _column, cell: _cell, ...line } = first!;
    return line;
  }
  return first;
}

/**
 * The place of each cell of a row read as one of `readings` (gaps.ts), from the printed values:
 * reading r takes cell i from printed value i before its gap and i − 1 after it, and has none at
 * its gap.
 */
export function readingPlaces(readings: readonly GapReading[], printed: readonly Value[], size: number): (SourcePlace | undefined)[] {
  return Array.from({ length: size }, (_, i) => commonPlace(readings.map((r) => (i === r.gap ? undefined : printed[i < r.gap ? i : i - 1]))));
}

/** Adds a place under `path` where there is one. */
export function setPlace(places: CellPlaces, path: string, place: SourcePlace | undefined): void {
  if (place) places.set(path, place);
}
