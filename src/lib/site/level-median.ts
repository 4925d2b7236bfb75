/**
 * How an agency compares with the other agencies of its level in one year: for each measure, its
 * own value and the median over the same-level agencies that report it. Rates on a small
 * denominator (stats.ts) stay out of the median.
 */
import type { Level } from '../template/schema.ts';
import type { Agency } from './agencies.ts';
import { reportMetrics, type ReportMetrics } from '../measures/metrics.ts';
import { isSolid, median, type Share } from '../measures/stats.ts';

export interface MedianRow {
  label: string;
  /** Counts in 件, or a rate. */
  kind: 'count' | 'rate';
  own: number | null;
  /** The agency's own rate rests on a small denominator. */
  ownSmall: boolean;
  median: number | null;
  /** Agencies the median is taken over. */
  n: number;
}

export interface LevelComparison {
  year: number;
  level: Level;
  rows: MedianRow[];
}

const MEASURES: readonly ({ label: string } & (
  | { kind: 'count'; pick: (m: ReportMetrics) => number | null }
  | { kind: 'rate'; pick: (m: ReportMetrics) => Share }
))[] = [
  { label: '本年新收申请', kind: 'count', pick: (m) => m.newReceived },
  { label: '予以公开比例', kind: 'rate', pick: (m) => m.grantedShare },
  { label: '予以公开及部分公开比例', kind: 'rate', pick: (m) => m.grantedOrPartialShare },
  { label: '不予公开比例', kind: 'rate', pick: (m) => m.withheldShare },
  { label: '行政复议', kind: 'count', pick: (m) => m.reconsideration },
  { label: '行政诉讼', kind: 'count', pick: (m) => m.litigation },
];

/** Per level and year, each measure's median over the agencies that report it, and how many do. */
export type LevelMedians = Map<string, { median: number | null; n: number }[]>;

const medianKey = (level: Level, year: number) => `${level} ${year}`;

/**
 * The medians of every level and year, computed once for all agency pages: one pass over the
 * agencies, rather than one pass per agency page (which grows with the square of the corpus).
 */
export function levelMedians(peers: readonly Agency[]): LevelMedians {
  const groups = new Map<string, ReportMetrics[]>();
  for (const p of peers) {
    for (const [year, report] of p.byYear) {
      const key = medianKey(p.level, year);
      const list = groups.get(key);
      if (list) list.push(reportMetrics(report));
      else groups.set(key, [reportMetrics(report)]);
    }
  }
  const out: LevelMedians = new Map();
  for (const [key, metrics] of groups) {
    out.set(
      key,
      MEASURES.map((m) => {
        const values = m.kind === 'count' ? metrics.map(m.pick).filter((v) => v !== null) : metrics.map(m.pick).filter(isSolid).map((s) => s.value);
        return { median: median(values), n: values.length };
      }),
    );
  }
  return out;
}

export function levelComparison(agency: Agency, medians: LevelMedians, year: number): LevelComparison | null {
  const own = agency.byYear.get(year);
  if (!own) return null;
  const ownMetrics = reportMetrics(own);
  const peers = medians.get(medianKey(agency.level, year)) ?? MEASURES.map(() => ({ median: null, n: 0 }));
  const rows = MEASURES.map((m, i): MedianRow => {
    const { median, n } = peers[i]!;
    if (m.kind === 'count') return { label: m.label, kind: 'count', own: m.pick(ownMetrics), ownSmall: false, median, n };
    const mine = m.pick(ownMetrics);
    return { label: m.label, kind: 'rate', own: mine.value, ownSmall: mine.small, median, n };
  });
  return { year, level: agency.level, rows };
}
