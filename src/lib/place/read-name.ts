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
 */
import { nameForm } from '../agency/name.ts';
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
  /** What follows the last unit (人民政府办公室), or the whole name when it names no division. */
  body: string;
  /** A unit that lies within none of the divisions named before it. */
  conflict?: { outer: NamedUnit; inner: NamedUnit };
}

interface Match {
  length: number;
  divisions: readonly Division[];
}

/** The longest division name (full form, or a short form followed by another) at `at`. */
function matchAt(name: string, at: number, gaz: Gazetteer): Match | null {
  const most = Math.min(gaz.longest, name.length - at);
  for (let length = most; length >= 2; length--) {
    const divisions = gaz.full(name.slice(at, at + length));
    if (divisions.length > 0) return { length, divisions };
  }
  for (let length = most; length >= 2; length--) {
    const divisions = gaz.short(name.slice(at, at + length));
    if (divisions.length > 0 && at + length < name.length && matchAt(name, at + length, gaz)) return { length, divisions };
  }
  return null;
}

/** Reads the place names at the start of an agency's name (or of a folder name, a 发布机构 line). */
export function readName(printed: string, gaz: Gazetteer): NameReading {
  const name = nameForm(printed);
  const lead = LEADING.exec(name)?.[0].length ?? 0;
  const units: NamedUnit[] = [];
  let at = lead;
  for (let m = matchAt(name, at, gaz); m; m = matchAt(name, at, gaz)) {
    units.push({ text: name.slice(at, at + m.length), divisions: [...m.divisions] });
    at += m.length;
  }
  if (units.length === 0) return { units, candidates: [], body: name };
  const body = name.slice(at);
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
