/**
 * Agency-name search in the browser: the index file `agency-index.json` (written at build time by
 * agency-index.ts) decoded into entries, and a ranking by how exactly a query matches a name:
 *
 *   exact name > name prefix > name substring > every word of the query in the name
 *   > full-pinyin prefix (`qiandian`) > full-pinyin substring from a syllable start (`dianzhen`)
 *   > initials prefix (`qdz`) > initials substring (`dz`),
 *
 * shorter names first within a kind, then in pinyin order, then by code point (the same in every
 * browser, unlike localeCompare). A query in traditional characters is read as simplified (鎮 → 镇,
 * from the index's table of the variants of its names' characters), and a query's `u` also
 * matches `ü`, which pinyin writes `v` (`lu` and `lv` both find 吕). Pure and browser-safe: no Node
 * built-ins, no pinyin or conversion library (the readings and variants come with the index). The
 * site's one suggestion box (browser/name-box.ts: the header's box and the compare picker), the
 * search page and the agency list's name filter all search with this.
 */

import { yearRuns, yearsText } from '../present/format.ts';
import { maskNonUnits, unitWords } from '../template/unit-words.ts';

/** Format version of agency-index.json; bump when the row layout changes. */
export const AGENCY_INDEX_VERSION = 4;

/**
 * One agency, as compact as JSON allows (the file is fetched whole; rows sorted by name):
 * 0 name as printed in its latest report; 1 index into `levels`; 2 years covered as ranges
 * (`2019-2021,2023`; empty when no report has a year); 3 its division code (`411625106`; empty
 * when unplaced or national), for the compare page's region filter; 4 1 when it is the government
 * of a township or 街道 (site/peers.ts isTownshipGovernment), else 0; 5 the agency page slug: 0
 * when it is the name's syllables joined by `-` (`qian-dian-zhen`), k > 0 when it is the first k
 * of them (钱店镇 of 钱店镇人民政府), −k when it is the first k of them and the division code
 * (`qian-dian-zhen-411625106`), else the slug itself; 6 the syllables separated by spaces
 * when they differ from what `chars` gives (a character read otherwise in this name), else empty;
 * 7 other printed names of the agency joined by `|`; 8 index into `regions`: where the agency is.
 * Trailing empty fields (0 or '') are left out.
 */
export type AgencyRow = [name: string, level: number, years: string, division?: string, township?: number, slug?: string | number, pinyin?: string, aliases?: string, region?: number];

export interface AgencyIndexFile {
  v: number;
  /** Level labels (省级, 县级…), indexed by field 1 of a row. */
  levels: string[];
  /** Each Chinese character of the names followed by its usual pinyin: `店dian钱qian镇zhen`. */
  chars: string;
  /**
   * Traditional (and other variant) forms of the names' characters, each followed by the
   * character the names use: `鎮镇錢钱`. Only characters that occur in some name are listed.
   */
  variants: string;
  /**
   * Where agencies are, as a suggestion shows it beside the name, so that namesakes can be told
   * apart: the division's names (`河南省周口市郸城县` for 城关镇 of 郸城县), or 未归入地区; the first is ''.
   */
  regions: string[];
  rows: AgencyRow[];
}

/** The decoded index: its entries, and how a query's variant characters read. */
export interface NameIndex {
  entries: AgencyEntry[];
  /** Variant character → the character of the names (鎮 → 镇). */
  variants: ReadonlyMap<string, string>;
}

export interface AgencyEntry {
  name: string;
  /** Level label, as the search filter 层级 shows it. */
  level: string;
  /** Where it is: its division's names (index `regions`), 未归入地区; for a national body the place its name starts with (`延津县`), or ''. */
  region: string;
  /** Its division code (`411625106`), null when unplaced or national: views/region.ts inRegion tests it. */
  division: string | null;
  /** The government of a township or 街道 (钱店镇, not its 党政办公室). */
  township: boolean;
  years: number[];
  slug: string;
  /** Pinyin without tones, one element per character (`qian`, `dian`, `zhen`). */
  syllables: string[];
  /** Normalised name and other printed names (normalise()). */
  keys: string[];
  /** Syllables joined: `qiandianzhen`. */
  pinyin: string;
  /** Offsets in `pinyin` where a syllable starts. */
  starts: number[];
  /** `pinyin` with v (ü) written u, as many type it (`lu` for 吕); absent when it has no v. */
  pinyinU?: string;
  /** First letters of the syllables: `qdz`. */
  initials: string;
}

/** How a query matched, best first; the numeric value is the rank. */
export const MatchKind = {
  exact: 0,
  prefix: 1,
  substring: 2,
  words: 3,
  pinyinPrefix: 4,
  pinyinSubstring: 5,
  initialsPrefix: 6,
  initialsSubstring: 7,
} as const;
export type MatchKind = (typeof MatchKind)[keyof typeof MatchKind];

export interface NameMatch {
  entry: AgencyEntry;
  kind: MatchKind;
}

/**
 * What a query and a name are compared as: NFKC (full-width letters, digits and brackets become
 * ASCII), lower case, ü written v (as pinyin input methods do), and no spaces, punctuation or
 * symbols (`钱店 镇`, `Qian-Dian`, `xi'an` all reduce to their letters).
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

/** `2019-2021,2023` → [2019, 2020, 2021, 2023]. */
export function decodeYears(text: string): number[] {
  const years: number[] = [];
  for (const part of text.split(',')) {
    if (!part) continue;
    const [from, to] = part.split('-').map(Number);
    if (!Number.isInteger(from)) continue;
    const last = Number.isInteger(to) ? to! : from!;
    for (let y = from!; y <= last; y++) years.push(y);
  }
  return years;
}

/** [2019, 2020, 2021, 2023] → `2019-2021,2023` (sorted, duplicates dropped). */
export function encodeYears(years: readonly number[]): string {
  return yearRuns(years).map(([from, to]) => (from === to ? String(from) : `${from}-${to}`)).join(',');
}

/** `店dian钱qian` → 店 → dian, 钱 → qian. */
export function decodeChars(chars: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const m of chars.matchAll(/([^a-z0-9])([a-z0-9]+)/gu)) table.set(m[1]!, m[2]!);
  return table;
}

/**
 * The syllables of a name read character by character from `table`: a character in the table
 * gives its pinyin, a run of other characters gives one lower-case word of its letters and digits
 * (`第2中学` → di 2 zhong xue). agency-index.ts checks this against pinyin-pro for every name.
 */
export function syllablesOf(name: string, table: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const word = latinWord(run);
    if (word) out.push(word);
    run = '';
  };
  for (const ch of name) {
    const reading = table.get(ch);
    if (reading === undefined) {
      run += ch;
      continue;
    }
    flush();
    out.push(reading);
  }
  flush();
  return out;
}

/**
 * The syllable a run of characters without a reading stands for: its letters and digits, lower
 * case, full-width folded (`Ｂ区` → b); '' when it has none. The index (agency-index.ts) and the
 * browser read such runs with this one function, so that the two agree.
 */
export function latinWord(run: string): string {
  return run.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

// One administrative division down to a county at the start of a name: a few characters ending
// in its unit word, read in the name with the words that name no unit blanked (郑州|市, not 郑州;
// 延津县|市场监督管理局; 红旗街道 is a 街道, no place 红旗).
const DIVISION = new RegExp(`^[\\u4e00-\\u9fff〇]+?(?:${unitWords('province', 'city', 'county')})`, 'u');
/** A county's name (长治市城区) that is also the word for a town's centre, at the start of an agency's own part. */
const NOT_DIVISION = new Set(['城区']);

/**
 * The places a name starts with: `河南省新乡市延津县` of 河南省新乡市延津县教育局, `延津县` of
 * 延津县人民政府, '' of 钱店镇. At least two characters of the name are left to the agency itself,
 * so a town named 新市镇 is not read as the place 新市.
 */
export function regionOf(name: string): string {
  const masked = maskNonUnits(name);
  let end = 0;
  for (let n = 0; n < 4; n++) {
    const m = DIVISION.exec(masked.slice(end));
    if (!m || NOT_DIVISION.has(m[0]) || name.length - end - m[0].length < 2) break;
    end += m[0].length;
  }
  return name.slice(0, end);
}

export function decodeEntry(row: AgencyRow, levels: readonly string[], table: ReadonlyMap<string, string>, regions: readonly string[] = []): AgencyEntry {
  const [name, level, years, division, township, slugField = 0, pinyinText, aliases, regionField = 0] = row;
  const syllables = pinyinText ? pinyinText.split(' ') : syllablesOf(name, table);
  const slug =
    typeof slugField === 'string'
      ? slugField
      : slugField < 0
        ? `${syllables.slice(0, -slugField).join('-')}-${division}`
        : syllables.slice(0, slugField || syllables.length).join('-');
  const starts: number[] = [];
  let pinyin = '';
  for (const s of syllables) {
    starts.push(pinyin.length);
    pinyin += s;
  }
  const keys = [name, ...(aliases ? aliases.split('|') : [])].map(normalise).filter(Boolean);
  return {
    name,
    level: levels[level] ?? '',
    region: regions[regionField] || regionOf(name),
    division: division || null,
    township: township === 1,
    years: decodeYears(years),
    slug,
    syllables,
    keys: [...new Set(keys)],
    pinyin,
    starts,
    ...(pinyin.includes('v') ? { pinyinU: pinyin.replace(/v/g, 'u') } : {}),
    initials: syllables.map((s) => s[0]).join(''),
  };
}

/** `鎮镇錢钱` → 鎮 → 镇, 錢 → 钱. */
export function decodeVariants(text: string): Map<string, string> {
  const chars = [...text];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}


/** Decodes the fetched file; throws when it is not an index this code can read. */
export function decodeIndex(file: unknown): NameIndex {
  const f = file as AgencyIndexFile;
  if (!f || f.v !== AGENCY_INDEX_VERSION || !Array.isArray(f.rows) || !Array.isArray(f.levels) || !Array.isArray(f.regions) || typeof f.chars !== 'string' || typeof f.variants !== 'string') {
    throw new Error(`agency-index.json: expected format version ${AGENCY_INDEX_VERSION}, got ${String(f?.v)}`);
  }
  const table = decodeChars(f.chars);
  return { entries: f.rows.map((row) => decodeEntry(row, f.levels, table, f.regions)), variants: decodeVariants(f.variants) };
}

/** Whether `needle` occurs in `hay` at one of `starts`. */
function occursAt(hay: string, needle: string, starts: readonly number[]): boolean {
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) if (starts.includes(i)) return true;
  return false;
}

/** How `entry` matches a query, or null; `q` normalised, `words` the normalised words of a query with spaces. */
function matchKind(entry: AgencyEntry, q: string, words: readonly string[], latin: boolean): MatchKind | null {
  let best: MatchKind | null = null;
  for (const key of entry.keys) {
    if (key === q) return MatchKind.exact;
    if (key.startsWith(q)) best = MatchKind.prefix;
    else if (best === null && key.includes(q)) best = MatchKind.substring;
  }
  if (best !== null) return best;
  if (words.length > 1 && entry.keys.some((key) => words.every((w) => key.includes(w)))) return MatchKind.words;
  if (!latin) return null;
  const loose = entry.pinyinU;
  if (entry.pinyin.startsWith(q) || loose?.startsWith(q)) return MatchKind.pinyinPrefix;
  if (occursAt(entry.pinyin, q, entry.starts) || (loose !== undefined && occursAt(loose, q, entry.starts))) return MatchKind.pinyinSubstring;
  if (entry.initials.startsWith(q)) return MatchKind.initialsPrefix;
  if (entry.initials.includes(q)) return MatchKind.initialsSubstring;
  return null;
}

/** A query's variant characters as the names write them: `錢店鎮` → `钱店镇`. */
export function foldVariants(query: string, variants: ReadonlyMap<string, string>): string {
  if (variants.size === 0) return query;
  let out = '';
  for (const ch of query) out += variants.get(ch) ?? ch;
  return out;
}

/**
 * Every entry the query matches, best first (see the top of this file). `keep` narrows the
 * entries first (the search page's year and level filters). An empty query matches nothing.
 */
export function searchNames(index: NameIndex, query: string, keep?: (e: AgencyEntry) => boolean): NameMatch[] {
  const folded = foldVariants(query, index.variants);
  const q = normalise(folded);
  if (!q) return [];
  const words = folded.normalize('NFKC').split(/\s+/).map(normalise).filter(Boolean);
  // Pinyin is tried only for queries of letters and digits with at least one letter.
  const latin = /^[a-z0-9]+$/.test(q) && /[a-z]/.test(q);
  const matches: NameMatch[] = [];
  for (const entry of index.entries) {
    if (keep && !keep(entry)) continue;
    const kind = matchKind(entry, q, words, latin);
    if (kind !== null) matches.push({ entry, kind });
  }
  return matches.sort(compareMatches);
}

/** Better kind first, then the shorter name, then in pinyin order, then by code point. */
export function compareMatches(a: NameMatch, b: NameMatch): number {
  const x = a.entry;
  const y = b.entry;
  return a.kind - b.kind || x.name.length - y.name.length || (x.pinyin < y.pinyin ? -1 : x.pinyin > y.pinyin ? 1 : 0) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
}

/**
 * The first page of results: `size` matches, then every further match tied with the last (same
 * kind and name length), so that agencies the query cannot tell apart (same initials, same
 * length) are shown together rather than cut off in code-point order; at most `3 × size` in all
 * (a one-letter query ties with thousands).
 */
export function firstPage(matches: readonly NameMatch[], size = 10): NameMatch[] {
  if (matches.length <= size) return [...matches];
  const last = matches[size - 1]!;
  let end = size;
  while (end < matches.length && end < 3 * size && matches[end]!.kind === last.kind && matches[end]!.entry.name.length === last.entry.name.length) end++;
  return matches.slice(0, end);
}

/**
 * What a suggestion says under an agency's name: its level, where it is (from its division, or
 * 未归入地区: never read from the name) and its years, so that namesakes (two 城关镇) read apart:
 * `乡镇级 · 甘肃省兰州市榆中县 · 2023—2024年`.
 */
export function suggestionDetail(entry: AgencyEntry): string {
  return [entry.level, entry.region, yearsText(entry.years)].filter(Boolean).join(' · ');
}
