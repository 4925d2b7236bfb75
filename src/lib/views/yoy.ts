/**
 * One-line year-on-year sentences generated from the numbers, such as
 * 本年新收申请40件，比上年增加12件. The comparison names the earlier year when it is not the year
 * just before (a report is missing in between).
 */
import type { Agency } from '../site/agencies.ts';
import { reportMetrics, type ReportMetrics } from '../measures/metrics.ts';
import { formatCount } from '../present/format.ts';

export interface YoyInput {
  /** The phrase between 本年 and the number, e.g. 新收申请. */
  phrase: string;
  unit: string;
  year: number;
  value: number | null;
  previousYear: number | null;
  previous: number | null;
}

/** `null` when this year's value is blank: there is nothing to say. */
export function yoySentence({ phrase, unit, year, value, previousYear, previous }: YoyInput): string | null {
  if (value === null) return null;
  const head = `本年${phrase}${formatCount(value)}${unit}`;
  if (previousYear === null || previous === null) return head;
  const than = previousYear === year - 1 ? '上年' : `${previousYear}年`;
  const diff = value - previous;
  if (diff === 0) return `${head}，与${than}持平`;
  return `${head}，比${than}${diff > 0 ? '增加' : '减少'}${formatCount(Math.abs(diff))}${unit}`;
}

/** The metrics a sentence is written for, in reading order. */
export const YOY_METRICS: readonly { phrase: string; unit: string; pick: (m: ReportMetrics) => number | null }[] = [
  { phrase: '新收申请', unit: '件', pick: (m) => m.newReceived },
  { phrase: '予以公开', unit: '件', pick: (m) => m.outcomes.granted },
  { phrase: '不予公开', unit: '件', pick: (m) => m.outcomes.withheld },
  { phrase: '被申请行政复议', unit: '件', pick: (m) => m.reconsideration },
  { phrase: '被提起行政诉讼', unit: '件', pick: (m) => m.litigation },
];

/** For each year of an agency, newest first: its sentences against the nearest earlier year. */
export function agencyYoy(agency: Agency): { year: number; sentences: string[] }[] {
  const years = [...agency.byYear.keys()].sort((a, b) => a - b);
  const metrics = new Map(years.map((y) => [y, reportMetrics(agency.byYear.get(y)!)]));
  return years
    .map((year, i) => {
      const previousYear = i > 0 ? years[i - 1]! : null;
      const now = metrics.get(year)!;
      const before = previousYear === null ? null : metrics.get(previousYear)!;
      const sentences = YOY_METRICS.map((m) =>
        yoySentence({ phrase: m.phrase, unit: m.unit, year, value: m.pick(now), previousYear, previous: before ? m.pick(before) : null }),
      ).filter((s): s is string => s !== null);
      return { year, sentences };
    })
    .reverse();
}
