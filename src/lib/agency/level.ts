/**
 * The administrative level of an agency. Where the agency is placed in the official divisions
 * (src/lib/place/), the division decides: its code's length is its level, and a department takes
 * its government's division. Only an agency left unplaced falls back to reading its name.
 */
import type { Level } from '../template/schema.ts';
import { CODE_DIGITS, DIVISION_LEVELS, type DivisionLevel } from '../template/levels.ts';
import { maskNonUnits, UNIT_CHARACTERS, UNIT_WORDS, unitWords } from '../template/unit-words.ts';
import { nameForm } from './name.ts';

/** Levels of the divisions in the gazetteer, by the length of their codes. */
export type { DivisionLevel };

/**
 * The level of a division code: 2 digits a province (北京/上海/天津/重庆 included), 4 a city, 6 a
 * county (a 县级市 and a 市辖区 too), 9 a township or 街道.
 */
export function levelOfCode(code: string): DivisionLevel {
  const level = DIVISION_LEVELS.find((l) => CODE_DIGITS[l] === code.length);
  if (!level || !/^\d+$/.test(code)) throw new Error(`not a division code: ${JSON.stringify(code)}`);
  return level;
}

/**
 * The four municipalities are provinces: 上海市人民政府办公厅 is a provincial office, and so is
 * 国家税务总局北京市税务局, where the municipality follows the national body's name.
 */
const MUNICIPALITY = /(?:北京|上海|天津|重庆)市/;

/** The unit words, longest first (自治区 before 区, so that 自治区 at the start is one word). */
const UNIT = new RegExp(unitWords(), 'g');
/** The State Council, the republic, a national body (but the 税务局 of a place under 国家税务总局). */
const NATIONAL = new RegExp(`^(?:国务院|中华人民共和国|国家(?!税务总局.+[${UNIT_CHARACTERS}]))`);
/** A ministry, commission or administration whose name names no place: 教育部, 国家发展和改革委员会. */
const NATIONAL_BODY = new RegExp(`^[^${UNIT_CHARACTERS}]{1,10}(?:部|委员会|总局|总署)$`);
/** A unit word that begins a name: the place is the reader's own (县教育局, 自治区人民政府办公厅). */
const FIRST_UNIT = new RegExp(`^(?:${unitWords()})`);

/**
 * The last administrative unit a name (in nameForm) names after its first character, and where it
 * ends: 红旗街道办事处 → 街道 ending at 4 (红旗街道 is a 街道, not a 旗); 郑州市市场监督管理局 → 市
 * ending at 3; 自治区人民政府办公厅 → none (its 区 is the 自治区 it starts with).
 */
export function lastUnit(name: string): { unit: string; end: number } | null {
  let last: { unit: string; end: number } | null = null;
  for (const m of maskNonUnits(name).matchAll(UNIT)) if (m.index > 0) last = { unit: m[0], end: m.index + m[0].length };
  return last;
}

/**
 * The level of an agency from its name alone, for an agency the gazetteer could not place: the
 * last administrative unit named in it decides (a department takes its government's level:
 * 延津县人民政府办公室 is county), or, in a name that names no place, the unit it starts with
 * (自治区人民政府办公厅 is a province's office, 县教育局 a county's department). A 县级市 cannot be
 * told from its name and reads as `city`.
 */
export function levelOf(agency: string): Level {
  const name = nameForm(agency);
  if (!name) return 'unknown';
  // Words that name no unit (市场监管总局's 市场, 住房和城乡建设部's 城乡) do not make a body a place's.
  if (NATIONAL.test(name) || NATIONAL_BODY.test(maskNonUnits(name))) return 'national';
  const named = name.replace(MUNICIPALITY, (m) => '〇'.repeat(m.length - 1) + '省');
  const unit = lastUnit(named)?.unit ?? FIRST_UNIT.exec(maskNonUnits(named))?.[0];
  return unit ? UNIT_WORDS[unit]! : 'unknown';
}
