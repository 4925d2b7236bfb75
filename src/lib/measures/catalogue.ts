/**
 * The catalogue of measures: every number the site derives from a report, defined once with its
 * key, label, unit, how it is computed and the glossary term that explains it. Pages, charts,
 * lists, medians, rankings, comparisons, year-on-year sentences, downloads and the about page's
 * formulas all select measures from here by key; none retypes a label or a formula.
 *
 * Two kinds:
 * - a count (件) is read from the report's tables: one cell, the sum of a result group's rows in
 *   the 总计 column, a sum of other counts, or the settled cases of a review group;
 * - a rate is one count divided by another; on a small denominator (stats.ts SMALL_DENOMINATOR) it
 *   is shown with a note and ranks after the solid ones.
 *
 * Pure and browser-safe: the agency list and the compare page compute rates from counts in the
 * browser with the same definitions (values.ts).
 */
import { OUTCOME_GROUPS, ROW_GROUP_LABELS, type ApplicationRowKey, type RowGroup } from '../template/applications.ts';
import type { ReviewGroupKey } from '../template/review.ts';

/** Where a count comes from. Blanks: a cell's blank is blank; a sum leaves blanks out and is blank only when every part is. */
export type CountSource =
  /** One cell of the 总计 column of table 三. */
  | { row: ApplicationRowKey }
  /** The rows of a result group of table 三 (三、本年度办理结果), summed in the 总计 column. */
  | { group: RowGroup }
  /** One cell of table 四: a review group's column. */
  | { review: ReviewGroupKey; column: 'total' | 'corrected' | 'pending' }
  /** The cases of a review group already decided: 总计 − 尚未审结 (a blank 尚未审结 counts as none pending). */
  | { settled: ReviewGroupKey }
  /** Other counts added up. */
  | { sum: readonly CountKey[] };

export interface CountMeasure {
  key: CountKey;
  kind: 'count';
  /** The measure's name on every page. */
  label: string;
  /** For narrow tables and chart axes; the label where absent. */
  short?: string;
  /** The phrase after 本年 in a year-on-year sentence (本年新收申请40件，比上年增加12件). */
  phrase?: string;
  source: CountSource;
  /** Glossary key (present/glossary.ts) explaining it. */
  term?: string;
}

export interface RateMeasure {
  key: RateKey;
  kind: 'rate';
  label: string;
  short?: string;
  numerator: CountKey;
  denominator: CountKey;
  term?: string;
}

export type Measure = CountMeasure | RateMeasure;

/** `（三）不予公开` → `不予公开`: a result group's label without its printed numbering. */
export function groupLabel(group: RowGroup): string {
  return ROW_GROUP_LABELS[group].replace(/^（[一二三四五六七八九十]+）/, '');
}

const group = (g: RowGroup, phrase?: string): CountMeasure => ({
  key: g as CountKey,
  kind: 'count',
  label: groupLabel(g),
  ...(phrase ? { phrase } : {}),
  source: { group: g },
  term: g,
});

export const COUNT_KEYS = [
  'newReceived',
  'carriedOver',
  'totalProcessed',
  'carriedForward',
  'granted',
  'partiallyGranted',
  'withheld',
  'unable',
  'notProcessed',
  'other',
  'grantedOrPartial',
  'reconsideration',
  'reconsiderationCorrected',
  'reconsiderationPending',
  'reconsiderationSettled',
  'litigationDirect',
  'litigationAfterReconsideration',
  'litigation',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

export const RATE_KEYS = ['grantedShare', 'grantedOrPartialShare', 'withheldShare', 'reconsiderationCorrectedShare'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export type MeasureKey = CountKey | RateKey;

/** Every count, in COUNT_KEYS order. */
export const COUNT_MEASURES: readonly CountMeasure[] = [
  { key: 'newReceived', kind: 'count', label: '本年新收申请', short: '本年新收', phrase: '新收申请', source: { row: 'newReceived' }, term: 'newReceived' },
  { key: 'carriedOver', kind: 'count', label: '上年结转申请', short: '上年结转', source: { row: 'carriedOver' }, term: 'carriedOver' },
  { key: 'totalProcessed', kind: 'count', label: '办理结果总计', short: '办理总计', source: { row: 'totalProcessed' }, term: 'totalProcessed' },
  { key: 'carriedForward', kind: 'count', label: '结转下年度继续办理', short: '结转下年度', source: { row: 'carriedForward' }, term: 'carriedForward' },
  group('granted', '予以公开'),
  group('partiallyGranted'),
  group('withheld', '不予公开'),
  group('unable'),
  group('notProcessed'),
  group('other'),
  { key: 'grantedOrPartial', kind: 'count', label: '予以公开及部分公开', short: '公开及部分公开', source: { sum: ['granted', 'partiallyGranted'] }, term: 'grantedOrPartial' },
  { key: 'reconsideration', kind: 'count', label: '行政复议', phrase: '被申请行政复议', source: { review: 'reconsideration', column: 'total' }, term: 'reconsideration' },
  { key: 'reconsiderationCorrected', kind: 'count', label: '行政复议结果纠正', short: '复议纠正', source: { review: 'reconsideration', column: 'corrected' }, term: 'reconsideration' },
  { key: 'reconsiderationPending', kind: 'count', label: '行政复议尚未审结', short: '复议未审结', source: { review: 'reconsideration', column: 'pending' }, term: 'reconsideration' },
  { key: 'reconsiderationSettled', kind: 'count', label: '行政复议已审结', short: '复议已审结', source: { settled: 'reconsideration' }, term: 'reconsideration' },
  { key: 'litigationDirect', kind: 'count', label: '行政诉讼（未经复议直接起诉）', short: '直接起诉', source: { review: 'litigationDirect', column: 'total' }, term: 'litigation' },
  { key: 'litigationAfterReconsideration', kind: 'count', label: '行政诉讼（复议后起诉）', short: '复议后起诉', source: { review: 'litigationAfterReconsideration', column: 'total' }, term: 'litigation' },
  { key: 'litigation', kind: 'count', label: '行政诉讼', phrase: '被提起行政诉讼', source: { sum: ['litigationDirect', 'litigationAfterReconsideration'] }, term: 'litigation' },
];

export const RATE_MEASURES: readonly RateMeasure[] = [
  { key: 'grantedShare', kind: 'rate', label: '予以公开比例', short: '予以公开比例', numerator: 'granted', denominator: 'totalProcessed', term: 'grantedShare' },
  { key: 'grantedOrPartialShare', kind: 'rate', label: '予以公开及部分公开比例', short: '公开比例', numerator: 'grantedOrPartial', denominator: 'totalProcessed', term: 'grantedOrPartialShare' },
  { key: 'withheldShare', kind: 'rate', label: '不予公开比例', numerator: 'withheld', denominator: 'totalProcessed', term: 'withheldShare' },
  { key: 'reconsiderationCorrectedShare', kind: 'rate', label: '复议纠错比例', numerator: 'reconsiderationCorrected', denominator: 'reconsiderationSettled', term: 'reconsiderationCorrectedShare' },
];

export const MEASURES: readonly Measure[] = [...COUNT_MEASURES, ...RATE_MEASURES];

const BY_KEY = new Map<string, Measure>(MEASURES.map((m) => [m.key, m]));

export function measure<K extends MeasureKey>(key: K): K extends RateKey ? RateMeasure : CountMeasure {
  const m = BY_KEY.get(key);
  if (!m) throw new Error(`no measure "${key}" in the catalogue`);
  return m as K extends RateKey ? RateMeasure : CountMeasure;
}

export function isMeasureKey(key: string): key is MeasureKey {
  return BY_KEY.has(key);
}

/** The short label where there is one. */
/** The one printed cell a count is read from (`applications.newReceived.total`); null for a count made of several cells. */
export function sourceCell(key: CountKey): string | null {
  const source = measure(key).source;
  if ('row' in source) return `applications.${source.row}.total`;
  if ('review' in source) return `reviewLitigation.${source.review}.${source.column}`;
  return null;
}

export function shortLabel(key: MeasureKey): string {
  const m = measure(key);
  return m.short ?? m.label;
}

/** The outcome groups of 三、本年度办理结果 (template OUTCOME_GROUPS) as count keys, in printed order. */
export const OUTCOME_MEASURES: readonly CountKey[] = OUTCOME_GROUPS;
