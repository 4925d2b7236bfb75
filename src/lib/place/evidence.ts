/**
 * Evidence of place besides the agency's name: the folders a file sits in, the 发布机构 line of a
 * web page, and the bodies the text names (乌苏市人民政府办公室印发…, 焦作广播电视台). Each
 * gives divisions; resolve.ts weighs them.
 */
import { nameForm } from '../agency/name.ts';
import { PLACE_UNIT_CHARACTERS } from '../template/unit-words.ts';
import { aliasesOf } from './aliases.ts';
import type { Division, Gazetteer } from './gazetteer.ts';
import { readName, readPlace } from './read-name.ts';

export interface Folder {
  /** The folder's name as it is on disk. */
  name: string;
  divisions: Division[];
}

/** The folders of a path (relative to the content folder) that are named after places. */
export function placeFolders(relPath: string, gaz: Gazetteer): Folder[] {
  const folders = relPath.split('/').slice(0, -1);
  const out: Folder[] = [];
  for (const name of folders) {
    const divisions = readPlace(name, gaz);
    if (divisions) out.push({ name, divisions });
  }
  return out;
}

/** A web page's publisher line: 发布机构：郸城县人民政府, 来源：…, 发文机关：…. */
const PUBLISHER = /(?:发布机构|发布单位|发文机关|信息来源|来源)[:：]\s*([\u4e00-\u9fa5()（）]{2,40})/;

/** The divisions a web page's 发布机构 line names, among the document's first lines. */
export function publisherDivisions(lines: readonly string[], gaz: Gazetteer): Division[] {
  for (const line of lines.slice(0, 40)) {
    const m = PUBLISHER.exec(nameForm(line));
    if (!m) continue;
    const reading = readName(m[1]!, gaz);
    if (reading.units.length > 0 && !reading.conflict) return reading.candidates;
  }
  return [];
}

/**
 * What makes a place's name in a text the name of a body: a government, a party committee, its
 * office or departments, its paper or broadcaster. A place named in passing (学习兰考县经验)
 * is no evidence of where the report is from.
 */
const BODY_AFTER = new RegExp(`^(?:人民政府|政府|党委|[${PLACE_UNIT_CHARACTERS}]委|人大|政协|纪委|监委|办公室|政务|日报|报社|广播电视台|电视台|融媒体|新闻|[\\u4e00-\\u9fa5]{0,8}?(?:局|委员会))`);

/**
 * Which of `divisions` the text names as a body: a full form (乌苏市人民政府办公室) or, for a
 * province or city, a short one (焦作广播电视台) followed by a body word.
 */
export function namedBodies(text: string, divisions: Iterable<Division>): Set<Division> {
  const found = new Set<Division>();
  for (const division of divisions) {
    const aliases = aliasesOf(division.name, division.level);
    if ([...aliases.full, ...aliases.short].some((form) => namesBody(text, form))) found.add(division);
  }
  return found;
}

function namesBody(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (BODY_AFTER.test(text.slice(at + form.length, at + form.length + 12))) return true;
  }
  return false;
}
