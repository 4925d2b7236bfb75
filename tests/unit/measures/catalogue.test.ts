/**
 * Every measure of the catalogue on one hand-checked report whose numbers are all distinct and
 * non-zero, so that a dropped term, a swapped numerator or a wrong denominator changes a result.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COUNT_KEYS, COUNT_MEASURES, MEASURES, RATE_KEYS, groupLabel, isMeasureKey, measure, shortLabel, sourceCell } from '../../../src/lib/measures/catalogue.ts';
import { countsOf, decodeCounts, encodeCounts, pooled, rateOf, valueOf, type Counts } from '../../../src/lib/measures/values.ts';
import { conditionText } from '../../../src/lib/measures/condition.ts';
import { measureCell } from '../../../src/lib/measures/cell.ts';
import { measureFormula } from '../../../src/lib/present/formulas.ts';
import { glossaryEntry } from '../../../src/lib/present/glossary.ts';
import { makeReport, RICH } from '../fixture-reports.ts';

/** Every count of RICH, read by hand from its tables (fixture-reports.ts). */
const RICH_COUNTS: Counts = {
  newReceived: 40,
  carriedOver: 5,
  totalProcessed: 39,
  carriedForward: 6,
  granted: 12,
  partiallyGranted: 9,
  withheld: 3,
  unable: 8,
  notProcessed: 4,
  other: 3,
  grantedOrPartial: 21,
  reconsideration: 10,
  reconsiderationCorrected: 3,
  reconsiderationPending: 4,
  reconsiderationSettled: 6,
  litigationDirect: 5,
  litigationAfterReconsideration: 2,
  litigation: 7,
};

test('every count of the catalogue, read by hand from the report', () => {
  assert.deepEqual(countsOf(RICH), RICH_COUNTS);
});

test('a measure’s value: each count its count, each rate its numerator over its denominator, and a rate’s condition in percent', () => {
  const counts = countsOf(RICH);
  for (const key of COUNT_KEYS) assert.equal(valueOf(key, counts), RICH_COUNTS[key], key);
  assert.deepEqual(RATE_KEYS.map((key) => valueOf(key, counts)), [12 / 39, 21 / 39, 3 / 39, 3 / 6]);
  for (const key of RATE_KEYS) assert.match(conditionText({ key, op: 'ge', value: 5 }), /≥ 5%$/, key);
  for (const key of COUNT_KEYS) assert.match(conditionText({ key, op: 'ge', value: 5 }), /≥ 5$/, key);
});

test('every rate: its numerator over its denominator, and the numbers behind it', () => {
  const counts = countsOf(RICH);
  assert.deepEqual(rateOf('grantedShare', counts), { value: 12 / 39, numerator: 12, denominator: 39, small: false });
  assert.deepEqual(rateOf('grantedOrPartialShare', counts), { value: 21 / 39, numerator: 21, denominator: 39, small: false });
  assert.deepEqual(rateOf('withheldShare', counts), { value: 3 / 39, numerator: 3, denominator: 39, small: false });
  // 纠正 3 of the 6 decided (10 − 4 尚未审结): on 6, a small denominator
  assert.deepEqual(rateOf('reconsiderationCorrectedShare', counts), { value: 0.5, numerator: 3, denominator: 6, small: true });
  assert.equal(valueOf('litigation', counts), 7);
  assert.equal(valueOf('withheldShare', counts), 3 / 39);
});

test('blanks: a sum leaves them out and is blank only when all are; 尚未审结 blank counts as none pending', () => {
  const some = countsOf(makeReport({ cells: { 'applications.withheldQueryMatters.total': 2, 'reviewLitigation.litigationAfterReconsideration.total': 3, 'reviewLitigation.reconsideration.total': 4 } }));
  assert.equal(some.withheld, 2);
  assert.equal(some.litigation, 3);
  assert.equal(some.reconsiderationSettled, 4);
  const none = countsOf(makeReport());
  assert.equal(none.withheld, null);
  assert.equal(none.litigation, null);
  assert.equal(none.reconsiderationSettled, null);
  assert.deepEqual(rateOf('grantedShare', none), { value: null, numerator: null, denominator: null, small: false });
});

test('pooled over reports: counts summed over those that state them, rates as Σ numerators ÷ Σ denominators', () => {
  const a = countsOf(RICH);
  const b = countsOf(makeReport({ cells: { 'applications.granted.total': 1, 'applications.totalProcessed.total': 11, 'applications.newReceived.total': 8 } }));
  const c = countsOf(makeReport({ cells: { 'applications.granted.total': 50 } })); // no 总计: out of the rate
  assert.deepEqual(pooled('newReceived', [a, b, c]), { value: 48, reported: 2 });
  const rate = pooled('grantedShare', [a, b, c]);
  assert.equal(rate.value, 13 / 50);
  assert.equal(rate.reported, 2);
});

test('counts travel as an array in the catalogue’s order and come back the same', () => {
  const counts = countsOf(RICH);
  assert.equal(encodeCounts(counts)[COUNT_KEYS.indexOf('litigation')], 7);
  assert.deepEqual(decodeCounts(JSON.parse(JSON.stringify(encodeCounts(counts)))), counts);
  assert.throws(() => decodeCounts([1, 2]), /expected 18 numbers/);
});

test('formulas in words come from the definitions', () => {
  assert.equal(measureFormula('grantedOrPartialShare'), '（予以公开＋部分公开） ÷ 办理结果总计');
  assert.equal(measureFormula('reconsiderationCorrectedShare'), '行政复议结果纠正 ÷ 行政复议已审结');
  assert.equal(measureFormula('reconsiderationSettled'), '表四“行政复议”的总计减去尚未审结');
  assert.equal(measureFormula('litigation'), '行政诉讼（未经复议直接起诉）＋行政诉讼（复议后起诉）');
  assert.equal(measureFormula('withheld'), '表三“（三）不予公开”各项的总计栏之和');
});

test('every measure has a unique key and label, and a glossary entry for its term', () => {
  assert.equal(new Set(MEASURES.map((m) => m.key)).size, MEASURES.length);
  assert.equal(new Set(MEASURES.map((m) => m.label)).size, MEASURES.length);
  for (const m of MEASURES) assert.ok(m.term && glossaryEntry(m.term), `${m.key} has a glossary term`);
  // each rate's own entry explains that rate, not one of its parts
  for (const key of RATE_KEYS) assert.equal(glossaryEntry(measure(key).term)!.term, measure(key).label);
});

test('the ? beside 予以公开及部分公开 and its rate explains them, not 部分公开 alone', () => {
  assert.equal(glossaryEntry(measure('grantedOrPartial').term)!.term, '予以公开及部分公开');
  assert.match(glossaryEntry(measure('grantedOrPartial').term)!.text, /予以公开＋部分公开/);
  assert.equal(glossaryEntry(measure('grantedOrPartialShare').term)!.term, '予以公开及部分公开比例');
});

test('pooled: a rate leaves out a report that states only its numerator or only its denominator; a count stated nowhere is blank', () => {
  const a = countsOf(makeReport({ cells: { 'applications.granted.total': 6, 'applications.totalProcessed.total': 15 } }));
  const numeratorOnly = countsOf(makeReport({ cells: { 'applications.granted.total': 50 } }));
  const denominatorOnly = countsOf(makeReport({ cells: { 'applications.totalProcessed.total': 20 } }));
  assert.deepEqual(pooled('grantedShare', [a, numeratorOnly, denominatorOnly]), { value: 6 / 15, share: { value: 6 / 15, numerator: 6, denominator: 15, small: false }, reported: 1 });
  assert.deepEqual(pooled('reconsideration', [a, numeratorOnly]), { value: null, reported: 0 });
  assert.deepEqual(pooled('withheldShare', []), { value: null, share: { value: null, numerator: null, denominator: null, small: false }, reported: 0 });
});

test('复议已审结 is blank when 总计 is, whatever 尚未审结 says; a stated 尚未审结 is taken off', () => {
  const pendingOnly = countsOf(makeReport({ cells: { 'reviewLitigation.reconsideration.pending': 3 } }));
  assert.deepEqual([pendingOnly.reconsiderationSettled, pendingOnly.reconsiderationPending], [null, 3]);
  const both = countsOf(makeReport({ cells: { 'reviewLitigation.reconsideration.total': 11, 'reviewLitigation.reconsideration.pending': 2 } }));
  assert.equal(both.reconsiderationSettled, 9);
});

test('the printed cell a count is read from; none for a count made of several', () => {
  assert.equal(sourceCell('newReceived'), 'applications.newReceived.total');
  assert.equal(sourceCell('carriedForward'), 'applications.carriedForward.total');
  assert.equal(sourceCell('reconsiderationCorrected'), 'reviewLitigation.reconsideration.corrected');
  assert.equal(sourceCell('litigationDirect'), 'reviewLitigation.litigationDirect.total');
  for (const key of ['withheld', 'grantedOrPartial', 'reconsiderationSettled', 'litigation'] as const) assert.equal(sourceCell(key), null, key);
});

test('labels: a result group’s without its numbering, the short one where there is one, every one written', () => {
  assert.deepEqual(['granted', 'partiallyGranted', 'withheld', 'unable', 'notProcessed', 'other'].map((g) => groupLabel(g as 'granted')), ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
  assert.equal(measure('withheld').label, '不予公开');
  assert.equal(shortLabel('newReceived'), '本年新收');
  assert.equal(shortLabel('reconsideration'), '行政复议', 'no short label: the label');
  assert.equal(shortLabel('grantedOrPartialShare'), '公开比例');
  for (const m of MEASURES) {
    assert.match(m.label, /\p{Script=Han}/u, m.key);
    assert.match(shortLabel(m.key), /\p{Script=Han}/u, m.key);
  }
  // The year-on-year sentence's phrase, where a count has one (本年新收申请40件).
  assert.deepEqual(COUNT_MEASURES.filter((m) => m.phrase).map((m) => [m.key, m.phrase]), [
    ['newReceived', '新收申请'],
    ['granted', '予以公开'],
    ['withheld', '不予公开'],
    ['reconsideration', '被申请行政复议'],
    ['litigation', '被提起行政诉讼'],
  ]);
  assert.equal('phrase' in measure('partiallyGranted'), false, 'a group without a phrase has none, not an empty one');
  assert.deepEqual(['granted', 'unable', 'other'].map((g) => measure(g as 'granted').term), ['granted', 'unable', 'other']);
});

test('a key outside the catalogue is no measure', () => {
  assert.equal(isMeasureKey('grantedShare'), true);
  assert.equal(isMeasureKey('litigation'), true);
  assert.equal(isMeasureKey('grantedshare'), false);
  assert.throws(() => measure('nope' as 'litigation'), /no measure "nope" in the catalogue/);
});

test('a measure’s cell: a count alone, a rate with the numbers behind it', () => {
  const counts = countsOf(RICH);
  assert.deepEqual(measureCell('carriedForward', counts), { key: 'carriedForward', value: 6 });
  assert.deepEqual(measureCell('withheldShare', counts), { key: 'withheldShare', value: 3 / 39, share: { value: 3 / 39, numerator: 3, denominator: 39, small: false } });
  assert.deepEqual(measureCell('reconsiderationCorrectedShare', countsOf(makeReport())), { key: 'reconsiderationCorrectedShare', value: null, share: { value: null, numerator: null, denominator: null, small: false } });
});
