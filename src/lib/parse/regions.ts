/**
 * A document → its regions: where the section headings are, and where section 二's tables,
 * table 三 and table 四 and the text of sections 一, 五 and 六 begin and end. Every line is looked
 * at once, for every marker at once; the boundaries are then settled from those marks alone, in
 * the report's order. Each parser is handed its region and reads nothing outside it.
 *
 * The markers come from the template: section headings and their marks (template/sections.ts),
 * table 三's header texts and first row (template/applications.ts), table 四's group labels
 * (template/review.ts), section 二's article and column header (template/active-disclosure.ts).
 * All of them are matched against a line's label key (normalize.ts), so that spacing and
 * punctuation do not matter.
 */
import { DISCLOSURE_ARTICLE, DISCLOSURE_CONTENT_HEADER } from '../template/active-disclosure.ts';
import { APPLICATION_ROWS, APPLICATIONS_HEADER, rowDef } from '../template/applications.ts';
import { REVIEW_GROUPS } from '../template/review.ts';
import { SECTIONS, type SectionKey } from '../template/sections.ts';
import type { RawDocument } from '../read/types.ts';
import { labelKey, lineKeys, readCell } from './normalize.ts';
import { headingOf } from './sections.ts';

/** A run of lines: indexes into `RawDocument.lines`, `endIndex` exclusive. */
export interface Region {
  startIndex: number;
  endIndex: number;
}

/** The sections whose text the report keeps (schema.ts `sections`). */
export const TEXT_SECTIONS = ['overview', 'problems', 'other'] as const satisfies readonly SectionKey[];
export type TextSectionKey = (typeof TEXT_SECTIONS)[number];

export interface Regions {
  /** The line index of each section heading found. */
  headings: Partial<Record<SectionKey, number>>;
  /** Section 二: from its first 第二十条 (or 信息内容) line to where table 三 starts. */
  disclosure: Region | null;
  /** Table 三: from its header (or first row) to where it has certainly ended; null without a number in it. */
  applications: Region | null;
  /** Table 四: from its header to where section 五 or 六 starts. */
  review: Region | null;
  /** The prose of sections 一, 五 and 六, heading excluded; null where the heading was not found. */
  text: Record<TextSectionKey, Region | null>;
}

/** The words of a row's official label among its keys (variant spellings are not a table's start). */
const printedKeys = (keys: readonly string[], label: string) => keys.filter((k) => labelKey(label).includes(k));
const newReceived = rowDef('newReceived');

/** Table 三 starts at its header (the identity note, 申请人情况) or, failing that, at its first row. */
const APPLICATIONS_START = [APPLICATIONS_HEADER.identityNoteKey, labelKey(APPLICATIONS_HEADER.applicants), ...printedKeys(newReceived.keys, newReceived.label)];
/** Table 四's header names its groups (行政复议, 行政诉讼), and so does its heading. */
const REVIEW_HEADER = [...new Set(REVIEW_GROUPS.map((g) => g.parent ?? g.printed))];
/** Where section 五 or 六 starts, table 四 and every table before it are over. */
const AFTER_REVIEW = SECTIONS.slice(SECTIONS.findIndex((s) => s.key === 'review') + 1).flatMap((s) => s.marks);
const APPLICATIONS_END = [...REVIEW_HEADER, ...AFTER_REVIEW];
const DISCLOSURE_START = [DISCLOSURE_ARTICLE, DISCLOSURE_CONTENT_HEADER];
/** A line longer than this names 行政复议 in a sentence: it is prose, not table 四's header. */
const REVIEW_HEADER_MAX = 40;

/** Website chrome after the report's last section: footers, share links, print buttons. */
const PAGE_FOOTER = /网站标识码|ICP备|公网安备|版权所有|主办单位|承办单位|技术支持|联系我们|网站地图|打印本页|关闭窗口|【打印】|【关闭】|分享到|扫一扫/;

/** Line indexes of each marker, in document order. */
interface Marks {
  headings: Map<SectionKey, number[]>;
  applicationsStart: number[];
  applicationsEnd: number[];
  disclosureStart: number[];
  reviewHeader: number[];
  reviewEnd: number[];
  footer: number[];
}

const has = (key: string, words: readonly string[]) => words.some((w) => key.includes(w));

function markLines(doc: RawDocument): Marks {
  const keys = lineKeys(doc);
  const marks: Marks = { headings: new Map(), applicationsStart: [], applicationsEnd: [], disclosureStart: [], reviewHeader: [], reviewEnd: [], footer: [] };
  doc.lines.forEach((line, i) => {
    const key = keys[i]!;
    const heading = headingOf(line);
    if (heading) {
      // Pushed, not copied: a copy per heading was quadratic in a file of thousands of them.
      if (!marks.headings.has(heading)) marks.headings.set(heading, []);
      marks.headings.get(heading)!.push(i);
    }
    if (has(key, APPLICATIONS_START)) marks.applicationsStart.push(i);
    if (has(key, APPLICATIONS_END)) marks.applicationsEnd.push(i);
    if (has(key, DISCLOSURE_START)) marks.disclosureStart.push(i);
    if (has(key, REVIEW_HEADER) && key.length <= REVIEW_HEADER_MAX) marks.reviewHeader.push(i);
    if (has(key, AFTER_REVIEW)) marks.reviewEnd.push(i);
    if (PAGE_FOOTER.test(line.cells.join(''))) marks.footer.push(i);
  });
  return marks;
}

/** The first mark at or after `from` (and before `to`), or undefined. */
function first(marks: readonly number[] | undefined, from: number, to = Infinity): number | undefined {
  const at = marks?.find((i) => i >= from);
  return at !== undefined && at < to ? at : undefined;
}

/** Whether any line of the region holds a number or a blank mark: a table header alone is no table. */
function holdsValues(doc: RawDocument, region: Region): boolean {
  for (let i = region.startIndex; i < region.endIndex; i++) {
    if (doc.lines[i]!.cells.some((c) => ['number', 'blank'].includes(readCell(c).kind))) return true;
  }
  return false;
}

/**
 * Whether a stretch of label text prints most of table 三's rows: a table printed without one
 * number (a published template left unfilled) is still the table, with every cell blank; anything
 * less is not the table.
 */
export function printsMostRows(tableText: string): boolean {
  return APPLICATION_ROWS.filter((r) => r.keys.some((k) => tableText.includes(k))).length >= APPLICATION_ROWS.length / 2;
}

export function findRegions(doc: RawDocument): Regions {
  const n = doc.lines.length;
  const marks = markLines(doc);

  // Headings in the report's order: each after the one before it that was found.
  const headings: Regions['headings'] = {};
  let after = 0;
  for (const section of SECTIONS) {
    const at = first(marks.headings.get(section.key), after);
    if (at === undefined) continue;
    headings[section.key] = at;
    after = at + 1;
  }

  let applications: Region | null = null;
  const applicationsStart = first(marks.applicationsStart, headings.applications ?? headings.active ?? 0);
  if (applicationsStart !== undefined) {
    const region = { startIndex: applicationsStart, endIndex: first(marks.applicationsEnd, applicationsStart + 1) ?? n };
    if (holdsValues(doc, region) || printsMostRows(lineKeys(doc).slice(region.startIndex, region.endIndex).join(''))) applications = region;
  }

  const disclosureEnd = applications?.startIndex ?? headings.applications ?? n;
  const disclosureStart = first(marks.disclosureStart, headings.active ?? 0, disclosureEnd);
  const disclosure = disclosureStart === undefined ? null : { startIndex: disclosureStart, endIndex: disclosureEnd };

  // Table 四 is looked for after table 三; nothing between them names 行政复议 (it would have ended table 三).
  const reviewStart = first(marks.reviewHeader, applications?.endIndex ?? headings.review ?? 0);
  const review = reviewStart === undefined ? null : { startIndex: reviewStart, endIndex: first(marks.reviewEnd, reviewStart + 1) ?? n };

  const footer = first(marks.footer, (headings.other ?? headings.problems ?? -1) + 1);
  const textEnd = footer ?? n;
  const found = Object.values(headings);
  const textOf = (at: number | undefined): Region | null => {
    if (at === undefined) return null;
    const next = found.filter((i) => i > at);
    return { startIndex: at + 1, endIndex: next.length > 0 ? Math.min(...next) : textEnd };
  };
  const text = Object.fromEntries(TEXT_SECTIONS.map((key) => [key, textOf(headings[key])])) as Regions['text'];

  return { headings, disclosure, applications, review, text };
}
