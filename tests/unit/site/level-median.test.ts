import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { levelComparison, levelMedians } from '../../../src/lib/site/level-median.ts';
import { makeReport } from '../fixture-reports.ts';

/** A county agency's 2024 report: received, granted and processed in the 总计 column. */
function county(agency: string, received: number, granted: number, processed: number) {
  return makeReport({
    agency,
    level: 'county',
    cells: {
      'applications.newReceived.total': received,
      'applications.granted.total': granted,
      'applications.totalProcessed.total': processed,
    },
  });
}

test('the median is taken over agencies of the same level, small denominators left out of rates', () => {
  const agencies = groupAgencies([
    county('甲县', 40, 20, 40), // 50%
    county('乙县', 10, 9, 10), // 90%
    county('丙县', 6, 6, 6), // 100% on 6: small, not in the rate median
    county('丁县', 100, 25, 100), // 25%
    makeReport({ agency: '某镇', level: 'township', cells: { 'applications.newReceived.total': 1000 } }),
  ]);
  const own = agencies.find((a) => a.name === '甲县')!;
  const c = levelComparison(own, levelMedians(agencies), 2024)!;
  const row = (key: string) => c.rows.find((r) => r.key === key)!;

  // received: 6, 10, 40, 100 → (10 + 40) / 2 = 25; the township's 1000 is not a peer
  assert.deepEqual(row('newReceived'), { key: 'newReceived', kind: 'count', own: 40, ownSmall: false, median: 25, n: 4 });
  // granted rates over solid denominators: 25%, 50%, 90% → 50%
  assert.deepEqual(row('grantedShare'), { key: 'grantedShare', kind: 'rate', own: 0.5, ownSmall: false, median: 0.5, n: 3 });
  // reconsideration is blank everywhere
  assert.equal(row('reconsideration').median, null);
  assert.equal(row('reconsideration').n, 0);
});

test('an agency with a small denominator is flagged, and the year must exist', () => {
  const agencies = groupAgencies([county('丙县', 6, 3, 6), county('甲县', 40, 20, 40)]);
  const own = agencies.find((a) => a.name === '丙县')!;
  const rate = levelComparison(own, levelMedians(agencies), 2024)!.rows.find((r) => r.key === 'grantedShare')!;
  assert.equal(rate.own, 0.5);
  assert.equal(rate.ownSmall, true);
  assert.equal(levelComparison(own, levelMedians(agencies), 2020), null);
});

test('a summary report (全县各级行政机关…) is no peer in the median of own reports: summaries have their own median', () => {
  const summary = { ...county('戊县人民政府', 500, 100, 500), scope: 'summary' as const };
  const other = { ...county('己县人民政府', 300, 60, 300), scope: 'summary' as const };
  const agencies = groupAgencies([county('甲县', 40, 20, 40), county('乙县', 10, 9, 10), county('丁县', 100, 25, 100), summary, other]);
  const comparison = (name: string) => levelComparison(agencies.find((a) => a.name === name)!, levelMedians(agencies), 2024)!;
  const row = (name: string) => comparison(name).rows.find((r) => r.key === 'newReceived')!;
  // received: 10, 40, 100 → 40 over three agencies; with the summaries' 500 and 300 it would be 100 over five
  assert.deepEqual([row('甲县').median, row('甲县').n, comparison('甲县').summary], [40, 3, false]);
  // a summary report is compared only with the summaries of its level: 300, 500 → 400 over two
  assert.deepEqual([row('戊县人民政府').own, row('戊县人民政府').median, row('戊县人民政府').n, comparison('戊县人民政府').summary], [500, 400, 2, true]);
});
