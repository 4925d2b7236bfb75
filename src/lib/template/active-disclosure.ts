/**
 * Section 二: 主动公开政府信息情况, the tables for 条例第二十条 第（一）（五）（六）（八）项 (2021
 * format; the 2019 format also has 第（九）项). No official identity holds inside this section.
 *
 * Each item is one printed row: `keys` identify its label, `fields` name its numbers in printed
 * order. Units: counts of documents (件) or decisions (个), except the fee row, in 万元.
 */

export interface DisclosureItem {
  /** Key of the item inside `activeDisclosure`. */
  key: string;
  /** The row label as printed. */
  label: string;
  /** The 第二十条 block the row belongs to, for rendering. */
  block: string;
  /** Label fragments after whitespace removal; a more specific item must come first. */
  keys: string[];
  /**
   * Names of the row's numbers in printed order, with their printed column headers. A `money`
   * field is in 万元: decimals and thousands separators allowed, a cell in 元 converted. A
   * `signed` field may be negative (本年增/减); every other number of a report is a count or an
   * amount and cannot be.
   */
  fields: readonly { key: string; label: string; money?: boolean; signed?: boolean }[];
}

/** The first column's header in every block of section 二. */
export const DISCLOSURE_CONTENT_HEADER = '信息内容';

const DOCUMENT_FIELDS_2021 = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
] as const;

/** 2021 format (国办公开办函〔2021〕30号): 4 blocks, 10 numbers. */
export const DISCLOSURE_2021: readonly DisclosureItem[] = [
  { key: 'regulations', label: '规章', block: '第二十条第（一）项', keys: ['规章'], fields: DOCUMENT_FIELDS_2021 },
  { key: 'normativeDocuments', label: '行政规范性文件', block: '第二十条第（一）项', keys: ['规范性文件'], fields: DOCUMENT_FIELDS_2021 },
  { key: 'licensing', label: '行政许可', block: '第二十条第（五）项', keys: ['行政许可'], fields: [{ key: 'value', label: '本年处理决定数量' }] },
  { key: 'penalty', label: '行政处罚', block: '第二十条第（六）项', keys: ['行政处罚'], fields: [{ key: 'value', label: '本年处理决定数量' }] },
  { key: 'coercion', label: '行政强制', block: '第二十条第（六）项', keys: ['行政强制'], fields: [{ key: 'value', label: '本年处理决定数量' }] },
  { key: 'feesWanYuan', label: '行政事业性收费', block: '第二十条第（八）项', keys: ['事业性收费', '行政事业'], fields: [{ key: 'value', label: '本年收费金额（单位：万元）', money: true }] },
];

const PROJECT_FIELDS_2019 = [
  { key: 'previousYear', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', signed: true },
  { key: 'decisions', label: '处理决定数量' },
] as const;

/** 2019 format (国办公开办函〔2019〕60号): 5 blocks, 22 numbers. */
export const DISCLOSURE_2019: readonly DisclosureItem[] = [
  { key: 'regulations', label: '规章', block: '第二十条第（一）项', keys: ['规章'], fields: [
    { key: 'made', label: '本年新制作数量' }, { key: 'published', label: '本年新公开数量' }, { key: 'total', label: '对外公开总数量' }] },
  { key: 'normativeDocuments', label: '规范性文件', block: '第二十条第（一）项', keys: ['规范性文件'], fields: [
    { key: 'made', label: '本年新制作数量' }, { key: 'published', label: '本年新公开数量' }, { key: 'total', label: '对外公开总数量' }] },
  { key: 'licensing', label: '行政许可', block: '第二十条第（五）项', keys: ['行政许可'], fields: PROJECT_FIELDS_2019 },
  { key: 'otherServices', label: '其他对外管理服务事项', block: '第二十条第（五）项', keys: ['对外管理服务', '其他对外'], fields: PROJECT_FIELDS_2019 },
  { key: 'penalty', label: '行政处罚', block: '第二十条第（六）项', keys: ['行政处罚'], fields: PROJECT_FIELDS_2019 },
  { key: 'coercion', label: '行政强制', block: '第二十条第（六）项', keys: ['行政强制'], fields: PROJECT_FIELDS_2019 },
  { key: 'fees', label: '行政事业性收费', block: '第二十条第（八）项', keys: ['事业性收费', '行政事业'], fields: [
    { key: 'previousYear', label: '上一年项目数量' }, { key: 'change', label: '本年增/减', signed: true }] },
  { key: 'procurement', label: '政府集中采购', block: '第二十条第（九）项', keys: ['集中采购', '政府采购'], fields: [
    { key: 'projects', label: '采购项目数量' }, { key: 'amountWanYuan', label: '采购总金额', money: true }] },
];
