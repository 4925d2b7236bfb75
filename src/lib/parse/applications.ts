/**
 * Section 三, the applications matrix: tell which columns its header prints and which edition its
 * rows are, give each run of numbers its row, and put each number in its column. Rows are matched
 * by their labels through the template, never by position; damaged rows are reconciled in
 * reconcile.ts. The table's region is found by regions.ts.
 */
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  APPLICATIONS_HEADER,
  ORGANISATION_GROUP_LABEL,
  ROW_GROUP_LABELS,
  type ApplicationColumnKey,
  type ApplicationRow,
  type ApplicationRowKey,
} from '../template/applications.ts';
import type { Edition } from '../template/editions.ts';
import type { Place, RawDocument } from '../read/types.ts';
import { headerBands, type ColumnBands } from './columns.ts';
import { closeLabel } from './near-label.ts';
import { labelKey, lineKeys, unnumbered } from './normalize.ts';
import type { NoteList } from './notes.ts';
import { printsMostRows, type Region } from './regions.ts';
import { runTogetherLines, type RunTogether } from './run-together.ts';
import { segmentLines, type Segment } from './segments.ts';

export interface ApplicationsTable {
  /** Columns the header prints, in printed order. */
  columns: ApplicationColumnKey[];
  /** Row key → the segment of numbers printed for it. */
  rows: Map<ApplicationRowKey, Segment>;
  edition: Edition | null;
  /** Where the table starts (its header, or its first row). */
  place: Place;
  /** The table is printed with its row labels and not one digit: a template left unfilled. */
  blank?: true;
  /** Lines of the table whose digits are run together with their label, not cells (run-together.ts). */
  runTogether?: RunTogether[];
  /** Where the header prints each column across the page (PDF and scans; columns.ts); absent elsewhere. */
  headerBands?: ColumnBands;
}

/**
 * Group headings printed as merged cells beside the leaf labels, removed before a leaf label is
 * matched: 三、本年度办理结果 (with and without its numeral) and the label of every group of
 * several rows (（三）不予公开 …).
 */
const RESULTS_HEADING = labelKey(APPLICATIONS_HEADER.results);
const GROUPS_OF_SEVERAL = [...new Set(APPLICATION_ROWS.map((r) => r.group))].filter((g) => ROW_GROUP_LABELS[g] !== '' && APPLICATION_ROWS.filter((r) => r.group === g).length > 1);
const GROUP_HEADINGS = [RESULTS_HEADING, unnumbered(RESULTS_HEADING), ...GROUPS_OF_SEVERAL.map((g) => labelKey(ROW_GROUP_LABELS[g]))];

/** The 2021 edition prints rows the 2019 edition does not have (逾期不补正, 收费通知 …). */
const ONLY_2021 = APPLICATION_ROWS.filter((r) => !(r.editions as readonly Edition[]).includes('2019')).flatMap((r) => r.keys);
/** The 2019 edition prints a row under a label of its own (（六）其他处理 as one row). */
const OWN_2019 = APPLICATION_ROWS.flatMap((r) => ('label2019' in r ? [unnumbered(labelKey(r.label2019))] : []));
/** The identity note as a PDF may break it over lines: its words are no column labels. */
const IDENTITY_NOTE = new RegExp(`${APPLICATIONS_HEADER.identityNoteKey}.*?之和.*?之和`);

const ROW_KEYS = APPLICATION_ROWS.flatMap((r) => r.keys);
const namesRow = (key: string) => ROW_KEYS.some((k) => key.includes(k));

/** @param region from the table's header (or first row) to where it has certainly ended (regions.ts) */
export function readApplications(doc: RawDocument, region: Region | null, notes: NoteList): ApplicationsTable | null {
  if (!region) return null;
  const { lines } = doc;
  const { startIndex, endIndex } = region;
  const segments = segmentLines(lines, startIndex, endIndex, doc.exactCells);
  const tableText = lineKeys(doc).slice(startIndex, endIndex).join('');
  const edition: Edition | null = ONLY_2021.some((k) => tableText.includes(k)) ? '2021' : OWN_2019.some((k) => tableText.includes(k)) ? '2019' : null;
  const place = lines[startIndex]!.place;
  const runTogether = runTogetherLines(lines, startIndex, endIndex, namesRow);
  if (segments.length === 0) {
    // No number cell: the table is still there when most of its rows are printed, blank only
    // when no row holds a digit (digits run together with the labels are numbers not read).
    if (!printsMostRows(tableText)) return null;
    const unfilled = { columns: APPLICATION_COLUMNS.map((c) => c.key), rows: new Map(), edition, place };
    return runTogether.length > 0 ? { ...unfilled, runTogether } : { ...unfilled, blank: true };
  }
  const header = lines.slice(startIndex, segments[0]!.firstIndex);
  // A header printed with positions names its columns by the labels stacked over each (columns.ts):
  // 法律 / 服务 / 机构 one above the other is one label, which the text read across does not show.
  const bands = headerBands(header);
  const headerText = header.map((l) => l.cells.join('')).join('');
  // Compared with the columns the text names, not with the seven assumed when it names too few:
  // three labels placed by position are a header, a text naming one is none.
  const named = namedColumns(headerText);
  const stacked = bands !== null && bands.columns.length >= 3 && bands.columns.length >= named.length;
  const columns = stacked ? bands.columns : named.length >= 3 ? named : assumedColumns(headerText, notes, place);
  const table: ApplicationsTable = { columns, rows: assignRows(segments, edition, notes), edition, place };
  if (stacked) table.headerBands = bands;
  if (runTogether.length > 0) table.runTogether = runTogether;
  return table;
}

/** The columns a header's text names, in printed order. */
function namedColumns(header: string): ApplicationColumnKey[] {
  const text = labelKey(header.replace(ORGANISATION_GROUP_LABEL, '')).replace(IDENTITY_NOTE, '');
  return APPLICATION_COLUMNS.filter((c) => c.keys.some((k) => text.includes(k))).map((c) => c.key);
}

/** With no recognisable header, all seven columns are assumed: noted, unless nothing is printed above the rows. */
function assumedColumns(header: string, notes: NoteList, place: Place): ApplicationColumnKey[] {
  if (header.trim()) notes.add('warning', 'row-cells', '表三：未能识别表头，按官方格式的七列读取', place);
  return APPLICATION_COLUMNS.map((c) => c.key);
}

/**
 * Assigns segments to template rows in order, maximising how well labels match (dynamic
 * programming over segments × rows). Order is what rescues labels that wrap around their
 * numbers or share words with other rows (…不计其他情形 is not the row 其他).
 */
function assignRows(segments: Segment[], edition: Edition | null, notes: NoteList): Map<ApplicationRowKey, Segment> {
  const rows = APPLICATION_ROWS.filter((r) => edition === null || (r.editions as readonly string[]).includes(edition));
  const m = segments.length;
  const n = rows.length;
  // Label texts are normalised once per segment, then read once per list of headings to remove
  // (two lists: with and without （六）其他处理 as a heading).
  const keys = segments.map((s) => ({ near: labelKey(s.near), before: labelKey(s.before) }));
  const headings = rows.map((r) => headingsFor(r, edition));
  const lists = [...new Set(headings)];
  const texts = keys.map((k, i) => lists.map((list) => labelTexts(k, keys[i + 1]?.before ?? '', list)));
  const score = segments.map((_, i) => rows.map((r, j) => matchScore(texts[i]![lists.indexOf(headings[j]!)]!, r.keys)));
  // best[i][j]: best total using segments < i and rows < j.
  const best = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const s = score[i - 1]![j - 1]!;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, s > 0 ? best[i - 1]![j - 1]! + s : -Infinity);
    }
  }
  // rowOf[i]: the row (index into rows) segment i was given, or -1.
  const rowOf = new Array<number>(m).fill(-1);
  for (let i = m, j = n; i > 0 && j > 0; ) {
    const s = score[i - 1]![j - 1]!;
    if (s > 0 && best[i]![j] === best[i - 1]![j - 1]! + s) {
      rowOf[i - 1] = j - 1;
      i--;
      j--;
    } else if (best[i]![j] === best[i - 1]![j]) i--;
    else j--;
  }
  repairDamaged(rowOf, rows, (i, j) => texts[i]![lists.indexOf(headings[j]!)]!, edition, segments, notes);
  const assigned = new Map<ApplicationRowKey, Segment>();
  rowOf.forEach((j, i) => {
    if (j >= 0) assigned.set(rows[j]!.key, segments[i]!);
  });
  return assigned;
}

/**
 * A segment no key matched, alone between two segments whose rows have exactly one row between
 * them (or the table's edge), is that row when its label is close to the row's (near-label.ts:
 * 2.其他法律行政止公开 between 1.属于国家秘密 and 3.危及…). Its neighbours pin its place, the
 * label confirms it; either alone is not enough. The repair is noted.
 */
function repairDamaged(
  rowOf: number[],
  rows: readonly ApplicationRow[],
  textOf: (segment: number, row: number) => LabelTexts,
  edition: Edition | null,
  segments: readonly Segment[],
  notes: NoteList,
): void {
  rowOf.forEach((j, i) => {
    if (j >= 0) return;
    const before = i === 0 ? -1 : rowOf[i - 1]!;
    const after = i === rowOf.length - 1 ? rows.length : rowOf[i + 1]!;
    // Both neighbours placed (or the table's edge), exactly one row between them, and it is free.
    // A next segment left unplaced (-1) never lies two rows after the one before.
    if ((i > 0 && before < 0) || after - before !== 2) return;
    const row = before + 1;
    const def = rows[row]!;
    const label = edition !== '2021' && 'label2019' in def ? def.label2019 : def.label;
    const text = textOf(i, row);
    // The row's own words: what is left of its line once the group headings are taken out.
    const printed = unnumbered((text.near || text.before).split('|').filter(Boolean).at(-1) ?? '');
    if (!closeLabel(printed, unnumbered(labelKey(label)))) return;
    rowOf[i] = row;
    const segment = segments[i]!;
    const neighbours = [rows[before]?.label, rows[after]?.label].filter((l) => l !== undefined).map((l) => `“${l}”`).join('与');
    notes.add('info', 'label-repaired', `表三“${segment.near || segment.before}”行：标签与官方格式不尽相同，位于${neighbours}之间，按“${label}”读取`, segment.place);
  });
}

/**
 * How well a segment's label text names a row: a key found in the segment's own line counts
 * most, one found in the text since the previous numbers less, one across the numbers (a label
 * wrapped around them, 2.其他法律行政法规禁 / the numbers / 止公开, as a browser prints a narrow
 * cell) less again, one in the text after the numbers least. The first key of a row is its strongest.
 */
function matchScore(text: LabelTexts, keys: readonly string[]): number {
  let score = 0;
  for (let rank = 0; rank < keys.length; rank++) {
    const key = keys[rank]!;
    // Most keys are in none of the three texts: one search tells.
    if (!text.all.includes(key)) continue;
    const weight = (keys.length - rank) / keys.length + key.length / 10;
    if (text.near.includes(key)) score = Math.max(score, 3 + weight);
    else if (text.before.includes(key)) score = Math.max(score, 1 + weight);
    else if (text.wrapped.includes(key)) score = Math.max(score, 0.75 + weight);
    else if (text.after.includes(key)) score = Math.max(score, 0.5 + weight);
  }
  return score;
}

interface LabelTexts {
  near: string;
  before: string;
  after: string;
  /** `before` and `after` joined: a label whose line broke where its numbers are printed. */
  wrapped: string;
  /** The four joined by a line break, which no label key holds. */
  all: string;
}

/**
 * The group headings to remove before matching `row`: all of them, except the row's own label.
 * In the 2019 edition (and in a table of unknown edition) （六）其他处理 is itself a row; in the
 * 2021 edition it only heads its group.
 */
const HEADINGS_WITHOUT = new Map<string, readonly string[]>();
function headingsFor(row: ApplicationRow, edition: Edition | null): readonly string[] {
  const own = labelKey(edition !== '2021' && 'label2019' in row ? row.label2019 : row.label);
  if (!GROUP_HEADINGS.includes(own)) return GROUP_HEADINGS;
  if (!HEADINGS_WITHOUT.has(own)) HEADINGS_WITHOUT.set(own, GROUP_HEADINGS.filter((h) => h !== own));
  return HEADINGS_WITHOUT.get(own)!;
}

/** A segment's label keys without the group headings printed beside the leaf labels. */
function labelTexts(keys: { near: string; before: string }, after: string, headings: readonly string[]): LabelTexts {
  const leaf = (key: string) => {
    for (const heading of headings) if (key.includes(heading)) key = key.split(heading).join('|');
    return key;
  };
  const texts = { near: leaf(keys.near), before: leaf(keys.before), after: leaf(after), wrapped: leaf(keys.before + after) };
  return { ...texts, all: `${texts.near}\n${texts.before}\n${texts.after}\n${texts.wrapped}` };
}
