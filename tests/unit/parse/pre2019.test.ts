/**
 * Reports under the 2007 条例: the totals their text states, as prose (行政复议0件) or in an annex
 * table that prints the unit before the number (行政复议数 件 0), and a statement that there was
 * none (没有收到…申请) as the 0 it states. Lines and numbers read off the fixture by hand.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { looksPre2019, readPre2019 } from '../../../src/lib/parse/pre2019.ts';
import { textToDocument } from '../../../src/lib/read/text.ts';

const doc = textToDocument(readFileSync(new URL('../../fixtures/formats/pre2019-annex.txt', import.meta.url), 'utf8'));

test('an annex table with the unit column before the number: every total as printed, at its cell', () => {
  const { totals, places } = readPre2019(doc.lines);
  // Lines 32–34: 主动公开政府信息数 条 213, 行政复议数 件 0, 行政诉讼数 件 2.
  assert.equal(totals.activeDisclosed, 213);
  assert.equal(totals.reconsideration, 0);
  assert.equal(totals.litigation, 2);
  assert.deepEqual(places.get('pre2019.activeDisclosed'), { line: 32, column: 3 });
  assert.deepEqual(places.get('pre2019.litigation'), { line: 34, column: 3 });
});

test('没有收到…申请 states 0 applications, at its sentence', () => {
  const { totals, places } = readPre2019(doc.lines);
  // Line 15: 2015年，我镇没有收到公民、法人或其他组织提出的政府信息公开申请。
  assert.equal(totals.applicationsTotal, 0);
  assert.deepEqual(places.get('pre2019.applicationsTotal'), { line: 15, column: 1 });
});

test('a number stated before a "none" is the total; a year after a unit is no count', () => {
  const lines = textToDocument('2016年共受理政府信息公开申请3件，此后未收到其他申请。\n行政复议数\t件\t2017年起统计').lines;
  const { totals } = readPre2019(lines);
  assert.equal(totals.applicationsTotal, 3);
  assert.equal(totals.reconsideration, null);
});

test('a statement that there was none, before a number, states 0, at its sentence', () => {
  const lines = textToDocument('上半年未收到政府信息公开申请。\n下半年受理申请2件。').lines;
  const { totals, places } = readPre2019(lines);
  assert.equal(totals.applicationsTotal, 0);
  assert.deepEqual(places.get('pre2019.applicationsTotal'), { line: 1, column: 1 });
});

test('the 2007 outline tells an old report, its headings spaced or not; the 2021 outline does not', () => {
  assert.equal(looksPre2019('三、依申请公开 政府信息情况\n四、政府信息公开的收费及减免情况'), true);
  assert.equal(looksPre2019('三、依申请公开 政府信息情况'), true);
  assert.equal(looksPre2019('三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况'), false);
});
