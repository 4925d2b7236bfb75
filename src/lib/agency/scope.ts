/**
 * What a report's numbers cover. A `summary` report adds up the bodies below its government (a
 * 市人民政府 report whose tables count 全市各级行政机关): added to its own departments' reports in a
 * total, it would count the same applications twice. `own` is the agency's own work; `unknown`
 * where neither the text nor the kind of body says which.
 */
import type { AgencyKind, Level, Scope } from '../template/schema.ts';
import { PLACE_UNIT_CHARACTERS } from '../template/unit-words.ts';

/** The whole of a place: 全市, 全县, 全区, 全省, 全旗, 全州, 全盟. */
const WHOLE = `全[${PLACE_UNIT_CHARACTERS}]`;
/** Who is added up: the administrative bodies of every level, the government system. */
const BODIES = '(?:各级(?:各类)?(?:行政机关|政府|各部门)|政府系统|行政机关|各级各部门|各部门)';
/** What is added up: applications received or accepted, information published. */
const COUNTED = '(?:共|累计|合计)?(?:收到|受理|新收|主动公开)';

/**
 * Words that say the tables add up subordinate bodies, counting in the name of the whole place:
 * 全市各级行政机关共收到…, 全县政府系统共受理…, 全市共受理政府信息公开申请 3119 件 (淮安市人民政府
 * 2024), or 汇总 in a title. A place named without a count (指导全市各级行政机关做好…, as a
 * department may write) does not make a report a summary.
 */
const SUMMARY = new RegExp(`${WHOLE}${BODIES}?${COUNTED}`);
const SUMMARY_TITLE = new RegExp(`${WHOLE}|汇总`);

/** Whether the title or the text says the report adds up the bodies of its place. */
export function saysSummary(title: string, text: string): boolean {
  return SUMMARY_TITLE.test(title.replace(/\s+/g, '')) || SUMMARY.test(text.replace(/\s+/g, ''));
}

/**
 * The scope from what the report says and who publishes it: summary where it says so; own for
 * a body with nothing below it that reports (a township or 街道, an office, a department, an
 * institution); unknown for a county, city or province government that does not say.
 */
export function scopeOf(summary: boolean, kind: AgencyKind, level: Level): Scope {
  if (summary) return 'summary';
  if (kind !== 'government' || level === 'township') return 'own';
  return 'unknown';
}
