/**
 * Failed checks in words: which row or column, the cells on each side with their values, the two
 * sums and the difference. The identities are the template's (identities.ts); the cells are read
 * from the report itself, so the reader can find every number in the table above.
 */
import { columnDef, rowDef, type ApplicationColumnKey, type ApplicationRowKey } from '../template/applications.ts';
import { CHECK_LABELS, MATRIX_IDENTITIES, REVIEW_IDENTITY } from '../template/identities.ts';
import { REVIEW_GROUP_KEYS, reviewColumnDef, reviewGroupDef, type ReviewColumnKey, type ReviewGroupKey } from '../template/review.ts';
import type { Check, Report } from '../template/schema.ts';
import { formatCount } from './format.ts';

export interface Term {
  label: string;
  value: number | null;
}

export interface Explanation {
  id: Check['id'];
  /** The identity's name, e.g. 收支平衡（一＋二＝七＋四）. */
  title: string;
  /** Where it was tested, e.g. “自然人”列. Empty when the check does not say. */
  place: string;
  /** The full sentence. */
  text: string;
  left?: { terms: Term[]; sum: number };
  right?: { terms: Term[]; sum: number };
  /** How far apart the two sides are (blanks as 0); null when the check does not say. */
  diff: number | null;
  /** The cells the check adds up or compares (`applications.granted.total`), for marking them in the tables. */
  cells: string[];
  /** The check's own message from ingest. */
  message: string;
}

/** The tables an explanation reads its cells from: a full report, or its core (site/core.ts). */
export type Explained = Pick<Report, 'applications' | 'reviewLitigation'>;

/** A side of more terms than this lists only those that are not 0, and says the rest are. */
const TERMS_LISTED = 4;

const rowLabel = (key: string) => rowDef(key as ApplicationRowKey).short;
const columnLabel = (key: string) => columnDef(key as ApplicationColumnKey).label;
const reviewColumnLabel = (key: string) => reviewColumnDef(key as ReviewColumnKey).label;

function side(terms: Term[]): { terms: Term[]; sum: number } {
  return { terms, sum: terms.reduce((s, t) => s + (t.value ?? 0), 0) };
}

function termText(t: Term): string {
  return `${t.label}（${t.value === null ? '空白' : formatCount(t.value)}）`;
}

function sideText(s: { terms: Term[]; sum: number }): string {
  if (s.terms.length > TERMS_LISTED) {
    const shown = s.terms.filter((t) => t.value !== 0);
    const rest = shown.length < s.terms.length ? '（其余各项为0）' : '';
    return `${shown.length ? shown.map(termText).join('＋') : '各项'}＝${formatCount(s.sum)}${rest}`;
  }
  if (s.terms.length > 1) return `${s.terms.map(termText).join('＋')}＝${formatCount(s.sum)}`;
  const only = s.terms[0]!;
  return `${only.label}为${only.value === null ? '空白' : formatCount(only.value)}`;
}

/** The cells on each side of a matrix or review identity, from `where`; `null` if it cannot tell. */
function sides(report: Explained, check: Check): { place: string; left: Term[]; right: Term[]; cells: string[] } | null {
  const where = check.where ?? '';
  const matrix = MATRIX_IDENTITIES.find((m) => m.id === check.id);
  if (matrix?.per === 'column') {
    const column = /^applications\.\*\.(\w+)$/.exec(where)?.[1] as ApplicationColumnKey | undefined;
    if (!column || !(column in report.applications.newReceived)) return null;
    const cell = (row: string) => ({ label: rowLabel(row), value: report.applications[row as ApplicationRowKey][column] });
    const cells = [...matrix.left, ...matrix.right].map((row) => `applications.${row}.${column}`);
    return { place: `“${columnLabel(column)}”列`, left: matrix.left.map(cell), right: matrix.right.map(cell), cells };
  }
  if (matrix?.per === 'row') {
    const row = /^applications\.(\w+)$/.exec(where)?.[1] as ApplicationRowKey | undefined;
    if (!row || !(row in report.applications)) return null;
    const cell = (column: string) => ({ label: columnLabel(column), value: report.applications[row][column as ApplicationColumnKey] });
    const cells = [...matrix.left, ...matrix.right].map((column) => `applications.${row}.${column}`);
    return { place: `“${rowLabel(row)}”行`, left: matrix.left.map(cell), right: matrix.right.map(cell), cells };
  }
  if (check.id === 'review') {
    const group = /^reviewLitigation\.(\w+)$/.exec(where)?.[1] as ReviewGroupKey | undefined;
    if (!group || !REVIEW_GROUP_KEYS.includes(group)) return null;
    const def = reviewGroupDef(group);
    const cell = (column: string) => ({ label: reviewColumnLabel(column), value: report.reviewLitigation[group][column as keyof Report['reviewLitigation'][ReviewGroupKey]] });
    const cells = [...REVIEW_IDENTITY.left, ...REVIEW_IDENTITY.right].map((column) => `reviewLitigation.${group}.${column}`);
    return { place: `“${def.label}”`, left: REVIEW_IDENTITY.left.map(cell), right: REVIEW_IDENTITY.right.map(cell), cells };
  }
  return null;
}

export function explainCheck(report: Explained, check: Check): Explanation {
  const title = CHECK_LABELS[check.id];
  const found = sides(report, check);
  if (found) {
    const left = side(found.left);
    const right = side(found.right);
    const diff = Math.abs(left.sum - right.sum);
    const blanks = [...found.left, ...found.right].some((t) => t.value === null) ? '（空白按0计）' : '';
    const text =
      `${found.place}：${sideText(left)}，而${sideText(right)}，` +
      (diff === 0 ? `两边相等${blanks}。` : `两边相差${formatCount(diff)}${blanks}。`);
    return { id: check.id, title, place: found.place, text, left, right, diff, cells: found.cells, message: check.message };
  }
  // Heuristic checks (prose, carryover, inForce) compare two stated numbers: say them as given.
  const numbers =
    check.left !== undefined && check.right !== undefined
      ? `一方为${formatCount(check.left)}，另一方为${formatCount(check.right)}，相差${formatCount(Math.abs(check.left - check.right))}。`
      : '';
  const diff = check.left !== undefined && check.right !== undefined ? Math.abs(check.left - check.right) : null;
  // A heuristic check compares one cell of the report (its `where`) with something outside the tables.
  return { id: check.id, title, place: '', text: `${check.message}${numbers ? `（${numbers.replace(/。$/, '')}）` : ''}`, diff, cells: check.where ? [check.where] : [], message: check.message };
}

/** Every failed check of a report, explained, in the template's order of identities. */
export function failedChecks(report: Pick<Report, 'applications' | 'reviewLitigation' | 'checks'>): Explanation[] {
  return report.checks.filter((c) => !c.ok).map((c) => explainCheck(report, c));
}
