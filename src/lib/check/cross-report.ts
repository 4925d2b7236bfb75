/**
 * Checks across reports of the same agency (grouped by `agencyKey`, which joins its name variants:
 * 洪泽区人民政府 and 淮安市洪泽区人民政府): this year's 上年结转 equals last year's 结转下年度继续办理
 * (carryover), and 现行有效件数 follows from last year's plus this year's 制发 minus 废止
 * (inForce). Both are heuristics: recounts and mergers break them. Unplaced reports of one name
 * are one agency only where the evidence joins them (agency/key.ts agencyIdentity): two 城关镇
 * reports of unknown counties are never checked against each other.
 */
import { agencyIdentity } from '../agency/key.ts';
import type { Check, Report } from '../template/schema.ts';

export function crossReportChecks(reports: Report[]): Map<string, Check[]> {
  const byAgencyYear = new Map<string, Report>();
  for (const r of reports) if (r.year !== null && r.agencyKey) byAgencyYear.set(`${agencyIdentity(r)}|${r.year}`, r);
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
