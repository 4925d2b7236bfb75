/**
 * Site-internal links. Every link and asset goes through `url()`, so that the site works from a
 * sub-path (`BASE_PATH=/sub/`, astro.config.mjs). Pages are directories: links end in `/`.
 */

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const paths = {
  home: () => url(''),
  year: (year: number) => url(`year/${year}/`),
  agencies: () => url('agencies/'),
  agency: (slug: string) => url(`agency/${slug}/`),
  /** Where agency pages live, for client code that appends `<slug>/`. */
  agencyPrefix: () => url('agency/'),
  report: (id: string) => url(`report/${id}/`),
  /** Where report pages live, for client code that appends `<id>/`. */
  reportPrefix: () => url('report/'),
  /** The report's own JSON file, written by ingest (data/reports/) and published with the data. */
  reportJson: (id: string) => url(`data/reports/${id}.json`),
  source: (fileName: string) => url(`data/sources/${fileName}`),
  /** The report's lines as read, for its 原文 view (data/lines/, template/source-lines.ts). */
  reportLines: (id: string) => url(`data/lines/${id}.json`),
  /** 全国: the provinces and the national bodies. */
  places: () => url('place/'),
  /** A province's, city's or county's page; a township is a part of its county's page (placeAnchor). */
  place: (code: string) => url(`place/${code}/`),
  /** A peer group's page (site/peers.ts): `townships` or `departments` of a place. */
  peers: (code: string, kind: string) => url(`place/${code}/${kind}/`),
  compare: () => url('compare/'),
  quality: () => url('quality/'),
  downloads: () => url('downloads/'),
  about: () => url('about/'),
  search: () => url('search/'),
  data: (file: string) => url(`data/${file}`),
  rows: (file: string) => url(`rows/${file}`),
  /** Atom feeds (views/feed.ts): the whole site's, a place's (itself and everything under it), an agency's. */
  feed: () => url('feed.xml'),
  placeFeed: (code: string) => url(`place/${code}/feed.xml`),
  agencyFeed: (slug: string) => url(`agency/${slug}/feed.xml`),
  /** One chart of an agency page alone, to embed in another site (views/embed.ts). */
  agencyChartEmbed: (slug: string, chart: string) => url(`embed/agency/${slug}/${chart}/`),
  yearChartEmbed: (year: number, chart: string) => url(`embed/year/${year}/${chart}/`),
  /** A chart of the trends of all years alone (the home and year pages' 历年趋势). */
  trendChartEmbed: (chart: string) => url(`embed/trends/${chart}/`),
  /** A chart of the compare page alone: its state follows in the query (views/compare-embed.ts). */
  compareEmbed: () => url('embed/compare/'),
  /** A chart of a peers page alone (views/embed.ts peerEmbedPaths). */
  peerChartEmbed: (code: string, kind: string, chart: string) => url(`embed/peers/${code}/${kind}/${chart}/`),
  /** A table of any page alone: the page's path and the table's id follow in the query (views/table-embed.ts). */
  tableEmbed: () => url('embed/table/'),
  /** The agency list in one state alone: its query follows (views/list-embed.ts). */
  listEmbed: () => url('embed/agencies/'),
  /** The data-quality list in one state alone: its query follows (views/quality-embed.ts). */
  qualityEmbed: () => url('embed/quality/'),
  /** The search page's reports meeting conditions on numbers alone: the state follows (views/search-embed.ts). */
  searchEmbed: () => url('embed/search/'),
};

/** The id of a township's part of its county's page (`place-411625106`). */
export function placeAnchor(code: string): string {
  return `place-${code}`;
}
