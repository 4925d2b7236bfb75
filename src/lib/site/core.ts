/**
 * The part of a report that pages over many reports need (lists, overviews, medians, data
 * quality): every number, but not the text sections, the passed checks, the notes beyond the
 * first of each level and the one saying why the report is unplaced, or the 2019 section 二 detail, which only the report's own page shows and
 * which that page reads from the report's own file (load.ts loadReport). A national corpus of
 * 100,000 reports keeps only these in memory during the build, about a tenth of the full reports.
 *
 * A full Report is a ReportCore too, so every function that takes a ReportCore also takes a Report.
 */
import { isPlaceNote } from '../place/identify.ts';
import type { CheckId } from '../template/identities.ts';
import { TABLE_FILL_CODES } from '../template/notes.ts';
import type { Check, Note, Report } from '../template/schema.ts';

/**
 * What the checklist (views/checklist.ts) reads of the parts a core leaves out: the text sections
 * (一, 五, 六) left empty, how many checks of each kind were tried, and whether 表三 kept the 2019
 * rows in a 2021 report (the `edition-mixed` note).
 */
export interface ChecklistFacts {
  emptySections: (keyof Report['sections'])[];
  tried: Partial<Record<CheckId, number>>;
  editionMixed: boolean;
}

export function checklistFacts(report: Pick<Report, 'sections' | 'checks' | 'notes'>): ChecklistFacts {
  const tried: Partial<Record<CheckId, number>> = {};
  for (const c of report.checks) tried[c.id] = (tried[c.id] ?? 0) + 1;
  const keys = Object.keys(report.sections) as (keyof Report['sections'])[];
  return { emptySections: keys.filter((k) => report.sections[k].trim() === ''), tried, editionMixed: report.notes.some((n) => n.code === 'edition-mixed') };
}

export type ReportCore = Omit<Report, 'sections' | 'activeDisclosure2019' | 'checks' | 'notes'> & {
  /** The failed checks only (a full Report has them all: count failures with `!c.ok`). */
  checks: Check[];
  /** The first error and the first warning, in that order, for an unplaced report the note saying why, the first note of each TABLE_FILL_CODES and the first warning of another code. */
  notes: Note[];
  /** Set by reportCore; a full Report has none, its sections, checks and notes say the same. */
  checklistFacts?: ChecklistFacts;
};

export function reportCore(report: Report): ReportCore {
  const { sections: _sections, activeDisclosure2019: _detail, checks, notes, ...rest } = report;
  const firstError = notes.find((n) => n.level === 'error');
  const firstWarning = notes.find((n) => n.level === 'warning');
  const unplaced = rest.division ? undefined : notes.find(isPlaceNote);
  // The table-fill notes are counted apart (views/quality.ts): the first other warning is kept too.
  const fill = TABLE_FILL_CODES.map((code) => notes.find((n) => n.code === code));
  const otherWarning = notes.find((n) => n.level === 'warning' && !(TABLE_FILL_CODES as readonly string[]).includes(n.code));
  return {
    ...rest,
    checks: checks.filter((c) => !c.ok),
    checklistFacts: checklistFacts(report),
    notes: [...new Set([firstError, firstWarning, unplaced, ...fill, otherWarning])].filter((n) => n !== undefined),
  };
}
