/**
 * Section 三 of the official report: 收到和处理政府信息公开申请情况, the applications matrix.
 *
 * This is the one definition of its rows and columns. The parser matches printed labels against
 * `keys` (distinctive fragments that survive line breaks, spacing and variant spellings), the
 * checks read `group`, the site renders `label`, and the CSV headers come from `key`.
 * Every value is a count of applications (件).
 */
import { EDITIONS, type Edition } from './editions.ts';

export interface ColumnDef {
  key: string;
  /** The label as printed in the official header. */
  label: string;
  /** Short label for charts and narrow tables. */
  short: string;
  /** Fragments that identify the column in a header, after whitespace is removed. */
  keys: string[];
  /** Applicant columns are summed by the rowTotal identity; `total` is their sum. */
  kind: 'applicant' | 'total';
}

/**
 * Column keys are short enough to survive a header cell broken over two lines (社会公 / 益组织,
 * 法律服 / 务机构 in PDF text), where the halves of neighbouring cells interleave.
 */
export const APPLICATION_COLUMNS = [
  { key: 'naturalPerson', label: '自然人', short: '自然人', keys: ['自然人', '自然'], kind: 'applicant' },
  { key: 'commercialEnterprise', label: '商业企业', short: '商业企业', keys: ['商业企业', '商业'], kind: 'applicant' },
  { key: 'researchInstitution', label: '科研机构', short: '科研机构', keys: ['科研机构', '科研'], kind: 'applicant' },
  { key: 'socialWelfareOrganization', label: '社会公益组织', short: '公益组织', keys: ['社会公益组织', '公益', '社会公'], kind: 'applicant' },
  { key: 'legalServiceOrganization', label: '法律服务机构', short: '法律服务', keys: ['法律服务机构', '法律服务', '法律服', '务机构'], kind: 'applicant' },
  { key: 'otherOrganization', label: '其他', short: '其他组织', keys: ['其他'], kind: 'applicant' },
  { key: 'total', label: '总计', short: '总计', keys: ['总计', '合计'], kind: 'total' },
] as const satisfies readonly ColumnDef[];

export type ApplicationColumnKey = (typeof APPLICATION_COLUMNS)[number]['key'];

/** The header cell that spans 商业企业 … 其他; its 其他 must not be read as the 其他 column. */
export const ORGANISATION_GROUP_LABEL = /法人或其他组织|法人或者其他组织/g;

/** The printed header of table 三 (merged cells over three rows), for rendering. */
export const APPLICATIONS_HEADER = {
  /** The top-left cell, which states the official identity. */
  identityNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  /** The word that tells the identity note even when it is broken over lines. */
  identityNoteKey: '勾稽关系',
  applicants: '申请人情况',
  organisations: '法人或其他组织',
  /** The merged cell to the left of the result rows. */
  results: '三、本年度办理结果',
} as const;

/**
 * Result groups of 三、本年度办理结果. `outcome` rows are summed by the outcomes identity:
 * every leaf result row counts once towards （七）总计.
 */
export type RowGroup =
  | 'intake' // 一 and 二: applications to be handled this year
  | 'granted'
  | 'partiallyGranted'
  | 'withheld' // （三）不予公开
  | 'unable' // （四）无法提供
  | 'notProcessed' // （五）不予处理
  | 'other' // （六）其他处理
  | 'totalProcessed'
  | 'carriedForward';

/** The outcome groups of 三、本年度办理结果 in printed order (the leaf rows are summed into them). */
export const OUTCOME_GROUPS = ['granted', 'partiallyGranted', 'withheld', 'unable', 'notProcessed', 'other'] as const satisfies readonly RowGroup[];
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

export interface RowDef {
  key: string;
  /** The 2021 edition's label, as printed (numbering included). */
  label: string;
  /** The 2019 edition's label, where it differs. */
  label2019?: string;
  /** Short label for charts. */
  short: string;
  group: RowGroup;
  /** Result rows counted by the outcomes identity. */
  outcome: boolean;
  /** Editions in which the row is printed. */
  editions: readonly Edition[];
  /**
   * Distinctive fragments, matched against the label text with whitespace, numbering and
   * punctuation removed. Any one is enough; earlier fragments are stronger evidence.
   */
  keys: string[];
}

/** The group headings (merged cells) and their labels, for rendering. */
export const ROW_GROUP_LABELS: Record<RowGroup, string> = {
  intake: '',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  withheld: '（三）不予公开',
  unable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  other: '（六）其他处理',
  totalProcessed: '（七）总计',
  carriedForward: '',
};

const BOTH = EDITIONS;
const Y2021 = ['2021'] as const;

export const APPLICATION_ROWS = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', short: '本年新收', group: 'intake', outcome: false, editions: BOTH, keys: ['本年新收', '新收政府信息公开申请', '本年收到'] },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', short: '上年结转', group: 'intake', outcome: false, editions: BOTH, keys: ['上年结转', '上年度结转'] },
  { key: 'granted', label: '（一）予以公开', short: '予以公开', group: 'granted', outcome: true, editions: BOTH, keys: ['予以公开'] },
  { key: 'partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', short: '部分公开', group: 'partiallyGranted', outcome: true, editions: BOTH, keys: ['部分公开', '区分处理'] },
  { key: 'withheldStateSecret', label: '1.属于国家秘密', short: '国家秘密', group: 'withheld', outcome: true, editions: BOTH, keys: ['国家秘密'] },
  { key: 'withheldProhibitedByLaw', label: '2.其他法律行政法规禁止公开', short: '法律法规禁止公开', group: 'withheld', outcome: true, editions: BOTH, keys: ['禁止公开', '法规禁止'] },
  { key: 'withheldSecurityStability', label: '3.危及“三安全一稳定”', short: '危及三安全一稳定', group: 'withheld', outcome: true, editions: BOTH, keys: ['三安全一稳定', '危及'] },
  { key: 'withheldThirdPartyRights', label: '4.保护第三方合法权益', short: '第三方合法权益', group: 'withheld', outcome: true, editions: BOTH, keys: ['第三方'] },
  { key: 'withheldInternalAffairs', label: '5.属于三类内部事务信息', short: '内部事务信息', group: 'withheld', outcome: true, editions: BOTH, keys: ['内部事务'] },
  { key: 'withheldProcessInformation', label: '6.属于四类过程性信息', short: '过程性信息', group: 'withheld', outcome: true, editions: BOTH, keys: ['过程性'] },
  { key: 'withheldEnforcementFiles', label: '7.属于行政执法案卷', short: '行政执法案卷', group: 'withheld', outcome: true, editions: BOTH, keys: ['执法案卷'] },
  { key: 'withheldQueryMatters', label: '8.属于行政查询事项', short: '行政查询事项', group: 'withheld', outcome: true, editions: BOTH, keys: ['查询事项'] },
  { key: 'unableNotHeld', label: '1.本机关不掌握相关政府信息', short: '本机关不掌握', group: 'unable', outcome: true, editions: BOTH, keys: ['不掌握'] },
  { key: 'unableNeedsCreation', label: '2.没有现成信息需要另行制作', short: '需要另行制作', group: 'unable', outcome: true, editions: BOTH, keys: ['另行制作', '没有现成'] },
  { key: 'unableUnclear', label: '3.补正后申请内容仍不明确', short: '补正后仍不明确', group: 'unable', outcome: true, editions: BOTH, keys: ['仍不明确', '补正后申请'] },
  { key: 'notProcessedComplaints', label: '1.信访举报投诉类申请', short: '信访举报投诉', group: 'notProcessed', outcome: true, editions: BOTH, keys: ['信访', '举报投诉'] },
  { key: 'notProcessedRepeated', label: '2.重复申请', short: '重复申请', group: 'notProcessed', outcome: true, editions: BOTH, keys: ['重复申请'] },
  { key: 'notProcessedPublications', label: '3.要求提供公开出版物', short: '公开出版物', group: 'notProcessed', outcome: true, editions: BOTH, keys: ['出版物'] },
  { key: 'notProcessedExcessive', label: '4.无正当理由大量反复申请', short: '大量反复申请', group: 'notProcessed', outcome: true, editions: BOTH, keys: ['大量反复'] },
  { key: 'notProcessedConfirmation', label: '5.要求行政机关确认或重新出具已获取信息', short: '确认或重新出具', group: 'notProcessed', outcome: true, editions: BOTH, keys: ['重新出具', '已获取信息', '行政机关确认', '确认或重新'] },
  { key: 'otherOverdueCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', short: '逾期不补正', group: 'other', outcome: true, editions: Y2021, keys: ['逾期不补正', '不补正'] },
  { key: 'otherOverdueFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', short: '逾期未缴费', group: 'other', outcome: true, editions: Y2021, keys: ['收费通知', '缴纳费用'] },
  { key: 'otherOther', label: '3.其他', label2019: '（六）其他处理', short: '其他处理', group: 'other', outcome: true, editions: BOTH, keys: ['其他处理', '其他'] },
  { key: 'totalProcessed', label: '（七）总计', short: '办理总计', group: 'totalProcessed', outcome: false, editions: BOTH, keys: ['总计', '合计'] },
  { key: 'carriedForward', label: '四、结转下年度继续办理', short: '结转下年度', group: 'carriedForward', outcome: false, editions: BOTH, keys: ['结转下年度', '下年度继续办理', '继续办理'] },
] as const satisfies readonly RowDef[];

export type ApplicationRowKey = (typeof APPLICATION_ROWS)[number]['key'];

export const APPLICATION_ROW_KEYS = APPLICATION_ROWS.map((r) => r.key) as ApplicationRowKey[];
export const APPLICATION_COLUMN_KEYS = APPLICATION_COLUMNS.map((c) => c.key) as ApplicationColumnKey[];

export type ApplicationRow = (typeof APPLICATION_ROWS)[number];

export function rowsForEdition(edition: Edition): ApplicationRow[] {
  return APPLICATION_ROWS.filter((r) => (r.editions as readonly Edition[]).includes(edition));
}

export function rowDef(key: ApplicationRowKey): RowDef {
  return APPLICATION_ROWS.find((r) => r.key === key)!;
}

export function columnDef(key: ApplicationColumnKey): ColumnDef {
  return APPLICATION_COLUMNS.find((c) => c.key === key)!;
}
