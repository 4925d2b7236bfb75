/**
 * A report's dates in words, and whether it came out on time: the 条例 (第五十条) requires each
 * year's report by 31 January of the following year. Only a publication date (a web page's, or one
 * the user gave in sources.csv) says when a report came out; a file's creation date or the date
 * signed at its end never stands in for it (a report is often signed or saved weeks before it is
 * put online). Where several publication dates are stated, the surest decides: the user's
 * (sources.csv) before the page's own.
 */
import type { DateKind, Report } from '../template/schema.ts';

export const DATE_KIND_LABELS: Record<DateKind, string> = {
  published: '发布日期',
  signed: '落款日期',
  'file-created': '文件生成日期',
  'file-modified': '文件修改日期',
};

export interface Timeliness {
  /** `unknown`: no publication date, or no year to hold it against. */
  status: 'on-time' | 'late' | 'unknown';
  /** Days after the deadline; 0 when on time, null when unknown. */
  daysLate: number | null;
  /** The sentence the report page shows. */
  text: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The deadline of a year's report: 31 January of the next year. */
export function deadlineOf(year: number): string {
  return `${year + 1}-01-31`;
}

export function timeliness(report: Pick<Report, 'year' | 'dates'>): Timeliness {
  const dates = report.dates ?? [];
  // The surest publication date is first (sources.csv, then the page's metadata, then its 发布时间 line: parse/dates.ts, ingest/sources.ts).
  const published = dates.find((d) => d.kind === 'published')?.date;
  if (published === undefined) {
    const created = dates.filter((d) => d.kind === 'file-created').map((d) => d.date).sort()[0];
    const signed = dates.find((d) => d.kind === 'signed')?.date;
    const known = [signed && `落款日期为${signed}`, created && `文件生成于${created}`].filter(Boolean).join('，');
    return { status: 'unknown', daysLate: null, text: known ? `发布日期不详（${known}，均不能说明何时发布），无法判断是否按期` : '发布日期不详，无法判断是否按期' };
  }
  if (report.year === null) return { status: 'unknown', daysLate: null, text: `${published}发布；报告年度不详，无法判断是否按期` };
  // A report cannot come out before the year it reports on has ended: such a date is some other document's.
  if (published < `${report.year + 1}-01-01`) return { status: 'unknown', daysLate: null, text: `所记发布日期${published}早于${report.year}年结束，不可能是本报告的发布日期，无法判断是否按期` };
  const deadline = deadlineOf(report.year);
  const days = Math.round((Date.parse(published) - Date.parse(deadline)) / DAY_MS);
  if (days <= 0) return { status: 'on-time', daysLate: 0, text: `按期：${published}发布，期限为${deadline}` };
  return { status: 'late', daysLate: days, text: `逾期${days}天：${published}发布，期限为${deadline}` };
}
