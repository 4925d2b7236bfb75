/** The place pages of the hand-made country (tests/unit/site/place-fixtures.ts): every number below is worked out from its table. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COVERAGE_MEASURES, nationView, PLACE_TOTAL_MEASURES, placePaths, placeView } from '../../../src/lib/views/place.ts';
import { totalsNote, totalsTable } from '../../../src/lib/views/place-tables.ts';
import { DANCHENG_DIVISION, PLACE_REPORTS, placeSite } from '../site/place-fixtures.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { division, makeReport } from '../fixture-reports.ts';
import { reportCore } from '../../../src/lib/site/core.ts';
import { CHECKLIST_REPORTS } from './checklist-fixture.ts';

const total = (key: string) => PLACE_TOTAL_MEASURES.indexOf(key as (typeof PLACE_TOTAL_MEASURES)[number]);
const covered = (key: string) => COVERAGE_MEASURES.indexOf(key as (typeof COVERAGE_MEASURES)[number]);

test('a county lists its own agencies and its townships with theirs, by year', () => {
  const v = placeView(placeSite(), '411625')!;
  assert.equal(v.name, '郸城县');
  assert.equal(v.levelLabel, '县级');
  assert.deepEqual(v.trail, [
    { name: '全国', href: '/place/' },
    { name: '河南省', href: '/place/41/' },
    { name: '周口市', href: '/place/4116/' },
  ]);
  assert.deepEqual(v.count, { agencies: 9, reports: 11 });
  assert.deepEqual(v.years, [2024, 2023]);
  assert.deepEqual(v.children, []);
  // the government first, then departments by name (cai before jiao), then the court
  assert.deepEqual(v.agencies.map((a) => [a.name, a.reports.map((r) => r && (r.summary ? 'summary' : 'own'))]), [
    ['郸城县人民政府', ['summary', null]],
    ['郸城县财政局', ['own', null]],
    ['郸城县教育体育局', ['own', null]],
    ['郸城县人民法院', ['own', null]],
  ]);
  assert.deepEqual(v.townships.map((t) => [t.anchor, t.name, t.agencies.map((a) => a.name)]), [
    ['place-411625106', '钱店镇', ['钱店镇', '钱店镇党政办公室']],
    ['place-411625107', '汲冢镇', ['汲冢镇']],
    ['place-411625108', '石槽镇', ['石槽镇']],
    ['place-411625200', '城郊乡', ['城郊乡']],
  ]);
  assert.deepEqual(v.peers, [
    { name: '郸城县各乡镇（街道）比较', href: '/place/411625/townships/', members: 4 },
    { name: '郸城县各部门和单位比较', href: '/place/411625/departments/', members: 2 },
  ]);
});

test('a county’s totals leave its summary report out of the sum and show it beside it', () => {
  const [y2024, y2023] = placeView(placeSite(), '411625')!.totals;
  // 30 + 99 + 50 + 6 + 14 + 16 + 9 + 7: not the government's 200, which already holds them
  assert.equal(y2024!.year, 2024);
  assert.equal(y2024!.counted, 8);
  assert.deepEqual([y2024!.cells[total('newReceived')]!.value, y2024!.cells[total('newReceived')]!.reported], [231, 8]);
  // (8 + 50 + 30 + 5 + 3 + 4 + 9) / (20 + 99 + 40 + 5 + 12 + 16 + 9); the court states neither
  assert.equal(y2024!.cells[total('grantedShare')]!.value, 109 / 201);
  assert.equal(y2024!.cells[total('grantedShare')]!.reported, 7);
  assert.deepEqual([y2024!.cells[total('reconsideration')]!.value, y2024!.cells[total('reconsideration')]!.reported], [15, 6]);
  assert.deepEqual(y2024!.own.map((s) => [s.name, s.cells[total('newReceived')]!.value]), [['郸城县人民政府', 200]]);
  assert.equal(y2024!.below, 0);
  assert.equal(y2024!.unknownScope, 0);
  assert.deepEqual([y2023!.year, y2023!.counted, y2023!.cells[total('newReceived')]!.value], [2023, 2, 20]);
});

test('a city and a province add the places below them once: no summary report of any level is added', () => {
  const site = placeSite();
  const city = placeView(site, '4116')!.totals[0]!;
  // the county's 231 + 周口市公安局 70; 周口市人民政府 900 beside it; 郸城县人民政府 left out below
  assert.deepEqual([city.counted, city.cells[total('newReceived')]!.value, city.below], [9, 301, 1]);
  assert.deepEqual(city.own.map((s) => [s.name, s.cells[total('newReceived')]!.value]), [['周口市人民政府', 900]]);
  // a city with counties has no townships of its own to count
  assert.deepEqual(placeView(site, '4116')!.townshipCounts, []);
  const province = placeView(site, '41')!;
  const p = province.totals[0]!;
  // 301 + 延津县人民政府办公室 40 + 延津县人民政府 25 (scope unknown: added, and counted as such)
  assert.deepEqual([p.counted, p.cells[total('newReceived')]!.value, p.below, p.unknownScope, p.own.length], [11, 366, 2, 1, 0]);
  assert.deepEqual(province.children, [
    { name: '新乡市', href: '/place/4107/', agencies: 2, reports: 2 },
    { name: '周口市', href: '/place/4116/', agencies: 11, reports: 13 },
  ]);
  // a province's page lists its own agencies only, not its cities' (none here)
  assert.deepEqual(province.agencies, []);
  assert.deepEqual(province.townships, []);
});

test('a county against its townships: its own report with what it covers, beside the sum of the township governments', () => {
  const c = placeView(placeSite(), '411625')!.coverage!;
  assert.equal(c.townshipCount, 4);
  const [y2024, y2023] = c.years;
  assert.deepEqual(y2024!.governments.map((g) => [g.name, g.scope, g.scopeLabel, g.cells[covered('newReceived')]!.value, g.cells[covered('totalProcessed')]!.value]), [
    ['郸城县人民政府', 'summary', '全辖区汇总（含下级机关）', 200, 180],
  ]);
  // 钱店镇 30 + 汲冢镇 50 + 石槽镇 6 + 城郊乡 14; the office of 钱店镇 is no township government
  assert.equal(y2024!.townships.reports, 4);
  assert.deepEqual(y2024!.townships.cells[covered('newReceived')], { key: 'newReceived', value: 100, reported: 4 });
  assert.deepEqual(y2024!.townships.cells[covered('totalProcessed')], { key: 'totalProcessed', value: 77, reported: 4 });
  assert.deepEqual(y2024!.townships.cells[covered('granted')], { key: 'granted', value: 46, reported: 4 });
  assert.deepEqual(y2024!.townships.cells[covered('reconsideration')], { key: 'reconsideration', value: 7, reported: 3 });
  assert.deepEqual(y2023!.governments, []);
  assert.deepEqual([y2023!.townships.reports, y2023!.townships.cells[covered('newReceived')]!.value], [2, 20]);
  // a place without townships has no such comparison
  assert.equal(placeView(placeSite(), '4116')!.coverage, null);
});

test('全国 lists the provinces and the national bodies, and no unplaced agency anywhere', () => {
  const site = placeSite();
  const v = nationView(site);
  assert.deepEqual([v.code, v.name, v.levelLabel, v.years], [null, '全国', null, [2024]]);
  // no breadcrumb above it, no townships, no coverage and no peers of its own
  assert.deepEqual([v.trail, v.townships, v.townshipCounts, v.coverage, v.peers], [[], [], [], null, []]);
  assert.deepEqual(v.children, [{ name: '河南省', href: '/place/41/', agencies: 13, reports: 15 }]);
  assert.deepEqual(v.agencies.map((a) => a.name), ['国务院办公厅']);
  assert.deepEqual(v.count, { agencies: 14, reports: 16 });
  assert.deepEqual(v.totals, []);
  const codes = placePaths(site).map((p) => p.params.code);
  assert.deepEqual(codes, ['41', '4107', '410726', '4116', '411625']);
  const listed = [v, ...codes.map((code) => placeView(site, code)!)].flatMap((p) => [...p.agencies, ...p.townships.flatMap((t) => t.agencies)]).map((a) => a.name);
  assert.equal(listed.length, site.agencies.length - 1);
  assert.ok(!listed.includes('城关镇'));
  assert.equal(placeView(site, '12'), null);
});

test('a place’s sums and a county’s township sum say how many of the reports they add fail their own checks', () => {
  const failing = (r: Report) => (r.agency === '汲冢镇' || (r.agency === '钱店镇' && r.year === 2023) || r.agency === '郸城县人民政府' ? { ...r, checks: [{ id: 'rowTotal' as const, ok: false, message: '合计不符' }] } : r);
  const site = buildSite(PLACE_REPORTS.map(failing));
  const v = placeView(site, '411625')!;
  // 2024: 汲冢镇 (the county government's summary is not in the sum); 2023: 钱店镇
  assert.deepEqual(v.totals.map((t) => [t.year, t.counted, t.failed]), [[2024, 8, 1], [2023, 2, 1]]);
  assert.deepEqual(v.coverage!.years.map((y) => [y.year, y.townships.reports, y.townships.failed]), [[2024, 4, 1], [2023, 2, 1]]);
  // the city adds the county's 8 and 周口市公安局: still the one failing report
  assert.deepEqual(placeView(site, '4116')!.totals.map((t) => [t.year, t.counted, t.failed]), [[2024, 9, 1], [2023, 2, 1]]);
  // without failing reports the sums say none
  assert.deepEqual(placeView(placeSite(), '411625')!.totals.map((t) => t.failed), [0, 0]);
});

test('a year’s total says in words what it holds beyond reports of their own', () => {
  assert.equal(totalsNote({ unknownScope: 0, below: 0, failed: 0 }), '');
  assert.equal(totalsNote({ unknownScope: 0, below: 0, failed: 2 }), '合计含2份未通过核对的报告，其数字照常计入');
  assert.equal(totalsNote({ unknownScope: 1, below: 3, failed: 0 }), '合计含1份未说明统计范围的政府报告（按本机关计入）；另有3份下级政府的全辖区汇总报告未计入');
  assert.equal(totalsNote({ unknownScope: 1, below: 3, failed: 2 }), '合计含1份未说明统计范围的政府报告（按本机关计入）；合计含2份未通过核对的报告，其数字照常计入；另有3份下级政府的全辖区汇总报告未计入');
});

test('the download of a place’s totals counts the failing reports each total adds', () => {
  const failing = (r: Report) => (r.agency === '汲冢镇' ? { ...r, checks: [{ id: 'rowTotal' as const, ok: false, message: '合计不符' }] } : r);
  const table = totalsTable(placeView(buildSite(PLACE_REPORTS.map(failing)), '411625')!, PLACE_TOTAL_MEASURES);
  assert.deepEqual(table.columns.slice(0, 3).map((c) => c.label), ['年度', '计入的报告', '其中未通过核对的报告']);
  // 2024: 8 reports added, 汲冢镇 failing; then the county government's summary on its own row; 2023: 2, none failing
  assert.deepEqual(table.rows.map((r) => r.slice(0, 3).map((c) => c.value)), [['2024年合计', 8, 1], ['郸城县人民政府2024年汇总报告（单列，不计入合计）', null, null], ['2023年合计', 2, 0]]);
  assert.equal(table.title, '郸城县合计');
  assert.deepEqual(table.columns.slice(0, 4), [
    { label: '年度', kind: 'text' },
    { label: '计入的报告', kind: 'count' },
    { label: '其中未通过核对的报告', kind: 'count' },
    { label: '本年新收', kind: 'count', term: 'newReceived' },
  ]);
  // 本年新收 and 予以公开比例: the 2024 sum (231; 109 / 201), the government's own summary (200; 90 / 180), 2023 (12 + 8; (6 + 2) / (12 + 8))
  const at = 3 + total('newReceived');
  const share = 3 + total('grantedShare');
  assert.deepEqual(table.rows.map((r) => [r[at]!.value, r[share]!.value]), [[231, 109 / 201], [200, 90 / 180], [20, 8 / 20]]);
  assert.equal(table.rows[1]![0]!.href, `/report/${PLACE_REPORTS.find((r) => r.agency === '郸城县人民政府')!.id}/`);
});

test('a county counts, year by year, its reports published late and those without a publication date', () => {
  const published = (date: string) => [{ kind: 'published' as const, date, evidence: `发布时间：${date}` }];
  const dated = PLACE_REPORTS.map((r) => (r.agency === '汲冢镇' || r.agency === '郸城县财政局' ? { ...r, dates: published('2025-02-10') } : r));
  const v = placeView(buildSite(dated), '411625')!;
  // 2024: nine reports (five of the townships, four of the county's own agencies); both dated 10 February, the
  // county's 财政局 is late (31 January for a department) and 汲冢镇 not (no deadline for a township); seven with
  // no date; 2023: 钱店镇 and 石槽镇, neither dated.
  assert.deepEqual(v.totals.map((t) => [t.year, t.publication]), [
    [2024, { reports: 9, late: 1, undated: 7 }],
    [2023, { reports: 2, late: 0, undated: 2 }],
  ]);
});

test('a place sums up, year by year, its reports against the checklist in one sentence', () => {
  // the cores a build holds, as the list's rows are made from
  const v = placeView(buildSite(CHECKLIST_REPORTS.map(reportCore)), '411625')!;
  assert.deepEqual(v.totals.map((t) => t.checklist), ['郸城县2024年：4份报告中1份缺少部分内容、1份表格格式过期、1份逾期、1份正文基本照抄；2份有本站无从判断的项']);
});

test('the place pages in code order, whatever order the agencies come in', () => {
  // an agency keyed by its name alone sorts after every key that begins with a code: 北京市 (11) comes last among them
  const beijing = makeReport({ id: '2024-bj', agency: '北京市人民政府', division: division([['11', '北京市']]), level: 'province', agencyKind: 'government' });
  assert.deepEqual(placePaths(buildSite([...PLACE_REPORTS, beijing])), ['11', '41', '4107', '410726', '4116', '411625'].map((code) => ({ params: { code }, props: { code } })));
});

test('a county’s years are newest first even when its first agency’s reports begin with the older year', () => {
  // 郸城县财政局, the first of the county's agencies by key, with a 2023 report as well (新收 11)
  const older = makeReport({ id: '2023-dcx-czj', agency: '郸城县财政局', agencyKey: '411625 郸城县财政局', division: DANCHENG_DIVISION, agencyKind: 'department', level: 'county', year: 2023, cells: { 'applications.newReceived.total': 11 } });
  const v = placeView(buildSite([...PLACE_REPORTS, older]), '411625')!;
  assert.deepEqual(v.years, [2024, 2023]);
  const czj = v.agencies.find((a) => a.name === '郸城县财政局')!;
  assert.deepEqual(czj.reports.map((r) => r && r.summary), [false, false]);
  assert.equal(czj.reports[1]!.id, '2023-dcx-czj');
  // 2023: 钱店镇 12 + 石槽镇 8 + 郸城县财政局 11
  assert.deepEqual(v.totals.map((t) => [t.year, t.counted, t.cells[total('newReceived')]!.value]), [[2024, 8, 231], [2023, 3, 31]]);
  assert.deepEqual(v.coverage!.years.map((y) => y.year), [2024, 2023]);
});
