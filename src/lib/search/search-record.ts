/**
 * What the full-text index holds of a report: one Pagefind record per report page, made from the
 * report itself rather than from its rendered HTML. The text is what the page shows as text: the
 * title, the agency, the key numbers, a pre-2019 report's totals and sections 一, 五 and 六; not
 * the statistics tables, whose labels are the same on every report and would make every query
 * heavier. Indexing this text directly is several times faster than having Pagefind read each
 * page's HTML (measured for issue 4). Pure.
 */
import { formatCount } from '../present/format.ts';
import { keyNumbersText } from '../present/key-numbers.ts';
import { LEVEL_LABELS } from '../present/labels.ts';
import { pre2019Totals, textSections } from '../present/report-text.ts';
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
  const lines = [
    report.title,
    report.agency,
    keyNumbersText(report),
    ...(pre2019Totals(report) ?? []).filter((t) => t.value !== null).map((t) => `${t.label}${formatCount(t.value)}`),
    ...textSections(report).flatMap((s) => (s.paragraphs.length ? [s.heading, ...s.paragraphs] : [])),
  ];
  return {
    url: pageUrl(`report/${report.id}/`),
    content: lines.filter((l): l is string => Boolean(l)).join('\n'),
    language: 'zh-cn',
    meta: { title: report.title },
    filters: { 年度: [yearFilterValue(report.year)], 层级: [LEVEL_LABELS[report.level]], 类型: [REPORT_KIND] },
  };
}
