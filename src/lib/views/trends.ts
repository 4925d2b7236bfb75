/**
 * The whole site across years (the overview's 历年趋势): each measure summed or pooled over every
 * agency, and by level, year by year; and a year against the year before, counted over the
 * agencies that reported in both, since the agencies covered differ from year to year and totals of
 * different sets of agencies do not compare. Measures are the catalogue's; rates are pooled
 * (Σ numerators ÷ Σ denominators, values.ts). Places come with the places work: a trend by
 * province is one more grouping key beside the level. Every year's sum says how many of its reports
 * fail one of their own checks (totals.ts failsCheck): they are added, and marked.
 */
import { measure, shortLabel, type CountKey, type MeasureKey } from '../measures/catalogue.ts';
import { countsOf, pooled, type Counts } from '../measures/values.ts';
import type { ChartSpec } from '../present/chart-spec.ts';
import { LEVEL_LABELS, LEVEL_ORDER } from '../present/labels.ts';
import { measureColumn, measureShownCell, type ShownTable } from '../present/shown-table.ts';
import type { Agency } from '../site/agencies.ts';
import type { Site } from '../site/site.ts';
import { addsUp, failsCheck } from '../site/totals.ts';
import type { Level } from '../template/schema.ts';
import { yoySentence } from './yoy.ts';

/** The measures of the table of every year. */
export const TREND_MEASURES = ['newReceived', 'totalProcessed', 'granted', 'withheld', 'grantedShare', 'grantedOrPartialShare', 'withheldShare', 'reconsideration', 'litigation'] as const satisfies readonly MeasureKey[];

/** The counts said year on year (each has a `phrase` in the catalogue). */
export const YOY_SITE_MEASURES = ['newReceived', 'granted', 'withheld', 'reconsideration', 'litigation'] as const satisfies readonly CountKey[];

export interface SiteTrends {
  /** Oldest first. */
  years: number[];
  table: ShownTable;
  charts: { counts: ChartSpec; rates: ChartSpec; levelsReceived: ChartSpec; levelsShare: ChartSpec };
}

/**
 * Every agency's counts of a year (one report an agency a year), with its level. A report whose
 * tables add up subordinate bodies (scope `summary`, 全县各级行政机关) is left out (site/totals.ts):
 * its numbers are its members' again.
 */
function countsByYear(site: Site): Map<number, { level: Level; counts: Counts; failed: boolean }[]> {
  const out = new Map<number, { level: Level; counts: Counts; failed: boolean }[]>();
  for (const a of site.agencies) {
    for (const [year, r] of a.byYear) {
      if (!addsUp(r)) continue;
      const list = out.get(year) ?? [];
      list.push({ level: a.level, counts: countsOf(r), failed: failsCheck(r) });
      out.set(year, list);
    }
  }
  return out;
}

const cache = new WeakMap<Site, SiteTrends>();

/** The trends of the site, computed once per build (the home page and every year page show them). */
export function siteTrends(site: Site): SiteTrends {
  const cached = cache.get(site);
  if (cached) return cached;
  const byYear = countsByYear(site);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const labels = years.map((y) => `${y}年`);
  const all = (y: number) => (byYear.get(y) ?? []).map((x) => x.counts);
  const levels = LEVEL_ORDER.filter((l) => years.some((y) => byYear.get(y)!.some((x) => x.level === l)));
  const ofLevel = (y: number, l: Level) => (byYear.get(y) ?? []).filter((x) => x.level === l).map((x) => x.counts);
  const line = (key: MeasureKey) => ({ label: shortLabel(key), values: years.map((y) => pooled(key, all(y)).value) });
  const byLevel = (key: MeasureKey) => levels.map((l) => ({ label: LEVEL_LABELS[l], values: years.map((y) => pooled(key, ofLevel(y, l)).value) }));
  const trends: SiteTrends = {
    years,
    table: {
      title: '全部机关历年合计',
      columns: [{ label: '年度', kind: 'text' }, { label: '机关数', kind: 'count' }, { label: '其中未通过核对的报告', kind: 'count', term: 'identity' }, ...TREND_MEASURES.map(measureColumn)],
      rows: [...years].reverse().map((y) => [
        { value: `${y}年` },
        { value: all(y).length },
        { value: (byYear.get(y) ?? []).filter((x) => x.failed).length },
        ...TREND_MEASURES.map((key) => {
          const p = pooled(key, all(y));
          return measureShownCell(p.share ? { key, value: p.value, share: p.share } : { key, value: p.value }, measure(key).kind === 'rate');
        }),
      ]),
    },
    charts: {
      counts: { title: '全部机关的申请、复议和诉讼（合计）', labels, series: (['newReceived', 'totalProcessed', 'reconsideration', 'litigation'] as const).map(line), unit: '件' },
      rates: { title: '全部机关的办理结果比例（合计）', labels, series: (['grantedShare', 'grantedOrPartialShare', 'withheldShare'] as const).map(line), unit: '', percent: true },
      levelsReceived: { title: `各层级机关的${measure('newReceived').label}（合计）`, labels, series: byLevel('newReceived'), unit: '件' },
      levelsShare: { title: `各层级机关的${measure('grantedOrPartialShare').label}（合计）`, labels, series: byLevel('grantedOrPartialShare'), unit: '', percent: true },
    },
  };
  cache.set(site, trends);
  return trends;
}

export interface SiteYoy {
  year: number;
  /** The year compared with: the nearest earlier year with reports. */
  previousYear: number;
  /** Agencies with a report in both years. */
  agencies: number;
  sentences: string[];
}

/**
 * A year against the nearest earlier one, over the agencies that reported in both: each count
 * summed over the agencies that state it in both years. Null for the first year.
 */
export function siteYoy(site: Site, year: number): SiteYoy | null {
  const previousYear = site.years.find((y) => y < year);
  if (previousYear === undefined) return null;
  const own = (a: Agency, y: number) => a.byYear.has(y) && addsUp(a.byYear.get(y)!);
  const pairs = site.agencies.filter((a) => own(a, year) && own(a, previousYear)).map((a) => [countsOf(a.byYear.get(year)!), countsOf(a.byYear.get(previousYear)!)] as const);
  const sentences = YOY_SITE_MEASURES.map((key) => {
    const both = pairs.filter(([now, before]) => now[key] !== null && before[key] !== null);
    if (both.length === 0) return null;
    const m = measure(key);
    const sum = (i: 0 | 1) => both.reduce((s, p) => s + p[i][key]!, 0);
    return yoySentence({ phrase: m.phrase ?? m.label, unit: '件', year, value: sum(0), previousYear, previous: sum(1) });
  }).filter((s): s is string => s !== null);
  return { year, previousYear, agencies: pairs.length, sentences };
}
