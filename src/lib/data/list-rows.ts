/**
 * The JSON the client-side pages load: one compact row per agency for the agency list (机关列表)
 * and the compare picker, and one small file per agency with the numbers the comparison needs.
 * Types are shared with src/scripts, which import this module for its types only.
 */
import type { Level } from '../template/schema.ts';
import type { Agency } from './agencies.ts';
import type { OutcomeGroup } from './labels.ts';
import { reportMetrics } from './metrics.ts';
import { sum } from './stats.ts';

/**
 * One year of an agency, as a tuple to keep thousands of rows small:
 * [year, 本年新收, 予以公开+部分公开, 办理总计, 行政复议, failed checks, report id].
 */
export type ListYear = [number, number | null, number | null, number | null, number | null, number, string];

export interface ListRow {
  /** slug */
  s: string;
  /** name */
  n: string;
  /** level */
  l: Level;
  /** years, oldest first */
  y: ListYear[];
}

export function listRow(agency: Agency): ListRow {
  const y = [...agency.byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]): ListYear => {
      const m = reportMetrics(r);
      return [year, m.newReceived, sum([m.outcomes.granted, m.outcomes.partiallyGranted]), m.totalProcessed, m.reconsideration, m.failedChecks, r.id];
    });
  return { s: agency.slug, n: agency.name, l: agency.level, y };
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
