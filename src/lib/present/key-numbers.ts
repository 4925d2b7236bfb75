/**
 * One sentence with a report's main numbers, shown near the top of its page and indexed for the
 * full-text search in place of the statistics tables (whose labels are the same on every page and
 * would only make every query heavier). Short on purpose: every character is indexed on every
 * page. Blank numbers are left out; null when all are blank.
 */
import type { ReportCore } from '../site/core.ts';
import { formatCount } from './format.ts';
import { reportMetrics } from '../measures/metrics.ts';

export function keyNumbersText(report: ReportCore): string | null {
  const m = reportMetrics(report);
  const clause = (label: string, v: number | null) => (v === null ? null : `${label}${formatCount(v)}件`);
  const outcomes = [clause('予以公开', m.outcomes.granted), clause('部分公开', m.outcomes.partiallyGranted), clause('不予公开', m.outcomes.withheld)].filter(Boolean);
  const total = clause('办理结果总计', m.totalProcessed);
  const parts = [
    clause('本年新收申请', m.newReceived),
    total && (outcomes.length ? `${total}（其中${outcomes.join('，')}）` : total),
    clause('行政复议', m.reconsideration),
    clause('行政诉讼', m.litigation),
  ].filter(Boolean);
  return parts.length ? `${parts.join('；')}。` : null;
}
