/**
 * Section 三, the applications matrix: find the table, tell which columns its header prints, give
 * each run of numbers its row, and put each number in its column. Rows are matched by their
 * labels through the template, never by position; damaged rows are reconciled in reconcile.ts.
 */
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  ORGANISATION_GROUP_LABEL,
  type ApplicationColumnKey,
  type ApplicationRowKey,
  type FormatYear,
} from '../template/applications.ts';
import type { RawDocument } from '../read/types.ts';
import { labelKey, lineKeys } from './normalize.ts';
import type { NoteList } from './notes.ts';
import { segmentLines, type Segment } from './segments.ts';

export interface ApplicationsTable {
  /** Columns the header prints, in printed order. */
  columns: ApplicationColumnKey[];
  /** Row key → the segment of numbers printed for it. */
  rows: Map<ApplicationRowKey, Segment>;
  format: FormatYear | null;
  /** Document line indexes the table spans (header included). */
  from: number;
  to: number;
  /** The table is printed with its row labels but not one number: a template left unfilled. */
  blank?: true;
}

/** Group headings printed as merged cells; removed before a leaf label is matched. */
const GROUP_HEADINGS = ['三本年度办理结果', '本年度办理结果', '三不予公开', '四无法提供', '五不予处理', '六其他处理'];

/** Where table 三 starts: its header, or failing that its first row. */
const TABLE_START = /勾稽关系|申请人情况|本年新收|新收政府信息公开申请/;
/** Where it has certainly ended: section 四's header or heading, or the sections after it. */
const TABLE_END = /行政复议|行政诉讼|存在的主要问题|其他需要报告/;

export function findApplications(doc: RawDocument, from: number, notes: NoteList): ApplicationsTable | null {
  const { lines } = doc;
  const start = findLine(doc, from, (t) => TABLE_START.test(t));
  if (start < 0) return null;
  let end = findLine(doc, start + 1, (t) => TABLE_END.test(t));
  if (end < 0) end = lines.length;
  const segments = segmentLines(lines, start, end, doc.exactCells);
  const tableText = lineKeys(doc).slice(start, end).join('');
  const format: FormatYear | null = /逾期不补正|不补正|收费通知|缴纳费用/.test(tableText) ? '2021' : /其他处理/.test(tableText) ? '2019' : null;
  if (segments.length === 0) {
    // No number at all: a blank template is still the table, with every cell blank, when most of
    // its row labels are printed; anything less is not the table.
    const labelled = APPLICATION_ROWS.filter((r) => r.keys.some((k) => tableText.includes(k))).length;
    if (labelled < APPLICATION_ROWS.length / 2) return null;
    return { columns: APPLICATION_COLUMNS.map((c) => c.key), rows: new Map(), format, from: start, to: end, blank: true };
  }

  const headerText = lines.slice(start, segments[0]!.firstLine).map((l) => l.cells.join('')).join('');
  const columns = headerColumns(headerText, notes, lines[start]!.line);
  const rows = assignRows(segments, format);
  const last = Math.max(...[...rows.values()].map((s) => s.lastLine), start);
  return { columns, rows, format, from: start, to: last + 1 };
}

function findLine(doc: RawDocument, from: number, test: (text: string) => boolean): number {
  const keys = lineKeys(doc);
  for (let i = from; i < keys.length; i++) if (test(keys[i]!)) return i;
  return -1;
}

/** The columns a header prints. With no recognisable header, all seven are assumed. */
function headerColumns(header: string, notes: NoteList, line: number): ApplicationColumnKey[] {
  const text = labelKey(header.replace(ORGANISATION_GROUP_LABEL, '')).replace(/勾稽关系.*?之和.*?之和/, '');
  const found = APPLICATION_COLUMNS.filter((c) => c.keys.some((k) => text.includes(k)));
  if (found.length < 3) {
    if (header.trim()) notes.add('warning', 'row-cells', '表三：未能识别表头，按官方格式的七列读取', line);
    return APPLICATION_COLUMNS.map((c) => c.key);
  }
  return found.map((c) => c.key);
}

/**
 * Assigns segments to template rows in order, maximising how well labels match (dynamic
 * programming over segments × rows). Order is what rescues labels that wrap around their
 * numbers or share words with other rows (…不计其他情形 is not the row 其他).
 */
function assignRows(segments: Segment[], format: FormatYear | null): Map<ApplicationRowKey, Segment> {
  const rows = APPLICATION_ROWS.filter((r) => format === null || (r.formats as readonly string[]).includes(format));
  const m = segments.length;
  const n = rows.length;
  // Label texts are normalised once per segment, then read twice: with and without （六）其他处理
  // as a heading.
  const keys = segments.map((s) => ({ near: labelKey(s.near), before: labelKey(s.before) }));
  const texts = keys.map((k, i) => [false, true].map((keepOther) => labelTexts(k, keys[i + 1]?.before ?? '', keepOther)));
  const score = segments.map((_, i) => rows.map((r) => matchScore(texts[i]![r.key === 'otherOther' && format !== '2021' ? 1 : 0]!, r.keys)));
  // best[i][j]: best total using segments < i and rows < j.
  const best = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const s = score[i - 1]![j - 1]!;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, s > 0 ? best[i - 1]![j - 1]! + s : -Infinity);
    }
  }
  const assigned = new Map<ApplicationRowKey, Segment>();
  for (let i = m, j = n; i > 0 && j > 0; ) {
    const s = score[i - 1]![j - 1]!;
    if (s > 0 && best[i]![j] === best[i - 1]![j - 1]! + s) {
      assigned.set(rows[j - 1]!.key, segments[i - 1]!);
      i--;
      j--;
    } else if (best[i]![j] === best[i - 1]![j]) i--;
    else j--;
  }
  return assigned;
}

/**
 * How well a segment's label text names a row: a key found in the segment's own line counts
 * most, one found in the text since the previous numbers less, one in the text after the numbers
 * least (a label wrapped around its numbers). The first key of a row is its strongest.
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
    else if (text.after.includes(key)) score = Math.max(score, 0.5 + weight);
  }
  return score;
}

interface LabelTexts {
  near: string;
  before: string;
  after: string;
  /** The three joined by a line break, which no label key holds. */
  all: string;
}

/**
 * A segment's label keys without the group headings printed beside the leaf labels. In the
 * 2019 format （六）其他处理 is itself a row (`keepOther`); elsewhere it only heads its group.
 */
function labelTexts(keys: { near: string; before: string }, after: string, keepOther: boolean): LabelTexts {
  const headings = keepOther ? GROUP_HEADINGS.filter((h) => h !== '六其他处理') : GROUP_HEADINGS;
  const leaf = (key: string) => {
    for (const heading of headings) if (key.includes(heading)) key = key.split(heading).join('|');
    return key;
  };
  const texts = { near: leaf(keys.near), before: leaf(keys.before), after: leaf(after) };
  return { ...texts, all: `${texts.near}\n${texts.before}\n${texts.after}` };
}
