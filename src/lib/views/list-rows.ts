/**
 * The JSON the client-side pages load, made from the agencies at build time: one row per agency
 * for the agency list (机关列表) and the search page's conditions on numbers (its types and file
 * format are in list-file.ts, which the browser runs too), and one small file per agency with the
 * counts the comparison needs. src/browser imports this module for its types only.
 */
import { countsOf, type Counts } from '../measures/values.ts';
import type { Agency } from '../site/types.ts';
import type { CheckId } from '../template/identities.ts';
import type { Level, Scope } from '../template/schema.ts';
import { checklistStates } from './checklist.ts';
import { failedCheckIds, type ListRow } from './list-file.ts';

export function listRow(agency: Agency): ListRow {
  const years = [...agency.byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]) => ({
      year,
      id: r.id,
      counts: countsOf(r),
      failed: r.checks.filter((c) => !c.ok).length,
      failedIds: failedCheckIds(r.checks),
      scope: r.scope,
      stated: r.checks.filter((c) => !c.ok && c.id === 'prose').map((c) => c.message),
      items: checklistStates(r),
    }));
  return { slug: agency.slug, name: agency.name, level: agency.level, division: divisionOf(agency), years };
}

/** The division code of the agency's latest placed report; '' when none is placed. */
export function divisionOf(agency: Agency): string {
  return [...agency.reports].reverse().find((r) => r.division)?.division?.code ?? '';
}

/** One year of an agency in the comparison: its report, its counts, what they cover, the checks it fails. */
export interface CompareYear {
  year: number;
  id: string;
  counts: Counts;
  scope: Scope;
  /** The checks the report fails, in their own words (the prose check's says the number the text states). */
  failed: { id: CheckId; message: string }[];
}

export interface CompareRecord {
  slug: string;
  name: string;
  level: Level;
  years: CompareYear[];
}

export function compareRecord(agency: Agency): CompareRecord {
  const years = [...agency.byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]): CompareYear => ({ year, id: r.id, counts: countsOf(r), scope: r.scope, failed: r.checks.filter((c) => !c.ok).map((c) => ({ id: c.id, message: c.message })) }));
  return { slug: agency.slug, name: agency.name, level: agency.level, years };
}
