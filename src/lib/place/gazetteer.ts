/**
 * The official administrative divisions as an index: every province, city, county and township
 * with its code, official name and parent, looked up by code or by any form of its name
 * (aliases.ts). Built from the rows of the list (gazetteer-fs.ts reads them from the package);
 * pure, so that tests build small ones by hand.
 *
 * The list has rows that are no division: the 市辖区 and 县 under 北京/天津/上海/重庆, the
 * 省直辖县级行政区划 of 河南, 湖北, 海南 and 新疆, and a row repeating the name of the one above it
 * (东莞市 441900 under 东莞市 4419, 嘉峪关市 620201 under 嘉峪关市 6202, 金门县 350527000 under
 * 金门县 350527). They are left out and their children hang from the row above, so that 东城区 is
 * `北京市 › 东城区`, 济源市 is `河南省 › 济源市` and 雄关街道 is `嘉峪关市 › 雄关街道`. A repeated
 * row is the same place as the one above: a city without districts (嘉峪关市, 东莞市) is given a
 * county row of its own name for the statistics, but its government, its departments and its
 * reports are the city's, and a name cannot tell the two apart.
 */
import { levelOfCode, type DivisionLevel } from '../agency/level.ts';
import { aliasesOf } from './aliases.ts';

export interface Division {
  /** 2 digits a province, 4 a city, 6 a county, 9 a township. */
  code: string;
  /** The official name (钱店镇). */
  name: string;
  level: DivisionLevel;
  /** The division above, null for a province. */
  parent: Division | null;
}

/** One row of the list: its code, name and the code of the row above (null for a province). */
export interface DivisionRow {
  code: string;
  name: string;
  parent: string | null;
}

const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export class Gazetteer {
  /** What the list is, for messages and the README: package, version and the data's date. */
  readonly edition: string;
  /** The longest full or short form of any name, in characters: how far a match may reach. */
  readonly longest: number;
  private readonly byCode = new Map<string, Division>();
  /** Codes of rows left out → the division standing in for them (for a manifest's code). */
  private readonly standIn = new Map<string, Division | null>();
  private readonly byFull = new Map<string, Division[]>();
  private readonly byShort = new Map<string, Division[]>();

  /** @param rows parents before their children (provinces, then cities, counties, townships) */
  constructor(rows: Iterable<DivisionRow>, edition: string) {
    this.edition = edition;
    let longest = 0;
    for (const row of rows) {
      const parent = row.parent === null ? null : this.at(row.parent);
      if (row.parent !== null && parent === undefined) throw new Error(`division ${row.code} ${row.name}: its parent ${row.parent} is not listed before it`);
      if (PLACEHOLDER.test(row.name) || (parent && row.name === parent.name)) {
        this.standIn.set(row.code, parent ?? null);
        continue;
      }
      const division: Division = { code: row.code, name: row.name, level: levelOfCode(row.code), parent: parent ?? null };
      this.byCode.set(row.code, division);
      const aliases = aliasesOf(row.name, division.level);
      for (const form of aliases.full) add(this.byFull, form, division);
      for (const form of aliases.short) add(this.byShort, form, division);
      longest = Math.max(longest, ...aliases.full.map((f) => f.length), ...aliases.short.map((f) => f.length));
    }
    this.longest = longest;
  }

  /** The division of a code; a left-out row's code gives the division standing in for it. */
  at(code: string): Division | undefined {
    return this.byCode.get(code) ?? this.standIn.get(code) ?? undefined;
  }

  /** Divisions one of whose full forms (ending in a unit) is exactly `form` (in nameForm). */
  full(form: string): readonly Division[] {
    return this.byFull.get(form) ?? [];
  }

  /** Provinces and cities one of whose short forms (河南, 焦作) is exactly `form`. */
  short(form: string): readonly Division[] {
    return this.byShort.get(form) ?? [];
  }

  get size(): number {
    return this.byCode.size;
  }
}

function add(map: Map<string, Division[]>, form: string, division: Division): void {
  const list = map.get(form);
  if (!list) map.set(form, [division]);
  else if (!list.includes(division)) list.push(division);
}

/** The division and those above it, from the province down. */
export function chainOf(division: Division): Division[] {
  const out: Division[] = [];
  for (let d: Division | null = division; d; d = d.parent) out.unshift(d);
  return out;
}

/** Whether `division` is `area` or lies within it. */
export function within(division: Division, area: Division): boolean {
  for (let d: Division | null = division; d; d = d.parent) if (d === area) return true;
  return false;
}

/** The full official name from the province down: 河南省周口市郸城县钱店镇. */
export function fullName(division: Division): string {
  return chainOf(division).map((d) => d.name).join('');
}
