/**
 * The JSON the client-side pages load, made from the agencies at build time: one row per agency
 * for the agency list (机关列表) and the compare picker (its types and file format are in
 * list-view.ts, which the browser runs too), and one small file per agency with the numbers the
 * comparison needs. src/browser imports this module for its types only.
 */
import type { Level } from '../template/schema.ts';
import type { Agency } from '../site/agencies.ts';
import type { OutcomeGroup } from '../template/applications.ts';
import type { ListRow, ListYear } from './list-view.ts';
import { reportMetrics } from '../measures/metrics.ts';
import { sum } from '../measures/stats.ts';

export function listRow(agency: Agency): ListRow {
  const years = [...agency.byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]): ListYear => {
      const m = reportMetrics(r);
      return {
        year,
        received: m.newReceived,
        granted: sum([m.outcomes.granted, m.outcomes.partiallyGranted]),
        total: m.totalProcessed,
        reconsideration: m.reconsideration,
        failed: m.failedChecks,
      };
    });
  return { slug: agency.slug, name: agency.name, level: agency.level, years };
}

export interface CompareYear {
  year: number;
  id: string;
  newReceived: number | null;
  carriedOver: number | null;
  totalProcessed: number | null;
  outcomes: Record<OutcomeGroup, number | null>;
  reconsideration: number | null;
  reconsiderationCorrected: number | null;
  /** 行政复议 总计 − 尚未审结. */
  reconsiderationSettled: number | null;
  litigation: number | null;
}

export interface CompareRecord {
  slug: string;
  name: string;
  level: Level;
  years: CompareYear[];
}

export function compareRecord(agency: Agency): CompareRecord {
  const years = [...agency.byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]): CompareYear => {
      const m = reportMetrics(r);
      const rc = r.reviewLitigation.reconsideration;
      return {
        year,
        id: r.id,
        newReceived: m.newReceived,
        carriedOver: m.carriedOver,
        totalProcessed: m.totalProcessed,
        outcomes: m.outcomes,
        reconsideration: m.reconsideration,
        reconsiderationCorrected: rc.corrected,
        reconsiderationSettled: m.reconsiderationCorrectedShare.denominator,
        litigation: m.litigation,
      };
    });
  return { slug: agency.slug, name: agency.name, level: agency.level, years };
}
