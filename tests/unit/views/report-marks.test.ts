/**
 * Whether the report page says some cell of its tables takes part in a failed check: not for a
 * report whose checks all pass, nor for one whose only failure compares the text with the tables.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSite } from '../../../src/lib/site/site.ts';
import { reportView } from '../../../src/lib/views/report.ts';
import { RICH } from '../fixture-reports.ts';

test('no cell is marked where every check passed, or where the one failed names no cell of the tables', () => {
  const passed = { ...RICH, id: '2024-jia', checks: [{ id: 'balance' as const, ok: true, message: '平' }] };
  const view = reportView(buildSite([passed]), passed, null);
  assert.deepEqual([view.failed.length, view.failedCells], [0, false]);
  const prose = { ...RICH, id: '2024-jia', checks: [{ id: 'prose' as const, ok: false, message: '正文写 41 件', left: 41, right: 40 }] };
  const told = reportView(buildSite([prose]), prose, null);
  assert.deepEqual([told.failed.length, told.failedCells], [1, false]);
});
