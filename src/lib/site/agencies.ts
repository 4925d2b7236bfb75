/**
 * Reports grouped by agency (agency/key.ts agencyIdentity: `agencyKey`, the name normalised across
 * years by ingest, and for an unplaced report the folder it was filed in). An agency
 * with two reports for one year (a report published twice, say) is counted once, with the report
 * that was read best.
 */
import type { ReportCore } from './core.ts';
import type { Agency } from './types.ts';
import { agencyIdentity } from '../agency/key.ts';
import { uniqueSlugs } from '../agency/slug.ts';

export type { Agency };

const STATUS_RANK = { ok: 0, partial: 1, failed: 2 } as const;

/** Which of two reports for the same agency and year to count: best status, then fewest failures. */
export function betterReport<R extends ReportCore>(a: R, b: R): R {
  const rank = (r: ReportCore) => STATUS_RANK[r.status] * 1000 + r.checks.filter((c) => !c.ok).length;
  return rank(b) < rank(a) ? b : a;
}

/** The key of the agency a report belongs to (Agency.key). */
export function agencyKeyOf(report: Pick<ReportCore, 'agencyKey' | 'division' | 'level' | 'source'>): string {
  return agencyIdentity(report);
}

export function groupAgencies(reports: readonly ReportCore[]): Agency[] {
  const groups = new Map<string, ReportCore[]>();
  for (const r of reports) {
    const key = agencyKeyOf(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const slugs = uniqueSlugs([...groups.keys()]);
  const agencies: Agency[] = [];
  for (const [key, list] of groups) {
    const sorted = [...list].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.id.localeCompare(b.id));
    const byYear = new Map<number, ReportCore>();
    for (const r of sorted) {
      if (r.year === null) continue;
      const seen = byYear.get(r.year);
      byYear.set(r.year, seen ? betterReport(seen, r) : r);
    }
    const latest = sorted.at(-1)!;
    const knownLevel = [...sorted].reverse().find((r) => r.level !== 'unknown');
    agencies.push({
      key,
      slug: slugs.get(key)!,
      name: latest.agency,
      level: (knownLevel ?? latest).level,
      division: [...sorted].reverse().find((r) => r.division !== null)?.division ?? null,
      kind: latest.agencyKind,
      reports: sorted,
      byYear,
      years: [...byYear.keys()],
    });
  }
  return agencies.sort((a, b) => a.key.localeCompare(b.key, 'zh-CN'));
}

/** Every year some report covers, newest first. */
export function yearsOf(reports: readonly ReportCore[]): number[] {
  return [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
}
