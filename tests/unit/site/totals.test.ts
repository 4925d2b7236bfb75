import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addsUp, failsCheck, yearReports } from '../../../src/lib/site/totals.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { PLACE_REPORTS, placeSite } from './place-fixtures.ts';

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

test('a total counts the reports it adds that fail one of their own checks; a failing summary, left out, is not among them', () => {
  const fails = [{ id: 'prose' as const, ok: false, message: '正文写 1 件，表格为 50 件' }];
  const failing = new Set(['汲冢镇', '石槽镇', '郸城县人民政府']);
  assert.equal(failsCheck({ checks: fails }), true);
  assert.equal(failsCheck({ checks: [{ id: 'prose', ok: true, message: '一致' }] }), false);
  const site = buildSite(PLACE_REPORTS.map((r) => (failing.has(r.agency) && r.year === 2024 ? { ...r, checks: fails } : r)));
  const { counted, failed } = yearReports(site.places.within('411625'), 2024);
  // 郸城县: 钱店镇, its office, 汲冢镇, 石槽镇, 城郊乡 and three departments are added; the county's summary is not.
  assert.equal(counted.length, 8);
  assert.equal(failed, 2, '汲冢镇 and 石槽镇');
  assert.equal(yearReports(site.places.within('411625'), 2023).failed, 0);
});
