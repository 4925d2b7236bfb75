/**
 * Section 二: 主动公开政府信息情况, the tables for 条例第二十条 第（一）（五）（六）（八）项 (2021
 * edition; the 2019 edition also has 第（九）项). No official identity holds inside this section.
 *
 * This is the one definition of the section: the Zod schema (schema.ts), the parser's empty
 * values and assignment, the CSV columns, the rendered tables and the data dictionary are all
 * derived from the items below.
 *
 * Each item is one printed row: `keys` identify its label, `fields` name its numbers in printed
 * order. Units: counts of documents (件) or decisions (个), except the fee and procurement
 * amounts, in 万元.
 *
 * Shape in the data contract (docs/SCHEMA.md): the 2021 edition fills `activeDisclosure`, the 2019
 * edition `activeDisclosure2019`. An item printed with a single number (its one field is
 * `value`: 行政许可, 行政处罚, 行政强制, 行政事业性收费 in 2021) is stored as that number
 * (`activeDisclosure.licensing`); any other item as an object of its fields
 * (`activeDisclosure.regulations.issued`).
 */
import type { Edition } from './editions.ts';

export interface DisclosureField {
  /** Key of the number inside its item; `value` for the one number of a scalar item. */
  key: string;
  /** The column header as printed. */
  label: string;
  /** In 万元: decimals and thousands separators allowed, a cell in 元 converted. */
  money?: boolean;
  /** May be negative (本年增/减); every other number of a report is a count or an amount and cannot be. */
  signed?: boolean;
}

export interface DisclosureItem {
  /** Key of the item inside `activeDisclosure` (or `activeDisclosure2019`). */
  key: string;
  /** The row label as printed. */
  label: string;
  /** The 第二十条 block the row belongs to, for rendering. */
  block: string;
  /** Label fragments after whitespace removal; a more specific item must come first. */
  keys: readonly string[];
  /** The row's numbers in printed order, with their printed column headers. */
  fields: readonly DisclosureField[];
}

/** The field of an item printed with a single number. */
export const SCALAR_FIELD = 'value';

/** The article of the 条例 every block of section 二 reports on (第二十条第（一）项 …). */
export const DISCLOSURE_ARTICLE = '第二十条';

/** The first column's header in every block of section 二. */
export const DISCLOSURE_CONTENT_HEADER = '信息内容';

const DOCUMENT_FIELDS_2021 = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
] as const;

const DECISIONS_2021 = [{ key: SCALAR_FIELD, label: '本年处理决定数量' }] as const;

/** 2021 edition (国办公开办函〔2021〕30号): 4 blocks, 10 numbers. */
export const DISCLOSURE_2021 = [
  { key: 'regulations', label: '规章', block: `${DISCLOSURE_ARTICLE}第（一）项`, keys: ['规章'], fields: DOCUMENT_FIELDS_2021 },
  { key: 'normativeDocuments', label: '行政规范性文件', block: `${DISCLOSURE_ARTICLE}第（一）项`, keys: ['规范性文件'], fields: DOCUMENT_FIELDS_2021 },
  { key: 'licensing', label: '行政许可', block: `${DISCLOSURE_ARTICLE}第（五）项`, keys: ['行政许可'], fields: DECISIONS_2021 },
  { key: 'penalty', label: '行政处罚', block: `${DISCLOSURE_ARTICLE}第（六）项`, keys: ['行政处罚'], fields: DECISIONS_2021 },
  { key: 'coercion', label: '行政强制', block: `${DISCLOSURE_ARTICLE}第（六）项`, keys: ['行政强制'], fields: DECISIONS_2021 },
  { key: 'feesWanYuan', label: '行政事业性收费', block: `${DISCLOSURE_ARTICLE}第（八）项`, keys: ['事业性收费', '行政事业'], fields: [{ key: SCALAR_FIELD, label: '本年收费金额（单位：万元）', money: true }] },
] as const satisfies readonly DisclosureItem[];

const DOCUMENT_FIELDS_2019 = [
  { key: 'made', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'total', label: '对外公开总数量' },
] as const;

const PROJECT_FIELDS_2019 = [
  { key: 'previousYear', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', signed: true },
  { key: 'decisions', label: '处理决定数量' },
] as const;

/** 2019 edition (国办公开办函〔2019〕60号): 5 blocks, 22 numbers. */
export const DISCLOSURE_2019 = [
  { key: 'regulations', label: '规章', block: `${DISCLOSURE_ARTICLE}第（一）项`, keys: ['规章'], fields: DOCUMENT_FIELDS_2019 },
  { key: 'normativeDocuments', label: '规范性文件', block: `${DISCLOSURE_ARTICLE}第（一）项`, keys: ['规范性文件'], fields: DOCUMENT_FIELDS_2019 },
  { key: 'licensing', label: '行政许可', block: `${DISCLOSURE_ARTICLE}第（五）项`, keys: ['行政许可'], fields: PROJECT_FIELDS_2019 },
  { key: 'otherServices', label: '其他对外管理服务事项', block: `${DISCLOSURE_ARTICLE}第（五）项`, keys: ['对外管理服务', '其他对外'], fields: PROJECT_FIELDS_2019 },
  { key: 'penalty', label: '行政处罚', block: `${DISCLOSURE_ARTICLE}第（六）项`, keys: ['行政处罚'], fields: PROJECT_FIELDS_2019 },
  { key: 'coercion', label: '行政强制', block: `${DISCLOSURE_ARTICLE}第（六）项`, keys: ['行政强制'], fields: PROJECT_FIELDS_2019 },
  { key: 'fees', label: '行政事业性收费', block: `${DISCLOSURE_ARTICLE}第（八）项`, keys: ['事业性收费', '行政事业'], fields: [
    { key: 'previousYear', label: '上一年项目数量' }, { key: 'change', label: '本年增/减', signed: true }] },
  { key: 'procurement', label: '政府集中采购', block: `${DISCLOSURE_ARTICLE}第（九）项`, keys: ['集中采购', '政府采购'], fields: [
    { key: 'projects', label: '采购项目数量' }, { key: 'amountWanYuan', label: '采购总金额', money: true }] },
] as const satisfies readonly DisclosureItem[];

/** The items of each edition, in printed order. */
export const DISCLOSURE_ITEMS: Record<Edition, readonly DisclosureItem[]> = { '2019': DISCLOSURE_2019, '2021': DISCLOSURE_2021 };

/** The report field that holds each edition's section 二. */
export const DISCLOSURE_FIELD = { '2019': 'activeDisclosure2019', '2021': 'activeDisclosure' } as const satisfies Record<Edition, string>;

/** An item stored as its one number rather than as an object of fields. */
export function isScalarItem(item: DisclosureItem): boolean {
  return item.fields.length === 1 && item.fields[0]!.key === SCALAR_FIELD;
}

/** The dotted path of one number (`activeDisclosure.licensing`, `activeDisclosure2019.fees.change`). */
export function disclosurePath(edition: Edition, item: DisclosureItem, field: DisclosureField): string {
  const root = `${DISCLOSURE_FIELD[edition]}.${item.key}`;
  return isScalarItem(item) ? root : `${root}.${field.key}`;
}

export interface DisclosureCell {
  item: DisclosureItem;
  field: DisclosureField;
  path: string;
}

/** Every number of an edition's section 二, item by item, in printed order. */
export function disclosureCells(edition: Edition): DisclosureCell[] {
  return DISCLOSURE_ITEMS[edition].flatMap((item) => item.fields.map((field) => ({ item, field, path: disclosurePath(edition, item, field) })));
}

/** The numbers of one item as stored: its one number, or an object of its fields. */
export type ItemValues<F extends readonly DisclosureField[]> = F extends readonly [{ key: typeof SCALAR_FIELD }]
  ? number | null
  : { [K in F[number]['key']]: number | null };

/** An edition's section 二 as stored (the type schema.ts derives its Zod schema to). */
export type DisclosureValues<Items extends readonly DisclosureItem[]> = { [I in Items[number] as I['key']]: ItemValues<I['fields']> };

/**
 * Section 二 in the shape of the data contract, each number from `value`: `() => null` gives the
 * empty section, the parser passes the numbers it read.
 */
export function disclosureValues<const Items extends readonly DisclosureItem[]>(
  items: Items,
  value: (item: Items[number], field: DisclosureField) => number | null,
): DisclosureValues<Items> {
  const entries = items.map((item) => [item.key, isScalarItem(item) ? value(item, item.fields[0]!) : Object.fromEntries(item.fields.map((f) => [f.key, value(item, f)]))]);
  return Object.fromEntries(entries) as DisclosureValues<Items>;
}
