/**
 * Where a report's agency is, from the evidence in a report, in the order: the folders
 * of its path, then its title, then its text, then its name alone where that is unique in the
 * country. (The manifest, which always wins, is applied by manifest.ts after this.) Never a
 * guess: where the evidence leaves several candidates (88 城关镇), none, or contradicts itself,
 * the report stays unplaced and says why, listing the candidates with their full names and codes.
 *
 * The name gives the candidates (every division its last place name can be, narrowed by the
 * ones before it: 郸城县钱店镇). Each folder named after a place keeps only the candidates within
 * it; a folder that keeps none contradicts the name. The text then narrows what is left by the
 * bodies it names (乌苏市人民政府办公室, 焦作广播电视台) and the page's 发布机构 line, but only
 * when what it names lies on one line of descent (河南省 › 周口市 › 郸城县): a text that names the
 * bodies of two places side by side (兰考县 and 周口市) does not decide between them.
 */
import { levelOf } from '../agency/level.ts';
import { splitName } from '../agency/kind.ts';
import { nameForm } from '../agency/name.ts';
import { divisionDepth } from '../template/levels.ts';
import type { NoteCode } from '../template/notes.ts';
import { maskNonUnits, unitWords } from '../template/unit-words.ts';
import type { Division as PlacedDivision } from '../template/schema.ts';
import { namedBodies, placeFolders, publisherDivisions } from './evidence.ts';
import { chainOf, fullName, within, type Division, type Gazetteer } from './gazetteer.ts';
import { placeAfter, readName, type NameReading } from './read-name.ts';

export type How = PlacedDivision['how'];

export interface PlaceInput {
  /** The agency as printed (钱店镇, 延津县人民政府办公室). */
  agency: string;
  /** Whether the agency's name is the title's (else it was found in the text). */
  fromTitle: boolean;
  /** The file's path relative to the content folder, with `/`. */
  path: string;
  /** The document's text, line by line. */
  lines: readonly string[];
}

export interface Placement {
  division: Division | null;
  how: How | null;
  /** The agency's body: its name after the place (人民政府办公室; '' for 钱店镇). */
  body: string;
  /** The divisions the evidence left, when it left more than one. */
  candidates: Division[];
  /** Why the report is unplaced; null when it is placed, or is a national body (no division). */
  problem: { code: NoteCode; message: string } | null;
}

/**
 * A unit word a department's name starts with (县教育局, 自治区人民政府办公厅), where two characters
 * of the name are left; not the 市 of 市辖区 or of 市直 (a city's own bodies as a group).
 */
const OWN_UNIT = new RegExp(`^(?:${unitWords()})(?![辖直])(?=.{2,})`);

/**
 * At most this many candidates are named in a note, the rest counted: every one of the most
 * common name (88 城关镇 and three 城关回族镇), so that the code to settle it is there to copy.
 */
const LISTED = 100;

/** The agency's division from the report's evidence, or why there is none (see the module's comment). */
export function resolvePlace(input: PlaceInput, gaz: Gazetteer): Placement {
  const reading = readName(input.agency, gaz);
  const body = bodyOf(input.agency, reading);
  const unplaced = (code: NoteCode, message: string, candidates: Division[] = []): Placement => ({
    division: null,
    how: null,
    body,
    candidates,
    problem: { code, message: `${message}。在 agencies.csv 中加一行“${input.path},区划代码”即可归入` },
  });
  if (reading.conflict) {
    const { outer, inner } = reading.conflict;
    return unplaced('place-conflict', `名称“${input.agency}”中的“${inner.text}”不在“${outer.text}”之内（${inner.text}：${list(inner.divisions)}）`);
  }
  // 1. The name: every division its last place name can be, within the ones named before it.
  const named = reading.units.length > 0;
  let candidates: Division[] | null = named ? reading.candidates : null;
  // A place named after the ones the list knows (柳河县崔口街道办事处: 柳河县 has no 崔口街道) is a
  // place the list lacks: the agency is not the county's department.
  const further = named ? splitName(placeAfter(reading.body)).place : '';
  if (candidates && further) {
    // A unit named inside a division must be deeper than it.
    const depth = divisionDepth(levelOf(further));
    candidates = candidates.filter((c) => divisionDepth(c.level) >= depth);
    if (candidates.length === 0) {
      return unplaced('place-unknown', `行政区划代码表（${gaz.edition}）中，${list(reading.candidates)}之内没有“${further}”`);
    }
  }

  // 2. The folders, outermost first.
  const folders = placeFolders(input.path, gaz);
  for (const folder of folders) {
    if (!candidates) continue;
    const kept = candidates.filter((c) => folder.divisions.some((f) => within(c, f)));
    if (kept.length === 0) return unplaced('place-conflict', `文件夹“${folder.name}”与名称“${input.agency}”不符（${list(candidates)}）`);
    candidates = kept;
  }
  if (!candidates) {
    // A name without a place (教育局, 县教育局) is placed by its folder alone, where the folder
    // names one division of the name's level; a name whose place the list lacks (XX乡) is not.
    const deepest = folders.at(-1)?.divisions;
    const level = levelOf(input.agency);
    if (deepest?.length === 1 && (level === 'unknown' || level === deepest[0]!.level) && splitName(input.agency).place === '') {
      candidates = [deepest[0]!];
    }
  }
  if (!candidates) {
    if (!input.agency || levelOf(input.agency) === 'national') return { division: null, how: null, body, candidates: [], problem: null };
    const looksPlaced = splitName(input.agency).place;
    return unplaced(
      'place-unknown',
      looksPlaced ? `“${looksPlaced}”不在行政区划代码表（${gaz.edition}）中` : `名称“${input.agency}”不含地名，文件夹和正文也未说明所在地区`,
    );
  }

  // 3. The text: the bodies it names, and a web page's 发布机构.
  const text = nameForm(input.lines.join(''));
  const publisher = publisherDivisions(input.lines, gaz);
  const mentioned = (cands: Division[]): Division[] => {
    const above = new Set(cands.flatMap((c) => chainOf(c).slice(0, -1)));
    return [...namedBodies(text, above), ...publisher.filter((p) => cands.some((c) => within(c, p)))];
  };
  if (candidates.length > 1) {
    const m = mentioned(candidates);
    const line = descent(m);
    if (line) candidates = candidates.filter((c) => within(c, line));
  }
  if (candidates.length > 1) {
    return unplaced('place-ambiguous', `“${reading.units.at(-1)!.text}”在行政区划中有 ${candidates.length} 处，报告的名称、标题、文件夹和正文都未说明是哪一处：${list(candidates)}`, candidates);
  }

  // One candidate: the first evidence, in the order, that names it or a division above
  // it, besides the agency's own place name; 'name' where that alone was enough.
  const division = candidates[0]!;
  const names = (d: Division) => within(division, d);
  let how: How = 'name';
  if (folders.some((f) => f.divisions.some(names))) how = 'path';
  else if (reading.units.length > 1) how = input.fromTitle ? 'title' : 'text';
  else if (mentioned([division]).some(names)) how = 'text';
  return { division, how, body, candidates: [], problem: null };
}

/** The deepest of divisions that all lie on one line of descent, or null when they do not (or are none). */
function descent(divisions: Division[]): Division | null {
  let deepest: Division | null = null;
  for (const d of divisions) {
    if (!deepest || within(d, deepest)) deepest = d;
    else if (!within(deepest, d)) return null;
  }
  return deepest;
}

/** Candidates by full name and code: 河南省周口市郸城县城郊乡（411625200）、…, at most LISTED of them. */
function list(divisions: readonly Division[]): string {
  const shown = divisions.slice(0, LISTED).map((d) => `${fullName(d)}（${d.code}）`);
  return shown.join('、') + (divisions.length > LISTED ? ` 等共 ${divisions.length} 处` : '');
}

/**
 * The agency's body: its name after the places it names (人民政府办公室 of 延津县人民政府办公室,
 * 办事处 of 柳河县崔口街道办事处, whose 崔口街道 the list lacks),
 * or, for a name that names none, after its last unit, without the unit word a department's name
 * may start with (县教育局 → 教育局).
 */
export function bodyOf(agency: string, reading: NameReading): string {
  if (reading.units.length > 0) {
    // After a place the list lacks there (柳河县|崔口街道|办事处, 柳河县|人民政府崔口街道|办事处);
    // a branch's name stays whole (公安局鼓楼区分局 is a bureau's, not the government of a 鼓楼区).
    const further = splitName(placeAfter(reading.body));
    return further.place && reading.body.endsWith(further.place + further.body) ? further.body : reading.body;
  }
  const body = splitName(agency).body;
  return body.slice(OWN_UNIT.exec(maskNonUnits(body))?.[0].length ?? 0);
}
