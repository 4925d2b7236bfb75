/**
 * The comparison (对比) of two or more agencies, for one year or all years: the measures, their
 * charts and the table. Pure: the compare page runs it in the browser on the agencies' files
 * (list-rows.ts CompareRecord), and unit tests run it in Node. Measures are the catalogue's.
 *
 * Every figure says what it is (present/marks.ts): 汇总 where its report is a summary (the whole
 * place's numbers), 未通过核对 where its report fails a check (the checks' own words in the
 * tooltip), in the table's heads, the measure tables' cells, the charts' labels and the download.
 * An agency's line over the years never joins a summary year to an own-scope one. The selection's
 * `failed=hide` leaves the reports failing a check out altogether.
 */
import { OUTCOME_MEASURES, measure, shortLabel, type MeasureKey } from '../measures/catalogue.ts';
import { measureCell, type MeasureCell } from '../measures/cell.ts';
import type { ChartSpec, Series } from '../present/chart-spec.ts';
import { yearsPhrase } from '../present/format.ts';
import { figureMarks, markedLabel, type Mark } from '../present/marks.ts';
import { measureShownCell, type ShownCell, type ShownTable } from '../present/shown-table.ts';
import type { CompareRecord, CompareYear } from './list-rows.ts';
import { failedFromParams, failedToParams, type FailedReports } from './list-query.ts';
import { isRegionCode } from './region.ts';
import { SHORT_ID } from '../present/short-ids.ts';

/** The rows of the comparison table, in order. */
export const COMPARE_MEASURES: readonly MeasureKey[] = [
  'newReceived',
  'totalProcessed',
  ...OUTCOME_MEASURES,
  'grantedShare',
  'grantedOrPartialShare',
  'withheldShare',
  'reconsideration',
  'reconsiderationCorrectedShare',
  'litigation',
];

export interface CompareCell extends Partial<MeasureCell> {
  value: number | null;
  /** The report the value comes from, when there is one. */
  reportId?: string;
}

export interface CompareTable {
  /** Column heads: one per agency (one year) or per agency and year (all years), with its report's marks. */
  columns: { slug: string; name: string; year: number | null; marks: Mark[] }[];
  rows: { key: MeasureKey; label: string; kind: 'count' | 'rate'; cells: CompareCell[] }[];
  /** Some rate rests on a small denominator. */
  anySmall: boolean;
}

/** The marks of a year's figures: its report a summary, its report failing checks. */
export function yearMarks(y: CompareYear | undefined): Mark[] {
  if (!y) return [];
  return figureMarks(y.scope === 'summary', [...new Set(y.failed.map((c) => c.id))], y.failed.map((c) => c.message));
}

/** The records without the years whose report fails a check, and how many such reports were left out. */
export function withoutFailed(records: readonly CompareRecord[]): { records: CompareRecord[]; left: number } {
  let left = 0;
  const kept = records.map((r) => {
    const years = r.years.filter((y) => y.failed.length === 0);
    left += r.years.length - years.length;
    return { ...r, years };
  });
  return { records: kept, left };
}

function cell(key: MeasureKey, y: CompareYear | undefined): CompareCell {
  if (!y) return { value: null };
  return { ...measureCell(key, y.counts), reportId: y.id };
}

/** A cell of the comparison as a table shows it: blank where the agency has no report that year. */
function shownOf(c: CompareCell, basis: boolean): ShownCell {
  return c.key === undefined ? { value: null } : measureShownCell({ key: c.key, value: c.value, ...(c.share ? { share: c.share } : {}) }, basis);
}

/** The years any of the agencies covers, oldest first. */
export function yearsCovered(records: readonly CompareRecord[]): number[] {
  return [...new Set(records.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b);
}

export function compareTable(records: readonly CompareRecord[], year: number | null): CompareTable {
  const columns =
    year === null
      ? records.flatMap((r) => r.years.map((y) => ({ slug: r.slug, name: r.name, year: y.year, marks: yearMarks(y) })))
      : records.map((r) => ({ slug: r.slug, name: r.name, year, marks: yearMarks(r.years.find((y) => y.year === year)) }));
  const find = (slug: string, y: number | null) => records.find((r) => r.slug === slug)?.years.find((x) => x.year === y);
  const rows = COMPARE_MEASURES.map((key) => ({ key, label: measure(key).label, kind: measure(key).kind, cells: columns.map((c) => cell(key, find(c.slug, c.year))) }));
  return { columns, rows, anySmall: rows.some((r) => r.cells.some((c) => c.share?.small)) };
}

/** Charts for one year: counts side by side, and rates side by side. */
export function yearCharts(records: readonly CompareRecord[], year: number): ChartSpec[] {
  const at = (r: CompareRecord) => r.years.find((y) => y.year === year);
  const counts = COMPARE_MEASURES.filter((k) => measure(k).kind === 'count' && k !== 'totalProcessed');
  const rates = COMPARE_MEASURES.filter((k) => measure(k).kind === 'rate');
  const label = (r: CompareRecord) => markedLabel(r.name, yearMarks(at(r)));
  return [
    {
      title: `${year}年申请数量与办理结果`,
      labels: counts.map(shortLabel),
      series: records.map((r) => ({ label: label(r), values: counts.map((k) => cell(k, at(r)).value) })),
      unit: '件',
      horizontal: true,
    },
    {
      title: `${year}年各项比例`,
      labels: rates.map(shortLabel),
      series: records.map((r) => ({ label: label(r), values: rates.map((k) => cell(k, at(r)).value) })),
      unit: '',
      percent: true,
      horizontal: true,
    },
  ];
}

/**
 * All years, measure by measure: a small table of the years down and the agencies across (each
 * value linking to its report), and a line per agency over the years. Narrow enough for a phone
 * whatever the number of years, unlike one column per agency and year.
 */
export interface MeasureComparison {
  key: MeasureKey;
  table: ShownTable;
  chart: ChartSpec;
}

export function measureComparisons(records: readonly CompareRecord[], reportHref: (id: string) => string): MeasureComparison[] {
  const years = yearsCovered(records);
  return COMPARE_MEASURES.map((key) => {
    const m = measure(key);
    const at = (r: CompareRecord, y: number) => cell(key, r.years.find((x) => x.year === y));
    const percent = m.kind === 'rate';
    const table: ShownTable = {
      title: m.label,
      columns: [{ label: '年度', kind: 'text' }, ...records.map((r) => ({ label: r.name, kind: percent ? ('rate' as const) : ('count' as const) }))],
      rows: years.map((y) => [
        { value: `${y}年` },
        ...records.map((r) => {
          const c = at(r, y);
          const marks = yearMarks(r.years.find((x) => x.year === y));
          return { ...shownOf(c, true), ...(c.reportId ? { href: reportHref(c.reportId) } : {}), ...(marks.length ? { marks } : {}) };
        }),
      ]),
    };
    const chart: ChartSpec = {
      title: `${m.label}逐年变化`,
      labels: years.map((y) => `${y}年`),
      series: records.flatMap((r) => agencyLines(r, years, (y) => at(r, y).value)),
      unit: percent ? '' : '件',
      percent,
      quiet: quietSentence(records, years, m.label, percent),
    };
    return { key, table, chart };
  });
}

/**
 * An agency's lines over the years: one, or one per scope where its reports change scope (a line
 * never joins a summary year to an own-scope one), each blank in the other's years; the label
 * names the years whose report fails a check.
 */
function agencyLines(r: CompareRecord, years: readonly number[], valueAt: (year: number) => number | null): Series[] {
  const yearOf = (y: number) => r.years.find((x) => x.year === y);
  const failed = r.years.filter((y) => y.failed.length > 0).map((y) => y.year);
  const note = failed.length ? `${failed.join('、')}年未通过核对` : '';
  const scopes = [...new Set(r.years.map((y) => y.scope === 'summary'))];
  return scopes.map((summary) => {
    const parts = [scopes.length > 1 || summary ? (summary ? '汇总' : '本机关') : '', note].filter(Boolean);
    return {
      label: parts.length ? `${r.name}（${parts.join('；')}）` : r.name,
      values: years.map((y) => (yearOf(y) && (yearOf(y)!.scope === 'summary') === summary ? valueAt(y) : null)),
    };
  });
}

/** When every agency's number is 0 or blank in every year: the sentence said instead of a chart. */
function quietSentence(records: readonly CompareRecord[], years: readonly number[], label: string, percent: boolean): string {
  return `所选机关${yearsPhrase(years)}的${label}均为${percent ? '0%' : '0件'}或未填报。`;
}

/** What the page is called: the agencies and the year, or all years. */
export function compareTitle(records: readonly { name: string }[], year: number | null): string {
  if (records.length === 0) return '对比';
  return `对比：${records.map((r) => r.name).join('、')}（${year === null ? '全部年度' : `${year}年`}）`;
}

/** The most bytes of a download's name: far below the 255 bytes file systems allow, with room for a browser's ` (1)`. */
export const FILE_NAME_BYTES = 120;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * What the download is called: what the view is, short. Two or three agencies whose names fit are
 * named (对比-甲县-乙县-2023年); more are counted (对比-15个机关-2023年). Never over FILE_NAME_BYTES.
 */
export function compareFileName(records: readonly { name: string }[], year: number | null): string {
  const when = year === null ? '全部年度' : `${year}年`;
  const named = ['对比', ...records.map((r) => r.name), when].join('-');
  if (records.length <= 3 && bytes(named) <= FILE_NAME_BYTES) return named;
  return `对比-${records.length}个机关-${when}`;
}

/**
 * The comparison as one file, a row per measure, agency and year: the download of what either
 * view shows (the table of a year, or the tables of every measure).
 */
export function compareFile(t: CompareTable, title: string): ShownTable {
  return {
    title,
    columns: [
      { label: '指标', kind: 'text' },
      { label: '机关', kind: 'text' },
      { label: '年度', kind: 'year' },
      { label: '件数', kind: 'count' },
      { label: '比例', kind: 'rate' },
      { label: '报告编号', kind: 'text' },
      { label: '统计范围', kind: 'text', term: 'summary' },
      { label: '未通过核对', kind: 'text', term: 'identity' },
    ],
    rows: t.rows.flatMap((row) =>
      t.columns.map((c, i) => {
        const value = row.cells[i]!;
        const shown = shownOf(value, false);
        const summary = c.marks.some((m) => m.kind === 'summary');
        const failed = c.marks.find((m) => m.kind === 'failed');
        return [
          { value: row.label },
          { value: c.name },
          { value: c.year },
          row.kind === 'count' ? shown : { value: null },
          row.kind === 'rate' ? shown : { value: null },
          { value: value.reportId ?? null },
          { value: value.reportId ? (summary ? '汇总' : '本机关') : null },
          { value: failed ? failed.title : null },
        ];
      }),
    ),
  };
}

/**
 * What the compare page shows: the agencies by short id (present/short-ids.ts) and, those without
 * one or from an older address, by slug; the year (null: all years), the picker's region ('' for
 * everywhere), and whether reports failing a check are shown marked or left out.
 */
export interface CompareSelection {
  ids: string[];
  slugs: string[];
  year: number | null;
  place: string;
  failed: FailedReports;
}

/**
 * The selection as URL parameters: `k` the agencies' ids joined by `.`, `a` once per agency named
 * by slug (every agency before ids), `y` the year (absent: all years), `place` the picker's
 * region, `failed=hide`.
 */
export function selectionFromSearch(search: string): CompareSelection {
  const p = new URLSearchParams(search);
  const ids = [...new Set(p.getAll('k').flatMap((k) => k.split('.')).filter((id) => SHORT_ID.test(id)))];
  const slugs = [...new Set(p.getAll('a').flatMap((a) => a.split(',')).map((s) => s.trim()).filter((s) => /^[a-z0-9-]+$/.test(s)))];
  const y = Number(p.get('y'));
  const place = p.get('place') ?? '';
  return { ids, slugs, year: Number.isInteger(y) && y > 0 ? y : null, place: isRegionCode(place) ? place : '', failed: failedFromParams(p) };
}

/** The URL parameters of a selection, `?` included; '' for the empty selection. */
export function selectionToSearch(selection: CompareSelection): string {
  const p = new URLSearchParams();
  if (selection.ids.length > 0) p.set('k', selection.ids.join('.'));
  for (const s of selection.slugs) p.append('a', s);
  if (selection.year !== null) p.set('y', String(selection.year));
  if (selection.place) p.set('place', selection.place);
  failedToParams(p, selection.failed);
  const text = p.toString();
  return text ? `?${text}` : '';
}
