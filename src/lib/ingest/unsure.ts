/**
 * Numbers a scan's OCR was unsure of (read/ocr/document.ts marks their cells) are never shown as
 * fact. Which of the report's numbers came from such a cell is found by reading the document a
 * second time with the unsure cells' digits changed: every number that changes with them rests
 * on them (a number printed in that cell, or one inferred from it). Such a number is kept only
 * when an identity (勾稽关系) confirms it: an identity that holds, in which it is the only number
 * still in doubt, pins it to what was read (confirmed numbers then help confirm others). Any other
 * is set to `null`, listed in `uncertain`, and explained in a note with the page and the reading.
 */
import { identityChecks } from '../check/identities.ts';
import { CELL_PLACES } from '../output/csv.ts';
import { parseReport, type ParsedReport } from '../parse/report.ts';
import type { RawDocument, UnsureCell } from '../read/types.ts';
import { columnDef, rowDef, type ApplicationColumnKey, type ApplicationRowKey } from '../template/applications.ts';
import { MATRIX_IDENTITIES, REVIEW_IDENTITY } from '../template/identities.ts';
import { DISCLOSURE_2019, DISCLOSURE_2021 } from '../template/active-disclosure.ts';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../template/review.ts';
import type { Check } from '../template/schema.ts';

/** Unsure cells are changed in at most this many groups (one more parse each): a bound on the cost of a badly read scan. */
const MAX_GROUPS = 64;

export function settleUnsure(doc: RawDocument, parsed: ParsedReport): ParsedReport {
  const unsure = doc.unsure ?? [];
  if (unsure.length === 0) return parsed;
  const places = CELL_PLACES.filter((p) => p.get(parsed as never) !== null);
  // Which numbers rest on which unsure cells.
  const restsOn = new Map<string, UnsureCell[]>();
  const size = Math.ceil(unsure.length / MAX_GROUPS);
  for (let i = 0; i < unsure.length; i += size) {
    const group = unsure.slice(i, i + size);
    const changed = parseReport(withChanged(doc, group));
    for (const place of places) {
      const after = 'notReport' in changed ? null : place.get(changed as never);
      if (after !== place.get(parsed as never)) restsOn.set(place.path, [...(restsOn.get(place.path) ?? []), ...group]);
    }
  }
  if (restsOn.size === 0) return parsed;

  const inferred = new Set(parsed.inferred);
  const doubtful = new Set(restsOn.keys());
  for (let progress = true; progress; ) {
    progress = false;
    for (const check of identityChecks(parsed)) {
      if (!check.ok) continue;
      const inDoubt = instancePaths(check).filter((p) => doubtful.has(p));
      const [only] = inDoubt;
      // A number inferred from an identity cannot be confirmed by it.
      if (inDoubt.length === 1 && !inferred.has(only!) && !inferred.has(only!.split('.').slice(0, 2).join('.'))) {
        doubtful.delete(only!);
        progress = true;
      }
    }
  }

  const report: ParsedReport = structuredClone(parsed);
  const uncertain: string[] = [];
  for (const place of CELL_PLACES) {
    if (!doubtful.has(place.path)) continue;
    const value = place.get(report as never);
    setPath(report, place.path, null);
    uncertain.push(place.path);
    const cells = restsOn.get(place.path)!;
    const where = cells.map((c) => `第 ${c.page} 页的“${c.reading}”`).join('、');
    // A number printed in the unsure cell, or one the parser inferred from it.
    const printed = cells.length === 1 && Number(cells[0]!.reading) === value;
    report.notes.push({
      level: 'warning',
      code: 'ocr-unsure',
      message: `${cellLabel(place.path)}：扫描件${where}识别不确定，${printed ? '且' : `由此得出的 ${value} `}无勾稽关系可以核实，留空`,
    });
  }
  const confirmed = restsOn.size - uncertain.length;
  if (confirmed > 0) {
    report.notes.push({ level: 'info', code: 'ocr-confirmed', message: `扫描件中 ${confirmed} 个识别不确定的数字经勾稽关系核实，按识别结果采用` });
  }
  report.uncertain = uncertain;
  if (uncertain.length > 0 && report.status === 'ok') report.status = 'partial';
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

/** A number's place as the site names it: 表三“（一）予以公开”行“自然人”列. */
function cellLabel(path: string): string {
  const [table, row, column] = path.split('.') as [string, string, string | undefined];
  if (table === 'applications') return `表三“${rowDef(row as ApplicationRowKey).label}”行“${columnDef(column as ApplicationColumnKey).label}”列`;
  if (table === 'reviewLitigation') {
    return `表四“${REVIEW_GROUPS.find((g) => g.key === row)?.label}”“${REVIEW_COLUMNS.find((c) => c.key === column)?.label}”`;
  }
  const item = [...DISCLOSURE_2021, ...DISCLOSURE_2019].find((i) => i.key === row);
  const field = column && column !== 'value' ? item?.fields.find((f) => f.key === column)?.label : undefined;
  return `表二“${item?.label ?? row}”${field ? `“${field}”` : ''}`;
}

function setPath(target: object, path: string, value: null): void {
  const parts = path.split('.');
  let node = target as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}
