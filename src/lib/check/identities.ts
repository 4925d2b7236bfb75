/**
 * The identities of docs/TEMPLATE.md tried on one report. Each tested instance (a column, a row, a
 * group) becomes a check. An instance with a blank cell cannot be tested, but its cells are counts:
 * when the filled cells of one side already add up to more than the other, complete side (a cell
 * above its row's 总计, an outcome row above （七）总计), no value of the blanks can make it hold,
 * and the instance is a failed check, in every format; otherwise it is left out. Columns that the
 * table does not print at all are left out of the sums.
 */
import { APPLICATION_COLUMN_KEYS, columnDef, rowDef, rowsForEdition, type ApplicationColumnKey, type ApplicationRowKey } from '../template/applications.ts';
import { evaluate, excess, type CellLookup, type Identity, type Term } from '../template/identity-eval.ts';
import { MATRIX_IDENTITIES, REVIEW_IDENTITY } from '../template/identities.ts';
import { REVIEW_GROUPS, reviewColumnDef, type ReviewColumnKey } from '../template/review.ts';
import type { Check, Report } from '../template/schema.ts';
import { roundSum } from '../template/sums.ts';

type Checked = Pick<Report, 'applications' | 'reviewLitigation' | 'missingColumns' | 'template'>;

export function identityChecks(report: Checked): Check[] {
  if (report.template !== '2019' && report.template !== '2021') return [];
  const rows = new Set(rowsForEdition(report.template).map((r) => r.key));
  const columns = APPLICATION_COLUMN_KEYS.filter((c) => !report.missingColumns.includes(c));
  const checks: Check[] = [];
  for (const identity of MATRIX_IDENTITIES) {
    if (identity.per === 'column') {
      for (const col of columns) {
        const cell = (row: string) => (rows.has(row as ApplicationRowKey) ? report.applications[row as ApplicationRowKey][col] : undefined);
        const check = compare(identity, cell, (r) => rowDef(r as ApplicationRowKey).label, columnDef(col).label, `applications.*.${col}`);
        if (check) checks.push(check);
      }
    } else {
      for (const row of rows) {
        const cell = (col: string) => (columns.includes(col as ApplicationColumnKey) ? report.applications[row][col as ApplicationColumnKey] : undefined);
        const check = compare(identity, cell, (c) => columnDef(c as ApplicationColumnKey).label, rowDef(row).label, `applications.${row}`);
        if (check) checks.push(check);
      }
    }
  }
  for (const group of REVIEW_GROUPS) {
    const cells = report.reviewLitigation[group.key];
    const check = compare(
      REVIEW_IDENTITY,
      (c) => cells[c as keyof typeof cells],
      (c) => reviewColumnDef(c as ReviewColumnKey).label,
      group.label,
      `reviewLitigation.${group.key}`,
    );
    if (check) checks.push(check);
  }
  return checks;
}

/**
 * One instance of an identity. `cell` returns a cell's value, or undefined for a cell that is
 * not part of this report (a row of the other edition, a column not printed).
 */
function compare(
  identity: Identity & { id: Check['id']; description: string },
  cell: CellLookup,
  label: (key: string) => string,
  where: string,
  path: string,
): Check | null {
  const describe = (terms: Term[], sum: number) =>
    terms.length === 1 ? `${label(terms[0]!.key)} ${sum}` : `${terms.filter((t) => t.value !== 0).map((t) => `${label(t.key)} ${t.value}`).join(' + ') || '各项均为 0'}，合计 ${sum}`;
  const result = evaluate(identity, cell);
  if (!result) {
    const over = excess(identity, cell);
    if (!over) return null;
    const [l, r] = over.partSide === 'left' ? [over.partSum, over.wholeSum] : [over.wholeSum, over.partSum];
    const message =
      `${where}：${describe(over.part, over.partSum)}（${over.blanks.map(label).join('、')}空白）；已超过 ${describe(over.whole, over.wholeSum)}，` +
      `多出 ${roundSum(over.partSum - over.wholeSum)}，空白无论为何数都不能相等（${identity.description}）`;
    return { id: identity.id, ok: false, message, where: path, left: l, right: r };
  }
  const { leftSum: l, rightSum: r } = result;
  const message = result.holds
    ? `${where}：${l} = ${r}`
    : `${where}：${describe(result.left, l)}；而 ${describe(result.right, r)}，相差 ${result.difference}（${identity.description}）`;
  return { id: identity.id, ok: result.holds, message, where: path, left: l, right: r };
}
