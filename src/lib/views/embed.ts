/**
 * A chart drawn at build time alone, to embed in another site: its spec as its page draws it
 * (views/agency.ts, overview.ts, trends.ts, peers.ts), its kind, the page it comes from, and the
 * data's date for its source line 来源：公开年报看板，<address>，数据截至<date>
 * (present/chart-image.ts). One page per agency and chart, in the part of a split build that
 * renders the agency; one per year and chart of the overview; one per chart of the trends of all
 * years; one per peer group and chart (every part, as the peers pages). The compare page's charts
 * are drawn in the browser (compare-embed.ts), the tables from their pages (table-embed.ts).
 */
import type { ChartSpec } from '../present/chart-spec.ts';
import { paths } from '../present/url.ts';
import type { Agency } from '../site/agencies.ts';
import type { Site } from '../site/site.ts';
import { peerGroups, type PeerKind } from '../site/peers.ts';
import { agencyView } from './agency.ts';
import { dataAsOf } from './feed.ts';
import { yearOverview } from './overview.ts';
import { PEER_CHART_MEASURES, peerPage, type PeerView } from './peers.ts';
import { siteTrends } from './trends.ts';

export const EMBED_CHARTS = ['applications', 'outcomes', 'review'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];
export const YEAR_EMBED_CHARTS = ['applicants', 'outcomes', 'withheld', 'review', 'levels'] as const;
export type YearEmbedChart = (typeof YEAR_EMBED_CHARTS)[number];
export const TREND_EMBED_CHARTS = ['counts', 'rates', 'levelsReceived', 'levelsShare'] as const;
export type TrendEmbedChart = (typeof TREND_EMBED_CHARTS)[number];
/** The checked variant of a peer chart: without the reports failing a check, as failed=hide shows it. */
export const CHECKED = '-checked';

export interface EmbedView {
  spec: ChartSpec;
  kind: 'bar' | 'line';
  /** The agency page the chart is on: the source line's address and the link back. */
  page: string;
  /** What the link back names: the agency, or the year's overview. */
  pageName: string;
  /** 2026年5月2日; null when the data has no ingest times. */
  date: string | null;
}

/**
 * The agencies' embed pages: each of this part's agencies under its address, and under every old
 * address that leads to it (search/addresses.ts `moved`), so that an embed made before the
 * address moved still shows the agency's chart, citing its page of today.
 */
export function embedPaths(site: Site, moved: ReadonlyMap<string, Agency> = new Map()): { params: { slug: string; chart: EmbedChart }; props: { agency: Agency; chart: EmbedChart } }[] {
  const own = new Set(site.ownAgencies);
  const at = [...site.ownAgencies.map((agency) => [agency.slug, agency] as const), ...[...moved].filter(([, agency]) => own.has(agency))];
  return at.flatMap(([slug, agency]) => EMBED_CHARTS.map((chart) => ({ params: { slug, chart }, props: { agency, chart } })));
}

/** The chart as the agency page draws it: the applications over years a line, one year and the others bars. */
export function embedView(site: Site, agency: Agency, chart: EmbedChart): EmbedView {
  const view = agencyView(site, agency);
  return {
    spec: view.charts[chart],
    kind: chart === 'applications' && view.years.length > 1 ? 'line' : 'bar',
    page: paths.agency(agency.slug),
    pageName: agency.name,
    date: dataAsOf(site),
  };
}

export function yearEmbedPaths(site: Site): { params: { year: string; chart: YearEmbedChart }; props: { year: number; chart: YearEmbedChart } }[] {
  return site.years.flatMap((year) => YEAR_EMBED_CHARTS.map((chart) => ({ params: { year: String(year), chart }, props: { year, chart } })));
}

/** A chart of a year's overview (and of the home page, which shows a year's overview), as bars. */
export function yearEmbedView(site: Site, year: number, chart: YearEmbedChart): EmbedView {
  return { spec: yearOverview(site, year).charts[chart], kind: 'bar', page: paths.year(year), pageName: `${year}年总览`, date: dataAsOf(site) };
}

export function trendEmbedPaths(site: Site): { params: { chart: TrendEmbedChart } }[] {
  return site.years.length === 0 ? [] : TREND_EMBED_CHARTS.map((chart) => ({ params: { chart } }));
}

/** A chart of the trends of all years, as the home page and every year page draw it: lines. */
export function trendEmbedView(site: Site, chart: TrendEmbedChart): EmbedView {
  return { spec: siteTrends(site).charts[chart], kind: 'line', page: `${paths.home()}#trends`, pageName: '历年趋势', date: dataAsOf(site) };
}

/**
 * A peers page's charts: the latest year's ranked bars by measure key (`newReceived`), the same
 * without the reports failing a check where some fails (`newReceived-checked`), and `trend`, the
 * ranking measure over the years.
 */
export function peerEmbedCharts(view: Pick<PeerView, 'charts' | 'withoutFailed'>): string[] {
  const ranked = view.charts.length > 0 ? [...PEER_CHART_MEASURES] : [];
  return [...ranked, ...(view.withoutFailed ? ranked.map((m) => `${m}${CHECKED}`) : []), 'trend'];
}

export function peerEmbedPaths(site: Site): { params: { code: string; group: PeerKind; chart: string }; props: { code: string; kind: PeerKind; chart: string } }[] {
  return peerGroups(site.places).flatMap((g) =>
    peerEmbedCharts(peerPage(site, g.place.code, g.kind)).map((chart) => ({ params: { code: g.place.code, group: g.kind, chart }, props: { code: g.place.code, kind: g.kind, chart } })),
  );
}

/** A chart of a peer group's page (a chart of peerEmbedCharts). */
export function peerEmbedView(site: Site, code: string, kind: PeerKind, chart: string): EmbedView {
  const view = peerPage(site, code, kind);
  const base = { page: paths.peers(code, kind), pageName: `${view.title}比较`, date: dataAsOf(site) };
  if (chart === 'trend') return { ...base, spec: view.trend.chart, kind: view.trend.years.length > 1 ? 'line' : 'bar' };
  const checked = chart.endsWith(CHECKED);
  const at = PEER_CHART_MEASURES.indexOf(chart.replace(CHECKED, '') as never);
  const spec = (checked ? view.withoutFailed?.charts : view.charts)?.[at];
  if (!spec) throw new Error(`no chart ${chart} on the peers page of ${kind} under ${code}`);
  return { ...base, spec, kind: 'bar' };
}
