/**
 * Section 二: the small tables of 主动公开. Each printed row is matched to a template item by its
 * label; its numbers fill the item's fields in printed order, each with its place (places.ts).
 * The 2019 and 2021 editions have different items, told apart by their column headers.
 */
import { DISCLOSURE_2019, DISCLOSURE_2021, DISCLOSURE_ITEMS, disclosurePath, disclosureValues, type DisclosureField, type DisclosureItem } from '../template/active-disclosure.ts';
import type { Edition } from '../template/editions.ts';
import type { ActiveDisclosure, ActiveDisclosure2019 } from '../template/schema.ts';
import type { RawDocument } from '../read/types.ts';
import { labelKey, lineKeys } from './normalize.ts';
import type { NoteList } from './notes.ts';
import { placeOf, setPlace, type CellPlaces } from './places.ts';
import type { Region } from './regions.ts';
import { runTogetherLines, type RunTogether } from './run-together.ts';
import { segmentLines, type Segment, type Value } from './segments.ts';

export interface DisclosureResult {
  activeDisclosure: ActiveDisclosure;
  /** Every printed number of a 2019-edition section 二, item → field. */
  activeDisclosure2019?: ActiveDisclosure2019;
  /** Where each number was read (`activeDisclosure.licensing`, `activeDisclosure2019.fees.change`). */
  places: CellPlaces;
  edition: Edition | null;
  found: boolean;
  /** Rows whose numbers could not be placed in their fields (schema.ts `unread`). */
  unread: string[];
  /** Section 二 prints column headers of the 2021 edition only (本年制发件数, 本年废止件数, …). */
  printed2021?: true;
  /** Rows not read that print their digits run together with their labels (run-together.ts): their fields are unread. */
  runTogether?: RunTogether[];
}

/** Column headers printed in the 2019 edition's section 二 only (本年新制作数量, 上一年项目数量, …). */
const LABELS_2021 = DISCLOSURE_2021.flatMap((item) => item.fields.map((f) => labelKey(f.label)));
const HEADERS_2019 = [...new Set(DISCLOSURE_2019.flatMap((item) => item.fields.map((f) => labelKey(f.label))))].filter((h) => !LABELS_2021.some((l) => l.includes(h)));
const LABELS_2019 = DISCLOSURE_2019.flatMap((item) => item.fields.map((f) => labelKey(f.label)));
/** Column headers printed in the 2021 edition's section 二 only. */
const HEADERS_2021 = [...new Set(LABELS_2021)].filter((h) => !LABELS_2019.some((l) => l.includes(h)));

export function emptyDisclosure(): ActiveDisclosure {
  return disclosureValues(DISCLOSURE_2021, () => null);
}

/** @param region from the first 第二十条 line to where table 三 starts (regions.ts) */
export function readDisclosure(doc: RawDocument, region: Region | null, notes: NoteList): DisclosureResult {
  const result: DisclosureResult = { activeDisclosure: emptyDisclosure(), places: new Map(), edition: null, found: false, unread: [] };
  if (!region) return result;
  const { startIndex, endIndex } = region;
  const text = lineKeys(doc).slice(startIndex, endIndex).join('');
  const edition = HEADERS_2019.some((h) => text.includes(h)) ? '2019' : '2021';
  result.edition = edition;
  if (edition === '2021' && HEADERS_2021.some((h) => text.includes(h))) result.printed2021 = true;
  const items = DISCLOSURE_ITEMS[edition];
  const matched = matchItems(segmentLines(doc.lines, startIndex, endIndex, doc.exactCells), items);
  result.found = matched.size > 0;
  // A row not read whose digits are run into its label is printed, not blank: its fields are unread.
  const namesItem = (key: string, item: DisclosureItem) => !matched.has(item) && item.keys.some((k) => key.includes(k));
  const runTogether = runTogetherLines(doc.lines, startIndex, endIndex, (key) => items.some((item) => namesItem(key, item)));
  if (runTogether.length > 0) result.runTogether = runTogether;
  const runKeys = runTogether.map((r) => labelKey(r.text));

  const read = new Map<DisclosureItem, (Value | null)[]>();
  for (const item of items) {
    const segment = matched.get(item);
    const values = segment ? fieldValues(segment, item, doc.exactCells, notes) : null;
    const unread = values === 'ambiguous' || (result.found && runKeys.some((key) => namesItem(key, item)));
    if (unread) result.unread.push(...item.fields.map((f) => disclosurePath(edition, item, f)));
    const cells = Array.isArray(values) ? values : item.fields.map(() => null);
    read.set(item, cells);
    item.fields.forEach((field, i) => setPlace(result.places, disclosurePath(edition, item, field), cells[i] ? placeOf(cells[i]) : undefined));
  }
  const value = (item: DisclosureItem, field: DisclosureField) => read.get(item)![item.fields.indexOf(field)]?.value ?? null;
  if (edition === '2019') result.activeDisclosure2019 = disclosureValues(DISCLOSURE_2019, value);
  else result.activeDisclosure = disclosureValues(DISCLOSURE_2021, value);
  return result;
}

/** Each item takes the first segment that names it (namedItem); a segment names one item at most. */
function matchItems(segments: Segment[], items: readonly DisclosureItem[]): Map<DisclosureItem, Segment> {
  const matched = new Map<DisclosureItem, Segment>();
  for (const segment of segments) {
    const item = namedItem(segment, items);
    if (item && !matched.has(item)) matched.set(item, segment);
  }
  return matched;
}

/**
 * The item a segment's own line names, the first in template order. A label wrapped onto the
 * line of its numbers (行政事业性 / 收费 1.25) names none there: then the label lines before
 * it do, by the name printed last, nearest the numbers, so a row printed without numbers above
 * it takes none of them.
 */
function namedItem(segment: Segment, items: readonly DisclosureItem[]): DisclosureItem | undefined {
  const near = labelKey(segment.near);
  const byNear = items.find((item) => item.keys.some((k) => near.includes(k)));
  if (byNear) return byNear;
  const before = labelKey(segment.before);
  let named: DisclosureItem | undefined;
  let at = -1;
  for (const item of items) {
    for (const key of item.keys) {
      const i = before.lastIndexOf(key);
      if (i > at) [named, at] = [item, i];
    }
  }
  return named;
}

/**
 * The printed cell of each field in its fields' order (its number converted to 万元 where printed
 * in 元), or `ambiguous` when they cannot be placed (the row is left blank, its fields unread):
 * fewer numbers than fields outside exact rows, or more numbers than fields in any row.
 */
function fieldValues(segment: Segment, item: DisclosureItem, exactCells: boolean, notes: NoteList): (Value | null)[] | 'ambiguous' {
  const values = segment.values;
  // Outside exact (HTML) rows a blank cell leaves no trace: with fewer numbers than fields there
  // is no telling which field each belongs to. (A segment holds at least one number.)
  if (!exactCells && values.length < item.fields.length) {
    notes.add('warning', 'cell-ambiguous', `表二“${item.label}”行：应有 ${item.fields.length} 个数字，只印出 ${values.length} 个，无法判断哪一项空缺，该行留空`, segment.place);
    return 'ambiguous';
  }
  // More numbers than fields: which of them are the fields' is anybody's guess, so none is taken.
  // (Empty cells after the last field are the padding of a wide cell in an exact row.)
  const printed = segment.values.filter((v, i) => i < item.fields.length || v.raw !== '');
  if (printed.length > item.fields.length) {
    notes.add('warning', 'row-cells', `表二“${item.label}”行：应有 ${item.fields.length} 个数字，实际 ${printed.length} 个，无法判断各是哪一项，该行留空`, segment.place);
    return 'ambiguous';
  }
  return item.fields.map((field, i) => {
    const v = values[i];
    if (!v) return null;
    if (v.yuan && field.money && v.value !== null) {
      const wan = v.value / 10000;
      notes.add('info', 'unit-converted', `表二“${item.label}”行：“${v.raw}”以元为单位，已换算为 ${wan} 万元`, v.place);
      return { ...v, value: wan };
    }
    return v;
  });
}
