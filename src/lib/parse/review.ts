/**
 * Section 四: the 15 numbers of administrative reconsideration and litigation. They are printed as
 * one row (or split over lines, or one per line) after a header of group and column labels, so
 * the parser takes the first 15 values of its region (from the header, regions.ts); in a grid, the
 * cells of the region, which must be 15 once padding is set aside. A row one short is reconciled with the
 * identity of each group (维持 + 纠正 + 其他 + 尚未审结 = 总计), like a row of table 三. Each
 * number keeps its place; an inferred one has none (places.ts).
 */
import { cellText } from '../template/cell-names.ts';
import { REVIEW_CELLS, REVIEW_COLUMN_KEYS, REVIEW_GROUP_KEYS } from '../template/review.ts';
import { REVIEW_IDENTITY } from '../template/identities.ts';
import type { ReviewLitigation } from '../template/schema.ts';
import type { RawDocument } from '../read/types.ts';
import type { Identity } from '../template/identity-eval.ts';
import { agreement, gapReadings } from './gaps.ts';
import type { NoteList } from './notes.ts';
import { placeOf, readingPlaces, setPlace, type CellPlaces } from './places.ts';
import type { Region } from './regions.ts';
import type { SourcePlace } from '../template/schema.ts';
import { quoteRunTogether, runTogetherLines } from './run-together.ts';
import { segmentLines } from './segments.ts';

export interface ReviewResult {
  reviewLitigation: ReviewLitigation;
  /** Where each number was read (`reviewLitigation.<group>.<column>`). */
  places: CellPlaces;
  inferred: string[];
  /** Cells, or the whole table, left blank because they could not be read (schema.ts `unread`). */
  unread: string[];
  found: boolean;
  incomplete: boolean;
}

const SLOTS = REVIEW_CELLS.map((c) => `${c.group}.${c.column}`);
const IDENTITIES: Identity[] = REVIEW_GROUP_KEYS.map((g) => ({
  left: REVIEW_IDENTITY.left.map((c) => `${g}.${c}`),
  right: REVIEW_IDENTITY.right.map((c) => `${g}.${c}`),
}));

export function emptyReview(): ReviewLitigation {
  return Object.fromEntries(REVIEW_GROUP_KEYS.map((g) => [g, Object.fromEntries(REVIEW_COLUMN_KEYS.map((c) => [c, null]))])) as ReviewLitigation;
}

/** @param region from table 四's header to where section 五 or 六 starts (regions.ts) */
export function readReview(doc: RawDocument, region: Region | null, notes: NoteList): ReviewResult {
  const result: ReviewResult = { reviewLitigation: emptyReview(), places: new Map(), inferred: [], unread: ['reviewLitigation'], found: false, incomplete: true };
  if (!region) {
    notes.add('error', 'table-missing', '未找到表四（行政复议、行政诉讼情况）');
    return result;
  }
  const cellsRead = segmentLines(doc.lines, region.startIndex, region.endIndex, doc.exactCells).flatMap((s) => s.values);
  // In a grid (exactCells) one column may span several cells with empty padding between them:
  // with more cells than the table has, the empty ones are padding. More numbers than that fit no
  // reading of the table: the table is unread, never cut to fit. Text has no grid, so its first
  // 15 numbers after the header are the table's.
  const values = doc.exactCells && cellsRead.length > SLOTS.length ? cellsRead.filter((v) => v.raw !== '') : cellsRead;
  const printed = doc.exactCells ? values : values.slice(0, SLOTS.length);
  const place = values[0]?.place ?? doc.lines[region.startIndex]!.place;
  if (printed.length === 0) {
    // Digits run together with the header's labels are numbers not read, not a table without numbers.
    const runTogether = runTogetherLines(doc.lines, region.startIndex, region.endIndex, () => true);
    if (runTogether.length > 0) notes.add('warning', 'cells-run-together', `表四印出了数字，但各格的数字连在一起，分不清各格：${quoteRunTogether(runTogether)}，未能读出`, runTogether[0]!.place);
    else notes.add('error', 'table-missing', '表四（行政复议、行政诉讼情况）没有数字', place);
    return result;
  }
  result.found = true;
  result.unread = [];
  let cells: (number | null)[];
  let where: (SourcePlace | undefined)[] = [];
  if (printed.length === SLOTS.length) {
    cells = printed.map((v) => v.value);
    where = printed.map(placeOf);
    result.incomplete = false;
  } else if (printed.length === SLOTS.length - 1) {
    const readings = gapReadings(SLOTS, printed.map((v) => v.value), IDENTITIES);
    if (readings.length === 1) {
      cells = readings[0]!.cells;
      where = readingPlaces(readings, printed, SLOTS.length);
      const slot = SLOTS[readings[0]!.gap]!;
      // A lone reading has solved its gap: a blank elsewhere in the gap's group would leave every
      // cell of that group a possible gap, five readings at least.
      result.inferred.push(`reviewLitigation.${slot}`);
      notes.add('info', 'cell-inferred', `表四：15 个数字只印出 14 个；${cellText(`reviewLitigation.${slot}`)}按该组总计推算为 ${cells[readings[0]!.gap]}`, place);
      result.incomplete = false;
    } else if (readings.length === 0) {
      cells = SLOTS.map(() => null);
      result.unread = ['reviewLitigation'];
      notes.add('warning', 'cell-ambiguous', '表四：15 个数字只印出 14 个，且没有任何读法符合各组总计，整行留空', place);
    } else {
      const agreed = agreement(readings, SLOTS.length);
      const gaps = new Set(readings.map((r) => r.gap));
      cells = agreed.cells.map((v, i) => (gaps.has(i) ? null : v));
      where = readingPlaces(readings, printed, SLOTS.length).map((p, i) => (agreed.disagree.includes(i) ? undefined : p));
      result.unread = SLOTS.filter((_, i) => gaps.has(i) || agreed.disagree.includes(i)).map((slot) => `reviewLitigation.${slot}`);
      notes.add('warning', 'cell-ambiguous', `表四：15 个数字只印出 14 个，有 ${readings.length} 种读法都符合各组总计，不确定的格留空`, place);
    }
  } else {
    cells = SLOTS.map(() => null);
    result.unread = ['reviewLitigation'];
    notes.add('error', 'row-cells', `表四：应有 15 个数字，实际 ${printed.length} 个，整行留空`, place);
  }
  REVIEW_CELLS.forEach(({ group, column }, i) => {
    result.reviewLitigation[group][column] = cells[i] ?? null;
    setPlace(result.places, `reviewLitigation.${group}.${column}`, where[i]);
  });
  return result;
}

