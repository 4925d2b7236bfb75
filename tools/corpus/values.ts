/**
 * Every number a generated report prints, addressed by the paths the parser uses in `inferred`
 * (`applications.unableNotHeld.total`, `reviewLitigation.reconsideration.upheld`,
 * `activeDisclosure.licensing`, `activeDisclosure2019.fees.change`), in printed order.
 */
import { APPLICATION_COLUMN_KEYS, rowsForEdition, type ApplicationRowKey } from '../../src/lib/template/applications.ts';
import { REVIEW_CELLS } from '../../src/lib/template/review.ts';
import { DISCLOSURE_2019, DISCLOSURE_2021 } from '../../src/lib/template/active-disclosure.ts';
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
  const out: PrintedValue[] = [];
  if (report.activeDisclosure) {
    const ad = report.activeDisclosure as unknown as Record<string, number | Record<string, number>>;
    for (const item of DISCLOSURE_2021) {
      const cell = ad[item.key];
      // Single-number items are stored as a scalar (docs/SCHEMA.md: `licensing`, `feesWanYuan`).
      if (item.fields.length === 1) out.push({ path: `activeDisclosure.${item.key}`, value: cell as number, table: 'disclosure', money: item.fields[0]!.money === true });
      else for (const f of item.fields) out.push({ path: `activeDisclosure.${item.key}.${f.key}`, value: (cell as Record<string, number>)[f.key]!, table: 'disclosure', money: false });
    }
  }
  if (report.activeDisclosure2019) {
    for (const item of DISCLOSURE_2019) {
      for (const f of item.fields) {
        const money = f.money === true;
        out.push({ path: `activeDisclosure2019.${item.key}.${f.key}`, value: report.activeDisclosure2019[item.key]![f.key]!, table: 'disclosure', money });
      }
    }
  }
  return out;
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
