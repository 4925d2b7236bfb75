/**
 * The text a report page shows beside its tables, which the full-text index holds too: sections
 * 一, 五 and 六 as paragraphs, and the totals a pre-2019 report states.
 */
import { PRE2019_TOTALS } from '../template/pre2019.ts';
import type { Report } from '../template/schema.ts';
import { sectionHeading } from '../template/sections.ts';

export interface TextSection {
  heading: string;
  paragraphs: string[];
}

export interface Pre2019Total {
  label: string;
  value: number | null;
}

/** The text sections kept by ingest (schema.ts `sections`). */
const TEXT_SECTIONS = ['overview', 'problems', 'other'] as const;


function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Sections 一, 五 and 六 of a report, as the page shows them and the full-text index holds them. */
export function textSections(report: Report): TextSection[] {
  return TEXT_SECTIONS.map((key) => ({ heading: sectionHeading(key), paragraphs: paragraphs(report.sections[key]) }));
}

/** The totals a pre-2019 report states; null for a report in the 2019 template. */
export function pre2019Totals(report: Report): Pre2019Total[] | null {
  if (!report.pre2019) return null;
  return PRE2019_TOTALS.map((t) => ({ label: t.label, value: report.pre2019![t.key] }));
}

