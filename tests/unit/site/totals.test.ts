import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addsUp, yearReports } from '../../../src/lib/site/totals.ts';
import { placeSite } from './place-fixtures.ts';

test('a summary report is never one of the reports a total adds', () => {
  assert.equal(addsUp({ scope: 'summary' }), false);
  assert.equal(addsUp({ scope: 'own' }), true);
  assert.equal(addsUp({ scope: 'unknown' }), true);
  const site = placeSite();
  const { counted, summaries } = yearReports(site.places.within('4116'), 2024);
  assert.deepEqual(summaries.map((r) => r.agency).sort(), ['周口市人民政府', '郸城县人民政府']);
  assert.equal(counted.length, 9);
  assert.ok(!counted.some((r) => r.scope === 'summary'));
  // one report per agency and year: 钱店镇 and 石槽镇 also have 2023 reports
  assert.deepEqual(yearReports(site.places.within('4116'), 2023).counted.map((r) => r.agency).sort(), ['石槽镇', '钱店镇']);
});
