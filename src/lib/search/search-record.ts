/**
 * What the full-text index holds of a report: one Pagefind record per report page, made from the
 * report itself rather than from its rendered HTML. The text is the report's own words: its title,
 * the agency and the paragraphs of sections 一, 五 and 六. Not its numbers: a sentence of key
 * numbers (行政复议0件) would put 行政复议 into every record, so that searching it found every
 * report; numbers are searched by conditions on the measures instead (measures/condition.ts). Not
 * the section headings or the tables' labels either, which are the same on every report. Indexing
 * this text directly is several times faster than having Pagefind read each page's HTML (measured
 * on a national-scale corpus). Pure.
 */
import { LEVEL_LABELS } from '../present/labels.ts';
import { textSections } from '../present/report-text.ts';
import type { Report } from '../template/schema.ts';
import { pageUrl, REPORT_KIND, yearFilterValue } from './pagefind-parts.ts';

/** The argument of Pagefind's `addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  meta: { title: string };
  filters: Record<'年度' | '层级' | '类型', string[]>;
}

export function searchRecord(report: Report): SearchRecord {
  const lines = [report.title, report.agency, ...textSections(report).flatMap((s) => s.paragraphs)];
  return {
    url: pageUrl(`report/${report.id}/`),
    content: lines.filter(Boolean).join('\n'),
    language: 'zh-cn',
    meta: { title: report.title },
    filters: { 年度: [yearFilterValue(report.year)], 层级: [LEVEL_LABELS[report.level]], 类型: [REPORT_KIND] },
  };
}
