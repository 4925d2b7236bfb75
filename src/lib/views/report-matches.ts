/**
 * The search page's conditions on numbers (行政复议 > 0, 不予公开 ≥ 5, a failed check): the reports
 * that meet them, from the counts the browser already has (list-file.ts rows), and the table the
 * page shows and downloads. One report an agency and year (the one the site counts). Pure and
 * browser-safe.
 */
import { measure } from '../measures/catalogue.ts';
import { conditionHolds, type Condition } from '../measures/condition.ts';
import { measureCell } from '../measures/cell.ts';
import { ranking } from '../measures/rank.ts';
import { figureMarks } from '../present/marks.ts';
import { measureColumn, measureShownCell, type ShownTable } from '../present/shown-table.ts';
import { CHECK_LABELS, type CheckId } from '../template/identities.ts';
import type { Level } from '../template/schema.ts';
import type { ListRow, ListYear } from './list-file.ts';
import { inRegion } from './region.ts';

export interface ReportMatch {
  row: ListRow;
  year: ListYear;
}

export interface MatchFilters {
  conditions: readonly Condition[];
  check: CheckId | '';
  /** One year, or null for every year. */
  year: number | null;
  /** One level, or '' for every level. */
  level: Level | '';
  /** A division code: the agencies placed in it or below; '' for everywhere. */
  place: string;
}

const collator = new Intl.Collator('zh-CN');

/**
 * Every report that meets all conditions and, when one is chosen, failed the check: ordered by the
 * first condition's measure in the site's one ranking (measures/rank.ts: a rate on a small
 * denominator after the solid ones, summary reports after the others; blanks cannot meet a
 * condition), then the newest year, then the agency's name.
 */
export function reportMatches(rows: readonly ListRow[], f: MatchFilters): ReportMatch[] {
  const out: ReportMatch[] = [];
  for (const row of rows) {
    if (f.level && row.level !== f.level) continue;
    if (!inRegion(row.division, f.place)) continue;
    for (const year of row.years) {
      if (f.year !== null && year.year !== f.year) continue;
      if (f.check && !year.failedIds.includes(f.check)) continue;
      if (f.conditions.every((c) => conditionHolds(c, year.counts))) out.push({ row, year });
    }
  }
  const key = f.conditions[0]?.key;
  const tie = (a: ReportMatch, b: ReportMatch) => b.year.year - a.year.year || collator.compare(a.row.name, b.row.name);
  if (!key) return out.sort(tie);
  return ranking(out, (m) => ({ cell: measureCell(key, m.year.counts), summary: m.year.scope === 'summary' }), {}, tie).rows.map((r) => r.item);
}

export interface MatchLinks {
  levelLabel: (level: Level) => string;
  reportHref: (id: string) => string;
}

/** The reports as the page lists them: report, level, year, each condition's measure, the failed check. */
export function matchTable(matches: readonly ReportMatch[], f: Pick<MatchFilters, 'conditions' | 'check'>, links: MatchLinks): ShownTable {
  const keys = [...new Set(f.conditions.map((c) => c.key))];
  return {
    title: '符合数字条件的报告',
    columns: [
      { label: '报告', kind: 'text' },
      { label: '层级', kind: 'text' },
      { label: '年度', kind: 'year' },
      ...keys.map(measureColumn),
      { label: f.check ? `“${CHECK_LABELS[f.check]}”未通过` : '未通过核对', kind: f.check ? 'text' : 'count', term: 'identity' },
    ],
    rows: matches.map((m) => [
      { value: `${m.row.name} ${m.year.year}年报告`, href: links.reportHref(m.year.id), ...markedCell(m) },
      { value: links.levelLabel(m.row.level) },
      { value: m.year.year },
      ...keys.map((k) => measureShownCell(measureCell(k, m.year.counts), measure(k).kind === 'rate')),
      f.check ? { value: '是' } : { value: m.year.failed },
    ]),
  };
}

/** A report's marks, for the cell that names it: a summary, a failed check. */
function markedCell(m: ReportMatch): { marks?: ReturnType<typeof figureMarks> } {
  const marks = figureMarks(m.year.scope === 'summary', m.year.failedIds, m.year.stated);
  return marks.length ? { marks } : {};
}
