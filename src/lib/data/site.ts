/**
 * The loaded data set, computed once per build: reports, agencies and the lookups pages share.
 */
import type { Report } from '../template/schema.ts';
import { groupAgencies, yearsOf, type Agency } from './agencies.ts';
import { loadReports } from './load.ts';

export interface Site {
  reports: Report[];
  agencies: Agency[];
  /** Years covered, newest first. */
  years: number[];
  agencyOf: (report: Report) => Agency;
  agencyBySlug: (slug: string) => Agency | undefined;
}

export function buildSite(reports: Report[]): Site {
  const agencies = groupAgencies(reports);
  const byKey = new Map(agencies.map((a) => [a.key, a]));
  const bySlug = new Map(agencies.map((a) => [a.slug, a]));
  return {
    reports,
    agencies,
    years: yearsOf(reports),
    agencyOf: (r) => byKey.get(r.agencyKey)!,
    agencyBySlug: (slug) => bySlug.get(slug),
  };
}

let cache: Site | undefined;

export function site(): Site {
  cache ??= buildSite(loadReports());
  return cache;
}
