/**
 * A scan's numbers are never shown as fact on the OCR's word alone when something says they may be
 * misread, and a failed identity on a scan is never our misreading blamed on the agency.
 *
 * A number is in doubt when it rests on a cell the OCR was unsure of (read/ocr/document.ts marks
 * them; which numbers rest on which cells is found by reading the document a second time with the
 * unsure cells' digits changed: every number that changes with them rests on them, printed in that
 * cell or inferred from it), or when it has more digits than any other number of its table (two
 * neighbouring cells read as one: 13364 and 252 as 13364252). A number in doubt is kept only when an
 * identity (勾稽关系) confirms it: an identity that holds, in which it is the only number still in
 * doubt, pins it to what was read (confirmed numbers then help confirm others). When an identity
 * fails, or its filled cells exceed its total (check/identities.ts), the first suspect is the OCR:
 * a confirmed number in it is in doubt again, so that a check only fails on a scan when every
 * number it involves was read with confidence. Every number left in doubt is set to `null`,
 * listed in `uncertain`, and explained in a note with the page and the reading.
 */
import { identityChecks } from '../check/identities.ts';
import { CELL_PLACES } from '../output/csv.ts';
import { parseReport, type ParsedReport } from '../parse/report.ts';
import type { RawDocument, UnsureCell } from '../read/types.ts';
import type { ApplicationColumnKey } from '../template/applications.ts';
import { cellText } from '../template/cell-names.ts';
import { MATRIX_IDENTITIES, REVIEW_IDENTITY } from '../template/identities.ts';
import type { Check } from '../template/schema.ts';

/** Unsure cells are changed in at most this many groups (one more parse each): a bound on the cost of a badly read scan. */
const MAX_GROUPS = 64;

export function settleUnsure(doc: RawDocument, parsed: ParsedReport): ParsedReport {
  // Not a scan: what was printed is what was read.
  if (!doc.unsure) return parsed;
  const restsOn = unsureNumbers(doc, doc.unsure, parsed);
  const suspect = new Set(longest(parsed).filter((p) => !restsOn.has(p)));
  const inDoubt = new Set([...restsOn.keys(), ...suspect]);
  if (inDoubt.size === 0) return parsed;

  const inferred = new Set(parsed.inferred);
  const doubtful = new Set(inDoubt);
  for (let progress = true; progress; ) {
    progress = false;
    for (const check of identityChecks(parsed)) {
      if (!check.ok) continue;
      const open = instancePaths(check).filter((p) => doubtful.has(p));
      const [only] = open;
      // A number inferred from an identity cannot be confirmed by it.
      if (open.length === 1 && !inferred.has(only!) && !inferred.has(only!.split('.').slice(0, 2).join('.'))) {
        doubtful.delete(only!);
        progress = true;
      }
    }
  }
  // A check that fails with a confirmed number in it: the number is in doubt again.
  const contradicted = new Set<string>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const check of identityChecks(withNull(parsed, doubtful))) {
      if (check.ok) continue;
      for (const path of instancePaths(check)) {
        if (!inDoubt.has(path) || doubtful.has(path)) continue;
        doubtful.add(path);
        contradicted.add(path);
        progress = true;
      }
    }
  }

  const report = withNull(parsed, doubtful);
  const uncertain: string[] = [];
  for (const place of CELL_PLACES) {
    if (!doubtful.has(place.path)) continue;
    const value = place.get(parsed as never) as number;
    uncertain.push(place.path);
    const cells: { page?: number; reading: string }[] = restsOn.get(place.path) ?? [{ page: parsed.places?.[place.path]?.page, reading: String(value) }];
    const where = cells.map((c) => `${c.page === undefined ? '' : `第 ${c.page} 页的`}“${c.reading}”`).join('、');
    // A number printed in the unsure cell, or one the parser inferred from it.
    const printed = cells.length === 1 && Number(cells[0]!.reading) === value;
    const why = restsOn.get(place.path)?.some((c) => c.bridges)
      ? '跨了两列，可能是相邻两格连读'
      : suspect.has(place.path)
        ? '位数多于表中其他数字，可能是相邻两格连读'
        : '识别不确定';
    const check = contradicted.has(place.path) ? '与勾稽关系不符，先按识别有误处理' : '无勾稽关系可以核实';
    report.notes.push({
      level: 'warning',
      code: 'ocr-unsure',
      message: `${cellText(place.path)}：扫描件${where}${why}，${printed ? '且' : `由此得出的 ${value} `}${check}，留空`,
    });
  }
  const blanks = bridgedBlanks(parsed, restsOn, doubtful);
  for (const [path, cell] of blanks) {
    uncertain.push(path);
    report.notes.push({
      level: 'warning',
      code: 'ocr-unsure',
      message: `${cellText(path)}：扫描件第 ${cell.page} 页的“${cell.reading}”跨了两列，可能含有这一格的数字，留空`,
    });
  }
  const confirmed = inDoubt.size - (uncertain.length - blanks.size);
  if (confirmed > 0) {
    report.notes.push({ level: 'info', code: 'ocr-confirmed', message: `扫描件中 ${confirmed} 个识别不确定的数字经勾稽关系核实，按识别结果采用` });
  }
  report.uncertain = uncertain;
  if (uncertain.length > 0 && report.status === 'ok') report.status = 'partial';
  return report;
}

/** Which of the report's numbers rest on which unsure cells. */
function unsureNumbers(doc: RawDocument, unsure: UnsureCell[], parsed: ParsedReport): Map<string, UnsureCell[]> {
  const restsOn = new Map<string, UnsureCell[]>();
  if (unsure.length === 0) return restsOn;
  const places = CELL_PLACES.filter((p) => p.get(parsed as never) !== null);
  const size = Math.ceil(unsure.length / MAX_GROUPS);
  for (let i = 0; i < unsure.length; i += size) {
    const group = unsure.slice(i, i + size);
    const changed = parseReport(withChanged(doc, group));
    for (const place of places) {
      const after = 'notReport' in changed ? null : place.get(changed as never);
      if (after !== place.get(parsed as never)) restsOn.set(place.path, [...(restsOn.get(place.path) ?? []), ...group]);
    }
  }
  return restsOn;
}

/**
 * The number of table 三 or 四 with more digits than any other of its table, if one has. Section
 * 二 is left out: its counts of different things differ by orders of magnitude (行政许可 in the
 * hundreds of thousands beside a handful of 规章), and no identity could confirm them.
 */
function longest(parsed: ParsedReport): string[] {
  const out: string[] = [];
  for (const table of ['三', '四']) {
    const cells = CELL_PLACES.filter((p) => p.table === table)
      .map((p) => ({ path: p.path, value: p.get(parsed as never) }))
      .filter((c): c is { path: string; value: number } => typeof c.value === 'number');
    const digits = (v: number) => String(Math.trunc(Math.abs(v))).length;
    const [first, second] = [...cells].sort((a, b) => digits(b.value) - digits(a.value));
    if (first && second && digits(first.value) > digits(second.value)) out.push(first.path);
  }
  return out;
}

/**
 * The blank cells beside a number left in doubt whose box bridged two columns (read/ocr/columns.ts):
 * the parser put the box in one column, and the column beside it, left blank, may have its number
 * in the box. Each with the cell read. Columns the table does not print are not blanks.
 */
function bridgedBlanks(parsed: ParsedReport, restsOn: Map<string, UnsureCell[]>, doubtful: Set<string>): Map<string, UnsureCell> {
  const blanks = new Map<string, UnsureCell>();
  for (const path of doubtful) {
    const cell = restsOn.get(path)?.find((c) => c.bridges);
    if (!cell) continue;
    const at = CELL_PLACES.findIndex((p) => p.path === path);
    for (const next of [CELL_PLACES[at - 1], CELL_PLACES[at + 1]]) {
      if (!next || next.table !== CELL_PLACES[at]!.table || next.row !== CELL_PLACES[at]!.row || doubtful.has(next.path)) continue;
      if (next.get(parsed as never) !== null || (next.table === '三' && parsed.missingColumns.includes(next.column as ApplicationColumnKey))) continue;
      blanks.set(next.path, cell);
    }
  }
  return blanks;
}

/** A copy of the report with the numbers at `paths` set to null. */
function withNull(parsed: ParsedReport, paths: Set<string>): ParsedReport {
  const report: ParsedReport = structuredClone(parsed);
  for (const path of paths) setPath(report, path, null);
  return report;
}

/** The document with the digits of some cells changed (each digit d to d+5 mod 10, so every number differs). */
function withChanged(doc: RawDocument, cells: UnsureCell[]): RawDocument {
  const lines = doc.lines.map((l) => ({ ...l, cells: [...l.cells] }));
  for (const { line, cell } of cells) {
    const cellsOfLine = lines[line]!.cells;
    cellsOfLine[cell] = cellsOfLine[cell]!.replace(/\d/g, (d) => String((Number(d) + 5) % 10));
  }
  return { ...doc, lines };
}

/** The cells an identity check adds up (docs/TEMPLATE.md), as report paths. */
function instancePaths(check: Check): string[] {
  const where = check.where ?? '';
  if (check.id === 'review') {
    const keys = [...REVIEW_IDENTITY.left, ...REVIEW_IDENTITY.right];
    return keys.map((c) => `${where}.${c}`);
  }
  const identity = MATRIX_IDENTITIES.find((i) => i.id === check.id);
  if (!identity) return [];
  const keys = [...identity.left, ...identity.right];
  if (identity.per === 'row') return keys.map((c) => `${where}.${c}`);
  const column = where.split('.').at(-1)!;
  return keys.map((r) => `applications.${r}.${column}`);
}

function setPath(target: object, path: string, value: null): void {
  const parts = path.split('.');
  let node = target as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}
