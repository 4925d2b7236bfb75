/**
 * The tables of a place's page and of a peers page as they are downloaded (present/shown-table.ts):
 * a place's agencies and townships year by year, the county against its townships, its totals; a
 * peer group's ranked years with their medians, and its trend. The pages draw them in their own
 * layout (row groups, summary rows, medians in the footer); each download holds the same rows.
 */
import { measure } from '../measures/catalogue.ts';
import { measureColumn, measureShownCell, type ShownCell, type ShownColumn, type ShownTable } from '../present/shown-table.ts';
import { paths } from '../present/url.ts';
import type { PeerView, PeerYear } from './peers.ts';
import type { PlaceAgencyRow, PlaceTotalsYear, PlaceView, TownshipYear } from './place.ts';
import { failedInSum } from '../present/marks.ts';

/** What a year's cell of an agency or township says. */
export const REPORT_WORDS = { report: '有报告', summary: '汇总报告', none: '本站未收录' } as const;

const yearColumns = (years: readonly number[]): ShownColumn[] => years.map((y) => ({ label: `${y}年`, kind: 'text' }));

function reportCell(r: PlaceAgencyRow['reports'][number]): ShownCell {
  return r ? { value: r.summary ? REPORT_WORDS.summary : REPORT_WORDS.report, href: paths.report(r.id) } : { value: REPORT_WORDS.none };
}

/** A year the site holds no report of, with the unplaced reports that may be it (可能是：…). */
export function missingText(year: TownshipYear): string {
  const maybe = year.maybe.map((m) => `未归入地区的“${m.name}”${m.year}年报告（${m.id}）`);
  return maybe.length ? `${REPORT_WORDS.none}；可能是：${maybe.join('、')}` : REPORT_WORDS.none;
}

export function agenciesTable(view: Pick<PlaceView, 'years'>, rows: readonly PlaceAgencyRow[], title: string): ShownTable {
  return {
    title,
    columns: [{ label: '机关', kind: 'text' }, { label: '类别', kind: 'text' }, ...yearColumns(view.years)],
    rows: rows.map((a) => [{ value: a.name, href: paths.agency(a.slug) }, { value: a.kindLabel }, ...a.reports.map(reportCell)]),
  };
}

/** Every township of the place, each of its agencies a row; a township without any, one row saying so. */
export function townshipsTable(view: Pick<PlaceView, 'name' | 'years' | 'townships'>): ShownTable {
  return {
    title: `${view.name}乡镇（街道）的报告`,
    columns: [{ label: '乡镇（街道）', kind: 'text' }, { label: '区划代码', kind: 'text' }, { label: '机关', kind: 'text' }, ...yearColumns(view.years)],
    rows: view.townships.flatMap((t) =>
      t.agencies.length === 0
        ? [[{ value: t.name }, { value: t.code }, { value: '' }, ...t.years.map((y) => ({ value: missingText(y) }))]]
        : t.agencies.map((a) => [{ value: t.name }, { value: t.code }, { value: a.name, href: paths.agency(a.slug) }, ...a.reports.map((r, k) => (r ? reportCell(r) : { value: missingText(t.years[k]!) }))]),
    ),
  };
}

/** A year of the county against its townships: the measures down, its government's reports and the townships' sum across. */
export function coverageTable(view: Pick<PlaceView, 'name'>, year: NonNullable<PlaceView['coverage']>['years'][number], measures: readonly string[]): ShownTable {
  const governments = year.governments.length
    ? year.governments.map((g) => ({ label: `${g.name}（统计范围：${g.scopeLabel}）`, cells: g.cells.map((c) => measureShownCell(c)) }))
    : [{ label: `${view.name}政府（本站未收录本年报告）`, cells: measures.map((): ShownCell => ({ value: null })) }];
  return {
    title: `${view.name}${year.year}年本级报告与乡镇（街道）报告之和`,
    columns: [{ label: '指标', kind: 'text' }, ...governments.map((g) => ({ label: g.label, kind: 'count' as const })), { label: `乡镇（街道）报告之和（${year.townships.reports}份）`, kind: 'count' }],
    rows: measures.map((key, i) => [{ value: measure(key as Parameters<typeof measure>[0]).label }, ...governments.map((g) => g.cells[i]!), { value: year.townships.cells[i]!.value }]),
  };
}

/** What a year's total holds beyond plain reports of their own, in words ('' for nothing to say). */
export function totalsNote(t: Pick<PlaceTotalsYear, 'unknownScope' | 'below' | 'failed'>): string {
  return [
    t.unknownScope > 0 ? `合计含${t.unknownScope}份未说明统计范围的政府报告（按本机关计入）` : '',
    failedInSum(t.failed) ? `合计${failedInSum(t.failed)}，其数字照常计入` : '',
    t.below > 0 ? `另有${t.below}份下级政府的全辖区汇总报告未计入` : '',
  ]
    .filter((part) => part !== '')
    .join('；');
}

/** The totals year by year, the place's own summary reports on rows of their own. */
export function totalsTable(view: Pick<PlaceView, 'name' | 'totals'>, measures: readonly Parameters<typeof measureColumn>[0][]): ShownTable {
  return {
    title: `${view.name}合计`,
    columns: [{ label: '年度', kind: 'text' }, { label: '计入的报告', kind: 'count' }, { label: '其中未通过核对的报告', kind: 'count' }, ...measures.map(measureColumn)],
    rows: view.totals.flatMap((t) => [
      [{ value: `${t.year}年合计` }, { value: t.counted }, { value: t.failed }, ...t.cells.map((c) => measureShownCell(c))],
      ...t.own.map((s) => [{ value: `${s.name}${t.year}年汇总报告（单列，不计入合计）`, href: paths.report(s.id) }, { value: null }, { value: null }, ...s.cells.map((c) => measureShownCell(c))]),
    ]),
  };
}

/**
 * A year of a peers page: the ranked members, then the median of each measure (its rates with
 * their small-denominator flag; how many agencies each median is over stays on the page, as a
 * rate column holds no count).
 */
export function peerYearTable(view: Pick<PeerView, 'title' | 'columns'>, year: PeerYear): ShownTable {
  return {
    title: `${year.year}年${view.title}比较`,
    columns: [{ label: '排名', kind: 'count' }, { label: '机关', kind: 'text' }, ...view.columns.map((c) => measureColumn(c.key)), { label: '报告', kind: 'text' }],
    rows: [
      ...year.rows.map((r): ShownCell[] => [{ value: r.rank }, { value: r.name, href: paths.agency(r.slug), marks: r.marks }, ...r.cells.map((c) => measureShownCell(c)), { value: r.id, href: paths.report(r.id) }]),
      [{ value: null }, { value: '中位数' }, ...year.medians.map((m) => ({ value: m.median })), { value: '' }],
    ],
  };
}

/** The ranking measure of a peers page over the years: every member, then the median. */
export function peerTrendTable(view: Pick<PeerView, 'title' | 'rankLabel' | 'trend'>): ShownTable {
  return {
    title: `${view.title}${view.rankLabel}逐年变化`,
    columns: [{ label: '机关', kind: 'text' }, ...view.trend.years.map((y): ShownColumn => ({ label: `${y}年`, kind: 'count' }))],
    rows: [...view.trend.rows.map((r): ShownCell[] => [{ value: r.name, href: paths.agency(r.slug) }, ...r.values.map((value, i) => ({ value, marks: r.marks[i]! }))]), [{ value: '中位数' }, ...view.trend.median.map((value) => ({ value }))]],
  };
}
