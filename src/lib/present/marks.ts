/**
 * The marks a figure carries wherever it is ranked, summed or compared, so that nobody publishes it
 * for what it is not: `汇总` where it comes from a summary report (its numbers are its members'
 * again: agency/scope.ts), `未通过核对` where its report fails one of its own checks (the checks
 * and, for the prose check, the number the text states, in its tooltip). Pure and browser-safe:
 * the agency list and the compare page draw them in the browser.
 */
import { CHECK_LABELS, type CheckId } from '../template/identities.ts';
import type { Level, Scope } from '../template/schema.ts';

export interface Mark {
  kind: 'summary' | 'failed';
  /** The mark as shown. */
  text: string;
  /** What it means, for a tooltip. */
  title: string;
}

export const SUMMARY_MARK: Mark = {
  kind: 'summary',
  text: '汇总',
  title: '全辖区汇总报告：数字含下级各机关，是整个市（县、区）的数字，不是本机关自身的工作量；排名只与汇总报告相比',
};

/**
 * The mark of a figure from a report failing `ids`; `messages` are the failed checks' own words
 * where the page has them (the prose check's says the number the text states).
 */
export function failedMark(ids: readonly CheckId[], messages: readonly string[] = []): Mark {
  const head = `该报告未通过核对：${ids.map((id) => CHECK_LABELS[id]).join('、')}`;
  return { kind: 'failed', text: '未通过核对', title: messages.length ? `${head}。${messages.join('；')}` : head };
}

/** The marks of a figure: its report's scope and failed checks. */
export function figureMarks(summary: boolean, failedIds: readonly CheckId[], messages: readonly string[] = []): Mark[] {
  return [...(summary ? [SUMMARY_MARK] : []), ...(failedIds.length ? [failedMark(failedIds, messages)] : [])];
}

/** The marks as one line of text (a chart label, a file's column): `汇总、未通过核对`. */
export function marksText(marks: readonly Pick<Mark, 'text'>[]): string {
  return marks.map((m) => m.text).join('、');
}

/** A label with its marks: `淮安市人民政府（汇总）`. */
export function markedLabel(label: string, marks: readonly Pick<Mark, 'text'>[]): string {
  return marks.length ? `${label}（${marksText(marks)}）` : label;
}

/** How many reports failing a check a sum holds, as the sum says it: `含2份未通过核对的报告`; '' for none. */
export function failedInSum(count: number): string {
  return count > 0 ? `含${count}份未通过核对的报告` : '';
}

/**
 * The whole place a summary report adds up, as the report would say it: 全市 for 淮安市人民政府,
 * 全区 for 淮阴区人民政府; from the level where the name has no government in it (a department's
 * 全县卫生系统: 全县（区）).
 */
export function wholeOf(name: string, level: Level): string {
  const unit = /([省市县区旗州盟])(?:人民政府|政府)/.exec(name)?.[1];
  if (unit) return `全${unit}`;
  return { national: '全国', province: '全省', city: '全市', county: '全县（区）', township: '全乡镇', unknown: '全辖区' }[level];
}

/** What a report of `scope` is, in a sentence: 全县汇总报告, 本机关报告, 未说明统计范围的报告. */
export function scopePhrase(scope: Scope, whole: string): string {
  return scope === 'summary' ? `${whole}汇总报告` : scope === 'own' ? '本机关报告' : '未说明统计范围的报告';
}

/**
 * What a page says of a summary report's numbers: they cover the whole place, not the body.
 * `subject` names the report or reports: 这份报告, 2023—2024年的报告.
 */
export function summaryNote(name: string, level: Level, subject: string): string {
  const whole = wholeOf(name, level);
  return `${subject}为${whole}汇总报告：数字是${whole}各级行政机关的合计，不是${name}自身的工作量，不能与单个机关的数字相比，也不能与下级机关的报告相加。`;
}
