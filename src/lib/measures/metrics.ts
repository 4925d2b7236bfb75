/**
 * The handful of numbers every page talks about, computed from one report. Groups are sums of the
 * template's leaf rows (`group` in applications.ts), taken in the 总计 column; litigation is the
 * two lawsuit groups of section 四 together.
 */
import { APPLICATION_ROWS, type ApplicationColumnKey, type RowGroup } from '../template/applications.ts';
import type { Report } from '../template/schema.ts';
import type { ReportCore } from '../site/core.ts';
import { OUTCOME_GROUPS, type OutcomeGroup } from '../template/applications.ts';
import { share, sum, type Share } from './stats.ts';

export interface ReportMetrics {
  newReceived: number | null;
  carriedOver: number | null;
  totalProcessed: number | null;
  carriedForward: number | null;
  /** Sum of each outcome group's leaf rows, 总计 column. */
  outcomes: Record<OutcomeGroup, number | null>;
  reconsideration: number | null;
  /** 行政诉讼: 未经复议直接起诉 plus 复议后起诉. */
  litigation: number | null;
  /** 予以公开 / （七）总计. */
  grantedShare: Share;
  /** （予以公开 + 部分公开）/ （七）总计. */
  grantedOrPartialShare: Share;
  /** 不予公开 / （七）总计. */
  withheldShare: Share;
  /** 行政复议结果纠正 / 已审结（总计 − 尚未审结）. */
  reconsiderationCorrectedShare: Share;
  failedChecks: number;
}

const rowsOfGroup = (group: RowGroup) => APPLICATION_ROWS.filter((r) => r.group === group).map((r) => r.key);

/** Sum of a group's leaf rows in one column. */
function groupValue(report: ReportCore, group: RowGroup, column: ApplicationColumnKey = 'total'): number | null {
  return sum(rowsOfGroup(group).map((row) => report.applications[row][column]));
}

function settled(g: Report['reviewLitigation']['reconsideration']): number | null {
  return g.total === null ? null : g.total - (g.pending ?? 0);
}

export function reportMetrics(report: ReportCore): ReportMetrics {
  const a = report.applications;
  const outcomes = Object.fromEntries(OUTCOME_GROUPS.map((g) => [g, groupValue(report, g)])) as Record<OutcomeGroup, number | null>;
  const totalProcessed = a.totalProcessed.total;
  const rl = report.reviewLitigation;
  return {
    newReceived: a.newReceived.total,
    carriedOver: a.carriedOver.total,
    totalProcessed,
    carriedForward: a.carriedForward.total,
    outcomes,
    reconsideration: rl.reconsideration.total,
    litigation: sum([rl.litigationDirect.total, rl.litigationAfterReconsideration.total]),
    grantedShare: share(outcomes.granted, totalProcessed),
    grantedOrPartialShare: share(sum([outcomes.granted, outcomes.partiallyGranted]), totalProcessed),
    withheldShare: share(outcomes.withheld, totalProcessed),
    reconsiderationCorrectedShare: share(rl.reconsideration.corrected, settled(rl.reconsideration)),
    failedChecks: report.checks.filter((c) => !c.ok).length,
  };
}
