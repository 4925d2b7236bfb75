/**
 * Conditions on a measure of the catalogue, such as 行政复议 > 0 or 不予公开 ≥ 5: how the search
 * page and the agency list search the numbers (full text searches the words). A condition is the
 * measure's key, an operator and a number; for a rate the number is a percentage (予以公开比例 ≥ 50
 * means 50%). A blank value meets no condition: an agency that did not state a number is not
 * counted as having none. Pure and browser-safe.
 */
import { isMeasureKey, measure, type MeasureKey } from './catalogue.ts';
import { valueOf, type Counts } from './values.ts';

/** Operators, by their key in addresses, with the sign the pages show. */
export const OPERATORS = { gt: '>', ge: '≥', eq: '=', le: '≤', lt: '<' } as const;
export type Operator = keyof typeof OPERATORS;
export const OPERATOR_KEYS = Object.keys(OPERATORS) as Operator[];

export interface Condition {
  key: MeasureKey;
  op: Operator;
  /** A count, or for a rate a percentage. */
  value: number;
}

/** Rates are compared as percentages to this tolerance, so that 1/3 = 33.333…% meets ≤ 33.3333333. */
const EPSILON = 1e-9;

function compare(x: number, op: Operator, y: number): boolean {
  switch (op) {
    case 'gt': return x > y + EPSILON;
    case 'ge': return x >= y - EPSILON;
    case 'eq': return Math.abs(x - y) <= EPSILON;
    case 'le': return x <= y + EPSILON;
    case 'lt': return x < y - EPSILON;
  }
}

/** Whether the report's counts meet the condition; a blank never does. */
export function conditionHolds(c: Condition, counts: Counts): boolean {
  const v = valueOf(c.key, counts);
  if (v === null) return false;
  return compare(measure(c.key).kind === 'rate' ? v * 100 : v, c.op, c.value);
}

/** `行政复议 > 0`, `予以公开比例 ≥ 50%`. */
export function conditionText(c: Condition): string {
  return `${measure(c.key).label} ${OPERATORS[c.op]} ${c.value}${measure(c.key).kind === 'rate' ? '%' : ''}`;
}

/** In an address: `reconsideration.gt.0`. */
export function conditionParam(c: Condition): string {
  return `${c.key}.${c.op}.${c.value}`;
}

/** A condition from its address form; null for anything else (an unknown measure, a bad number). */
export function parseCondition(text: string): Condition | null {
  const m = /^(\w+)\.(gt|ge|eq|le|lt)\.(-?\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!m || !isMeasureKey(m[1]!)) return null;
  return { key: m[1], op: m[2] as Operator, value: Number(m[3]) };
}
