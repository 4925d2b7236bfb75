/**
 * An agency's name read against the gazetteer: the divisions it names, outermost first, and the
 * body after them. 淮安市洪泽区人民政府 → 淮安市 › 洪泽区 | 人民政府; 郸城县钱店镇 → 郸城县 › 钱店镇 | '';
 * 延津县人民政府办公室 → 延津县 | 人民政府办公室.
 *
 * The name is read from its start, taking at each point the longest form of a division's name
 * that ends in a unit (the full forms of aliases.ts). A province or city named without its unit
 * (河南周口郸城县) counts only when another division follows it: 南京大学 names no 南京市 body.
 * Each division named must lie within the one before it; one that does not (郑州市鼓楼区: the
 * 鼓楼区 are in 开封, 南京, 徐州 and 福州) is a conflict, never a guess.
 *
 * Two kinds of words may stand between places without ending the reading, where a place follows
 * them: a government named before its township (清江浦区人民政府长西街道办事处: the 街道 of the
 * district, whose 人民政府 is no part of its name), and a development zone (高新区枫杨街道, 郑州经开区…),
 * which is no division (or, for the bare 高新区 or 开发区, a township row of that name somewhere,
 * which could hold no place). A zone alone never places a name: only the place after it does.
 * And a city's bureau with a branch named after one of its counties (淮安市公安局清江浦分局,
 * 嘉兴市自然资源和规划局海盐分局) is that county's: the branch serves it.
 */
import { lastUnit } from '../agency/level.ts';
import { nameForm } from '../agency/name.ts';
import { unitWords } from '../template/unit-words.ts';
import { within, type Division, type Gazetteer } from './gazetteer.ts';

/** Bodies whose names put a place after them: the county 税务局 of 国家税务总局, party bodies. */
const LEADING = /^(?:国家税务总局|中国共产党|中共)/;

export interface NamedUnit {
  /** The text of the name that named it (淮安市). */
  text: string;
  /** The divisions it can be, narrowed by the units around it. */
  divisions: Division[];
}

export interface NameReading {
  /** The divisions the name names, outermost first; empty when it names none. */
  units: NamedUnit[];
  /** The divisions the last unit can be: the candidates for the agency's place. */
  candidates: Division[];
  /**
   * What follows the places read at the start (人民政府办公室; 公安局清江浦分局 of a branch, whose
   * county is the last unit), or the whole name when it names no division.
   */
  body: string;
  /** A unit that lies within none of the divisions named before it. */
  conflict?: { outer: NamedUnit; inner: NamedUnit };
}

interface Match {
  length: number;
  divisions: readonly Division[];
}

/** A government named between a county and its township: 清江浦区|人民政府|长西街道. */
const GOVERNMENT_BETWEEN = /^(?:人民政府|政府)/;
/**
 * A development zone's name: the bare word (高新区) or with its own name before it (郑州经开区,
 * 临空经济区). Zones that are divisions (滨海新区, 郑州高新技术产业开发区) are read as such first.
 */
const ZONE = /^[\u4e00-\u9fa5]{0,8}?(?:高新技术产业开发区|经济技术开发区|高新技术开发区|经济开发区|工业园区|产业园区|高新区|经开区|开发区|新区|园区)/;
/** A city bureau's branch: 公安局|清江浦|分局, 自然资源和规划局|海盐县|分局. */
const BRANCH = /^(.+?局)(.{2,20}?)分局$/;
/**
 * The units a county's name may end with, for a branch named without it (清江浦分局, 浦东分局 of
 * 浦东新区, 海宁分局 of the 县级市 海宁市).
 */
const COUNTY_UNITS = ['', ...unitWords('county').split('|'), '市', '新区'];

/** The longest division name (full form, or a short form followed by another) at `at`. */
function matchAt(name: string, at: number, gaz: Gazetteer): Match | null {
  const most = Math.min(gaz.longest, name.length - at);
  for (let length = most; length >= 2; length--) {
    const divisions = gaz.full(name.slice(at, at + length));
    if (divisions.length > 0) return { length, divisions };
  }
  for (let length = most; length >= 2; length--) {
    const divisions = gaz.short(name.slice(at, at + length));
    // At the end of the name nothing follows: matchAt and passAt find nothing there.
    if (divisions.length > 0 && (matchAt(name, at + length, gaz) || passAt(name, at + length, false, gaz) > 0)) return { length, divisions };
  }
  return null;
}

/**
 * The length of the words at `at` that stand between places (a government after a place, a
 * zone), when a place follows them; else 0.
 */
function passAt(name: string, at: number, afterPlace: boolean, gaz: Gazetteer): number {
  const rest = name.slice(at);
  const word = (afterPlace ? GOVERNMENT_BETWEEN.exec(rest)?.[0] : undefined) ?? ZONE.exec(rest)?.[0];
  return word && matchAt(name, at + word.length, gaz) ? word.length : 0;
}

/**
 * The counties directly below `areas` (a city's, or a municipality's: 上海市公安局浦东分局) that a
 * branch's name (清江浦, 清江浦区, 海盐) names. A province's bureau with a branch in a county
 * (江苏省…局昆山分局) stays the province's: its branch serves more than the county.
 */
function branchCounties(branch: string, areas: readonly Division[], gaz: Gazetteer): Division[] {
  const forms = COUNTY_UNITS.map((unit) => branch + unit);
  const named = new Set(forms.flatMap((form) => gaz.full(form)));
  return [...named].filter((d) => d.level === 'county' && areas.some((a) => d.parent === a));
}

/**
 * Where, in the body of a name, a place after those read would be named: after a government
 * (人民政府长西街道 → 长西街道) or a zone, or as a branch (公安局鼓楼区分局 → 鼓楼区). A name
 * whose body names a place the list lacks there is no department of the places read.
 */
export function placeAfter(body: string): string {
  const branch = BRANCH.exec(body);
  if (branch) return branch[2]!;
  const rest = body.replace(GOVERNMENT_BETWEEN, '');
  // A zone followed by no place is the place named (南京市之内没有“江北新区”).
  const afterZone = rest.replace(ZONE, '');
  return lastUnit(nameForm(afterZone)) ? afterZone : rest;
}

/** Reads the place names at the start of an agency's name (or of a folder name, a 发布机构 line). */
export function readName(printed: string, gaz: Gazetteer): NameReading {
  const name = nameForm(printed);
  const lead = LEADING.exec(name)?.[0].length ?? 0;
  const units: NamedUnit[] = [];
  let at = lead;
  for (;;) {
    const m = matchAt(name, at, gaz);
    // A township holds no place: a township named as the zone is (高新区) before another place is the zone.
    const pass = passAt(name, at, units.length > 0, gaz);
    if (pass > 0 && (!m || (m.length === pass && m.divisions.every((d) => d.level === 'township')))) {
      at += pass;
      continue;
    }
    if (!m) break;
    units.push({ text: name.slice(at, at + m.length), divisions: [...m.divisions] });
    at += m.length;
  }
  if (units.length === 0) return { units, candidates: [], body: name };
  const body = name.slice(at);
  const branch = BRANCH.exec(body);
  if (branch) {
    const counties = branchCounties(branch[2]!, units.at(-1)!.divisions, gaz);
    if (counties.length > 0) units.push({ text: branch[2]!, divisions: counties });
  }
  // Inward: each unit only where it lies within the one before; outward: each unit only where
  // something named after it lies within it.
  for (let k = 1; k < units.length; k++) {
    const outer = units[k - 1]!;
    const inner = units[k]!;
    const narrowed = inner.divisions.filter((d) => outer.divisions.some((o) => within(d, o)));
    if (narrowed.length === 0) return { units, candidates: [], body, conflict: { outer, inner } };
    inner.divisions = narrowed;
  }
  for (let k = units.length - 2; k >= 0; k--) {
    const inner = units[k + 1]!;
    units[k]!.divisions = units[k]!.divisions.filter((o) => inner.divisions.some((d) => within(d, o)));
  }
  return { units, candidates: units.at(-1)!.divisions, body };
}

/**
 * The divisions a text names as a whole and nothing else (a folder name: 郸城县, 河南省周口市, or
 * a province or city without its unit: 河南, 周口), or null when it is not a place name.
 */
export function readPlace(text: string, gaz: Gazetteer): Division[] | null {
  const form = nameForm(text);
  const short = gaz.short(form);
  if (short.length > 0) return [...short];
  const reading = readName(form, gaz);
  return reading.units.length > 0 && reading.body === '' && !reading.conflict && !LEADING.test(form) ? reading.candidates : null;
}
