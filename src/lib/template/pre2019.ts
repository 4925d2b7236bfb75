/**
 * Reports under the 2007 条例 (2008–2018) have no statistics tables of the 2019/2021 editions:
 * such a report is listed with its year, agency and the totals its text states
 * (docs/TEMPLATE.md, "Before 2019"). None of the identities apply.
 *
 * This is the one definition of those totals: the Zod schema (schema.ts `Pre2019Totals`), what
 * the parser looks for, the CSV columns (`pre2019.<key>`), the page labels and the data
 * dictionary are derived from it. `pattern` finds the total in the text with all whitespace
 * removed and digits half-width; the first of its groups that matched is the number: the unit after
 * it in prose (行政复议0件), before it in the annex tables old reports print (行政复议数 件 0). `none`
 * finds a statement that there was none (没有收到…申请), which states 0.
 */

export interface Pre2019Total {
  key: string;
  /** What the number counts, as the site and the data dictionary name it. */
  label: string;
  unit: string;
  pattern: RegExp;
  none?: RegExp;
}

/** The number with its unit after it, or (a table's unit column) before it; a year is no count. */
const counted = (units: string) => `(?:(\\d+)(?:${units})|(?:${units})(\\d+)(?![\\d年月日]))`;

export const PRE2019_TOTALS = [
  { key: 'activeDisclosed', label: '主动公开政府信息数', unit: '条', pattern: new RegExp(`主动公开(?:政府)?信息(?:数)?(?:共|总计|累计|总数)?(?:为)?${counted('条|件|项')}`) },
  {
    key: 'applicationsTotal',
    label: '收到政府信息公开申请总数',
    unit: '件',
    pattern: new RegExp(`(?:收到|受理|接到|申请总数)[^。；\\d]{0,20}?(?:共|为)?${counted('件|条|份|个')}`),
    none: /(?:没有|没|未)(?:收到|受理|接到)[^。；\d]{0,30}?申请/,
  },
  { key: 'reconsideration', label: '行政复议数', unit: '件', pattern: new RegExp(`行政复议(?:案件|申请)?(?:共|数)?(?:为)?${counted('件|起|个')}`) },
  { key: 'litigation', label: '行政诉讼数', unit: '件', pattern: new RegExp(`行政诉讼(?:案件)?(?:共|数)?(?:为)?${counted('件|起|个')}`) },
] as const satisfies readonly Pre2019Total[];

export type Pre2019TotalKey = (typeof PRE2019_TOTALS)[number]['key'];

/**
 * Section headings of the 2007 outline (依申请公开政府信息情况, 收费及减免情况, …), which tell such
 * a report apart when its year is unknown. Tested on the text with whitespace removed.
 */
export const PRE2019_OUTLINE = /依申请公开政府信息(?:的)?情况|收费及减免情况|政府信息公开的收费及减免|因政府信息公开申请(?:提起)?行政复议/;
