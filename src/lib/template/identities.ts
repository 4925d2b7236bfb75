/**
 * The arithmetic identities (勾稽关系) of docs/TEMPLATE.md, as data. Each says: the cells on the left
 * add up to the cells on the right. `balance` is printed in the table itself; the others follow
 * from its structure. The checker and the reconciliation of damaged rows both read these, and
 * evaluate them with identity-eval.ts.
 */
import type { Identity } from './identity-eval.ts';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, type ApplicationColumnKey, type ApplicationRowKey } from './applications.ts';
import { REVIEW_COLUMN_KEYS, type ReviewColumnKey } from './review.ts';

/** An identity over the applications matrix, applied to every column or every row. */
export interface MatrixIdentity extends Identity {
  id: 'balance' | 'outcomes' | 'rowTotal';
  /** Official wording, shown with failures. */
  description: string;
  /** `column`: left and right are row keys, tested in each column; `row`: column keys, in each row. */
  per: 'column' | 'row';
}

const outcomeRows = APPLICATION_ROWS.filter((r) => r.outcome).map((r) => r.key);
const applicantColumns = APPLICATION_COLUMNS.filter((c) => c.kind === 'applicant').map((c) => c.key);

export const MATRIX_IDENTITIES: readonly MatrixIdentity[] = [
  {
    id: 'balance',
    description: '第一项加第二项之和，等于第三项（七）总计加第四项之和',
    per: 'column',
    left: ['newReceived', 'carriedOver'] satisfies ApplicationRowKey[],
    right: ['totalProcessed', 'carriedForward'] satisfies ApplicationRowKey[],
  },
  {
    id: 'outcomes',
    description: '（七）总计等于（一）至（六）各项办理结果之和',
    per: 'column',
    left: outcomeRows,
    right: ['totalProcessed'] satisfies ApplicationRowKey[],
  },
  {
    id: 'rowTotal',
    description: '总计等于自然人与各类法人或其他组织之和',
    per: 'row',
    left: applicantColumns,
    right: ['total'] satisfies ApplicationColumnKey[],
  },
];

export function matrixIdentity(id: MatrixIdentity['id']): MatrixIdentity {
  return MATRIX_IDENTITIES.find((m) => m.id === id)!;
}

/** Section 四: in each group, 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
export const REVIEW_IDENTITY = {
  id: 'review' as const,
  description: '结果维持、结果纠正、其他结果、尚未审结之和等于总计',
  left: REVIEW_COLUMN_KEYS.filter((c) => c !== 'total') as ReviewColumnKey[],
  right: ['total'] as ReviewColumnKey[],
};

/** Every check id a report can carry, in the order the site lists them. */
export const CHECK_IDS = ['balance', 'outcomes', 'rowTotal', 'review', 'prose', 'carryover', 'inForce'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const CHECK_LABELS: Record<CheckId, string> = {
  balance: '收支平衡（一＋二＝七＋四）',
  outcomes: '办理结果合计',
  rowTotal: '申请人合计',
  review: '复议诉讼合计',
  prose: '正文数字与表格一致',
  carryover: '上年结转与上年报告一致',
  inForce: '现行有效件数连续',
};
