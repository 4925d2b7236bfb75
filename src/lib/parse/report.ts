/**
 * A document → a report: header facts, the three tables, the text sections, where each number
 * was read (`places`), and every note on what was inferred or could not be read. Pure: it never touches the filesystem and never throws
 * on bad content (STYLE.md habit 5); the arithmetic checks are added by check/.
 */
import type { RawDocument } from '../read/types.ts';
import type { Report, ReportEdition } from '../template/schema.ts';
import { sectionHeading } from '../template/sections.ts';
import { readDisclosure, type DisclosureResult } from './active-disclosure.ts';
import { readApplications, type ApplicationsTable } from './applications.ts';
import { readHeader, type HeaderFacts } from './header.ts';
import { NoteList } from './notes.ts';
import type { CellPlaces } from './places.ts';
import { looksPre2019, readPre2019 } from './pre2019.ts';
import { provenance } from './provenance.ts';
import { emptyApplications, readMatrix } from './reconcile.ts';
import { emptyReview, readReview } from './review.ts';
import { findRegions, TEXT_SECTIONS, type Regions } from './regions.ts';
import { quoteRunTogether } from './run-together.ts';
import { emptyUnreadCells, markUnreadCells } from './unread-cells.ts';
import { sectionText } from './sections.ts';
import { simplifiedDocument } from './simplified.ts';

/** A report as the document alone gives it: who the agency is is settled at ingest (src/lib/place/). */
export type ParsedReport = Omit<Report, 'id' | 'source' | 'checks' | 'agencyKey' | 'level' | 'division' | 'agencyKind' | 'scope'>;

/** Words without which a document is not a disclosure report at all. */
const REPORT_MARKERS = /政府信息公开|政务公开|信息公开工作/;

export function parseReport(read: RawDocument): ParsedReport | { notReport: string } {
  // A workbook's cell that holds no number among numbers is emptied here and marked unread at the end.
  const { doc: printed, cells: unreadCells } = emptyUnreadCells(read);
  const text = documentText(printed);
  if (!mentionsDisclosure(text.full)) {
    return { notReport: 'no mention of 政府信息公开 anywhere: not a government-information-disclosure report' };
  }
  const { doc } = text;
  const notes = new NoteList();
  const header = readHeaderNoted(text.printedLines, printed, notes);
  const regions = findRegions(doc);
  const table = readApplications(doc, regions.applications, notes);
  const disclosure = readDisclosure(doc, regions.disclosure, notes);
  const { edition, mixed } = editionOf(header.year, table, disclosure, text.full);

  const report: ParsedReport = {
    title: header.title,
    agency: header.agency,
    year: header.year,
    template: edition,
    status: 'ok',
    activeDisclosure: disclosure.activeDisclosure,
    applications: emptyApplications(),
    reviewLitigation: emptyReview(),
    missingColumns: [],
    inferred: [],
    unread: [],
    sections: textSections(printed, regions),
    notes: notes.items,
    ...provenance(doc, text.lines),
  };
  if (disclosure.activeDisclosure2019) report.activeDisclosure2019 = disclosure.activeDisclosure2019;

  if (edition === 'pre2019') {
    notes.add('info', 'pre2019', `${header.year ?? '年度不明'}${header.year ? '年' : ''}的报告按2007年条例编写：只列出正文所述的合计数，不套用2019/2021年格式的表格`);
    const pre2019 = readPre2019(doc.lines);
    report.pre2019 = pre2019.totals;
    report.places = placesOf(disclosure.places, pre2019.places);
    noteMissingSections(regions, notes);
    return report;
  }

  const matrix = readTable3(report, table, edition, mixed, notes);
  const review = readReview(doc, regions.review, notes);
  report.reviewLitigation = review.reviewLitigation;
  report.places = placesOf(disclosure.places, matrix.places, review.places);
  report.inferred.push(...review.inferred);
  report.unread.push(...review.unread);
  const incomplete = matrix.incomplete || review.incomplete;
  noteDisclosureUnread(report, disclosure, edition, notes);

  report.template = edition === 'unknown' && table ? '2021' : edition;
  const nothing = !(table && (table.rows.size > 0 || table.blank || table.runTogether)) && !review.found;
  report.status = nothing ? 'failed' : incomplete ? 'partial' : 'ok';
  if (nothing) notes.add('error', 'table-missing', '报告中的表格均无法读取：报告可能不完整，或排版方式无法识别');
  noteMissingSections(regions, notes);
  markUnreadCells(report, unreadCells, notes);
  return report;
}

/** The document in simplified characters for matching, its lines as printed for the header, and the whole text. */
function documentText(printed: RawDocument): { doc: RawDocument; printedLines: string[]; lines: string[]; full: string } {
  // Matched in simplified characters; the header names the agency and the sections quote the text as printed.
  const doc = simplifiedDocument(printed);
  const printedLines = printed.lines.map((l) => l.cells.filter((c) => c !== '').join(' '));
  const lines = doc === printed ? printedLines : doc.lines.map((l) => l.cells.filter((c) => c !== '').join(' '));
  return { doc, printedLines, lines, full: lines.join('\n') };
}

function mentionsDisclosure(fullText: string): boolean {
  // Only a marker broken by spaces (政府信息 公开 in a PDF) needs them taken out: that pass over
  // the whole text runs only when no marker is found as printed.
  return REPORT_MARKERS.test(fullText) || REPORT_MARKERS.test(fullText.replace(/\s+/g, ''));
}

/** The title, agency and year, each one missing noted. */
function readHeaderNoted(printedLines: string[], printed: RawDocument, notes: NoteList): HeaderFacts {
  const header = readHeader(printedLines, printed.titles);
  if (!header.title) notes.add('warning', 'title-missing', '未找到标题行，发布机关和年度取自正文');
  if (!header.agency) notes.add('error', 'agency-missing', '未能从标题或正文识别发布机关');
  if (header.year === null) notes.add('error', 'year-missing', '未能识别报告所属年度');
  return header;
}

/** The report's edition from its tables and year; `mixed` for a 2021 report that kept the 2019 table 三. */
function editionOf(year: number | null, table: ApplicationsTable | null, disclosure: DisclosureResult, fullText: string): { edition: ReportEdition; mixed: boolean } {
  let edition: ReportEdition = table?.edition ?? disclosure.edition ?? 'unknown';
  // A 2021 report that kept the 2019 table 三 (one （六）其他处理 row): the report is of the 2021
  // edition, its table 三 is read as the 2019 table it is (readTable3 takes table.edition).
  const mixed = table?.edition === '2019' && disclosure.found && disclosure.printed2021 === true;
  if (mixed) edition = '2021';
  const preYear = year !== null && year < 2019;
  if ((preYear || (!table && looksPre2019(fullText))) && !(table && table.rows.size > 3)) edition = 'pre2019';
  return { edition, mixed };
}

/** Table 三 into the report (its numbers, inferred and unread cells, missing columns), each problem noted; its places and whether it is incomplete. */
function readTable3(report: ParsedReport, table: ApplicationsTable | null, edition: ReportEdition, mixed: boolean, notes: NoteList): { places: CellPlaces; incomplete: boolean } {
  let incomplete = false;
  let places: CellPlaces = new Map();
  if (table && table.rows.size > 0) {
    const read = table.edition ?? (edition === '2019' ? '2019' : '2021');
    const matrix = readMatrix(table, read, notes);
    report.applications = matrix.applications;
    places = matrix.places;
    report.inferred.push(...matrix.inferred);
    report.unread.push(...matrix.unread);
    report.missingColumns = matrix.missingColumns;
    incomplete = matrix.incomplete;
    if (mixed) notes.add('info', 'edition-mixed', '第二部分按2021年版格式编写，表三却沿用2019年版格式（“（六）其他处理”只有一行）：报告按2021年版处理，表三按2019年版读取，“（六）其他处理”的数字计入“3.其他”，其余两项留空', table.place);
    // Of neither edition, the table is read as the edition of section 二 (2019), else as the 2021 one.
    if (!table.edition) notes.add('warning', 'template-unknown', `表三既无2021年格式的（六）其他处理分项，也无2019年格式的单行，按${read}年格式读取`);
  } else if (table?.blank) {
    notes.add('warning', 'table-blank', '表三印出了各行各列，但没有填写任何数字：各格按空白处理', table.place);
    incomplete = true;
  } else if (table?.runTogether) {
    report.unread.push('applications');
    incomplete = true;
  } else {
    report.unread.push('applications');
    notes.add('error', 'table-missing', '未找到表三（收到和处理政府信息公开申请情况）');
    incomplete = true;
  }
  if (table?.runTogether) {
    const rows = table.rows.size > 0 ? '这几行' : '各行';
    notes.add('warning', 'cells-run-together', `表三${rows}印出了数字，但各格的数字连在一起，分不清各格：${quoteRunTogether(table.runTogether)}，未能读出`, table.runTogether[0]!.place);
  }
  return { places, incomplete };
}

/** Section 二's unread cells, or the whole table when it was not found, with the note saying why. */
function noteDisclosureUnread(report: ParsedReport, disclosure: DisclosureResult, edition: ReportEdition, notes: NoteList): void {
  report.unread.push(...disclosure.unread);
  if (disclosure.runTogether) {
    const rows = disclosure.found ? '这几行' : '各行';
    notes.add('warning', 'cells-run-together', `表二${rows}印出了数字，但各格的数字连在一起，分不清各格：${quoteRunTogether(disclosure.runTogether)}，未能读出`, disclosure.runTogether[0]!.place);
  }
  if (disclosure.found) return;
  report.unread.push(edition === '2019' ? 'activeDisclosure2019' : 'activeDisclosure');
  if (!disclosure.runTogether) notes.add('warning', 'table-missing', '未找到表二（主动公开政府信息情况）');
}

/** The places of the tables, in the contract's order of cells (section 二, 三, 四, pre-2019 totals). */
function placesOf(...tables: CellPlaces[]): NonNullable<ParsedReport['places']> {
  return Object.fromEntries(tables.flatMap((t) => [...t]));
}

/**
 * A text section whose heading was not found is left empty (sections.ts): say so. An info note: the
 * numbers are not affected, and a report without headings has three.
 */
function noteMissingSections(regions: Regions, notes: NoteList): void {
  for (const key of TEXT_SECTIONS) {
    if (regions.text[key]) continue;
    notes.add('info', 'section-missing', `未找到“${sectionHeading(key)}”的标题，这一部分的文字未能读出`);
  }
}

function textSections(doc: RawDocument, regions: Regions): Report['sections'] {
  const text = (key: keyof Regions['text']) => {
    const region = regions.text[key];
    return region ? sectionText(doc.lines, region.startIndex, region.endIndex) : '';
  };
  return { overview: text('overview'), problems: text('problems'), other: text('other') };
}
