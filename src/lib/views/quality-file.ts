/**
 * The data-quality page's problems as the browser holds them: one item per report and kind of
 * problem (a reading status, or a check that failed), the file they travel in
 * (`rows/quality.json`), and the filtered, sorted list the page shows and downloads. Pure and
 * browser-safe; quality.ts makes the items at build time.
 */
import { LEVEL_LABELS, STATUS_LABELS } from '../present/labels.ts';
import type { ShownColumn, ShownTable } from '../present/shown-table.ts';
import { noteTitle } from '../present/note-text.ts';
import { CHECK_IDS, CHECK_LABELS } from '../template/identities.ts';
import type { TABLE_FILL_CODES } from '../template/notes.ts';
import type { Level } from '../template/schema.ts';
import { inRegion, isRegionCode } from './region.ts';

/**
 * Kinds of problem, in the order the page lists them: the reading statuses, a table printed blank
 * and one whose digits are run together (counted apart: the first is the agency's, the second
 * ours), then the checks, then a county's summary against its townships, then a report published
 * late, then one whose text is largely another report's.
 */
export const QUALITY_KINDS = ['failed', 'partial', 'blank', 'runTogether', 'unplaced', ...CHECK_IDS, 'townships', 'late', 'copied'] as const;
export type QualityKind = (typeof QUALITY_KINDS)[number];

/** The note each table-fill kind is made from. */
export const FILL_KIND_CODES = { blank: 'table-blank', runTogether: 'cells-run-together' } as const satisfies Record<string, (typeof TABLE_FILL_CODES)[number]>;

export function kindTitle(kind: QualityKind): string {
  if (kind === 'unplaced') return '未归入地区';
  if (kind === 'blank' || kind === 'runTogether') return noteTitle(FILL_KIND_CODES[kind]);
  if (kind === 'townships') return '汇总报告小于乡镇之和';
  if (kind === 'late') return '逾期发布';
  if (kind === 'copied') return '正文与其他报告基本相同';
  return kind === 'failed' || kind === 'partial' ? STATUS_LABELS[kind] : `核对未通过：${CHECK_LABELS[kind]}`;
}

export interface QualityItem {
  id: string;
  agency: string;
  /** Who the agency is across reports (Report.agencyKey): two 城关镇 are told apart by it. */
  agencyKey: string;
  year: number | null;
  level: Level;
  /** The report's division code, '' when unplaced: a code prefix selects a region. */
  division: string;
  kind: QualityKind;
  /** How many times the problem occurs in the report (its failed instances of the check), or 1. */
  count: number;
  /** The largest difference between the two sides of a failed check; null for a reading status. */
  diff: number | null;
  /** The problem in the words of the report page (check-explain.ts), at its largest difference. */
  text: string;
  /** `copied` only: the largest share (0–1) of the report's text found in another report. */
  share?: number;
}

/** The items as columns (kind as its index in QUALITY_KINDS). */
export interface QualityFile {
  id: string[];
  agency: string[];
  agencyKey: string[];
  year: (number | null)[];
  level: Level[];
  division: string[];
  kind: number[];
  count: number[];
  diff: (number | null)[];
  text: string[];
  share: (number | null)[];
}

export function encodeQuality(items: readonly QualityItem[]): QualityFile {
  return {
    id: items.map((i) => i.id),
    agency: items.map((i) => i.agency),
    agencyKey: items.map((i) => i.agencyKey),
    year: items.map((i) => i.year),
    level: items.map((i) => i.level),
    division: items.map((i) => i.division),
    kind: items.map((i) => QUALITY_KINDS.indexOf(i.kind)),
    count: items.map((i) => i.count),
    diff: items.map((i) => i.diff),
    text: items.map((i) => i.text),
    share: items.map((i) => i.share ?? null),
  };
}

/** The items of a file; throws when its columns do not line up (a file from another version). */
export function decodeQuality(file: QualityFile): QualityItem[] {
  const n = file.id.length;
  const columns = [file.agency, file.agencyKey, file.year, file.level, file.division, file.kind, file.count, file.diff, file.text, file.share];
  if (columns.some((c) => c?.length !== n) || file.kind.some((k) => QUALITY_KINDS[k] === undefined)) throw new Error(`quality.json: columns do not line up (${n} ids)`);
  return file.id.map((id, i) => ({
    id,
    agency: file.agency[i]!,
    agencyKey: file.agencyKey[i]!,
    year: file.year[i] ?? null,
    level: file.level[i]!,
    division: file.division[i]!,
    kind: QUALITY_KINDS[file.kind[i]!]!,
    count: file.count[i]!,
    diff: file.diff[i] ?? null,
    text: file.text[i]!,
    ...(typeof file.share[i] === 'number' ? { share: file.share[i]! } : {}),
  }));
}

const collator = new Intl.Collator('zh-CN');

/**
 * Largest difference first (problems without one after: reports not read, then partly read), then
 * the kind in QUALITY_KINDS order, the largest share of copied text, the newest year, the agency.
 */
export function byDiscrepancy(a: QualityItem, b: QualityItem): number {
  const d = (x: QualityItem) => (x.diff === null ? -1 : x.diff);
  const kind = (x: QualityItem) => QUALITY_KINDS.indexOf(x.kind);
  return d(b) - d(a) || kind(a) - kind(b) || (b.share ?? -1) - (a.share ?? -1) || (b.year ?? 0) - (a.year ?? 0) || collator.compare(a.agency, b.agency) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Newest year first, then the largest difference. */
export function byYear(a: QualityItem, b: QualityItem): number {
  return (b.year ?? 0) - (a.year ?? 0) || byDiscrepancy(a, b);
}

export interface QualityQuery {
  kind: QualityKind | '';
  year: number | null;
  level: Level | '';
  /** A division code: reports placed in it or below; '' for everywhere. */
  place: string;
  sort: 'diff' | 'year';
}

export const DEFAULT_QUALITY_QUERY: QualityQuery = { kind: '', year: null, level: '', place: '', sort: 'diff' };

export function qualityItems(items: readonly QualityItem[], q: QualityQuery): QualityItem[] {
  return items
    .filter((i) => (!q.kind || i.kind === q.kind) && (q.year === null || i.year === q.year) && (!q.level || i.level === q.level) && inRegion(i.division, q.place))
    .sort(q.sort === 'year' ? byYear : byDiscrepancy);
}

export function qualityQueryFromSearch(search: string): { query: QualityQuery; page: number } {
  const p = new URLSearchParams(search);
  return {
    query: {
      kind: QUALITY_KINDS.find((k) => k === p.get('kind')) ?? '',
      year: Number(p.get('year')) || null,
      level: (Object.keys(LEVEL_LABELS) as Level[]).find((l) => l === p.get('level')) ?? '',
      place: isRegionCode(p.get('place') ?? '') ? p.get('place')! : '',
      sort: p.get('sort') === 'year' ? 'year' : 'diff',
    },
    page: Math.max(0, Math.floor(Number(p.get('page') ?? 1)) - 1) || 0,
  };
}

export function qualityQueryToSearch(q: QualityQuery, page: number): string {
  const p = new URLSearchParams();
  if (q.kind) p.set('kind', q.kind);
  if (q.year !== null) p.set('year', String(q.year));
  if (q.level) p.set('level', q.level);
  if (q.place) p.set('place', q.place);
  if (q.sort !== 'diff') p.set('sort', q.sort);
  if (page > 0) p.set('page', String(page + 1));
  const text = p.toString();
  return text ? `?${text}` : '';
}

const ID_COLUMNS: ShownColumn[] = [
  { label: '报告编号', kind: 'text' },
  { label: '机关标识', kind: 'text' },
  { label: '区划代码', kind: 'text' },
];

/**
 * The list as the page shows and downloads it. The download (`ids`) adds the report's id, the
 * agency's key and its division code, so that rows of two agencies of one name (城关镇) can be told
 * apart and joined to reports.csv.
 */
export function qualityTable(items: readonly QualityItem[], reportHref: (id: string) => string, { ids = false }: { ids?: boolean } = {}): ShownTable {
  return {
    title: '数据核查',
    columns: [
      { label: '报告', kind: 'text' },
      { label: '层级', kind: 'text' },
      { label: '年度', kind: 'year' },
      { label: '问题', kind: 'text' },
      { label: '处数', kind: 'count' },
      { label: '最大差额', kind: 'count' },
      { label: '说明', kind: 'text' },
      ...(ids ? ID_COLUMNS : []),
    ],
    rows: items.map((i) => [
      { value: i.agency, href: reportHref(i.id) },
      { value: LEVEL_LABELS[i.level] },
      { value: i.year },
      { value: kindTitle(i.kind) },
      { value: i.count },
      { value: i.diff },
      { value: i.text },
      ...(ids ? [{ value: i.id }, { value: i.agencyKey }, { value: i.division }] : []),
    ]),
  };
}
