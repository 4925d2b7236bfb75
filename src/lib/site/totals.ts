/**
 * Totals that count each application once. A summary report (scope `summary`: 全县各级行政机关共收到…)
 * already adds up the reports of the bodies below its government; added to them in a total, the
 * same applications would count twice. So every total over several agencies (the overview and the
 * year pages, a place's totals, the sum of a county's townships) takes one report per agency and
 * year (the best read, agencies.ts) and leaves the summary reports out of the sum: the pages show
 * them beside it, as their own series. A report of `unknown` scope (a government that does not say)
 * is added, and the pages say how many such reports a total holds; so is a report that fails one
 * of its own checks, and the pages say how many of those a total holds too (含2份未通过核对的报告).
 */
import type { Agency } from './agencies.ts';
import type { ReportCore } from './core.ts';

/** Whether a report may be added to others in a total: not when its tables already add up its members'. */
export function addsUp(report: Pick<ReportCore, 'scope'>): boolean {
  return report.scope !== 'summary';
}

/** Whether a report fails one of its own checks: a total that adds it says so. */
export function failsCheck(report: Pick<ReportCore, 'checks'>): boolean {
  return report.checks.some((c) => !c.ok);
}

export interface YearReports {
  /** The reports a total of the year adds: one per agency, summary reports left out. */
  counted: ReportCore[];
  /** The summary reports of the year, kept out of the sum. */
  summaries: ReportCore[];
  /** How many of the counted reports fail one of their own checks. */
  failed: number;
}

/** The reports of `year` a total over these agencies adds, and the summary reports it leaves out. */
export function yearReports(agencies: Iterable<Agency>, year: number): YearReports {
  const counted: ReportCore[] = [];
  const summaries: ReportCore[] = [];
  for (const a of agencies) {
    const r = a.byYear.get(year);
    if (r) (addsUp(r) ? counted : summaries).push(r);
  }
  return { counted, summaries, failed: counted.filter(failsCheck).length };
}
