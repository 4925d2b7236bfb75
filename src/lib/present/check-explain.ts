/**
 * Failed checks in words: which row or column, the cells on each side with their values, the two
 * sums and the difference. The identities are the template's (identities.ts); the cells are read
 * from the report itself, so the reader can find every number in the table above.
 */
import { APPLICATION_COLUMNS, APPLICATION_ROWS, type ApplicationColumnKey, type ApplicationRowKey } from '../template/applications.ts';
import { CHECK_LABELS, MATRIX_IDENTITIES, REVIEW_IDENTITY } from '../template/identities.ts';
import { REVIEW_COLUMNS, REVIEW_GROUPS, type ReviewGroupKey } from '../template/review.ts';
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
  /** The check's own message from ingest. */
  message: string;
}

const rowLabel = (key: string) => APPLICATION_ROWS.find((r) => r.key === key)?.short ?? key;
const columnLabel = (key: string) => APPLICATION_COLUMNS.find((c) => c.key === key)?.label ?? key;
const reviewColumnLabel = (key: string) => REVIEW_COLUMNS.find((c) => c.key === key)?.label ?? key;

function side(terms: Term[]): { terms: Term[]; sum: number } {
  return { terms, sum: terms.reduce((s, t) => s + (t.value ?? 0), 0) };
}

function termText(t: Term): string {
  return `${t.label}（${t.value === null ? '空白' : formatCount(t.value)}）`;
}

function sideText(s: { terms: Term[]; sum: number }): string {
  if (s.terms.length > 1) return `${s.terms.map(termText).join('＋')}＝${formatCount(s.sum)}`;
  const only = s.terms[0]!;
  return `${only.label}为${only.value === null ? '空白' : formatCount(only.value)}`;
}

/** The cells on each side of a matrix or review identity, from `where`; `null` if it cannot tell. */
function sides(report: Report, check: Check): { place: string; left: Term[]; right: Term[] } | null {
  const where = check.where ?? '';
  const matrix = MATRIX_IDENTITIES.find((m) => m.id === check.id);
  if (matrix?.per === 'column') {
    const column = /^applications\.\*\.(\w+)$/.exec(where)?.[1] as ApplicationColumnKey | undefined;
    if (!column || !(column in report.applications.newReceived)) return null;
    const cell = (row: string) => ({ label: rowLabel(row), value: report.applications[row as ApplicationRowKey][column] });
    return { place: `“${columnLabel(column)}”列`, left: matrix.left.map(cell), right: matrix.right.map(cell) };
  }
  if (matrix?.per === 'row') {
    const row = /^applications\.(\w+)$/.exec(where)?.[1] as ApplicationRowKey | undefined;
    if (!row || !(row in report.applications)) return null;
    const cell = (column: string) => ({ label: columnLabel(column), value: report.applications[row][column as ApplicationColumnKey] });
    return { place: `“${rowLabel(row)}”行`, left: matrix.left.map(cell), right: matrix.right.map(cell) };
  }
  if (check.id === 'review') {
    const group = /^reviewLitigation\.(\w+)$/.exec(where)?.[1] as ReviewGroupKey | undefined;
    const def = REVIEW_GROUPS.find((g) => g.key === group);
    if (!group || !def) return null;
    const cell = (column: string) => ({ label: reviewColumnLabel(column), value: report.reviewLitigation[group][column as keyof Report['reviewLitigation'][ReviewGroupKey]] });
    return { place: `“${def.label}”`, left: REVIEW_IDENTITY.left.map(cell), right: REVIEW_IDENTITY.right.map(cell) };
  }
  return null;
}

export function explainCheck(report: Report, check: Check): Explanation {
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
    return { id: check.id, title, place: found.place, text, left, right, message: check.message };
  }
  // Heuristic checks (prose, carryover, inForce) compare two stated numbers: say them as given.
  const numbers =
    check.left !== undefined && check.right !== undefined
      ? `一方为${formatCount(check.left)}，另一方为${formatCount(check.right)}，相差${formatCount(Math.abs(check.left - check.right))}。`
      : '';
  return { id: check.id, title, place: '', text: `${check.message}${numbers ? `（${numbers.replace(/。$/, '')}）` : ''}`, message: check.message };
}

/** Every failed check of a report, explained, in the template's order of identities. */
export function failedChecks(report: Report): Explanation[] {
  return report.checks.filter((c) => !c.ok).map((c) => explainCheck(report, c));
}
