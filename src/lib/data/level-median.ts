/**
 * How an agency compares with the other agencies of its level in one year: for each measure, its
 * own value and the median over the same-level agencies that report it. Rates on a small
 * denominator (stats.ts) stay out of the median.
 */
import type { Level } from '../template/schema.ts';
import type { Agency } from './agencies.ts';
import { reportMetrics, type ReportMetrics } from './metrics.ts';
import { isSolid, median, type Share } from './stats.ts';

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

export function levelComparison(agency: Agency, peers: readonly Agency[], year: number): LevelComparison | null {
  const own = agency.byYear.get(year);
  if (!own) return null;
  const ownMetrics = reportMetrics(own);
  const peerMetrics = peers
    .filter((p) => p.level === agency.level)
    .map((p) => p.byYear.get(year))
    .filter((r) => r !== undefined)
    .map(reportMetrics);
  const rows = MEASURES.map((m): MedianRow => {
    if (m.kind === 'count') {
      const values = peerMetrics.map(m.pick).filter((v) => v !== null);
      return { label: m.label, kind: 'count', own: m.pick(ownMetrics), ownSmall: false, median: median(values), n: values.length };
    }
    const mine = m.pick(ownMetrics);
    const values = peerMetrics.map(m.pick).filter(isSolid).map((s) => s.value);
    return { label: m.label, kind: 'rate', own: mine.value, ownSmall: mine.small, median: median(values), n: values.length };
  });
  return { year, level: agency.level, rows };
}
