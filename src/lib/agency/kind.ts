/**
 * What kind of body an agency is, told from its body: the part of its name after the place
 * (延津县 | 人民政府办公室). The government itself (人民政府, 政府, a 街道's 办事处, or the place
 * name alone: 钱店镇), its office (办公室/办公厅), a department (局, 委, 厅…), an institution
 * (院, 中心, 台…: 事业单位), or something else (a court, a party body).
 */
import type { AgencyKind } from '../template/schema.ts';
import { lastUnit } from './level.ts';
import { nameForm } from './name.ts';

const GOVERNMENT = /^(?:人民政府|政府|街道办事处|街道办|办事处|办|行政公署|公所|区公所)?$/;
const OFFICE = /^(?:人民政府|政府)(?:办公室|办公厅|办)$|^办公厅$|^党政(?:综合)?办(?:公室)?$/;
const OTHER = /(?:人民法院|法院|人民检察院|检察院|党委|委员会党组|纪委|监委|人大常委会|政协)$/;
const INSTITUTION = /(?:院|中心|馆|站|台|学校|学院|大学|医院|研究所|社|公司|集团|协会)$/;
const DEPARTMENT = /(?:局|委员会|委|厅|办公室|办|署|处|部|队|所|管委会)$/;

/** The kind of body a name's body (the part after its place) names. */
export function agencyKind(body: string): AgencyKind {
  const b = nameForm(body);
  if (GOVERNMENT.test(b)) return 'government';
  if (OFFICE.test(b)) return 'office';
  if (OTHER.test(b)) return 'other';
  if (INSTITUTION.test(b)) return 'institution';
  if (DEPARTMENT.test(b)) return 'department';
  return 'other';
}

/**
 * The body as it is kept in an agency's key: one spelling for the government (none: the place
 * names it) and for its office, the body as printed for everything else, so that 洪泽区人民政府
 * and 洪泽区政府, or 延津县政府办公室 and 延津县人民政府办公室, are one agency.
 */
export function canonicalBody(body: string): string {
  const b = nameForm(body);
  switch (agencyKind(b)) {
    case 'government':
      return '';
    case 'office':
      return /厅$/.test(b) ? '人民政府办公厅' : '人民政府办公室';
    default:
      // 县人民政府教育局 and 县教育局 are one department.
      return b.replace(/^(?:人民政府|政府)(?=.{2,})/, '');
  }
}

/**
 * A name split into its place and its body by the last unit it names, for an agency the gazetteer
 * could not place (a placed one is split by the gazetteer): 延津县人民政府办公室 → 延津县 |
 * 人民政府办公室; 红旗街道办事处 → 红旗街道 | 办事处; 国务院办公厅 → '' | 国务院办公厅.
 */
export function splitName(name: string): { place: string; body: string } {
  const n = nameForm(name);
  const end = lastUnit(n)?.end ?? 0;
  return { place: n.slice(0, end), body: n.slice(end) };
}
