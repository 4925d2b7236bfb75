/**
 * Checks across reports of the same agency (grouped by `agencyKey`, which joins its name variants:
 * 洪泽区人民政府 and 淮安市洪泽区人民政府): this year's 上年结转 equals last year's 结转下年度继续办理
 * (carryover), and 现行有效件数 follows from last year's plus this year's 制发 minus 废止
 * (inForce). Both are heuristics: recounts and mergers break them. Unplaced reports of one name
 * are one agency only where the evidence joins them (agency/key.ts agencyIdentity): two 城关镇
 * reports of unknown counties are never checked against each other.
 *
 * And across the reports of a place: a summary report against its members' own reports
 * (`summaryContradictions`; site/peers.ts applies it to a county and its townships).
 */
import { agencyIdentity } from '../agency/key.ts';
import type { CountKey } from '../measures/catalogue.ts';
import type { Counts } from '../measures/values.ts';
import type { Check, Report } from '../template/schema.ts';

export function crossReportChecks(reports: Report[]): Map<string, Check[]> {
  const byAgencyYear = new Map<string, Report>();
  // Every report goes in: one without a year or an agency cannot meet a lookup below, each of which has both.
  for (const r of reports) byAgencyYear.set(`${agencyIdentity(r)}|${r.year}`, r);
  const result = new Map<string, Check[]>();
  for (const r of reports) {
    if (r.year === null || !r.agencyKey) continue;
    const previous = byAgencyYear.get(`${agencyIdentity(r)}|${r.year - 1}`);
    if (!previous) continue;
    const checks: Check[] = [];
    // Last year's report by its own name, where it was printed otherwise.
    const last = previous.agency === r.agency ? `${previous.year} 年报告` : `${previous.year} 年报告（${previous.agency}）`;
    const now = r.applications.carriedOver.total;
    const before = previous.applications.carriedForward.total;
    if (now !== null && before !== null) {
      checks.push({
        id: 'carryover',
        ok: now === before,
        message: now === before ? `上年结转 ${now} 件，与 ${last}的结转下年度一致` : `上年结转 ${now} 件，而 ${last}的结转下年度继续办理为 ${before} 件`,
        where: 'applications.carriedOver.total',
        left: now,
        right: before,
      });
    }
    for (const key of ['regulations', 'normativeDocuments'] as const) {
      const cur = r.activeDisclosure[key];
      const prev = previous.activeDisclosure[key].inForce;
      if (cur.inForce === null || cur.issued === null || cur.repealed === null || prev === null) continue;
      const expected = prev + cur.issued - cur.repealed;
      const label = key === 'regulations' ? '规章' : '行政规范性文件';
      checks.push({
        id: 'inForce',
        ok: expected === cur.inForce,
        message:
          expected === cur.inForce
            ? `${label}现行有效 ${cur.inForce} 件，与上年 ${prev} + 制发 ${cur.issued} − 废止 ${cur.repealed} 一致`
            : `${label}现行有效 ${cur.inForce} 件，而上年 ${prev} + 本年制发 ${cur.issued} − 废止 ${cur.repealed} = ${expected} 件`,
        where: `activeDisclosure.${key}.inForce`,
        left: cur.inForce,
        right: expected,
      });
    }
    if (checks.length > 0) result.set(r.id, checks);
  }
  return result;
}

/**
 * A count of a summary report (全县各级行政机关共收到…) that is smaller than what some of its members
 * alone reported: impossible, since the summary adds its members up. The members' side is a sum of
 * the counts they state (blanks left out), so it can only understate them: a contradiction found
 * is one. `excess` is by how much the members exceed the summary: the contradiction's size.
 */
export interface SummaryContradiction {
  key: CountKey;
  /** The summary report's count. */
  summary: number;
  /** The sum of the members' counts, over the `reported` members that state it. */
  members: number;
  reported: number;
  excess: number;
}

/** The counts of `keys` (additive counts: applications, results, reviews) where a summary is below its members' sum. */
export function summaryContradictions(summary: Counts, members: readonly Counts[], keys: readonly CountKey[]): SummaryContradiction[] {
  return keys.flatMap((key) => {
    const total = summary[key];
    const stated = members.map((m) => m[key]).filter((v): v is number => v !== null);
    const sum = stated.reduce((a, b) => a + b, 0);
    return total !== null && sum > total ? [{ key, summary: total, members: sum, reported: stated.length, excess: sum - total }] : [];
  });
}
