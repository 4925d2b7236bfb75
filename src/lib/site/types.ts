/**
 * The site's types that browser code reads (through the page models): in a module that imports
 * only types, so that what the browser reaches does not include how they are built at build time
 * (agencies.ts makes addresses with agency/slug.ts, which uses Node's crypto).
 */
import type { AgencyKind, Division, Level } from '../template/schema.ts';
import type { ReportCore } from './core.ts';

export interface Agency {
  /** Its identity (agencyKeyOf): the `agencyKey` of its reports, with its folder where unplaced. */
  key: string;
  slug: string;
  /** The name as printed in its latest report. */
  name: string;
  level: Level;
  /**
   * Where it is (docs/SCHEMA.md `division`), null when unplaced or national. A placed agency's key
   * holds its division's code, so every report of the agency has this division.
   */
  division: Division | null;
  /** The kind of body, as its latest report says (government, office, department…). */
  kind: AgencyKind;
  /** All its reports, oldest first (reports without a year last). */
  reports: ReportCore[];
  /** One report per year, the best read. */
  byYear: Map<number, ReportCore>;
  years: number[];
}
