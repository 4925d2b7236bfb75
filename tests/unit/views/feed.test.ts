/**
 * Which reports a feed holds and what each entry says, over a hand-made country: 郸城县 (its
 * government, which fails 复议诉讼合计, and 钱店镇 under it), a body of 驻马店市 with a hostile name, and
 * a report written before ingest kept times.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSite } from '../../../src/lib/site/site.ts';
import { reportCore } from '../../../src/lib/site/core.ts';
import { agencyFeed, dataAsOf, feedEntry, newestReports, placeFeed, siteFeed, FEED_ENTRIES } from '../../../src/lib/views/feed.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { division, makeReport } from '../fixture-reports.ts';
import { atomXml } from '../../../src/lib/output/atom.ts';
import { atomChild, atomChildren, atomProblems, readXml } from '../output/read-atom.ts';

const HENAN = ['41', '河南省'] as const;
const ZHOUKOU = ['4116', '周口市'] as const;
const DANCHENG = ['411625', '郸城县'] as const;

const dated = (report: Report, ingestedAt?: string): Report => ({ ...report, ...(ingestedAt ? { ingestedAt } : {}) });

/** 钱店镇 2024: read whole, every check passed, seen first on 1 May. */
const TOWNSHIP = dated(makeReport({ id: '2024-qian-dian-zhen-11111111', agency: '钱店镇', division: division([HENAN, ZHOUKOU, DANCHENG, ['411625106', '钱店镇']]) }), '2026-05-01T08:00:00Z');

/** 郸城县人民政府 2024: 行政复议 1 + 3 + 2 + 4 = 10 against a printed 总计 of 9; seen on 2 May. */
const COUNTY = dated(
  makeReport({
    id: '2024-dan-cheng-xian-22222222',
    agency: '郸城县人民政府',
    level: 'county',
    division: division([HENAN, ZHOUKOU, DANCHENG]),
    cells: {
      'reviewLitigation.reconsideration.upheld': 1,
      'reviewLitigation.reconsideration.corrected': 3,
      'reviewLitigation.reconsideration.other': 2,
      'reviewLitigation.reconsideration.pending': 4,
      'reviewLitigation.reconsideration.total': 9,
    },
    checks: [{ id: 'review', ok: false, message: 'reviewLitigation.reconsideration: 10 ≠ 9', where: 'reviewLitigation.reconsideration' }],
  }),
  '2026-05-02T09:30:00Z',
);

/** A body of 驻马店市 whose name a hostile file chose; seen on 1 April. */
const HOSTILE = dated(
  makeReport({ id: '2023-hostile-33333333', agency: '<b>某局</b>&]]>', year: 2023, level: 'city', agencyKind: 'department', division: division([HENAN, ['4117', '驻马店市']]) }),
  '2026-04-01T00:00:00Z',
);

/** 钱店镇 2023, from a data folder written before ingest kept times: never new. */
const UNDATED = makeReport({ id: '2023-qian-dian-zhen-44444444', agency: '钱店镇', year: 2023, division: division([HENAN, ZHOUKOU, DANCHENG, ['411625106', '钱店镇']]) });

const site = () => buildSite([TOWNSHIP, COUNTY, HOSTILE, UNDATED].map(reportCore));

test('the site feed: every dated report, newest first; the undated one is left out; the feed is as new as its newest entry', () => {
  const feed = siteFeed(site());
  assert.equal(feed.id, 'tag:gongkai-nianbao-kanban,2026:feed/site');
  assert.deepEqual(feed.entries.map((e) => e.id), [
    'tag:gongkai-nianbao-kanban,2026:report/2024-dan-cheng-xian-22222222',
    'tag:gongkai-nianbao-kanban,2026:report/2024-qian-dian-zhen-11111111',
    'tag:gongkai-nianbao-kanban,2026:report/2023-hostile-33333333',
  ]);
  assert.equal(feed.updated, '2026-05-02T09:30:00Z');
  assert.deepEqual(feed.links, [
    { href: '/feed.xml', rel: 'self', type: 'application/atom+xml' },
    { href: '/', rel: 'alternate', type: 'text/html' },
  ]);
});

test('a new report that passes: its title, agency, place, year and link', () => {
  const entry = feedEntry(reportCore(TOWNSHIP));
  assert.equal(entry.title, '钱店镇2024年政府信息公开工作年度报告');
  assert.equal(entry.updated, '2026-05-01T08:00:00Z');
  assert.deepEqual(entry.links, [{ href: '/report/2024-qian-dian-zhen-11111111/', rel: 'alternate', type: 'text/html' }]);
  assert.deepEqual(entry.authors, ['钱店镇']);
  assert.deepEqual(entry.categories, [{ term: 'report', label: '新报告' }]);
  assert.deepEqual(entry.content, ['机关：钱店镇', '地区：河南省周口市郸城县钱店镇', '年度：2024年', '读取：完整读取', '校验：全部通过']);
});

test('a report that fails a check: flagged in its title and category, the failure in words', () => {
  const entry = feedEntry(reportCore(COUNTY));
  assert.equal(entry.title, '郸城县人民政府2024年政府信息公开工作年度报告（1项校验未通过）');
  assert.deepEqual(entry.categories, [{ term: 'report', label: '新报告' }, { term: 'checks-failed', label: '校验未通过' }]);
  assert.deepEqual(entry.content, [
    '机关：郸城县人民政府',
    '地区：河南省周口市郸城县',
    '年度：2024年',
    '读取：完整读取',
    '未通过的校验（1项）：',
    '1. 复议诉讼合计：“行政复议”：结果维持（1）＋结果纠正（3）＋其他结果（2）＋尚未审结（4）＝10，而总计为9，两边相差1。',
  ]);
});

test('a place feed holds the place and everything under it, and nothing beside it', () => {
  const s = site();
  const county = placeFeed(s, '411625')!;
  assert.equal(county.title, '郸城县 · 公开年报看板');
  assert.equal(county.id, 'tag:gongkai-nianbao-kanban,2026:feed/place/411625');
  assert.deepEqual(county.entries.map((e) => e.authors[0]), ['郸城县人民政府', '钱店镇']);
  assert.equal(county.links[0]!.href, '/place/411625/feed.xml');
  assert.deepEqual(placeFeed(s, '41')!.entries.map((e) => e.authors[0]), ['郸城县人民政府', '钱店镇', '<b>某局</b>&]]>']);
  assert.deepEqual(placeFeed(s, '4117')!.entries.map((e) => e.authors[0]), ['<b>某局</b>&]]>']);
  assert.equal(placeFeed(s, '4101'), null, 'a place the data has no report of');
});

test('reports one run saw first: the later year first, then by id', () => {
  const at = '2026-06-01T00:00:00Z';
  const reports = [
    dated(makeReport({ id: '2023-b', agency: '乙镇', year: 2023 }), at),
    dated(makeReport({ id: '2024-c', agency: '丙镇', year: 2024 }), at),
    dated(makeReport({ id: '2024-a', agency: '甲镇', year: 2024 }), at),
  ].map(reportCore);
  assert.deepEqual(newestReports(reports).map((r) => r.id), ['2024-a', '2024-c', '2023-b']);
});

test('an agency feed holds its own reports; one with no dated report has none and never changes', () => {
  const s = site();
  const township = agencyFeed(s.agencies.find((a) => a.name === '钱店镇')!);
  assert.deepEqual(township.entries.map((e) => e.updated), ['2026-05-01T08:00:00Z']);
  assert.equal(township.links[0]!.href, `/agency/${s.agencies.find((a) => a.name === '钱店镇')!.slug}/feed.xml`);
  const undatedOnly = agencyFeed(buildSite([reportCore(UNDATED)]).agencies[0]!);
  assert.deepEqual(undatedOnly.entries, []);
  assert.equal(undatedOnly.updated, '1970-01-01T00:00:00Z');
});

test(`a feed holds the newest ${FEED_ENTRIES}: of 53 reports, the three oldest are left out; a tie goes by id`, () => {
  const reports = Array.from({ length: 53 }, (_, i) =>
    reportCore(dated(makeReport({ id: `2024-town-${String(i).padStart(2, '0')}`, agency: `第${i}镇` }), `2026-01-${String(1 + Math.floor(i / 2)).padStart(2, '0')}T00:00:00Z`)),
  );
  const newest = newestReports(reports);
  assert.equal(newest.length, 50);
  // Days 1..27: reports 0 and 1 share day 1, 2 and 3 day 2; report 52 is alone on day 27.
  assert.deepEqual(newest.slice(0, 3).map((r) => r.id), ['2024-town-52', '2024-town-50', '2024-town-51']);
  // Day 3 holds 4 and 5, day 2 holds 2 and 3: of those, 3 goes with 0 and 1 (day 1).
  assert.deepEqual(newest.slice(-3).map((r) => r.id), ['2024-town-04', '2024-town-05', '2024-town-02']);
  assert.equal(newest.some((r) => ['2024-town-00', '2024-town-01', '2024-town-03'].includes(r.id)), false);
});

test('the data reaches the day of its newest ingest, in China: 2 May 09:30 UTC is 2 May; none without times', () => {
  assert.equal(dataAsOf(site()), '2026年5月2日');
  assert.equal(dataAsOf(buildSite([reportCore(UNDATED)])), null);
});

test('written out, each feed is well-formed Atom by RFC 4287, the hostile name read back as it was', () => {
  const s = site();
  for (const feed of [siteFeed(s), placeFeed(s, '41')!, placeFeed(s, '4117')!, ...s.agencies.map(agencyFeed)]) {
    const root = readXml(atomXml(feed));
    assert.deepEqual(atomProblems(root), [], feed.id);
  }
  const entry = atomChildren(readXml(atomXml(placeFeed(s, '4117')!)), 'entry')[0]!;
  assert.equal(atomChild(atomChild(entry, 'author'), 'name').text, '<b>某局</b>&]]>');
  assert.equal(atomChild(entry, 'content').text.split('\n')[0], '机关：<b>某局</b>&]]>');
});

test('an entry’s place: 全国 for a national body, said as unknown for an unplaced one; its title as printed, or made up where none was read', () => {
  const national = reportCore(dated(makeReport({ id: '2024-gwy', agency: '国务院办公厅', level: 'national' }), '2026-05-03T00:00:00Z'));
  assert.equal(feedEntry(national).content[1], '地区：全国');
  const unplaced = reportCore(dated(makeReport({ id: '2024-cgz', agency: '城关镇', year: null }), '2026-05-03T00:00:00Z'));
  const entry = feedEntry({ ...unplaced, title: '   ' });
  assert.deepEqual(entry.content.slice(1, 3), ['地区：地区未能确定', '年度：不详']);
  assert.equal(entry.title, '城关镇年政府信息公开工作年度报告');
  assert.equal(feedEntry({ ...unplaced, title: ' 城关镇2024年度政府信息公开工作报告 ' }).title, '城关镇2024年度政府信息公开工作报告', 'trimmed');
});

test('a report failing two checks numbers them, and says how it was read', () => {
  const two = reportCore({
    ...COUNTY,
    status: 'partial',
    checks: [
      { id: 'prose', ok: false, message: '正文写 12 件', left: 12, right: 10 },
      { id: 'carryover', ok: false, message: '上年结转 3 件', left: 3, right: 5 },
    ],
  });
  const entry = feedEntry(two);
  assert.equal(entry.title, '郸城县人民政府2024年政府信息公开工作年度报告（2项校验未通过）');
  assert.deepEqual(entry.content.slice(3), [
    '读取：部分读取',
    '未通过的校验（2项）：',
    '1. 正文数字与表格一致：正文写 12 件（一方为12，另一方为10，相差2）',
    '2. 上年结转与上年报告一致：上年结转 3 件（一方为3，另一方为5，相差2）',
  ]);
});

test('the feeds’ titles, subtitles and authors; a place feed links its page', () => {
  const s = site();
  const whole = siteFeed(s);
  assert.deepEqual([whole.title, whole.subtitle, whole.authors], ['全部报告 · 公开年报看板', '新读取的政府信息公开工作年度报告，以及未通过校验的报告（最新50份）', ['公开年报看板']]);
  const county = placeFeed(s, '411625')!;
  assert.equal(county.subtitle, '郸城县及下辖地区：新读取的政府信息公开工作年度报告，以及未通过校验的报告（最新50份）');
  assert.deepEqual(county.links, [
    { href: '/place/411625/feed.xml', rel: 'self', type: 'application/atom+xml' },
    { href: '/place/411625/', rel: 'alternate', type: 'text/html' },
  ]);
  assert.equal(county.updated, '2026-05-02T09:30:00Z');
  const township = s.agencies.find((a) => a.name === '钱店镇')!;
  const own = agencyFeed(township);
  assert.deepEqual([own.id, own.title, own.subtitle], [`tag:gongkai-nianbao-kanban,2026:feed/agency/${township.slug}`, '钱店镇 · 公开年报看板', '钱店镇：新读取的政府信息公开工作年度报告，以及未通过校验的报告']);
  assert.equal(own.links[1]!.href, `/agency/${township.slug}/`);
});

test('the newest reports: as many as asked; seen first at different times, the later first whatever their years and ids', () => {
  const reports = [
    dated(makeReport({ id: '2024-a', agency: '甲镇', year: 2024 }), '2026-03-01T00:00:00Z'),
    dated(makeReport({ id: '2022-z', agency: '乙镇', year: 2022 }), '2026-03-02T00:00:00Z'),
    dated(makeReport({ id: '2023-m', agency: '丙镇', year: 2023 }), '2026-02-27T00:00:00Z'),
  ].map(reportCore);
  assert.deepEqual(newestReports(reports).map((r) => r.id), ['2022-z', '2024-a', '2023-m']);
  assert.deepEqual(newestReports(reports, 2).map((r) => r.id), ['2022-z', '2024-a']);
  // The same time: of no year after 2023; then the ids in order however given.
  const at = '2026-06-01T00:00:00Z';
  const tied = [dated(makeReport({ id: 'nd-b', agency: '丁镇', year: null }), at), dated(makeReport({ id: '2023-y', agency: '戊镇', year: 2023 }), at), dated(makeReport({ id: '2023-x', agency: '己镇', year: 2023 }), at)].map(reportCore);
  assert.deepEqual(newestReports(tied).map((r) => r.id), ['2023-x', '2023-y', 'nd-b']);
  assert.deepEqual(newestReports([...tied].reverse()).map((r) => r.id), ['2023-x', '2023-y', 'nd-b']);
});

test('the data reaches its newest ingest whichever report comes first, one without a time passed over', () => {
  const reports = [
    dated(makeReport({ id: '2024-a', agency: '甲镇' }), '2026-03-01T20:00:00Z'),
    makeReport({ id: '2024-b', agency: '乙镇' }),
    dated(makeReport({ id: '2024-c', agency: '丙镇' }), '2026-02-27T00:00:00Z'),
  ].map(reportCore);
  // 1 March 20:00 UTC is 2 March 04:00 in China.
  assert.equal(dataAsOf(buildSite(reports)), '2026年3月2日');
  assert.equal(dataAsOf(buildSite([...reports].reverse())), '2026年3月2日');
});
