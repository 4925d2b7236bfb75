/**
 * Every number a generated report prints, addressed by the paths the parser uses in `inferred`
 * (`applications.unableNotHeld.total`, `reviewLitigation.reconsideration.upheld`,
 * `activeDisclosure.licensing`, `activeDisclosure2019.fees.change`), in printed order.
 */
import { APPLICATION_COLUMN_KEYS, rowsForEdition, type ApplicationRowKey } from '../../src/lib/template/applications.ts';
import { REVIEW_CELLS } from '../../src/lib/template/review.ts';
import { disclosureCells } from '../../src/lib/template/active-disclosure.ts';
import { cellAt } from '../../src/lib/template/cell-path.ts';
import type { GeneratedReport } from './numbers.ts';

export interface PrintedValue {
  path: string;
  value: number;
  table: 'disclosure' | 'applications' | 'review';
  /** An amount in 万元 (decimals, thousands separators, or 元 in the cell). */
  money: boolean;
}

type Numbers = Pick<GeneratedReport, 'edition' | 'applications' | 'reviewLitigation' | 'activeDisclosure' | 'activeDisclosure2019'>;

export function disclosureValues(report: Numbers): PrintedValue[] {
  // Single-number items of the 2021 edition are stored as a scalar (docs/SCHEMA.md: `licensing`, `feesWanYuan`).
  return disclosureCells(report.edition).map(({ field, path }) => ({ path, value: cellAt(report, path)!, table: 'disclosure', money: field.money === true }));
}

export function applicationValues(report: Numbers): PrintedValue[] {
  const out: PrintedValue[] = [];
  for (const row of rowsForEdition(report.edition)) {
    for (const col of APPLICATION_COLUMN_KEYS) {
      const value = report.applications[row.key as ApplicationRowKey][col];
      out.push({ path: `applications.${row.key}.${col}`, value: value ?? 0, table: 'applications', money: false });
    }
  }
  return out;
}

export function reviewValues(report: Numbers): PrintedValue[] {
  return REVIEW_CELLS.map(({ group, column }) => ({
    path: `reviewLitigation.${group}.${column}`,
    value: report.reviewLitigation[group][column] ?? 0,
    table: 'review' as const,
    money: false,
  }));
}

export function printedValues(report: Numbers): PrintedValue[] {
  return [...disclosureValues(report), ...applicationValues(report), ...reviewValues(report)];
}

/** Reads a value by path from any object shaped like a Report (or the truth). */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Sets a value by path; the intermediate objects must exist. */
export function setValueAt(root: unknown, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop()!;
  let node = root as Record<string, unknown>;
  for (const part of parts) node = node[part] as Record<string, unknown>;
  node[last] = value;
}
