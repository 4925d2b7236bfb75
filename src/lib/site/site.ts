/**
 * The loaded data set, computed once per build: the reports' cores, agencies, their places and the
 * lookups pages share, and which agencies this build's part renders (src/lib/site/part.ts).
 */
import { WHOLE, type Part } from '../parts/part.ts';
import { inGroups, inPart, type Groups } from './part.ts';
import { agencyKeyOf, groupAgencies, yearsOf, type Agency } from './agencies.ts';
import type { ReportCore } from './core.ts';
import { levelMedians, type LevelMedians } from './level-median.ts';
import { sitePlaces, type Places } from './places.ts';

export interface Site {
  reports: ReportCore[];
  agencies: Agency[];
  /** Years covered, newest first. */
  years: number[];
  agencyOf: (report: ReportCore) => Agency;
  agencyBySlug: (slug: string) => Agency | undefined;
  reportById: (id: string) => ReportCore | undefined;
  /** Medians per level and year, for the comparison on agency pages. */
  medians: LevelMedians;
  /** The places of the data with their agencies, for the place and peers pages. */
  places: Places;
  /** The part being built; its agencies' pages are rendered, the shared pages always. */
  part: Part;
  /** The agencies whose pages this part renders (all of them without PART or BUILD_GROUPS). */
  ownAgencies: Agency[];
}

export function buildSite(reports: ReportCore[], part: Part = WHOLE, groups: Groups | null = null): Site {
  const agencies = groupAgencies(reports);
  const byKey = new Map(agencies.map((a) => [a.key, a]));
  const bySlug = new Map(agencies.map((a) => [a.slug, a]));
  const byId = new Map(reports.map((r) => [r.id, r]));
  return {
    reports,
    agencies,
    years: yearsOf(reports),
    agencyOf: (r) => byKey.get(agencyKeyOf(r))!,
    agencyBySlug: (slug) => bySlug.get(slug),
    reportById: (id) => byId.get(id),
    medians: levelMedians(agencies),
    places: sitePlaces(agencies),
    part,
    ownAgencies: groups ? agencies.filter((a) => inGroups(a.key, groups)) : part.count === 1 ? agencies : agencies.filter((a) => inPart(a.key, part)),
  };
}

