/**
 * A chart of an agency page or a year's overview alone, to embed in another site: its spec as that
 * page draws it (views/agency.ts, views/overview.ts), its kind, the page it comes from, and the
 * data's date for its source line 来源：公开年报看板，<address>，数据截至<date>
 * (present/chart-image.ts). One page per agency and chart, in the part of a split build that
 * renders the agency; one per year and chart of the overview.
 */
import type { ChartSpec } from '../present/chart-spec.ts';
import { paths } from '../present/url.ts';
import type { Agency } from '../site/agencies.ts';
import type { Site } from '../site/site.ts';
import { agencyView } from './agency.ts';
import { dataAsOf } from './feed.ts';
import { yearOverview } from './overview.ts';

export const EMBED_CHARTS = ['applications', 'outcomes', 'review'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];
export const YEAR_EMBED_CHARTS = ['applicants', 'outcomes', 'withheld', 'review', 'levels'] as const;
export type YearEmbedChart = (typeof YEAR_EMBED_CHARTS)[number];

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

export function embedPaths(site: Site): { params: { slug: string; chart: EmbedChart }; props: { agency: Agency; chart: EmbedChart } }[] {
  return site.ownAgencies.flatMap((agency) => EMBED_CHARTS.map((chart) => ({ params: { slug: agency.slug, chart }, props: { agency, chart } })));
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
