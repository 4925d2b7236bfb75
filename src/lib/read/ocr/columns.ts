/**
 * A scan's number must fit its column. In a narrow table the OCR's detector can take two
 * neighbouring cells for one text box, and the recognised text then joins their numbers (13364 and
 * the 252 beside it as 13364252): nothing in the text says so, but the table's other rows do. Their
 * numbers leave a gutter between each two columns, and a box that bridges a gutter holds two cells.
 * Such a box is split at the gutter when what was read has a space there (each part its own run,
 * where its characters are), and is otherwise marked unsure, so that its number is never shown as
 * fact unless an identity confirms it (ingest/unsure.ts). Splitting anywhere else would be a guess:
 * the box's width includes the gutter, so its characters' positions say nothing exact.
 *
 * A box is judged by the number boxes of its own table only: the lines with numbers around its
 * line, up to TABLE_GAP_LINES lines of text apart (a row label wrapped over two lines), so that
 * table 四's fifteen narrow columns, below a heading and a three-line header, do not judge the
 * boxes of table 三 printed on the same page.
 */
import { groupLines, type Run } from '../layout.ts';

/** A run of a box read as a number: what the engine read (spaces kept) and its digits. */
export interface NumberRun extends Run {
  number: { read: string; digits: string };
  /** The box bridges two columns and could not be split: a neighbouring column's number may be in it. */
  bridges?: true;
}

/** Lines without a number (a wrapped label, the row 三、本年度办理结果) that a table may have between two rows. */
const TABLE_GAP_LINES = 2;
/** A stretch crossed by at most this share of the boxes crossing the busiest stretch of the box is a gutter. */
const GUTTER_SHARE = 0.25;

/** The page's runs with every number run bridging a column gutter split at it or marked unsure. */
export function fitColumns(runs: readonly Run[]): Run[] {
  const fitted = new Map<Run, Run[]>();
  for (const table of tables(runs)) {
    table.forEach((line, i) => {
      const others = table.filter((_, j) => j !== i).flat();
      for (const run of line) {
        const found = gutters(run, others);
        if (found.length === 0) continue;
        const bridging: NumberRun = { ...run, unsure: true, bridges: true };
        fitted.set(run, splitAt(run, found) ?? [bridging]);
      }
    });
  }
  return runs.flatMap((r) => fitted.get(r) ?? [r]);
}

/** The page's tables: for each, its lines' number runs, top to bottom. */
function tables(runs: readonly Run[]): NumberRun[][][] {
  const found: NumberRun[][][] = [];
  let table: NumberRun[][] | undefined;
  let gap = 0;
  for (const line of groupLines([...runs])) {
    const numbers = line.runs.filter((r): r is NumberRun => 'number' in r);
    if (numbers.length === 0) {
      if (++gap > TABLE_GAP_LINES) table = undefined;
      continue;
    }
    gap = 0;
    if (!table) found.push((table = []));
    table.push(numbers);
  }
  return found;
}

interface Stretch {
  from: number;
  to: number;
  /** How many number boxes of other lines cross it. */
  cover: number;
}

/**
 * The gutters inside a run: stretches that few of the other lines' numbers cross, with a stretch
 * that many cross on either side, all inside the run (half a character in from its ends, so that a
 * neighbouring column's box touching its edge does not count).
 */
function gutters(run: NumberRun, others: readonly NumberRun[]): Stretch[] {
  const char = (run.right - run.x) / Math.max(1, run.number.read.length);
  const from = run.x + char / 2;
  const to = run.right - char / 2;
  const edges = [...new Set([from, to, ...others.flatMap((o) => [o.x, o.right]).filter((x) => x > from && x < to)])].sort((a, b) => a - b);
  const stretches: Stretch[] = edges.slice(1).map((end, k) => {
    const mid = (edges[k]! + end) / 2;
    return { from: edges[k]!, to: end, cover: others.filter((o) => o.x <= mid && o.right >= mid).length };
  });
  const peak = Math.max(0, ...stretches.map((s) => s.cover));
  const low = (s: Stretch) => s.cover <= peak * GUTTER_SHARE;
  const found: Stretch[] = [];
  stretches.forEach((s, k) => {
    if (!low(s)) return;
    const last = found.at(-1);
    if (last && k > 0 && low(stretches[k - 1]!)) last.to = s.to;
    else found.push({ ...s });
  });
  // Only a low stretch with columns on both sides is a gutter (not the box's own overhang).
  return found.filter((g) => stretches.some((s) => !low(s) && s.to <= g.from) && stretches.some((s) => !low(s) && s.from >= g.to));
}

/**
 * The run split into one run per number at its gutters, when what was read has exactly one space
 * in each gutter and nowhere else, and its digits are what was read (nothing repaired from
 * look-alike letters, which could not be apportioned); otherwise null. Each part's extent is its
 * share of the run's by characters, as a PDF's items are split (layout.ts).
 */
function splitAt(run: NumberRun, found: readonly Stretch[]): NumberRun[] | null {
  const read = run.number.read.trim().replace(/\s+/g, ' ');
  const parts = read.split(' ');
  if (parts.length !== found.length + 1 || parts.join('') !== run.number.digits) return null;
  const perChar = (run.right - run.x) / read.length;
  let at = 0;
  const out: NumberRun[] = [];
  for (const [k, part] of parts.entries()) {
    const start = read.indexOf(part, at);
    if (k > 0) {
      const space = run.x + (start - 0.5) * perChar;
      if (space < found[k - 1]!.from - perChar || space > found[k - 1]!.to + perChar) return null;
    }
    at = start + part.length;
    out.push({ ...run, text: part, x: run.x + start * perChar, right: run.x + at * perChar, number: { read: part, digits: part } });
  }
  return out;
}
