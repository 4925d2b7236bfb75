/**
 * The words that end the name of an administrative division (省, 自治区, 市, 县, 区, 旗, 乡, 镇,
 * 街道 …), the level of each, and the words that hold a unit's character but name no unit (市场,
 * 社区, 城乡). An agency's level (agency/level.ts), its body and scope (agency/), its place
 * (place/) and the place a search suggestion shows (search/name-search.ts) all read names with
 * these, so that they agree: 红旗街道办事处 is a 街道 everywhere, never a 旗 named 红旗.
 */

import type { DivisionLevel } from './levels.ts';

/**
 * Each unit word and the level of the division whose name it ends. 市 ends a city's (a 县级市
 * reads as one too: the name cannot tell) and, for 北京/上海/天津/重庆, a province's; 区 a
 * county's (市辖区). 苏木 is a township of 内蒙古.
 */
export const UNIT_WORDS: Readonly<Record<string, DivisionLevel>> = {
  特别行政区: 'province', 自治区: 'province', 省: 'province',
  自治州: 'city', 地区: 'city', 盟: 'city', 州: 'city', 市: 'city',
  自治县: 'county', 自治旗: 'county', 县: 'county', 区: 'county', 旗: 'county',
  街道: 'township', 苏木: 'township', 乡: 'township', 镇: 'township',
};

/** The unit words of some levels, longest first (自治县 before 县), as a regular-expression alternation. */
export function unitWords(...levels: DivisionLevel[]): string {
  return Object.keys(UNIT_WORDS)
    .filter((word) => levels.length === 0 || levels.includes(UNIT_WORDS[word]!))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** The one-character unit words: 省, 市, 县, 旗, 乡, 镇 …. */
export const UNIT_CHARACTERS = Object.keys(UNIT_WORDS)
  .filter((word) => word.length === 1)
  .join('');

/** The one-character units of a province, city or county: 全市, 市委, 县教育局. */
export const PLACE_UNIT_CHARACTERS = [...UNIT_CHARACTERS].filter((unit) => UNIT_WORDS[unit] !== 'township').join('');

/**
 * Words that hold a unit's character but name no unit (市场, 市政 but not 市政府, 社区, 城乡,
 * 县级; 城市 and 都市 at the start of a body, 延津县城市管理局, but not the end of 海城市 or
 * 成都市), a 州 before the unit of its own name (郑州市), and a county's character that begins a
 * township's unit (红旗街道, 红旗镇: the township is named 红旗), unless that 镇 begins the name of
 * a township (铁岭县镇西堡镇).
 */
const NOT_A_UNIT = /市场|市政(?!府)|(?<=^|[省市县区旗州盟])[城都]市|区域|社区|县域|镇域|乡村|城乡|乡镇|[省市县区乡镇]级|州(?=[市区县])|[区旗县市](?=街道|苏木|乡(?![村镇])|镇(?![^镇乡]{0,4}(?:镇|乡|街道)))/g;

/** A name with the words that name no unit blanked out (〇, one a character), so that positions stay. */
export function maskNonUnits(name: string): string {
  return name.replace(NOT_A_UNIT, (w) => '〇'.repeat(w.length));
}
