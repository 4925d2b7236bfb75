import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yearRuns, yearsPhrase, yearsText } from '../../../src/lib/present/format.ts';

test('years in a sentence: one year once, a run with a dash, gaps listed', () => {
  assert.equal(yearsPhrase([2024]), '2024年');
  assert.equal(yearsPhrase([2024, 2024]), '2024年', 'never 2024—2024年');
  assert.equal(yearsPhrase([2024, 2022, 2023]), '2022—2024年');
  assert.equal(yearsPhrase([2019, 2023, 2021]), '2019、2021、2023年');
  assert.equal(yearsPhrase([]), '');
});

test('a gap is never hidden: reports of 2019, 2021 and 2024 are not 2019—2024', () => {
  assert.equal(yearsPhrase([2024, 2019, 2021]), '2019、2021、2024年');
  assert.equal(yearsPhrase([2019, 2020, 2021, 2024]), '2019—2021、2024年');
  assert.equal(yearsPhrase([2018, 2020, 2021, 2022]), '2018、2020—2022年');
  assert.equal(yearsPhrase([2020, 2021, 2023, 2024]), '2020—2021、2023—2024年');
});

test('the unit follows the last year; none is 年度不详 where an agency is named', () => {
  assert.equal(yearsPhrase([2022, 2023], '年度'), '2022—2023年度');
  assert.equal(yearsText([2021, 2019]), '2019、2021年');
  assert.equal(yearsText([]), '年度不详');
});

test('runs of consecutive years, oldest first, duplicates dropped', () => {
  assert.deepEqual(yearRuns([2023, 2019, 2020, 2020]), [[2019, 2020], [2023, 2023]]);
  assert.deepEqual(yearRuns([]), []);
});
