/**
 * Four 2024 reports of 郸城县's departments whose checklist can be read by hand (a department's
 * deadline is 31 January 2025, 条例 第四十九条):
 *
 *   report        sections  edition   identities  prose    onTime            notCopied         met
 *   财政局 (late)  met       met       met         met      unmet 2025-02-10  met (30%)          5
 *   教育局 (old)   unmet 五  unmet 2019 met         unknown  met 2025-01-20    met (20%)          3
 *   民政局 (copy)  met       met       met         met      unknown (no date) unmet (90%)        4
 *   卫健委 (all)   met       met       met         met      met 2025-01-25    met (10%)          6
 *
 * Their 新收 (newReceived) are 7, 11, 13 and 17, so that the list's own order differs from the
 * checklist's.
 */
import type { Report } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';
import { DANCHENG_DIVISION } from '../site/place-fixtures.ts';

const TEXT = { overview: '本年度主动公开信息一百二十条。', problems: '公开内容不够全面。', other: '未收取信息处理费。' };
const ok = (id: Report['checks'][number]['id']) => ({ id, ok: true, message: '' });
const published = (date: string): Report['dates'] => [{ kind: 'published', date, evidence: `发布时间：${date}` }];

function department(agency: string, newReceived: number, o: { template?: Report['template']; prose?: boolean; problems?: string; date?: string; previousShare: number }): Report {
  const r = makeReport({
    agency,
    year: 2024,
    level: 'county',
    agencyKind: 'department',
    division: DANCHENG_DIVISION,
    template: o.template ?? '2021',
    cells: { 'applications.newReceived.total': newReceived },
    checks: [ok('balance'), ok('outcomes'), ...(o.prose === false ? [] : [ok('prose')])],
  });
  return {
    ...r,
    sections: { ...TEXT, problems: o.problems ?? TEXT.problems },
    ...(o.date ? { dates: published(o.date) } : {}),
    copied: { previousId: `2023-${agency}`, previousShare: o.previousShare, sameYear: [] },
  };
}

export const LATE = department('郸城县财政局', 7, { date: '2025-02-10', previousShare: 0.3 });
export const OLD_FORMAT = department('郸城县教育局', 11, { template: '2019', prose: false, problems: '', date: '2025-01-20', previousShare: 0.2 });
export const COPIED = department('郸城县民政局', 13, { previousShare: 0.9 });
export const ALL_MET = department('郸城县卫生健康委员会', 17, { date: '2025-01-25', previousShare: 0.1 });

export const CHECKLIST_REPORTS: readonly Report[] = [LATE, OLD_FORMAT, COPIED, ALL_MET];
