/**
 * Where a report's copied text is: the passages of its lines as read (the 原文 view's lines,
 * template/source-lines.ts) that are found in another report, each with the line of the other
 * report that holds it, so that the 原文 view can mark the passage and link to it.
 *
 * The lines are read as the shares are counted (copied.ts): letters and digits only, runs of
 * `SHINGLE` characters, across line and cell breaks. Only the lines of the prose (sections 一, 五,
 * 六) are read: a line whose letters and digits are found in the prose as one run. The tables' rows
 * and the headings are not, so that a table label the prose happens to quote (政府信息公开申请) is
 * never marked. A run of one report's prose lines is part of a passage when the other's prose lines
 * hold it too; a character covered by such a run is marked, its passage broken at each line and
 * cell, so that each piece lies in one cell as the view shows it; the piece links to the other
 * report's line holding its first character.
 */
import type { Report } from '../template/schema.ts';
import type { CopiedPassage, SourceLine, SourcePosition } from '../template/source-lines.ts';
import { eachNormalChar, proseOf, shingleHash, shingles, SHINGLE } from './copied.ts';

/** A report's lines as one string of letters and digits, each character's cell and offsets in it. */
interface LinesText {
  text: string;
  /** Per character of `text`: the index of its line, its cell (0-based), its UTF-16 offsets in that cell. */
  line: Uint32Array;
  cell: Uint32Array;
  from: Uint32Array;
  to: Uint32Array;
}

/** The prose lines of a report (those whose letters and digits `prose` holds as one run), as one string. */
function linesText(lines: readonly SourceLine[], prose: string): LinesText {
  const parts: string[] = [];
  const line: number[] = [];
  const cell: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  lines.forEach((l, i) => {
    const kept = line.length;
    let letters = '';
    l.cells.forEach((text, c) => {
      eachNormalChar(text, (chars, start, end) => {
        letters += chars;
        // One entry per UTF-16 unit of the form, as the shingles count them.
        for (let u = 0; u < chars.length; u++) {
          line.push(i);
          cell.push(c);
          from.push(start);
          to.push(end);
        }
      });
    });
    if (letters !== '' && prose.includes(letters)) parts.push(letters);
    else for (const list of [line, cell, from, to]) list.length = kept;
  });
  return { text: parts.join(''), line: Uint32Array.from(line), cell: Uint32Array.from(cell), from: Uint32Array.from(from), to: Uint32Array.from(to) };
}

/** One report compared: its id, its lines, its prose (copied.ts `proseOf`). */
export interface PassageSource {
  id: string;
  lines: readonly SourceLine[];
  prose: string;
}

/** Where `value` is in a sorted array, or -1. */
function indexIn(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The hash of each shingle of a text, by where it starts. */
function shingleHashes(text: string): Uint32Array {
  const out = new Uint32Array(Math.max(0, text.length - SHINGLE + 1));
  for (let i = 0; i < out.length; i++) out[i] = shingleHash(text, i);
  return out;
}

const position = (l: SourceLine): SourcePosition => ({ ...(l.page !== undefined ? { page: l.page } : {}), ...(l.sheet !== undefined ? { sheet: l.sheet } : {}), line: l.line });

/**
 * The passages of `own` found in each of `others`, in the order of `own`'s lines. A character found
 * in several others is marked once, for the first of them that holds it (the caller lists the
 * previous year's report first, then the same year's by share).
 */
export function copiedPassages(own: PassageSource, others: readonly PassageSource[]): CopiedPassage[] {
  const mine = linesText(own.lines, own.prose);
  const mySet = shingles(own.prose);
  const n = mine.text.length;
  // Per character: which other holds it (-1: none) and at which of the other's characters.
  const by = new Int32Array(n).fill(-1);
  const at = new Uint32Array(n);
  // The shingles of this report's lines that its prose has: the only ones that can be marked.
  const myHashes = shingleHashes(mine.text);
  const mineInProse = myHashes.map((h) => (indexIn(mySet, h) >= 0 ? 1 : 0));
  const texts = others.map((o) => linesText(o.lines, o.prose));
  others.forEach((other, k) => {
    const theirs = texts[k]!;
    const theirSet = shingles(other.prose);
    // Per shingle of the other's prose, where its lines first have it (-1: nowhere).
    const first = new Int32Array(theirSet.length).fill(-1);
    shingleHashes(theirs.text).forEach((h, j) => {
      const s = indexIn(theirSet, h);
      if (s >= 0 && first[s] === -1) first[s] = j;
    });
    for (let i = 0; i < myHashes.length; i++) {
      if (!mineInProse[i]) continue;
      const s = indexIn(theirSet, myHashes[i]!);
      const j = s >= 0 ? first[s]! : -1;
      if (j === -1) continue;
      for (let d = 0; d < SHINGLE; d++) {
        if (by[i + d] !== -1) continue;
        by[i + d] = k;
        at[i + d] = j + d;
      }
    }
  });
  const out: CopiedPassage[] = [];
  for (let i = 0; i < n; ) {
    const k = by[i]!;
    if (k === -1) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && by[end] === k && mine.line[end] === mine.line[i] && mine.cell[end] === mine.cell[i]) end++;
    const theirs = texts[k]!;
    out.push({
      ...position(own.lines[mine.line[i]!]!),
      column: mine.cell[i]! + 1,
      start: mine.from[i]!,
      end: mine.to[end - 1]!,
      otherId: others[k]!.id,
      otherLine: position(others[k]!.lines[theirs.line[at[i]!]!]!),
    });
    i = end;
  }
  return out;
}

/** A report and its lines as read, as the passages of another report look it up. */
export interface ReportLines {
  report: Pick<Report, 'sections'>;
  lines: readonly SourceLine[];
}

/**
 * The passages of a report found in the reports its `copied` names: the previous year's first
 * (where any of its text is found there), then the same year's, largest share first. `find` gives
 * a report and its lines by id (the report's own among them); it is asked only for a report that
 * names another, so that the lines of the rest are never read back.
 */
export function reportPassages(report: Pick<Report, 'id' | 'copied' | 'sections'>, find: (id: string) => ReportLines | undefined): CopiedPassage[] {
  const c = report.copied;
  if (!c) return [];
  const ids = [...(c.previousId !== null && c.previousShare ? [c.previousId] : []), ...c.sameYear.map((s) => s.id)];
  const others = ids.flatMap((id) => {
    const other = find(id);
    return other ? [{ id, lines: other.lines, prose: proseOf(other.report) }] : [];
  });
  const own = others.length > 0 ? find(report.id) : undefined;
  if (!own) return [];
  return copiedPassages({ id: report.id, lines: own.lines, prose: proseOf(report) }, others);
}
