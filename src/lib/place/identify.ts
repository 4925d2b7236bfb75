/**
 * Who a report's agency is, in one place: its division (resolve.ts, or a manifest's code), its
 * level from that division, its kind from its body, the scope of its numbers, and its key across
 * years and name variants. Ingest calls `identifyAgency` on each report and, where the content
 * folder's agencies.csv names the report, `settleAgency` with the code given there.
 */
import { agencyKey } from '../agency/key.ts';
import { agencyKind } from '../agency/kind.ts';
import { levelOf } from '../agency/level.ts';
import { saysSummary, scopeOf } from '../agency/scope.ts';
import type { Level, Note, Report } from '../template/schema.ts';
import { chainOf, type Division, type Gazetteer } from './gazetteer.ts';
import { readName } from './read-name.ts';
import { bodyOf, resolvePlace, type How, type PlaceInput } from './resolve.ts';

/** The report fields that say who the agency is. */
export type AgencyFacts = Pick<Report, 'division' | 'level' | 'agencyKind' | 'scope' | 'agencyKey'>;

/** The codes of the notes this module writes: a new identification replaces them. */
export const PLACE_NOTES = ['place-ambiguous', 'place-unknown', 'place-conflict'] as const;

/** Whether a note is one of PLACE_NOTES: why a report is unplaced. */
export function isPlaceNote(note: Pick<Note, 'code'>): boolean {
  return (PLACE_NOTES as readonly string[]).includes(note.code);
}

/** The facts of a report's agency from its own evidence, and the note saying why where it is unplaced. */
export function identifyAgency(input: PlaceInput & { title: string }, gaz: Gazetteer): { facts: AgencyFacts; notes: Note[] } {
  const placement = resolvePlace(input, gaz);
  const { division, how, body } = placement;
  const common = placement.candidates.length > 0 && placement.candidates.every((c) => c.level === placement.candidates[0]!.level);
  const level: Level = division ? division.level : common ? placement.candidates[0]!.level : levelOf(input.agency);
  const kind = agencyKind(body);
  const facts: AgencyFacts = {
    division: division && how ? placed(division, how) : null,
    level,
    agencyKind: kind,
    scope: scopeOf(saysSummary(input.title, input.lines.join('\n')), kind, level),
    agencyKey: agencyKey(division, body, input.agency),
  };
  const notes: Note[] = placement.problem ? [{ level: 'warning', code: placement.problem.code, message: placement.problem.message }] : [];
  return { facts, notes };
}

/**
 * The facts of a report placed by the manifest in `division`: level and key follow the division,
 * the kind the body of the name; a summary stays a summary (the text said so), other scopes
 * follow the new level.
 */
export function settleAgency(report: Pick<Report, 'agency' | 'scope'>, division: Division, gaz: Gazetteer): AgencyFacts {
  const body = bodyOf(report.agency, readName(report.agency, gaz));
  const kind = agencyKind(body);
  return {
    division: placed(division, 'manifest'),
    level: division.level,
    agencyKind: kind,
    scope: scopeOf(report.scope === 'summary', kind, division.level),
    agencyKey: agencyKey(division, body, report.agency),
  };
}

function placed(division: Division, how: How): NonNullable<Report['division']> {
  const chain = chainOf(division);
  return { code: division.code, names: chain.map((d) => d.name), codes: chain.map((d) => d.code), how };
}
