/** A chart drawn at build time alone (agency pages, year overviews, trends, peers pages): which pages there are, and what each draws and cites. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportCore } from '../../../src/lib/site/core.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { embedPaths, embedView, peerEmbedCharts, peerEmbedPaths, peerEmbedView, trendEmbedPaths, trendEmbedView, yearEmbedPaths, yearEmbedView } from '../../../src/lib/views/embed.ts';
import { yearOverview } from '../../../src/lib/views/overview.ts';
import { peerPage } from '../../../src/lib/views/peers.ts';
import { makeReport } from '../fixture-reports.ts';
import { PLACE_REPORTS, placeSite } from '../site/place-fixtures.ts';

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

// The hand-made county (tests/unit/site/place-fixtures.ts): 郸城县's townships in 2024 received 50
// (汲冢镇), 30 (钱店镇), 14 (城郊乡) and 6 (石槽镇), median 22; 2023 钱店镇 12, 石槽镇 8.
test('a peers page’s charts alone: the latest year’s ranked bars by measure, the trend, and the checked ones only where a report fails', () => {
  const s = placeSite();
  const paths = peerEmbedPaths(s).filter((p) => p.params.code === '411625' && p.params.group === 'townships').map((p) => p.params.chart);
  assert.deepEqual(paths, ['newReceived', 'grantedOrPartialShare', 'trend']);
  const bars = peerEmbedView(s, '411625', 'townships', 'newReceived');
  assert.equal(bars.kind, 'bar');
  assert.equal(bars.spec.title, '2024年郸城县各乡镇（街道）本年新收申请（中位数22件）');
  assert.deepEqual(bars.spec.series[0]!.values, [50, 30, 14, 6]);
  assert.equal(bars.page, '/place/411625/townships/');
  assert.equal(bars.pageName, '郸城县各乡镇（街道）比较');
  const trend = peerEmbedView(s, '411625', 'townships', 'trend');
  assert.equal(trend.kind, 'line');
  assert.deepEqual(trend.spec.series.at(-1), { label: '中位数', values: [10, 22] });
  assert.throws(() => peerEmbedView(s, '411625', 'townships', 'newReceived-checked'), /no chart newReceived-checked/);

  // 汲冢镇 2024 fails a check: the charts without it are offered too, the ranking closed up.
  const failing = buildSite(PLACE_REPORTS.map((r) => (r.agency === '汲冢镇' ? { ...r, checks: [{ id: 'balance' as const, ok: false, message: '不平衡' }] } : r)));
  assert.deepEqual(peerEmbedCharts(peerPage(failing, '411625', 'townships')), ['newReceived', 'grantedOrPartialShare', 'newReceived-checked', 'grantedOrPartialShare-checked', 'trend']);
  assert.deepEqual(peerEmbedView(failing, '411625', 'townships', 'newReceived-checked').spec.labels, ['钱店镇', '城郊乡', '石槽镇']);
  assert.deepEqual(peerEmbedView(failing, '411625', 'townships', 'newReceived').spec.labels, ['汲冢镇（未通过核对）', '钱店镇', '城郊乡', '石槽镇']);
});

test('the trends of all years alone: four line charts, citing the home page’s 历年趋势', () => {
  const s = site();
  assert.deepEqual(trendEmbedPaths(s).map((p) => p.params.chart), ['counts', 'rates', 'levelsReceived', 'levelsShare']);
  const v = trendEmbedView(s, 'counts');
  assert.equal(v.kind, 'line');
  assert.equal(v.page, '/#trends');
  assert.deepEqual(v.spec.labels, ['2023年', '2024年']);
  // 新收 of 甲镇 3 in 2023; 5 of 甲镇 and none filled in by 乙镇 in 2024.
  assert.deepEqual(v.spec.series.find((x) => x.label === '本年新收')!.values, [3, 5]);
  assert.deepEqual(trendEmbedPaths(buildSite([])), [], 'no data, no trends');
});

test('an agency’s embed pages are also served at an old address that leads to it, drawing its chart and citing its page of today', () => {
  const s = site();
  const jia = s.agencies.find((a) => a.name === '甲镇')!;
  const moved = new Map([['jia-zhen-old', jia]]);
  const old = embedPaths(s, moved).filter((p) => p.params.slug === 'jia-zhen-old');
  assert.deepEqual(old.map((p) => [p.params.chart, p.props.agency.name]), [['applications', '甲镇'], ['outcomes', '甲镇'], ['review', '甲镇']]);
  assert.equal(embedView(s, old[0]!.props.agency, 'applications').page, `/agency/${jia.slug}/`);
  // A part serves only the old addresses of its own agencies.
  assert.equal(embedPaths({ ...s, ownAgencies: s.agencies.filter((a) => a !== jia) }, moved).some((p) => p.params.slug === 'jia-zhen-old'), false);
});

test('each embed names the page it cites; a peers trend of one year is drawn as bars; a group with no ranked chart offers its trend alone', () => {
  const s = site();
  const jia = s.agencies.find((a) => a.name === '甲镇')!;
  assert.equal(embedView(s, jia, 'outcomes').pageName, '甲镇');
  assert.equal(embedView(s, jia, 'outcomes').kind, 'bar', 'only the applications over years are a line');
  assert.deepEqual([trendEmbedView(s, 'rates').pageName, trendEmbedView(s, 'rates').date], ['历年趋势', '2026年5月2日']);
  const place = placeSite();
  const departments = peerEmbedView(place, '411625', 'departments', 'trend');
  assert.deepEqual([departments.kind, departments.page, departments.pageName], ['bar', '/place/411625/departments/', '郸城县各部门和单位比较']);
  assert.deepEqual(peerEmbedCharts({ charts: [], withoutFailed: null }), ['trend']);
  assert.equal(yearEmbedView(buildSite([reportCore(makeReport({ id: '2024-x', agency: '丙镇' }))]), 2024, 'levels').date, null, 'no ingest times, no date');
});

test('each year’s and peer group’s embed page is handed its year, group and chart', () => {
  assert.deepEqual(yearEmbedPaths(site())[0]!.props, { year: 2024, chart: 'applicants' });
  const peer = peerEmbedPaths(placeSite()).find((p) => p.params.code === '411625' && p.params.group === 'townships')!;
  assert.deepEqual(peer.props, { code: '411625', kind: 'townships', chart: 'newReceived' });
});
