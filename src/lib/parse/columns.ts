/**
 * Table 三's columns by position, for readers that know where each cell is printed (PDF and
 * scans: `RawLine.spans`). A PDF does not print a blank cell at all: a 2019-format row with its
 * 总计 left blank prints six numbers under seven headers, and only their x-positions say which
 * column is the blank one. So each column gets a band across the page from the header cells
 * printed above it, and each number goes to the band it sits in; counting comes after.
 *
 * The header prints a column's label over one to four lines (自然人; 商业 / 企业; 商 / 业 / 企 / 业
 * from a browser, one character a line), so the header cells are first stacked: a cell that lies
 * under another, across at least half the narrower one's width, continues its label. The labels
 * that span several columns (申请人情况, 法人或其他组织, the identity note) are left out of the
 * stacks. Each printed column must match exactly one stack, in the header's order; otherwise, or
 * when the rows printed in full disagree with the bands, there are no bands and the table is read
 * by counting as before. Text, HTML and DOCX carry no positions: they are read by counting too.
 */
import { APPLICATION_COLUMNS, APPLICATIONS_HEADER, ORGANISATION_GROUP_LABEL, type ApplicationColumnKey } from '../template/applications.ts';
import type { RawLine, Span } from '../read/types.ts';
import { labelKey } from './normalize.ts';
import type { Value } from './segments.ts';

/** The x-range of each printed column, in printed order: boundaries halfway between neighbours. */
export interface ColumnBands {
  columns: ApplicationColumnKey[];
  /** Each column's range: `from` inclusive, `to` exclusive; the outer ends reach half a column beyond the labels. */
  bands: { from: number; to: number }[];
}

/** Header labels over several columns, which name no column of their own. */
const SPANNING = [APPLICATIONS_HEADER.applicants, APPLICATIONS_HEADER.organisations].map(labelKey);
const IDENTITY_NOTE = labelKey(APPLICATIONS_HEADER.identityNote);

interface Stack {
  text: string;
  left: number;
  right: number;
  /** The last cell stacked, which the next one must lie under. */
  last: Span;
}

/**
 * The columns the header prints and their bands, from the header lines; null when the header does
 * not place its columns unambiguously (a label matching two stacks, or two labels one stack, or
 * labels out of the official order) or the lines carry no positions.
 */
export function headerBands(header: readonly RawLine[]): ColumnBands | null {
  if (header.some((l) => !l.spans)) return null;
  const stacks = stackCells(header);
  const found: { column: ApplicationColumnKey; stack: Stack }[] = [];
  for (const def of APPLICATION_COLUMNS) {
    const matching = stacks.filter((s) => def.keys.some((k) => s.text.includes(k)));
    if (matching.length > 1) return null;
    if (matching.length === 1) found.push({ column: def.key, stack: matching[0]! });
  }
  if (found.length === 0) return null;
  // Printed left to right in the official order, each clear of the one before: so no stack serves
  // two labels either, as a stack cannot lie clear of itself.
  if (found.some((f, i) => i > 0 && f.stack.left <= found[i - 1]!.stack.right - 0.5 * width(f.stack))) return null;
  return bandsOf(found.map((f) => f.column), found.map((f) => f.stack));
}

/** The header's cells stacked into column labels, top to bottom, the spanning labels left out. */
function stackCells(header: readonly RawLine[]): Stack[] {
  const stacks: Stack[] = [];
  for (const line of header) {
    line.cells.forEach((cell, i) => {
      const key = labelKey(cell.replace(ORGANISATION_GROUP_LABEL, ''));
      if (key === '' || SPANNING.some((s) => key.includes(s) || (key.length >= 3 && s.includes(key))) || IDENTITY_NOTE.includes(key)) return;
      const span = line.spans![i]!;
      const under = stacks.find((s) => overlap(s.last, span) >= 0.5 * Math.min(width(s.last), width(span)));
      if (under) {
        under.text += key;
        under.left = Math.min(under.left, span.left);
        under.right = Math.max(under.right, span.right);
        under.last = span;
      } else stacks.push({ text: key, left: span.left, right: span.right, last: span });
    });
  }
  return stacks;
}

/**
 * The bands from the rows printed in full (as many numbers as columns): each column where its
 * numbers are. For a header whose labels could not all be placed (OCR'd, or broken oddly); null
 * when no row is full or the full rows do not line up.
 */
function rowBands(rows: readonly Value[][], columns: readonly ApplicationColumnKey[]): ColumnBands | null {
  const full = rows.filter((r) => r.length === columns.length && r.every((v) => v.span));
  if (full.length === 0) return null;
  const extents = columns.map((_, i) => ({
    left: Math.min(...full.map((r) => r[i]!.span!.left)),
    right: Math.max(...full.map((r) => r[i]!.span!.right)),
  }));
  if (extents.some((e, i) => i > 0 && e.left < extents[i - 1]!.right)) return null;
  return bandsOf(columns, extents);
}

function bandsOf(columns: readonly ApplicationColumnKey[], extents: readonly { left: number; right: number }[]): ColumnBands {
  const pitch = (extents.at(-1)!.right - extents[0]!.left) / extents.length;
  const bands = extents.map((e, i) => ({
    from: i === 0 ? e.left - pitch / 2 : (extents[i - 1]!.right + e.left) / 2,
    to: i === extents.length - 1 ? e.right + pitch / 2 : (e.right + extents[i + 1]!.left) / 2,
  }));
  return { columns: [...columns], bands };
}

/**
 * The bands to read a table by: the header's when they hold the columns settled on and agree with
 * the rows printed in full, else the full rows' own, else none (the table is read by counting).
 */
export function tableBands(header: ColumnBands | null, rows: readonly Value[][], columns: readonly ApplicationColumnKey[]): ColumnBands | null {
  const same = header !== null && header.columns.length === columns.length && header.columns.every((c, i) => c === columns[i]);
  for (const bands of [same ? header : null, rowBands(rows, columns)]) if (bands && bandsAgree(rows, bands)) return bands;
  return null;
}

/**
 * A row's values placed in their columns by where they are printed: one slot per column, `null`
 * where nothing is printed under it. Null when the row cannot be placed: a value without a
 * position, one outside every band, or two in one column.
 */
export function placeRow(values: readonly Value[], bands: ColumnBands): (number | null)[] | null {
  return placeRowValues(values, bands)?.map((v) => v?.value ?? null) ?? null;
}

/** The same, each slot the printed value itself (with its place), `undefined` where none is printed. */
export function placeRowValues(values: readonly Value[], bands: ColumnBands): (Value | undefined)[] | null {
  const slots: (Value | undefined)[] = bands.columns.map(() => undefined);
  for (const value of values) {
    if (!value.span) return null;
    const centre = (value.span.left + value.span.right) / 2;
    const i = bands.bands.findIndex((b) => centre >= b.from && centre < b.to);
    if (i < 0 || slots[i]) return null;
    slots[i] = value;
  }
  return slots;
}

/**
 * Whether the bands agree with the rows printed in full: each of their numbers in its own column,
 * in order. Bands that misplace a full row are wrong for every row.
 */
function bandsAgree(rows: readonly Value[][], bands: ColumnBands): boolean {
  return rows
    .filter((r) => r.length === bands.columns.length)
    .every((r) => {
      const placed = placeRow(r, bands);
      return placed !== null && placed.every((v, i) => v === r[i]!.value);
    });
}

function width(s: Span): number {
  return s.right - s.left;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
}
