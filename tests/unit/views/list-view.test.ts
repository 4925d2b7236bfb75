/**
 * The agency list as rows, files and a ranking: hand-made rows whose numbers are distinct, with
 * every expected order and rank worked out by hand from the rules at the top of list-view.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { LEVEL_ORDER } from '../../../src/lib/present/labels.ts';
import { listRow } from '../../../src/lib/views/list-rows.ts';
import { decodeRows, encodeRows, type ListRow, type ListYear } from '../../../src/lib/views/list-file.ts';
import { DEFAULT_QUERY, type ListQuery } from '../../../src/lib/views/list-query.ts';
import { PAGE_SIZE, firstPage, itemsMet, listColumns, listTable, listView, rowPlace } from '../../../src/lib/views/list-view.ts';
import { regionOptions } from '../../../src/lib/views/region.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { COUNT_KEYS } from '../../../src/lib/measures/catalogue.ts';
import type { Counts } from '../../../src/lib/measures/values.ts';
import { division, makeReport } from '../fixture-reports.ts';
import { reportCore } from '../../../src/lib/site/core.ts';
import { CHECKLIST_REPORTS } from './checklist-fixture.ts';

/** Every count blank unless given. */
const counts = (given: Partial<Counts>): Counts => ({ ...(Object.fromEntries(COUNT_KEYS.map((k) => [k, null])) as Counts), ...given });
const year = (slug: string, y: number, newReceived: number | null, given: Partial<Counts> = {}, failed = 0, failedIds: ListYear['failedIds'] = [], scope: ListYear['scope'] = 'own'): ListYear => ({
  year: y,
  id: `${y}-${slug}`,
  counts: counts({ newReceived, ...given }),
  failed,
  failedIds,
  scope,
  stated: [],
  // every state once, so that the round trip through the file carries each letter
  items: ['met', 'unmet', 'unknown', 'met', 'met', 'unmet'],
});

const ROWS: ListRow[] = [
  { slug: 'qian-dian-zhen', name: '钱店镇', level: 'township', division: '411625106', years: [year('qian-dian-zhen', 2023, 4, {}, 2, ['balance']), year('qian-dian-zhen', 2024, 12, { grantedOrPartial: 3, totalProcessed: 4, reconsideration: 1 })] },
  { slug: 'yan-jin-xian', name: '延津县', level: 'county', division: '410726', years: [year('yan-jin-xian', 2024, null, {}, 1, ['prose'])] },
  { slug: 'su-jia-zuo-xiang', name: '苏家作乡', level: 'township', division: '', years: [year('su-jia-zuo-xiang', 2023, 30)] },
  { slug: 'wu-nian-fen', name: '无年份乡', level: 'township', division: '', years: [] },
];

const query = (q: Partial<ListQuery>): ListQuery => ({ ...DEFAULT_QUERY, ...q });
const slugs = (rows: readonly { row: ListRow }[]) => rows.map((v) => v.row.slug);
const order = (rows: readonly ListRow[], q: Partial<ListQuery>) => slugs(listView(rows, query(q)).views);

test('rows survive a round trip through their file, as JSON', () => {
  assert.deepEqual(decodeRows(JSON.parse(JSON.stringify(encodeRows(ROWS)))), ROWS);
  assert.deepEqual(decodeRows(encodeRows([])), []);
});

test('the file holds each agency-year’s checklist as six letters: m met, n not met, u unknown', () => {
  const rows: ListRow[] = [
    { ...ROWS[0]!, years: [{ ...ROWS[0]!.years[0]!, items: ['met', 'met', 'met', 'met', 'met', 'met'] }, { ...ROWS[0]!.years[1]!, items: ['unmet', 'unknown', 'met', 'met', 'met', 'met'] }] },
    { ...ROWS[1]!, years: [{ ...ROWS[1]!.years[0]!, items: ['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unmet'] }] },
  ];
  const file = encodeRows(rows);
  assert.equal(file.items, 'mmmmmm' + 'nummmm' + 'uuuuun');
  assert.deepEqual(decodeRows(file).map((r) => r.years.map((y) => y.items)), rows.map((r) => r.years.map((y) => y.items)));
});

test('the file is columns: per agency-year every count in the catalogue’s order, the failed checks, their ids as bits; ids by what follows year-slug', () => {
  const rows: ListRow[] = [ROWS[0]!, { ...ROWS[1]!, years: [{ ...ROWS[1]!.years[0]!, id: '2024-yan-jin-xian-ren-min-zheng-fu-9a9a221b' }] }];
  assert.deepEqual(encodeRows(rows).division, ['411625106', '410726']);
  const file = encodeRows(rows);
  assert.deepEqual(file.years, [[2023, 2024], [2024]]);
  const n = COUNT_KEYS.length + 2;
  assert.equal(file.numbers.length, 3 * n);
  const at = (yearIndex: number, key: (typeof COUNT_KEYS)[number]) => file.numbers[yearIndex * n + COUNT_KEYS.indexOf(key)];
  // balance is CHECK_IDS[0] (bit 1), prose CHECK_IDS[4] (bit 16).
  assert.deepEqual([at(0, 'newReceived'), file.numbers[n - 2], file.numbers[n - 1]], [4, 2, 1]);
  assert.deepEqual([at(1, 'newReceived'), at(1, 'grantedOrPartial'), at(1, 'totalProcessed'), at(1, 'reconsideration'), file.numbers[2 * n - 2], file.numbers[2 * n - 1]], [12, 3, 4, 1, 0, 0]);
  assert.deepEqual([at(2, 'newReceived'), file.numbers[3 * n - 2], file.numbers[3 * n - 1]], [null, 1, 16]);
  assert.deepEqual(file.ids, ['', '', '-ren-min-zheng-fu-9a9a221b']);
  const other = encodeRows([{ ...ROWS[1]!, years: [{ ...ROWS[1]!.years[0]!, id: '2024-unknown-1a2b3c4d' }] }]);
  assert.deepEqual(other.ids, ['=2024-unknown-1a2b3c4d'], 'an id of another form is kept whole');
  assert.equal(decodeRows(other)[0]!.years[0]!.id, '2024-unknown-1a2b3c4d');
  assert.deepEqual(decodeRows(file), rows);
});

test('a file whose columns do not line up is refused, not misread', () => {
  const file = encodeRows(ROWS);
  assert.throws(() => decodeRows({ ...file, numbers: file.numbers.slice(1) }), /columns do not line up/);
  assert.throws(() => decodeRows({ ...file, name: file.name.slice(1) }), /columns do not line up/);
  assert.throws(() => decodeRows({ ...file, ids: file.ids.slice(1) }), /columns do not line up/);
  assert.throws(() => decodeRows({ ...file, items: file.items.slice(1) }), /columns do not line up/, 'a checklist letter missing');
  assert.throws(() => decodeRows({ ...file, level: file.level.slice(1) }), /columns do not line up/, 'a level missing');
  assert.throws(() => decodeRows({ ...file, division: file.division.slice(1) }), /columns do not line up/, 'a division missing');
  assert.throws(() => decodeRows({ ...file, years: file.years.slice(1) }), /columns do not line up/, 'a year list missing');
  // 无年份乡's list is empty: without it, or with one more, the years still number 4
  assert.throws(() => decodeRows({ ...file, years: file.years.slice(0, -1) }), /columns do not line up/, 'an empty year list missing');
  const n = COUNT_KEYS.length + 2;
  assert.throws(() => decodeRows({ ...file, years: [...file.years, []] }), new RegExp(`\\(4 slugs, 4 names, 4 levels, 5 year lists, ${4 * n} numbers and 4 ids for 4 years\\)`), 'a year list too many');
  // a file of an older version, without a column
  for (const column of ['division', 'ids', 'scopes', 'items'] as const) {
    assert.throws(() => decodeRows({ ...file, [column]: undefined } as unknown as typeof file), /columns do not line up/, `no ${column}`);
  }
  assert.throws(() => decodeRows({ ...file, ids: undefined } as unknown as typeof file), /and 0 ids for 4 years/);
  const noStated = decodeRows({ ...file, stated: undefined } as unknown as typeof file);
  assert.deepEqual(noStated.flatMap((r) => r.years.map((y) => y.stated)), [[], [], [], []], 'an older file without the stated words');
});

test('a file’s letters it does not know read as unknown, an agency-year’s failed checks blank as none', () => {
  // 钱店镇 2023 (failed 2: balance and prose) and 2024; 延津县 2024; 苏家作乡 2023
  const file = encodeRows(ROWS);
  const n = COUNT_KEYS.length + 2;
  const numbers = [...file.numbers];
  numbers[n - 2] = null;
  numbers[n - 1] = null;
  const rows = decodeRows({ ...file, numbers, scopes: 'oxsu', items: 'xmnumn' + file.items.slice(6) });
  assert.deepEqual([rows[0]!.years[0]!.failed, rows[0]!.years[0]!.failedIds], [0, []]);
  assert.deepEqual([rows[0]!.years[1]!.failed, rows[1]!.years[0]!.failed, rows[1]!.years[0]!.failedIds], [0, 1, ['prose']], 'the others as written');
  assert.deepEqual(rows.flatMap((r) => r.years.map((y) => y.scope)), ['own', 'unknown', 'summary', 'unknown']);
  assert.deepEqual(rows[0]!.years[0]!.items, ['unknown', 'met', 'unmet', 'unknown', 'met', 'unmet']);
  assert.deepEqual(rows[0]!.years[1]!.items, ROWS[0]!.years[1]!.items);
});

test('a row holds the counted report of each year, with its id and the ids of its failed checks', () => {
  const [agency] = groupAgencies([
    makeReport({ id: '2024-qian-dian-zhen', agency: '钱店镇', year: 2024, cells: { 'applications.newReceived.total': 12, 'applications.granted.total': 2, 'applications.partiallyGranted.total': 1, 'applications.totalProcessed.total': 4 } }),
    makeReport({ id: '2023-qian-dian-zhen', agency: '钱店镇', year: 2023, checks: [{ id: 'prose', ok: false, message: '正文不符' }, { id: 'balance', ok: false, message: '不平衡' }, { id: 'review', ok: true, message: '平' }] }),
  ]);
  const row = listRow(agency!);
  assert.deepEqual(row.years, [
    // no text: 六部分 unmet; the 2021 format: met; 不平衡 failed, 平 passed; the prose check failed; no date; nothing to compare
    { ...year('qian-dian-zhen', 2023, null, {}, 2, ['balance', 'prose']), stated: ['正文不符'], items: ['unmet', 'met', 'unmet', 'unmet', 'unknown', 'unknown'] },
    // no check tried: neither the identities nor the prose known
    { ...year('qian-dian-zhen', 2024, 12, { granted: 2, partiallyGranted: 1, grantedOrPartial: 3, totalProcessed: 4 }), items: ['unmet', 'met', 'unknown', 'unknown', 'unknown', 'unknown'] },
  ]);
});

test('a row’s division is its latest placed report’s; a passed prose check states nothing', () => {
  // A national body's reports are one agency placed or not (agency/key.ts agencyIdentity).
  const [agency] = groupAgencies([
    makeReport({ id: '2022-sw', agency: '某税务局', level: 'national', year: 2022, division: division([['41', '河南省'], ['4116', '周口市']]) }),
    makeReport({ id: '2023-sw', agency: '某税务局', level: 'national', year: 2023, division: division([['62', '甘肃省'], ['6201', '兰州市']]), checks: [{ id: 'prose', ok: true, message: '正文与表格一致' }] }),
    makeReport({ id: '2024-sw', agency: '某税务局', level: 'national', year: 2024 }),
  ]);
  const row = listRow(agency!);
  assert.equal(row.division, '6201', '2023’s, not 2022’s, and not the unplaced 2024');
  assert.deepEqual(row.years.map((y) => [y.year, y.failed, y.stated]), [[2022, 0, []], [2023, 0, []], [2024, 0, []]]);
  const [unplaced] = groupAgencies([makeReport({ id: '2024-wzd', agency: '未知镇', year: 2024 })]);
  assert.equal(listRow(unplaced!).division, '');
});

test('by default: each agency’s latest year, most 本年新收 first, blanks last, agencies without a year left out', () => {
  const { views } = listView(ROWS, DEFAULT_QUERY);
  assert.deepEqual(slugs(views), ['su-jia-zuo-xiang', 'qian-dian-zhen', 'yan-jin-xian']);
  const qian = views[1]!;
  assert.equal(qian.year.year, 2024);
  assert.deepEqual(qian.cells.map((c) => [c.key, c.value]), [['newReceived', 12], ['grantedOrPartialShare', 0.75], ['reconsideration', 1]]);
  assert.equal(qian.failed, 2, 'failed checks of every year');
  assert.deepEqual(views.map((v) => v.rank), [1, 2, null], 'the blank is not ranked');
  assert.deepEqual(order(ROWS, { direction: 1 }), ['qian-dian-zhen', 'su-jia-zuo-xiang', 'yan-jin-xian'], 'blanks last going up too');
});

test('filters by level and year; a chosen year shows that year’s numbers and failures', () => {
  assert.deepEqual(order(ROWS, { level: 'county' }), ['yan-jin-xian']);
  const in2023 = listView(ROWS, query({ year: 2023 })).views;
  assert.deepEqual(slugs(in2023), ['su-jia-zuo-xiang', 'qian-dian-zhen']);
  assert.deepEqual([in2023[1]!.year.counts.newReceived, in2023[1]!.failed], [4, 2]);
});

test('the name box: the name search given, or else the characters of the name', () => {
  assert.deepEqual(order(ROWS, { q: ' 乡 ' }), ['su-jia-zuo-xiang']);
  const bySearch = listView(ROWS, query({ q: 'qdz' }), (row) => row.slug === 'qian-dian-zhen');
  assert.deepEqual(slugs(bySearch.views), ['qian-dian-zhen']);
  assert.equal(bySearch.views[0]!.rank, 2, 'the rank is among every peer, not among the names shown');
});

test('sorts by every plain column, ties by name', () => {
  assert.deepEqual(order(ROWS, { sort: 'name', direction: 1 }), ['qian-dian-zhen', 'su-jia-zuo-xiang', 'yan-jin-xian']);
  assert.deepEqual(order(ROWS, { sort: 'level', direction: 1 }), ['yan-jin-xian', 'qian-dian-zhen', 'su-jia-zuo-xiang']);
  assert.deepEqual(order(ROWS, { sort: 'years' }), ['qian-dian-zhen', 'su-jia-zuo-xiang', 'yan-jin-xian']);
  assert.deepEqual(order(ROWS, { sort: 'failed' }), ['qian-dian-zhen', 'yan-jin-xian', 'su-jia-zuo-xiang']);
  assert.deepEqual(listView(ROWS, query({ sort: 'name', direction: 1 })).views.map((v) => v.rank), [null, null, null], 'names are not ranked');
});

test('levels sort from the top down, as everywhere on the site', () => {
  const rows = [...LEVEL_ORDER].reverse().map((level): ListRow => ({ slug: level, name: '机关', level, division: '', years: [year(level, 2024, 1)] }));
  assert.deepEqual(order(rows, { sort: 'level', direction: 1 }), ['national', 'province', 'city', 'county', 'township', 'unknown']);
  assert.deepEqual(order(rows, { sort: 'level', direction: -1 }), ['unknown', 'township', 'county', 'city', 'province', 'national']);
});

/**
 * 公开比例 (予以公开及部分公开 ÷ 办理结果总计) of five county agencies and one township, 2024:
 * 甲 1/1 = 100% (small), 乙 15/20 = 75%, 丙 30/50 = 60%, 丁 3/4 = 75% (small), 戊 blank,
 * 己 (township) 27/36 = 75%. 甲, 乙, 丁 and 己 (a township of it) are in county 411625, 丙 in
 * 411626, 戊 unplaced.
 */
const RATES: ListRow[] = (
  [
    ['jia', '甲', 'county', '411625', 1, 1],
    ['yi', '乙', 'county', '411625', 15, 20],
    ['bing', '丙', 'county', '411626', 30, 50],
    ['ding', '丁', 'county', '411625', 3, 4],
    ['wu', '戊', 'county', '', null, null],
    ['ji', '己', 'township', '411625106', 27, 36],
  ] as const
).map(([slug, name, level, division, part, total]) => ({ slug, name, level, division, years: [year(slug, 2024, 100, { grantedOrPartial: part, totalProcessed: total })] }));

test('a rate on a small denominator ranks after every solid one, unranked; blanks last', () => {
  const result = listView(RATES, query({ sort: 'grantedOrPartialShare' }));
  // 己 and 乙 tie at 75%: by name (ji before yi), sharing first place.
  assert.deepEqual(slugs(result.views), ['ji', 'yi', 'bing', 'jia', 'ding', 'wu']);
  assert.deepEqual(result.views.map((v) => v.rank), [1, 1, 3, null, null, null], 'equal rates share a place; the next place counts them both');
  assert.equal(result.small, 2);
  assert.equal(result.ranked, 3);
  // Going up, the solid ones still come first and the small ones after them.
  const up = listView(RATES, query({ sort: 'grantedOrPartialShare', direction: 1 }));
  assert.deepEqual(slugs(up.views), ['bing', 'ji', 'yi', 'ding', 'jia', 'wu']);
  assert.deepEqual(up.views.map((v) => v.rank), [1, 2, 2, null, null, null]);
});

test('small rates can be left out, and the count says how many', () => {
  const result = listView(RATES, query({ sort: 'grantedOrPartialShare', small: 'hide' }));
  assert.deepEqual(slugs(result.views), ['ji', 'yi', 'bing', 'wu']);
  assert.equal(result.small, 2);
});

test('a minimum of cases: the denominator of a rate, the count itself; those below are left out and counted', () => {
  const rate = listView(RATES, query({ sort: 'grantedOrPartialShare', min: 30 }));
  assert.deepEqual(slugs(rate.views), ['ji', 'bing'], '己 36 and 丙 50 cases; 乙 has 20');
  assert.deepEqual(rate.views.map((v) => v.rank), [1, 2]);
  assert.equal(rate.belowMin, 4);
  const exactly = listView(RATES, query({ sort: 'grantedOrPartialShare', min: 20 }));
  assert.deepEqual(slugs(exactly.views), ['ji', 'yi', 'bing'], 'a minimum of 20 keeps 乙 with 20');
  assert.deepEqual(order(ROWS, { sort: 'newReceived', min: 12 }), ['su-jia-zuo-xiang', 'qian-dian-zhen'], 'a count: 30 and 12 remain, 延津县 is blank');
});

test('ranks are within the level and the year chosen', () => {
  const county = listView(RATES, query({ sort: 'grantedOrPartialShare', level: 'county' }));
  assert.deepEqual(slugs(county.views), ['yi', 'bing', 'jia', 'ding', 'wu']);
  assert.deepEqual(county.views.map((v) => v.rank), [1, 2, null, null, null]);
  const township = listView(RATES, query({ sort: 'grantedOrPartialShare', level: 'township' }));
  assert.deepEqual(township.views.map((v) => [v.row.slug, v.rank]), [['ji', 1]]);
});

test('ranks within a place: a county and the townships in it', () => {
  const county = listView(RATES, query({ sort: 'grantedOrPartialShare', place: '411625' }));
  assert.deepEqual(slugs(county.views), ['ji', 'yi', 'jia', 'ding']);
  assert.deepEqual(county.views.map((v) => v.rank), [1, 1, null, null]);
  assert.deepEqual(order(RATES, { sort: 'grantedOrPartialShare', place: '4116' }), ['ji', 'yi', 'bing', 'jia', 'ding'], 'the city holds both counties; the unplaced 戊 is in neither');
  assert.deepEqual(order(RATES, { sort: 'grantedOrPartialShare', place: '411626' }), ['bing']);
});

test('conditions on numbers and a failed check narrow the rows, not the ranks', () => {
  const withReview = listView(ROWS, query({ conditions: [{ key: 'reconsideration', op: 'gt', value: 0 }] }));
  assert.deepEqual(slugs(withReview.views), ['qian-dian-zhen'], 'a blank 行政复议 is not 0');
  assert.equal(withReview.views[0]!.rank, 2);
  assert.deepEqual(order(ROWS, { conditions: [{ key: 'newReceived', op: 'ge', value: 12 }] }), ['su-jia-zuo-xiang', 'qian-dian-zhen']);
  assert.deepEqual(order(ROWS, { conditions: [{ key: 'newReceived', op: 'gt', value: 12 }] }), ['su-jia-zuo-xiang']);
  assert.deepEqual(order(RATES, { sort: 'name', direction: 1, conditions: [{ key: 'grantedOrPartialShare', op: 'ge', value: 75 }] }), ['丁', '己', '甲', '乙'].map((n) => RATES.find((r) => r.name === n)!.slug));
  assert.deepEqual(order(ROWS, { check: 'balance' }), ['qian-dian-zhen'], 'the latest year shows every year’s failures');
  assert.deepEqual(order(ROWS, { check: 'balance', year: 2024 }), [], 'in 2024 钱店镇 failed nothing');
  assert.deepEqual(order(ROWS, { check: 'prose' }), ['yan-jin-xian']);
});

test('the columns: the list’s own measures, then the sorted one and those of the conditions', () => {
  assert.deepEqual(listColumns(DEFAULT_QUERY), ['newReceived', 'grantedOrPartialShare', 'reconsideration']);
  assert.deepEqual(listColumns(query({ sort: 'withheldShare', conditions: [{ key: 'litigation', op: 'gt', value: 0 }, { key: 'newReceived', op: 'gt', value: 1 }] })), ['newReceived', 'grantedOrPartialShare', 'reconsideration', 'withheldShare', 'litigation']);
  assert.deepEqual(listColumns(query({ sort: 'failed' })), ['newReceived', 'grantedOrPartialShare', 'reconsideration']);
});

const SCOPE_LABEL = (s: string) => ({ own: '本机关', summary: '汇总' })[s as 'own'] ?? s;

test('the table shown and downloaded: rank, name with its link, level, years, the numbers’ year, scope, the measures, failures', () => {
  const q = query({ sort: 'grantedOrPartialShare' });
  const result = listView(RATES, q);
  const table = listTable(result, result.views.slice(0, 4), q, { levelLabel: (l) => ({ county: '县级', township: '乡镇级' })[l as 'county'] ?? l, scopeLabel: SCOPE_LABEL, agencyHref: (s) => `/agency/${s}/` });
  assert.equal(table.title, '机关列表');
  // each column's kind, the key it sorts by and the glossary term its heading links to
  const text = (label: string) => ({ label, kind: 'text' });
  assert.deepEqual(table.columns, [
    { label: '名次', kind: 'count' },
    { label: '机关', kind: 'text', key: 'name' },
    { label: '层级', kind: 'text', key: 'level' },
    { label: '收录年度', kind: 'text', key: 'years' },
    { label: '数字所属年度', kind: 'year' },
    { label: '统计范围', kind: 'text', term: 'summary' },
    { label: '本年新收', kind: 'count', key: 'newReceived', term: 'newReceived' },
    { label: '公开比例', kind: 'rate', key: 'grantedOrPartialShare', term: 'grantedOrPartialShare' },
    { label: '行政复议', kind: 'count', key: 'reconsideration', term: 'reconsideration' },
    { label: '未通过核对', kind: 'count', key: 'failed', term: 'identity' },
    ...['六部分齐全', '表格格式适用', '勾稽关系成立', '正文与表格一致', '按期公布', '正文不是照抄'].map(text),
    { label: '满足项数（共6项）', kind: 'count', key: 'met' },
  ]);
  assert.deepEqual(table.rows[0], [
    ...[{ value: 1 }, { value: '己', href: '/agency/ji/' }, { value: '乡镇级' }, { value: '2024年' }, { value: 2024 }, { value: '本机关' }, { value: 100 }, { value: 0.75 }, { value: null }, { value: 0 }],
    ...[{ value: '满足' }, { value: '未满足' }, { value: '未知' }, { value: '满足' }, { value: '满足' }, { value: '未满足' }, { value: 3 }],
  ]);
  assert.deepEqual(table.rows[3]!.slice(0, 2), [{ value: null }, { value: '甲', href: '/agency/jia/' }]);
  assert.deepEqual(table.rows[3]![7], { value: 1, small: true });
  assert.equal(listTable(result, [], query({ sort: 'name' }), { levelLabel: String, scopeLabel: String, agencyHref: String }).columns[0]!.label, '机关', 'no 名次 when names are sorted');
});

test('the 收录年度 column shows a gap: reports of 2019, 2021 and 2024 are not 2019—2024', () => {
  const rows: ListRow[] = [{ slug: 'gap', name: '城关镇', level: 'township', division: '', years: [year('gap', 2019, 7), year('gap', 2021, 9), year('gap', 2024, 11)] }];
  const q = query({ sort: 'name' });
  const table = listTable(listView(rows, q), listView(rows, q).views, q, { levelLabel: String, scopeLabel: SCOPE_LABEL, agencyHref: String });
  assert.equal(table.columns[2]!.label, '收录年度');
  assert.deepEqual(table.rows[0]![2], { value: '2019、2021、2024年' });
});

test('the first page file is the first page of the default view, with the view’s size', () => {
  const many: ListRow[] = Array.from({ length: PAGE_SIZE * 2 + 7 }, (_, i) => ({ slug: `a${i}`, name: `机关${i}`, level: 'county', division: '', years: [year(`a${i}`, 2024, i % 13)] }));
  const first = firstPage(many);
  assert.equal(first.count, many.length);
  assert.deepEqual(decodeRows(first.rows), listView(many, DEFAULT_QUERY).views.slice(0, PAGE_SIZE).map((v) => v.row));
});

/**
 * A county's list in 2023, by hand: 淮阴县 a county-wide summary of 260, 城关镇 41 and 钱店镇 13 (both
 * failing checks: 城关镇's text says 1), 苏家作乡 7, 刘集乡 5.
 */
const COUNTY: ListRow[] = [
  { slug: 'huai-yin-xian', name: '淮阴县', level: 'county', division: '320804', years: [year('huai-yin-xian', 2023, 260, {}, 0, [], 'summary')] },
  { slug: 'cheng-guan-zhen', name: '城关镇', level: 'township', division: '320804100', years: [{ ...year('cheng-guan-zhen', 2023, 41, {}, 3, ['balance', 'prose']), stated: ['正文“收到申请1件”写 1 件，表格为 41 件（本年新收申请）'] }] },
  { slug: 'qian-dian-zhen', name: '钱店镇', level: 'township', division: '320804101', years: [year('qian-dian-zhen', 2023, 13, {}, 1, ['rowTotal'])] },
  { slug: 'su-jia-zuo-xiang', name: '苏家作乡', level: 'township', division: '320804102', years: [year('su-jia-zuo-xiang', 2023, 7)] },
  { slug: 'liu-ji-xiang', name: '刘集乡', level: 'township', division: '320804103', years: [year('liu-ji-xiang', 2023, 5)] },
];

test('a summary is ranked only among summaries, after the others, and marked 汇总; a failing report keeps its place, marked', () => {
  const r = listView(COUNTY, query({ place: '320804' }));
  assert.deepEqual(r.views.map((v) => [v.row.name, v.rank, v.marks.map((m) => m.text)]), [
    ['城关镇', 1, ['未通过核对']],
    ['钱店镇', 2, ['未通过核对']],
    ['苏家作乡', 3, []],
    ['刘集乡', 4, []],
    ['淮阴县', 1, ['汇总']],
  ]);
  assert.deepEqual([r.summaries, r.failedOut, r.ranked], [1, 0, 5]);
  assert.match(r.views[0]!.marks[0]!.title, /收支平衡.*正文数字与表格一致.*写 1 件，表格为 41 件/);
  const table = listTable(r, r.views, query({ place: '320804' }), { levelLabel: String, scopeLabel: SCOPE_LABEL, agencyHref: (s) => `/agency/${s}/` });
  assert.deepEqual(table.rows[4]!.slice(0, 2), [{ value: 1 }, { value: '淮阴县', href: '/agency/huai-yin-xian/', marks: [r.views[4]!.marks[0]!] }]);
  assert.equal(table.rows[4]![5]!.value, '汇总', 'the scope column');
  assert.equal(table.rows[2]![1]!.marks, undefined, '苏家作乡 unmarked');
});

test('failed=hide leaves reports failing a check out of the ranking, counts them, and the places close up', () => {
  const r = listView(COUNTY, query({ place: '320804', failed: 'hide' }));
  assert.deepEqual(r.views.map((v) => [v.row.name, v.rank]), [['苏家作乡', 1], ['刘集乡', 2], ['淮阴县', 1]]);
  assert.equal(r.failedOut, 2);
  const plain = listView(COUNTY, query({ place: '320804', failed: 'hide', sort: 'name', direction: 1 }));
  assert.deepEqual(plain.views.map((v) => v.row.name), ['淮阴县', '刘集乡', '苏家作乡'], 'a plain sort leaves them out too');
  assert.deepEqual([plain.summaries, plain.failedOut], [1, 2], 'and counts them, and the summary 淮阴县 among those kept');
});

test('each year’s scope travels in the file as one letter, and comes back', () => {
  const file = encodeRows(COUNTY);
  assert.equal(file.scopes, 'soooo');
  assert.deepEqual(decodeRows(JSON.parse(JSON.stringify(file))).map((r) => r.years[0]!.scope), ['summary', 'own', 'own', 'own', 'own']);
  assert.throws(() => decodeRows({ ...file, scopes: 'sooo' }), /columns do not line up/);
  assert.deepEqual(file.stated, { 1: ['正文“收到申请1件”写 1 件，表格为 41 件（本年新收申请）'] }, 'only the agency-years whose prose check failed');
  assert.deepEqual(decodeRows(JSON.parse(JSON.stringify(file))), COUNTY);
});

test('each row says where its agency is, from its division and the region filter’s names: two 城关镇 of different counties and an unplaced one are three rows; the download adds the code', () => {
  const yuzhong = division([['62', '甘肃省'], ['6201', '兰州市'], ['620123', '榆中县'], ['620123100', '城关镇']]);
  const dancheng = division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['411625100', '城关镇']]);
  const site = buildSite([
    makeReport({ id: '2024-cgz-yz', agency: '城关镇', agencyKey: '620123100 城关镇', division: yuzhong, cells: { 'applications.newReceived.total': 6 } }),
    makeReport({ id: '2024-cgz-dc', agency: '城关镇', agencyKey: '411625100 城关镇', division: dancheng, cells: { 'applications.newReceived.total': 9 } }),
    makeReport({ id: '2024-cgz', agency: '城关镇', path: '城关镇2024.pdf', cells: { 'applications.newReceived.total': 3 } }),
    makeReport({ id: '2024-zk', agency: '周口市人民政府', agencyKey: '4116 周口市', level: 'city', division: division([['41', '河南省'], ['4116', '周口市']]), cells: { 'applications.newReceived.total': 14 } }),
  ]);
  const names = new Map(regionOptions(site.places).map((p) => [p.code, p.name]));
  const rows = site.agencies.map(listRow);
  const q = query({ sort: 'newReceived' });
  const result = listView(rows, q);
  const links = { levelLabel: String, scopeLabel: String, agencyHref: (s: string) => `/agency/${s}/`, place: (row: ListRow) => rowPlace(row, names) };
  const shown = listTable(result, result.views, q, links);
  assert.deepEqual(shown.columns.slice(0, 4).map((c) => c.label), ['名次', '机关', '地区', '层级']);
  // Most applications first: 周口市 14, 郸城县's 城关镇 9, 榆中县's 6, the unplaced one 3.
  assert.deepEqual(shown.rows.map((r) => [r[1]!.value, r[2]!.value, r[7]!.value]), [
    ['周口市人民政府', '河南省周口市', 14],
    ['城关镇', '周口市郸城县', 9],
    ['城关镇', '兰州市榆中县', 6],
    ['城关镇', '未归入地区', 3],
  ]);
  const download = listTable(result, result.views, q, links, true);
  assert.deepEqual(download.columns.slice(1, 4).map((c) => c.label), ['机关', '地区', '区划代码']);
  assert.deepEqual(download.rows.map((r) => r.slice(2, 4).map((c) => c.value)), [['河南省周口市', '4116'], ['周口市郸城县', '411625100'], ['兰州市榆中县', '620123100'], ['未归入地区', null]]);
});

test('a row’s place: the last two of province, city and county; blank for a national body; the code where no name is known', () => {
  const names = new Map([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['11', '北京市'], ['110105', '朝阳区']]);
  assert.equal(rowPlace({ division: '411625106', level: 'township' }, names), '周口市郸城县');
  assert.equal(rowPlace({ division: '411625', level: 'county' }, names), '周口市郸城县');
  assert.equal(rowPlace({ division: '41', level: 'province' }, names), '河南省');
  assert.equal(rowPlace({ division: '110105', level: 'county' }, names), '北京市朝阳区', 'no city between a municipality and its district');
  assert.equal(rowPlace({ division: '', level: 'township' }, names), '未归入地区');
  assert.equal(rowPlace({ division: '', level: 'national' }, names), '');
  assert.equal(rowPlace({ division: '320804100', level: 'township' }, names), '320804100');
});

/** The four reports of checklist-fixture.ts, each its own agency's row; items met: 财政局 5, 教育局 3, 民政局 4, 卫健委 6. */
const CHECKLIST_ROWS: ListRow[] = groupAgencies(CHECKLIST_REPORTS.map(reportCore)).map(listRow);
const names = (rows: readonly ListRow[], q: Partial<ListQuery>) => listView(rows, query(q)).views.map((v) => v.row.name);

test('each checklist item a filter: the report shown in the state asked for, every filter holding', () => {
  assert.deepEqual(names(CHECKLIST_ROWS, { items: { onTime: 'unmet' } }), ['郸城县财政局']);
  assert.deepEqual(names(CHECKLIST_ROWS, { items: { onTime: 'unknown' } }), ['郸城县民政局'], 'undated: unknown, not late');
  assert.deepEqual(names(CHECKLIST_ROWS, { items: { edition: 'unmet' } }), ['郸城县教育局']);
  assert.deepEqual(names(CHECKLIST_ROWS, { items: { notCopied: 'unmet' } }), ['郸城县民政局']);
  assert.deepEqual(names(CHECKLIST_ROWS, { items: { edition: 'met', onTime: 'met' } }), ['郸城县卫生健康委员会']);
  // by 新收, most first: 17, 13, 7
  assert.deepEqual(names(CHECKLIST_ROWS, { items: { sections: 'met' } }), ['郸城县卫生健康委员会', '郸城县民政局', '郸城县财政局']);
});

test('ranked by the items met: unknown items not counted as met, equal counts sharing a place, a report with none known last', () => {
  const summary: ListRow = { slug: 'dan-cheng-xian', name: '郸城县人民政府', level: 'county', division: '411625', years: [{ ...year('dan-cheng-xian', 2024, 900, {}, 0, [], 'summary'), items: ['met', 'met', 'met', 'met', 'met', 'met'] }] };
  const unread: ListRow = { slug: 'wei-du-chu', name: '未读出局', level: 'county', division: '411625', years: [{ ...year('wei-du-chu', 2024, 2), items: ['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown'] }] };
  const r = listView([...CHECKLIST_ROWS, summary, unread], query({ sort: 'met', direction: -1 }));
  // the summary's items are about its report, not its numbers: it ranks among every report
  assert.deepEqual(r.views.map((v) => [v.row.name, itemsMet(v.year), v.rank]), [
    ['郸城县人民政府', 6, 1],
    ['郸城县卫生健康委员会', 6, 1],
    ['郸城县财政局', 5, 3],
    ['郸城县民政局', 4, 4],
    ['郸城县教育局', 3, 5],
    ['未读出局', null, null],
  ]);
  assert.deepEqual(names([...CHECKLIST_ROWS, unread], { sort: 'met', direction: 1 }), ['郸城县教育局', '郸城县民政局', '郸城县财政局', '郸城县卫生健康委员会', '未读出局'], 'blank last going up too');
  const table = listTable(r, r.views.slice(0, 1), query({ sort: 'met' }), { levelLabel: String, scopeLabel: String, agencyHref: String });
  assert.equal(table.columns[0]!.label, '名次');
  assert.deepEqual(table.columns.at(-1), { label: '满足项数（共6项）', kind: 'count', key: 'met' });
});

test('ranked by the items met, failed=hide leaves reports failing a check out and counts them; marked, they keep their place', () => {
  // items met: 城关镇 6 and 钱店镇 5 (both failing a check), 苏家作乡 4, 淮阴县 3 (a summary), 刘集乡 2
  const met = { 城关镇: 6, 钱店镇: 5, 苏家作乡: 4, 淮阴县: 3, 刘集乡: 2 } as Record<string, number>;
  const rows = COUNTY.map((r): ListRow => ({ ...r, years: r.years.map((y) => ({ ...y, items: Array.from({ length: 6 }, (_, i) => (i < met[r.name]! ? 'met' : 'unmet')) as ListYear['items'] })) }));
  const hidden = listView(rows, query({ sort: 'met', direction: -1, failed: 'hide' }));
  assert.deepEqual(hidden.views.map((v) => [v.row.name, v.rank]), [['苏家作乡', 1], ['淮阴县', 2], ['刘集乡', 3]]);
  assert.equal(hidden.failedOut, 2);
  const marked = listView(rows, query({ sort: 'met', direction: -1 }));
  assert.deepEqual(marked.views.map((v) => [v.row.name, v.rank]), [['城关镇', 1], ['钱店镇', 2], ['苏家作乡', 3], ['淮阴县', 4], ['刘集乡', 5]]);
  assert.equal(marked.failedOut, 0);
});
