/** A chart of an agency page or a year's overview alone: which pages there are, and what each draws and cites. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportCore } from '../../../src/lib/site/core.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { embedPaths, embedView, yearEmbedPaths, yearEmbedView } from '../../../src/lib/views/embed.ts';
import { yearOverview } from '../../../src/lib/views/overview.ts';
import { makeReport } from '../fixture-reports.ts';

// 甲镇 2023 and 2024 (新收 3, then 5), seen first on 1 and 2 May; 乙镇 2024 alone.
const site = () =>
  buildSite(
    [
      { ...makeReport({ id: '2023-jia', agency: '甲镇', year: 2023, cells: { 'applications.newReceived.total': 3 } }), ingestedAt: '2026-05-01T00:00:00Z' },
      { ...makeReport({ id: '2024-jia', agency: '甲镇', year: 2024, cells: { 'applications.newReceived.total': 5 } }), ingestedAt: '2026-05-02T00:00:00Z' },
      { ...makeReport({ id: '2024-yi', agency: '乙镇', year: 2024 }), ingestedAt: '2026-05-01T00:00:00Z' },
    ].map(reportCore),
  );

test('three embed pages per agency: its applications, outcomes and review charts', () => {
  const s = site();
  const jia = s.agencies.find((a) => a.name === '甲镇')!;
  const paths = embedPaths(s).filter((p) => p.props.agency === jia).map((p) => `${p.params.slug}/${p.params.chart}`);
  assert.deepEqual(paths, [`${jia.slug}/applications`, `${jia.slug}/outcomes`, `${jia.slug}/review`]);
  assert.equal(embedPaths(s).length, 6);
});

test('an embed view draws the agency page’s chart (a line over two years, bars for one) and cites its page and the data’s date', () => {
  const s = site();
  const jia = s.agencies.find((a) => a.name === '甲镇')!;
  const v = embedView(s, jia, 'applications');
  assert.equal(v.kind, 'line');
  assert.deepEqual(v.spec.labels, ['2023年', '2024年']);
  assert.deepEqual(v.spec.series[0]!.values, [3, 5]);
  assert.equal(v.page, `/agency/${jia.slug}/`);
  assert.equal(v.date, '2026年5月2日');
  assert.equal(embedView(s, s.agencies.find((a) => a.name === '乙镇')!, 'applications').kind, 'bar');
  assert.equal(embedView(s, jia, 'review').kind, 'bar');
});

test('five embed pages per year of the overview, each its bars as the year page draws them, citing the year page', () => {
  const s = site();
  assert.deepEqual(yearEmbedPaths(s).map((p) => `${p.params.year}/${p.params.chart}`), [
    '2024/applicants', '2024/outcomes', '2024/withheld', '2024/review', '2024/levels',
    '2023/applicants', '2023/outcomes', '2023/withheld', '2023/review', '2023/levels',
  ]);
  const v = yearEmbedView(s, 2024, 'applicants');
  assert.equal(v.kind, 'bar');
  assert.equal(v.page, '/year/2024/');
  assert.equal(v.pageName, '2024年总览');
  assert.equal(v.date, '2026年5月2日');
  assert.deepEqual(v.spec, yearOverview(s, 2024).charts.applicants, 'the chart the year page draws');
  assert.notDeepEqual(yearEmbedView(s, 2023, 'applicants').spec, v.spec, 'another year, another chart');
});
