/**
 * A document → a report: header facts, the three tables, the text sections, and every note on
 * what was inferred or could not be read. Pure: it never touches the filesystem and never throws
 * on bad content (STYLE.md habit 5); the arithmetic checks are added by check/.
 */
import type { RawDocument } from '../read/types.ts';
import type { Report, TemplateKind } from '../template/schema.ts';
import { findDisclosure } from './active-disclosure.ts';
import { findApplications } from './applications.ts';
import { agencyKey, levelOf, readHeader } from './header.ts';
import { NoteList } from './notes.ts';
import { looksPre2019, pre2019Totals } from './pre2019.ts';
import { emptyApplications, readMatrix } from './reconcile.ts';
import { emptyReview, findReview } from './review.ts';
import { findHeadings, sectionText } from './sections.ts';

export type ParsedReport = Omit<Report, 'id' | 'source' | 'checks'>;

/** Words without which a document is not a disclosure report at all. */
const REPORT_MARKERS = /政府信息公开|政务公开|信息公开工作/;

export function parseReport(doc: RawDocument): ParsedReport | { notReport: string } {
  const lines = doc.lines.map((l) => l.cells.filter((c) => c !== '').join(' '));
  const fullText = lines.join('\n');
  if (!REPORT_MARKERS.test(fullText.replace(/\s+/g, ''))) {
    return { notReport: 'no mention of 政府信息公开 anywhere: not a government-information-disclosure report' };
  }
  const notes = new NoteList();
  const header = readHeader(lines);
  if (!header.title) notes.add('warning', 'title-missing', 'no title line found; agency and year taken from the text');
  if (!header.agency) notes.add('error', 'agency-missing', 'the publishing agency could not be identified from the title or the text');
  if (header.year === null) notes.add('error', 'year-missing', 'the year the report covers could not be identified');

  const headings = findHeadings(doc.lines);
  const disclosureFrom = headings.active ?? 0;
  const table = findApplications(doc, headings.applications ?? disclosureFrom, notes);
  const disclosure = findDisclosure(doc, disclosureFrom, table?.from ?? headings.applications ?? doc.lines.length, notes);

  let template: TemplateKind = table?.format ?? disclosure.format ?? 'unknown';
  const preYear = header.year !== null && header.year < 2019;
  if ((preYear || (!table && looksPre2019(fullText))) && !(table && table.rows.size > 3)) template = 'pre2019';

  const report: ParsedReport = {
    title: header.title,
    agency: header.agency,
    agencyKey: agencyKey(header.agency),
    year: header.year,
    level: levelOf(header.agency),
    template,
    status: 'ok',
    activeDisclosure: disclosure.activeDisclosure,
    applications: emptyApplications(),
    reviewLitigation: emptyReview(),
    missingColumns: [],
    inferred: [],
    sections: textSections(doc, headings),
    notes: notes.items,
  };
  if (disclosure.activeDisclosure2019) report.activeDisclosure2019 = disclosure.activeDisclosure2019;

  if (template === 'pre2019') {
    notes.add('info', 'pre2019', `a report for ${header.year ?? 'an unknown year'} under the 2007 条例: listed with the totals its text states, not with the 2019/2021 tables`);
    report.pre2019 = pre2019Totals(fullText);
    return report;
  }

  let incomplete = false;
  if (table && table.rows.size > 0) {
    const matrix = readMatrix(table, table.format ?? (template === '2019' ? '2019' : '2021'), notes);
    report.applications = matrix.applications;
    report.inferred.push(...matrix.inferred);
    report.missingColumns = matrix.missingColumns;
    incomplete ||= matrix.incomplete;
    if (!table.format) notes.add('warning', 'template-unknown', 'table 三 shows neither the 2021 rows of （六）其他处理 nor the 2019 single row; read as 2021');
  } else {
    notes.add('error', 'table-missing', 'table 三 (收到和处理政府信息公开申请情况) not found');
  }
  const review = findReview(doc, table?.to ?? headings.review ?? 0, notes);
  report.reviewLitigation = review.reviewLitigation;
  report.inferred.push(...review.inferred);
  incomplete ||= review.incomplete;
  if (!disclosure.found) notes.add('warning', 'table-missing', 'table 二 (主动公开政府信息情况) not found');

  if (template === 'unknown') template = table ? '2021' : 'unknown';
  report.template = template;
  const nothing = !(table && table.rows.size > 0) && !review.found;
  report.status = nothing ? 'failed' : incomplete ? 'partial' : 'ok';
  if (nothing) notes.add('error', 'table-missing', 'none of the report tables could be read: the report is truncated, or laid out in a way the parser does not know');
  return report;
}

function textSections(doc: RawDocument, headings: ReturnType<typeof findHeadings>): Report['sections'] {
  const { lines } = doc;
  const next = (from: number) => {
    const after = Object.values(headings).filter((i) => i > from);
    return after.length > 0 ? Math.min(...after) : lines.length;
  };
  const text = (at: number | undefined) => (at === undefined ? '' : sectionText(lines, at + 1, next(at)));
  return { overview: text(headings.overview), problems: text(headings.problems), other: text(headings.other) };
}
