/**
 * Section 四: 政府信息公开行政复议、行政诉讼情况. One row of 15 numbers, three groups of five,
 * identical in the 2019 and 2021 editions. Every value is a count of cases (件).
 */

/** `parent` is the merged header cell above a group, where there is one (行政诉讼 over its two). */
export const REVIEW_GROUPS = [
  { key: 'reconsideration', label: '行政复议', parent: null, printed: '行政复议', keys: ['行政复议'] },
  { key: 'litigationDirect', label: '行政诉讼（未经复议直接起诉）', parent: '行政诉讼', printed: '未经复议直接起诉', keys: ['未经复议', '直接起诉'] },
  { key: 'litigationAfterReconsideration', label: '行政诉讼（复议后起诉）', parent: '行政诉讼', printed: '复议后起诉', keys: ['复议后起诉'] },
] as const;

export const REVIEW_COLUMNS = [
  { key: 'upheld', label: '结果维持', keys: ['维持'] },
  { key: 'corrected', label: '结果纠正', keys: ['纠正'] },
  { key: 'other', label: '其他结果', keys: ['其他结果'] },
  { key: 'pending', label: '尚未审结', keys: ['尚未审结', '未审结'] },
  { key: 'total', label: '总计', keys: ['总计', '合计'] },
] as const;

export type ReviewGroupKey = (typeof REVIEW_GROUPS)[number]['key'];
export type ReviewColumnKey = (typeof REVIEW_COLUMNS)[number]['key'];

export const REVIEW_GROUP_KEYS = REVIEW_GROUPS.map((g) => g.key) as ReviewGroupKey[];
export const REVIEW_COLUMN_KEYS = REVIEW_COLUMNS.map((c) => c.key) as ReviewColumnKey[];

export function reviewGroupDef(key: ReviewGroupKey): (typeof REVIEW_GROUPS)[number] {
  return REVIEW_GROUPS.find((g) => g.key === key)!;
}

export function reviewColumnDef(key: ReviewColumnKey): (typeof REVIEW_COLUMNS)[number] {
  return REVIEW_COLUMNS.find((c) => c.key === key)!;
}

/** The 15 cells in printed order: group by group, column by column. */
export const REVIEW_CELLS: { group: ReviewGroupKey; column: ReviewColumnKey }[] = REVIEW_GROUP_KEYS.flatMap((group) =>
  REVIEW_COLUMN_KEYS.map((column) => ({ group, column })),
);
