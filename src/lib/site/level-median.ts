/**
 * How an agency compares with the other agencies of its level in one year: for each measure, its
 * own value and the median over the same-level agencies that report it. Rates on a small
 * denominator (stats.ts) stay out of the median. A summary report (totals.ts `addsUp`) is compared
 * only with the summary reports of its level and year: 全市 3,119 applications against the median
 * of the city-level departments would say nothing.
 */
import { measure, type MeasureKey } from '../measures/catalogue.ts';
import { isSolid, median } from '../measures/stats.ts';
import { countsOf, rateOf, type Counts } from '../measures/values.ts';
import type { Level } from '../template/schema.ts';
import type { Agency } from './agencies.ts';
import { addsUp } from './totals.ts';

/** The measures an agency page compares with its level's median (keys of the catalogue). */
export const MEDIAN_MEASURES = ['newReceived', 'grantedShare', 'grantedOrPartialShare', 'withheldShare', 'reconsideration', 'litigation'] as const satisfies readonly MeasureKey[];

export interface MedianRow {
  key: MeasureKey;
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
  /** The agency's report is a summary: the medians are the summaries' of its level. */
  summary: boolean;
  rows: MedianRow[];
}

/** Per level and year, each measure's median over the agencies that report it, and how many do. */
export type LevelMedians = Map<string, GroupMedian[]>;

const medianKey = (level: Level, year: number, summary: boolean) => `${level} ${year}${summary ? ' summary' : ''}`;

/** A measure's median over a group of reports, and how many of them it is taken over. */
export interface GroupMedian {
  median: number | null;
  n: number;
}

/** A measure of one report as it enters a median: a count as it is, a rate only when solid. */
function medianInput(key: MeasureKey, counts: Counts): number | null {
  const m = measure(key);
  if (m.kind === 'count') return counts[m.key];
  const s = rateOf(m.key, counts);
  return isSolid(s) ? s.value : null;
}

/**
 * Each measure's median over a group's reports (one report per agency), over the reports that
 * state it: the one definition of a median of agencies, whatever the group (a level in a year, the
 * townships of a county, the departments of a county or city: peers.ts).
 */
export function mediansOf(keys: readonly MeasureKey[], group: readonly Counts[]): GroupMedian[] {
  return keys.map((key) => {
    const values = group.map((c) => medianInput(key, c)).filter((v) => v !== null);
    return { median: median(values), n: values.length };
  });
}

/**
 * The medians of every level and year, computed once for all agency pages: one pass over the
 * agencies, rather than one pass per agency page (which grows with the square of the corpus). A
 * summary report (totals.ts `addsUp`) is no peer of a body's own report: its numbers are its
 * members' again; the summaries of a level and year have medians of their own.
 */
export function levelMedians(peers: readonly Agency[]): LevelMedians {
  const groups = new Map<string, Counts[]>();
  for (const p of peers) {
    for (const [year, report] of p.byYear) {
      const key = medianKey(p.level, year, !addsUp(report));
      const list = groups.get(key);
      if (list) list.push(countsOf(report));
      else groups.set(key, [countsOf(report)]);
    }
  }
  const out: LevelMedians = new Map();
  for (const [key, all] of groups) out.set(key, mediansOf(MEDIAN_MEASURES, all));
  return out;
}

export function levelComparison(agency: Agency, medians: LevelMedians, year: number): LevelComparison | null {
  const own = agency.byYear.get(year);
  if (!own) return null;
  const counts = countsOf(own);
  const summary = !addsUp(own);
  const peers = medians.get(medianKey(agency.level, year, summary)) ?? MEDIAN_MEASURES.map(() => ({ median: null, n: 0 }));
  const rows = MEDIAN_MEASURES.map((key, i): MedianRow => {
    const { median, n } = peers[i]!;
    const m = measure(key);
    if (m.kind === 'count') return { key, kind: 'count', own: counts[m.key], ownSmall: false, median, n };
    const mine = rateOf(m.key, counts);
    return { key, kind: 'rate', own: mine.value, ownSmall: mine.small, median, n };
  });
  return { year, level: agency.level, summary, rows };
}
