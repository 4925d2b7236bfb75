/**
 * One-line year-on-year sentences generated from the numbers, such as
 * 本年新收申请40件，比上年增加12件. The comparison names the earlier year when it is not the year
 * just before (a report is missing in between). The measures and their phrases come from the
 * catalogue. A comparison never crosses a change of scope (a county-wide summary against the
 * government's own report: agency/scope.ts): the year says the scope changed instead.
 */
import { measure, type CountKey } from '../measures/catalogue.ts';
import { countsOf } from '../measures/values.ts';
import { formatCount } from '../present/format.ts';
import { scopePhrase, wholeOf } from '../present/marks.ts';
import type { Agency } from '../site/agencies.ts';
import type { Scope } from '../template/schema.ts';

export interface YoyInput {
  /** The phrase between 本年 and the number, e.g. 新收申请. */
  phrase: string;
  unit: string;
  year: number;
  value: number | null;
  previousYear: number | null;
  previous: number | null;
}

/** `null` when this year's value is blank: there is nothing to say. */
export function yoySentence({ phrase, unit, year, value, previousYear, previous }: YoyInput): string | null {
  if (value === null) return null;
  const head = `本年${phrase}${formatCount(value)}${unit}`;
  if (previousYear === null || previous === null) return head;
  const than = previousYear === year - 1 ? '上年' : `${previousYear}年`;
  const diff = value - previous;
  if (diff === 0) return `${head}，与${than}持平`;
  return `${head}，比${than}${diff > 0 ? '增加' : '减少'}${formatCount(Math.abs(diff))}${unit}`;
}

/** The counts a sentence is written for, in reading order (each has a `phrase` in the catalogue). */
export const YOY_MEASURES = ['newReceived', 'granted', 'withheld', 'reconsideration', 'litigation'] as const satisfies readonly CountKey[];

/**
 * The sentence said instead of a comparison across a change of scope:
 * 2023年报告为全县汇总报告，与2022年本机关报告不可比.
 */
export function scopeChangeSentence(year: number, scope: Scope, previousYear: number, previousScope: Scope, whole: string): string {
  return `${year}年报告为${scopePhrase(scope, whole)}，与${previousYear}年${scopePhrase(previousScope, whole)}不可比`;
}

/** For each year of an agency, newest first: its sentences against the nearest earlier year. */
export function agencyYoy(agency: Agency): { year: number; sentences: string[] }[] {
  const years = [...agency.byYear.keys()].sort((a, b) => a - b);
  const counts = new Map(years.map((y) => [y, countsOf(agency.byYear.get(y)!)]));
  const scope = (y: number) => agency.byYear.get(y)!.scope;
  return years
    .map((year, i) => {
      const previousYear = i > 0 ? years[i - 1]! : null;
      if (previousYear !== null && scope(year) !== scope(previousYear)) {
        return { year, sentences: [scopeChangeSentence(year, scope(year), previousYear, scope(previousYear), wholeOf(agency.name, agency.level))] };
      }
      const now = counts.get(year)!;
      const before = previousYear === null ? null : counts.get(previousYear)!;
      const sentences = YOY_MEASURES.map((key) => {
        const m = measure(key);
        return yoySentence({ phrase: m.phrase ?? m.label, unit: '件', year, value: now[key], previousYear, previous: before ? before[key] : null });
      }).filter((s): s is string => s !== null);
      return { year, sentences };
    })
    .reverse();
}
