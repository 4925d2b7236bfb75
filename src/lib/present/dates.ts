/**
 * A report's dates in words, and whether it came out on time. The 条例 (第四十九条) sets the
 * deadlines: a department of a government at county level or above publishes its report by 31
 * January of the following year; a local government's own report (published by its 主管部门) is due
 * by 31 March. It sets none for 乡镇 and 街道: a report of theirs published by 31 January is on time
 * by any reading, a later one is not called late, since no rule of the 条例 says so. Only a publication date (a web page's, or one
 * the user gave in sources.csv) says when a report came out; a file's creation date or the date
 * signed at its end never stands in for it (a report is often signed or saved weeks before it is
 * put online). Where several publication dates are stated, the surest decides: the user's
 * (sources.csv) before the page's own.
 */
import type { DateKind, Report } from '../template/schema.ts';

/** What deciding the deadline needs of a report. */
export type Dated = Pick<Report, 'year' | 'dates' | 'level' | 'agencyKind'>;

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

/** The earliest deadline the 条例 sets for any report of a year: 31 January of the next year. */
const earliestDeadline = (year: number) => `${year + 1}-01-31`;

/**
 * The last day to publish a year's report under 条例 第四十九条: 31 March for a local government's
 * own report, 31 January for every other body at county level or above; null where the 条例 sets
 * none (乡镇、街道, or a level not known).
 */
export function deadlineOf(report: Pick<Report, 'level' | 'agencyKind'>, year: number): string | null {
  if (report.level === 'township' || report.level === 'unknown') return null;
  const localGovernment = report.agencyKind === 'government' && report.level !== 'national';
  return localGovernment ? `${year + 1}-03-31` : earliestDeadline(year);
}

/** The day the report was published, where a date says so: the surest first (sources.csv, then the page's metadata, then its 发布时间 line: parse/dates.ts, ingest/sources.ts). */
export function publicationDate(report: Pick<Report, 'dates'>): string | undefined {
  return report.dates?.find((d) => d.kind === 'published')?.date;
}

export function timeliness(report: Dated): Timeliness {
  const dates = report.dates ?? [];
  const published = publicationDate(report);
  if (published === undefined) {
    const created = dates.filter((d) => d.kind === 'file-created').map((d) => d.date).sort()[0];
    const signed = dates.find((d) => d.kind === 'signed')?.date;
    const known = [signed && `落款日期为${signed}`, created && `文件生成于${created}`].filter(Boolean).join('，');
    return { status: 'unknown', daysLate: null, text: known ? `发布日期不详（${known}，均不能说明何时发布），无法判断是否按期` : '发布日期不详，无法判断是否按期' };
  }
  if (report.year === null) return { status: 'unknown', daysLate: null, text: `${published}发布；报告年度不详，无法判断是否按期` };
  // A report cannot come out before the year it reports on has ended: such a date is some other document's.
  if (published < `${report.year + 1}-01-01`) return { status: 'unknown', daysLate: null, text: `所记发布日期${published}早于${report.year}年结束，不可能是本报告的发布日期，无法判断是否按期` };
  const deadline = deadlineOf(report, report.year);
  if (deadline === null) {
    const earliest = earliestDeadline(report.year);
    return published <= earliest
      ? { status: 'on-time', daysLate: 0, text: `按期：${published}发布，早于各级机关最早的期限${earliest}` }
      : { status: 'unknown', daysLate: null, text: `${published}发布；条例未规定乡镇（街道）报告的公布期限（县级以上政府部门为次年1月31日），无法判断是否逾期` };
  }
  const days = Math.round((Date.parse(published) - Date.parse(deadline)) / DAY_MS);
  if (days <= 0) return { status: 'on-time', daysLate: 0, text: `按期：${published}发布，期限为${deadline}` };
  return { status: 'late', daysLate: days, text: `逾期${days}天：${published}发布，期限为${deadline}` };
}
