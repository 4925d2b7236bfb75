/**
 * The last guard before a number is published as fact: every number of a report must be a
 * finite, exactly representable count or amount, and only the fields the template marks
 * `signed` (2019 section 二, 本年增/减) may be negative. A number beyond
 * `Number.MAX_SAFE_INTEGER` (a 20-digit cell), a non-finite one (a 400-digit cell reads as
 * Infinity) or a negative count is set to `null` with a note, and never shown: the page then
 * shows a blank where the report printed something no table can hold, and the note says why.
 * Runs after the parser, whatever it did, and before the checks and the schema.
 */
import { disclosureCells } from '../template/active-disclosure.ts';
import type { ParsedReport } from '../parse/report.ts';

/** Paths whose numbers may be negative: `activeDisclosure2019.<item>.<field>` of a signed field. */
const SIGNED = new Set(disclosureCells('2019').filter((c) => c.field.signed).map((c) => c.path));

/** The parts of a report that hold numbers. */
const NUMBER_FIELDS = ['activeDisclosure', 'activeDisclosure2019', 'applications', 'reviewLitigation', 'pre2019'] as const;

/** Why a number cannot be kept, or null when it can. */
export function numberProblem(value: number, path: string): string | null {
  if (!Number.isFinite(value)) return '数字过大，无法表示';
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return `数字超过 ${Number.MAX_SAFE_INTEGER}，无法精确表示`;
  if (value < 0 && !SIGNED.has(path)) return `数字为负数（${value}），而这一项只能是0或正数`;
  return null;
}

/** Sets every number that cannot be kept to null, with a warning note each; the report becomes `partial`. */
export function boundNumbers(report: ParsedReport): void {
  const dropped: string[] = [];
  const visit = (node: Record<string, unknown>, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      const at = `${path}.${key}`;
      if (typeof value === 'number') {
        const problem = numberProblem(value, at);
        if (problem === null) continue;
        node[key] = null;
        dropped.push(at);
        report.notes.push({ level: 'warning', code: 'number-invalid', message: `${at}：${problem}，按空白处理，不作为数据发布` });
      } else if (value !== null && typeof value === 'object') visit(value as Record<string, unknown>, at);
    }
  };
  for (const field of NUMBER_FIELDS) {
    const node = report[field];
    if (node) visit(node as Record<string, unknown>, field);
  }
  if (dropped.length === 0) return;
  // A value that is gone was not inferred either.
  report.inferred = report.inferred.filter((p) => !dropped.includes(p));
  if (report.status === 'ok') report.status = 'partial';
}
