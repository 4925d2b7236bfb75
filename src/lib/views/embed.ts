/**
 * A chart of an agency page alone, to embed in another site: its spec as the agency page draws it
 * (views/agency.ts), its kind, the page it comes from, and the data's date for its source line
 * 来源：公开年报看板，<address>，数据截至<date> (present/chart-image.ts). One page per agency and
 * chart, in the part of a split build that renders the agency.
 */
import type { ChartSpec } from '../present/chart-spec.ts';
import { paths } from '../present/url.ts';
import type { Agency } from '../site/agencies.ts';
import type { Site } from '../site/site.ts';
import { agencyView } from './agency.ts';
import { dataAsOf } from './feed.ts';

export const EMBED_CHARTS = ['applications', 'outcomes', 'review'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export interface EmbedView {
  spec: ChartSpec;
  kind: 'bar' | 'line';
  /** The agency page the chart is on: the source line's address and the link back. */
  page: string;
  agencyName: string;
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
    agencyName: agency.name,
    date: dataAsOf(site),
  };
}
