import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yearsPhrase } from '../../../src/lib/present/format.ts';

test('years in a sentence: one year once, a run with a dash, gaps listed', () => {
  assert.equal(yearsPhrase([2024]), '2024年');
  assert.equal(yearsPhrase([2024, 2024]), '2024年', 'never 2024—2024年');
  assert.equal(yearsPhrase([2024, 2022, 2023]), '2022—2024年');
  assert.equal(yearsPhrase([2019, 2023, 2021]), '2019、2021、2023年');
  assert.equal(yearsPhrase([]), '');
});
