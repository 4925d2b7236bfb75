/**
 * The agency-name index, built once per build (src/pages/agency-index.json.ts) and fetched by the
 * search box on first use: one compact row per agency, one table of character readings and one of
 * the characters' traditional and variant forms (name-search.ts describes the file). The pinyin is
 * computed here with pinyin-pro and the variants with OpenCC's tables (opencc-js), so that neither
 * library reaches the browser.
 */
import * as OpenCC from 'opencc-js';
import { from, to } from 'opencc-js/preset';
import { pinyin } from 'pinyin-pro';
import type { Agency } from '../site/agencies.ts';
import { isTownshipGovernment } from '../site/peers.ts';
import { LEVEL_LABELS, LEVEL_ORDER, UNPLACED } from '../present/labels.ts';
import type { Level } from '../template/schema.ts';
import { AGENCY_INDEX_VERSION, encodeYears, latinWord, syllablesOf, type AgencyIndexFile, type AgencyRow } from './name-search.ts';

/** What the index needs of an agency. */
export interface IndexedAgency {
  name: string;
  level: Level;
  years: readonly number[];
  slug: string;
  /** Other names the agency printed in its reports (an older 钱店镇人民政府 of 钱店镇). */
  aliases?: readonly string[];
  /** Its division code; absent or null when unplaced or national. */
  division?: string | null;
  /** The government of a township or 街道 (site/peers.ts isTownshipGovernment). */
  township?: boolean;
  /** Where it is, as suggestions show it (placeText); '' or absent: what its name starts with. */
  region?: string;
}

/**
 * Where an agency is, from its division, never from its name, so that namesakes can be told apart:
 * the official names from the province down (城关镇 of 郸城县: 河南省周口市郸城县; the last left out
 * where the name starts with it), 未归入地区 for an unplaced agency, '' for a national body.
 */
export function placeText(agency: Pick<Agency, 'name' | 'level' | 'division'>): string {
  if (!agency.division) return agency.level === 'national' ? '' : UNPLACED;
  const names = [...agency.division.names];
  if (names.length > 1 && agency.name.startsWith(names.at(-1)!)) names.pop();
  return names.join('');
}

interface Reading {
  /** Chinese characters with the pinyin pinyin-pro gives them in this name. */
  chars: [string, string][];
  /** The name's syllables: one per Chinese character, one per run of other letters and digits. */
  syllables: string[];
}

/**
 * Pinyin without tones, ü as v (as ids and input methods write it); a character with several
 * readings gets the one pinyin-pro picks from its context (长垣 → chang; 单县 → dan, a known miss).
 */
function read(name: string): Reading {
  const chars: [string, string][] = [];
  const syllables: string[] = [];
  let run = '';
  const flush = () => {
    const word = latinWord(run);
    if (word) syllables.push(word);
    run = '';
  };
  for (const item of pinyin(name, { toneType: 'none', type: 'all', v: true })) {
    const reading = item.pinyin.toLowerCase();
    if (!item.isZh || !/^[a-z]+$/.test(reading)) {
      run += item.origin;
      continue;
    }
    flush();
    chars.push([item.origin, reading]);
    syllables.push(reading);
  }
  flush();
  return { chars, syllables };
}

/** The pinyin syllables of a name, as the index stores them. */
export function pinyinSyllables(name: string): string[] {
  return read(name).syllables;
}

/** Each character's most frequent reading over all names (ties: the alphabetically first). */
function charTable(readings: readonly Reading[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of readings) {
    for (const [ch, py] of r.chars) {
      let c = counts.get(ch);
      if (!c) counts.set(ch, (c = new Map()));
      c.set(py, (c.get(py) ?? 0) + 1);
    }
  }
  const table = new Map<string, string>();
  for (const [ch, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    table.set(ch, [...c].sort(([pa, na], [pb, nb]) => nb - na || (pa < pb ? -1 : 1))[0]![0]);
  }
  return table;
}

function row(agency: IndexedAgency, reading: Reading, table: ReadonlyMap<string, string>, region: number): AgencyRow {
  const { syllables } = reading;
  const derived = syllablesOf(agency.name, table);
  const spelled = derived.join(' ') === syllables.join(' ') ? '' : syllables.join(' ');
  // The slug is the pinyin of the agency's key: most often the name itself, or its start (钱店镇 of
  // 钱店镇人民政府), followed by the division code; then a number says how many syllables it takes,
  // negative with the code.
  let slug: string | number = agency.slug;
  for (let k = syllables.length; k > 0; k--) {
    const start = syllables.slice(0, k).join('-');
    if (start === agency.slug) {
      slug = k === syllables.length ? 0 : k;
      break;
    }
    if (agency.division && `${start}-${agency.division}` === agency.slug) {
      slug = -k;
      break;
    }
  }
  const aliases = [...new Set(agency.aliases ?? [])].filter((a) => a && a !== agency.name).join('|');
  const out: AgencyRow = [agency.name, LEVEL_ORDER.indexOf(agency.level), encodeYears(agency.years), agency.division ?? '', agency.township ? 1 : 0, slug, spelled, aliases, region];
  while (out.length > 3 && (out.at(-1) === '' || out.at(-1) === 0)) out.pop();
  return out;
}

/** Traditional Chinese (Taiwan and Hong Kong standards) and their variants, to simplified. */
const TO_SIMPLIFIED = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];

/** Every single character OpenCC's tables convert from: the traditional and variant forms. */
function variantCandidates(): Set<string> {
  const chars = new Set<string>();
  const groups = [...to.cn!, ...from.tw!, ...from.hk!];
  for (const group of groups) {
    for (const dict of group) {
      const pairs = typeof dict === 'string' ? dict.split('|').map((p) => p.split(' ')) : dict;
      for (const [source] of pairs) if (source && [...source].length === 1) chars.add(source);
    }
  }
  return chars;
}

/**
 * The variant table of the index: each traditional or variant character whose simplified form is
 * one of `used` (the characters of the names), followed by that form: `鎮镇錢钱`. Sorted by code
 * point, so the file is the same for the same names.
 */
export function variantTable(used: ReadonlySet<string>): string {
  const pairs: string[] = [];
  for (const ch of [...variantCandidates()].sort()) {
    if (used.has(ch)) continue;
    const simplified = TO_SIMPLIFIED.map((convert) => convert(ch)).find((s) => s !== ch && used.has(s));
    if (simplified) pairs.push(ch + simplified);
  }
  return pairs.join('');
}

/** The index file for `agencies`, rows sorted by name (code point order, as the ranking's ties). */
export function buildAgencyIndex(agencies: readonly IndexedAgency[]): AgencyIndexFile {
  const sorted = [...agencies].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const readings = sorted.map((a) => read(a.name));
  const table = charTable(readings);
  const regions = ['', ...[...new Set(sorted.map((a) => a.region ?? '').filter(Boolean))].sort()];
  const regionIndex = new Map(regions.map((r, i) => [r, i]));
  return {
    v: AGENCY_INDEX_VERSION,
    levels: LEVEL_ORDER.map((l) => LEVEL_LABELS[l]),
    chars: [...table].map(([ch, py]) => ch + py).join(''),
    variants: variantTable(new Set(table.keys())),
    regions,
    rows: sorted.map((a, i) => row(a, readings[i]!, table, regionIndex.get(a.region ?? '')!)),
  };
}

/** The site's agencies as the index takes them: every printed name besides the latest as an alias. */
export function indexedAgencies(agencies: readonly Agency[]): IndexedAgency[] {
  return agencies.map((a) => ({
    name: a.name,
    level: a.level,
    years: a.years,
    slug: a.slug,
    aliases: [...new Set(a.reports.map((r) => r.agency))],
    division: a.division?.code ?? null,
    township: isTownshipGovernment(a),
    region: placeText(a),
  }));
}
