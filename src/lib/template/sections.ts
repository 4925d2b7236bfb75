/**
 * The six sections of a report and how their headings are printed (docs/TEMPLATE.md, "Heading
 * variants seen"). A heading is a line that starts with the section numeral and contains one of
 * the `keys`; section 四's table row 四、结转下年度继续办理 is excluded by `NOT_HEADINGS`.
 *
 * `marks` are words that show a text section has begun even on a line that is not its heading
 * (a heading printed without its numeral, a title run into the paragraph): where they appear,
 * the tables before them are over. Keys and marks are label keys (no spaces or punctuation).
 */

export interface SectionDef {
  key: string;
  numeral: string;
  label: string;
  keys: readonly string[];
  marks: readonly string[];
}

export const SECTIONS = [
  { key: 'overview', numeral: '一', label: '总体情况', keys: ['总体情况', '概述'], marks: [] },
  { key: 'active', numeral: '二', label: '主动公开政府信息情况', keys: ['主动公开'], marks: [] },
  { key: 'applications', numeral: '三', label: '收到和处理政府信息公开申请情况', keys: ['收到和处理', '依申请公开', '申请情况'], marks: [] },
  { key: 'review', numeral: '四', label: '政府信息公开行政复议、行政诉讼情况', keys: ['行政复议', '行政诉讼'], marks: [] },
  { key: 'problems', numeral: '五', label: '存在的主要问题及改进情况', keys: ['存在', '问题', '改进'], marks: ['存在的主要问题', '存在问题', '主要问题', '改进情况'] },
  { key: 'other', numeral: '六', label: '其他需要报告的事项', keys: ['其他需要报告', '其他事项', '需要报告'], marks: ['其他需要报告', '需要报告的事项'] },
] as const satisfies readonly SectionDef[];

export type SectionKey = (typeof SECTIONS)[number]['key'];

/** A section's printed heading, e.g. 三、收到和处理政府信息公开申请情况. */
export function sectionHeading(key: SectionKey): string {
  const s = SECTIONS.find((x) => x.key === key)!;
  return `${s.numeral}、${s.label}`;
}

/** Lines that look like headings but are table rows. */
export const NOT_HEADINGS = ['结转下年度', '继续办理', '本年度办理结果'];
