/**
 * The administrative level of an agency. Where the agency is placed in the official divisions
 * (src/lib/place/), the division decides: its code's length is its level, and a department takes
 * its government's division. Only an agency left unplaced falls back to reading its name.
 */
import type { Level } from '../template/schema.ts';
import { nameForm } from './name.ts';

/** Levels of the divisions in the gazetteer, by the length of their codes. */
export type DivisionLevel = 'province' | 'city' | 'county' | 'township';

const BY_CODE_LENGTH: Record<number, DivisionLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township' };

/**
 * The level of a division code: 2 digits a province (北京/上海/天津/重庆 included), 4 a city, 6 a
 * county (a 县级市 and a 市辖区 too), 9 a township or 街道.
 */
export function levelOfCode(code: string): DivisionLevel {
  const level = BY_CODE_LENGTH[code.length];
  if (!level || !/^\d+$/.test(code)) throw new Error(`not a division code: ${JSON.stringify(code)}`);
  return level;
}

/** The four municipalities are provinces: 上海市人民政府办公厅 is a provincial office. */
const MUNICIPALITY = /^(?:北京|上海|天津|重庆)市/;

/** The units a name's place part may end with, longest first (自治县 before 县); never its first character. */
const UNIT = /(?<=.)(?:自治区|特别行政区|自治州|自治县|自治旗|地区|街道|省|市|州|盟|县|区|旗|乡|镇)/g;
/** Unit characters in words that name no unit (市场, 城乡, 社区), and 州 before 市/区/县 (郑州市). */
const NOT_A_UNIT = /市场|市政|城市|区域|社区|县域|镇域|乡村|城乡|乡镇|[省市县区乡镇]级|州(?=[市区县])/g;

/**
 * The last administrative unit a name (in nameForm) names, and where it ends: 红旗街道办事处 →
 * 街道 ending at 4 (红旗街道 is a 街道, not a 旗); 郑州市市场监督管理局 → 市 ending at 3.
 */
export function lastUnit(name: string): { unit: string; end: number } | null {
  const masked = name.replace(NOT_A_UNIT, (w) => '〇'.repeat(w.length));
  let last: { unit: string; end: number } | null = null;
  for (const m of masked.matchAll(UNIT)) last = { unit: m[0], end: m.index + m[0].length };
  return last;
}

const UNIT_LEVEL: Record<string, Level> = {
  省: 'province', 自治区: 'province', 特别行政区: 'province',
  市: 'city', 州: 'city', 自治州: 'city', 盟: 'city', 地区: 'city',
  县: 'county', 自治县: 'county', 区: 'county', 旗: 'county', 自治旗: 'county',
  乡: 'township', 镇: 'township', 街道: 'township',
};

/**
 * The level of an agency from its name alone, for an agency the gazetteer could not place: the
 * last administrative unit named in it decides (a department takes its government's level:
 * 延津县人民政府办公室 is county). A 县级市 cannot be told from its name and reads as `city`.
 */
export function levelOf(agency: string): Level {
  const name = nameForm(agency);
  if (!name) return 'unknown';
  if (/^(?:国务院|中华人民共和国|国家(?!税务总局.+[省市县区]))/.test(name) || /^[^省市县区乡镇]{1,10}(?:部|委员会|总局|总署)$/.test(name)) return 'national';
  const last = lastUnit(name.replace(MUNICIPALITY, (m) => '〇'.repeat(m.length - 1) + '省'));
  return last ? UNIT_LEVEL[last.unit]! : 'unknown';
}
