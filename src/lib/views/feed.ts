/**
 * What the Atom feeds hold (output/atom.ts writes them): the whole site's, a place's (the place and
 * every place under it) and an agency's. One entry per report, newest first by the time ingest
 * first saw it (`ingestedAt`, ingest/first-seen-fs.ts), at most FEED_ENTRIES: a report is new once,
 * and one that fails a check says so in its title, its category and its text, each failure in words
 * (present/check-explain.ts).
 *
 * Nothing here depends on the build: the ids are tag URIs (RFC 4151) of a fixed authority and date,
 * an entry's time is its report's ingest time, and a feed's time is its newest entry's, so that a
 * rebuild with no new report gives the same feed and a reader shows nothing again.
 */
import { dataDate } from '../present/chart-image.ts';
import { failedChecks } from '../present/check-explain.ts';
import { STATUS_LABELS } from '../present/labels.ts';
import { paths } from '../present/url.ts';
import type { Agency } from '../site/agencies.ts';
import type { ReportCore } from '../site/core.ts';
import type { Site } from '../site/site.ts';

/** A feed of a place with thousands of reports holds the newest this many. */
export const FEED_ENTRIES = 50;

/** The tag URIs' authority and date: never to change, or every reader sees every entry again. */
export const TAG_PREFIX = 'tag:gongkai-nianbao-kanban,2026:';

const SITE_NAME = '公开年报看板';
/** A feed without entries has never changed. */
const NEVER = '1970-01-01T00:00:00Z';
const ATOM = 'application/atom+xml';

export interface FeedLink {
  href: string;
  rel?: 'self' | 'alternate';
  type?: string;
}

export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  links: FeedLink[];
  /** The agency that published the report. */
  authors: string[];
  /** `report` for every entry; `checks-failed` too for a report that fails a check. */
  categories: { term: string; label: string }[];
  /** What the entry says, a line each: agency, place, year, how it was read, the failed checks in words. */
  content: string[];
}

export interface FeedView {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  /** `self`: the feed's own address; `alternate`: the page it follows. */
  links: FeedLink[];
  authors: string[];
  entries: FeedEntry[];
}

/** The place a report's agency is in, by its official names from the province down. */
function placeText(report: ReportCore): string {
  if (report.division) return report.division.names.join('');
  return report.level === 'national' ? '全国' : '地区未能确定';
}

export function feedEntry(report: ReportCore): FeedEntry {
  const failed = failedChecks(report);
  const title = report.title.trim() || `${report.agency}${report.year ?? ''}年政府信息公开工作年度报告`;
  return {
    id: `${TAG_PREFIX}report/${report.id}`,
    title: failed.length > 0 ? `${title}（${failed.length}项校验未通过）` : title,
    updated: report.ingestedAt!,
    links: [{ href: paths.report(report.id), rel: 'alternate', type: 'text/html' }],
    authors: [report.agency],
    categories: [{ term: 'report', label: '新报告' }, ...(failed.length > 0 ? [{ term: 'checks-failed', label: '校验未通过' }] : [])],
    content: [
      `机关：${report.agency}`,
      `地区：${placeText(report)}`,
      `年度：${report.year === null ? '不详' : `${report.year}年`}`,
      `读取：${STATUS_LABELS[report.status]}`,
      ...(failed.length > 0 ? [`未通过的校验（${failed.length}项）：`, ...failed.map((e, i) => `${i + 1}. ${e.title}：${e.text}`)] : ['校验：全部通过']),
    ],
  };
}

/**
 * The newest reports first; among those one run saw first, the later year first, then by id, so
 * that the order never depends on the input's. Reports without an ingest time are never new.
 */
export function newestReports(reports: Iterable<ReportCore>, limit = FEED_ENTRIES): ReportCore[] {
  const dated = [...reports].filter((r) => r.ingestedAt !== undefined);
  const order = (a: ReportCore, b: ReportCore) =>
    a.ingestedAt! < b.ingestedAt! ? 1 : a.ingestedAt! > b.ingestedAt! ? -1 : (b.year ?? 0) - (a.year ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return dated.sort(order).slice(0, limit);
}

function feed(key: string, title: string, subtitle: string, self: string, page: string, reports: Iterable<ReportCore>): FeedView {
  const entries = newestReports(reports).map(feedEntry);
  return {
    id: `${TAG_PREFIX}feed/${key}`,
    title: `${title} · ${SITE_NAME}`,
    subtitle,
    updated: entries[0]?.updated ?? NEVER,
    links: [
      { href: self, rel: 'self', type: ATOM },
      { href: page, rel: 'alternate', type: 'text/html' },
    ],
    authors: [SITE_NAME],
    entries,
  };
}

const SUBTITLE = '新读取的政府信息公开工作年度报告，以及未通过校验的报告';

export function siteFeed(site: Pick<Site, 'reports'>): FeedView {
  return feed('site', '全部报告', `${SUBTITLE}（最新${FEED_ENTRIES}份）`, paths.feed(), paths.home(), site.reports);
}

/** A place's feed: every report of its agencies and of the places under it. Null for a code the data has no place for. */
export function placeFeed(site: Pick<Site, 'places'>, code: string): FeedView | null {
  const node = site.places.node(code);
  if (!node) return null;
  const reports = site.places.within(code).flatMap((a) => a.reports);
  return feed(`place/${code}`, node.name, `${node.name}及下辖地区：${SUBTITLE}（最新${FEED_ENTRIES}份）`, paths.placeFeed(code), paths.place(code), reports);
}

export function agencyFeed(agency: Agency): FeedView {
  return feed(`agency/${agency.slug}`, agency.name, `${agency.name}：${SUBTITLE}`, paths.agencyFeed(agency.slug), paths.agency(agency.slug), agency.reports);
}

const asOf = new WeakMap<object, string | null>();

/**
 * The day the data reaches, for the source line of a chart's image (present/chart-image.ts): the
 * newest ingest time of its reports, in China's time; null when none has one. Once per data set.
 */
export function dataAsOf(site: Pick<Site, 'reports'>): string | null {
  if (!asOf.has(site.reports)) {
    const newest = site.reports.reduce<string | null>((max, r) => (r.ingestedAt !== undefined && (max === null || r.ingestedAt > max) ? r.ingestedAt : max), null);
    asOf.set(site.reports, newest === null ? null : dataDate(newest));
  }
  return asOf.get(site.reports)!;
}
