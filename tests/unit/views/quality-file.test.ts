/**
 * The data-quality items as the browser holds them: the title of each kind, the file they travel
 * in and what it refuses, the order (each tie-break in turn), the filters and the address, and the
 * table. Items made by hand; every expected order and word read from the rules in quality-file.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byDiscrepancy, byYear, decodeQuality, DEFAULT_QUALITY_QUERY, encodeQuality, kindTitle, qualityItems, qualityQueryFromSearch, qualityQueryToSearch, qualityTable, QUALITY_KINDS, type QualityItem } from '../../../src/lib/views/quality-file.ts';

const item = (o: Partial<QualityItem> & Pick<QualityItem, 'id'>): QualityItem => ({ agency: '甲镇', agencyKey: '甲镇', year: 2024, level: 'township', division: '411625106', kind: 'balance', count: 1, diff: 5, text: '说明', ...o });

test('every kind has its own title', () => {
  assert.deepEqual(Object.fromEntries(QUALITY_KINDS.map((k) => [k, kindTitle(k)])), {
    failed: '读取失败',
    partial: '部分读取',
    blank: '表格未填写',
    runTogether: '数字连在一起',
    unplaced: '未归入地区',
    balance: '核对未通过：收支平衡（一＋二＝七＋四）',
    outcomes: '核对未通过：办理结果合计',
    rowTotal: '核对未通过：申请人合计',
    review: '核对未通过：复议诉讼合计',
    prose: '核对未通过：正文数字与表格一致',
    carryover: '核对未通过：上年结转与上年报告一致',
    inForce: '核对未通过：现行有效件数连续',
    townships: '汇总报告小于乡镇之和',
    late: '逾期发布',
    copied: '正文与其他报告基本相同',
  });
});

const ITEMS = [
  item({ id: 'a', agency: '乙镇', agencyKey: '4116 乙镇', year: 2023, level: 'county', division: '411625', kind: 'prose', count: 2, diff: 7, text: '正文写 9 件' }),
  item({ id: 'b', year: null, division: '', kind: 'unplaced', diff: null, text: '报告未归入任何地区。' }),
  item({ id: 'c', kind: 'copied', diff: null, share: 0.85, text: '相同' }),
];

test('the file holds each field as a column, the kind by its place in the list, and reads back the same', () => {
  const file = encodeQuality(ITEMS);
  assert.deepEqual(file, {
    id: ['a', 'b', 'c'],
    agency: ['乙镇', '甲镇', '甲镇'],
    agencyKey: ['4116 乙镇', '甲镇', '甲镇'],
    year: [2023, null, 2024],
    level: ['county', 'township', 'township'],
    division: ['411625', '', '411625106'],
    kind: [9, 4, 14],
    count: [2, 1, 1],
    diff: [7, null, null],
    text: ['正文写 9 件', '报告未归入任何地区。', '相同'],
    share: [null, null, 0.85],
  });
  assert.deepEqual(decodeQuality(JSON.parse(JSON.stringify(file))), ITEMS);
  assert.equal('share' in decodeQuality(file)[0]!, false, 'no share but for a copied text');
});

test('a file whose columns do not line up, or that names a kind this version does not have, is refused', () => {
  const file = encodeQuality(ITEMS);
  for (const column of ['agency', 'agencyKey', 'year', 'level', 'division', 'kind', 'count', 'diff', 'text', 'share'] as const) {
    assert.throws(() => decodeQuality({ ...file, [column]: (file[column] as unknown[]).slice(1) }), /^Error: quality\.json: columns do not line up \(3 ids\)$/, column);
  }
  assert.throws(() => decodeQuality({ ...file, kind: [9, 4, QUALITY_KINDS.length] }), /columns do not line up/);
  assert.throws(() => decodeQuality({ ...file, kind: [9, -1, 14] }), /columns do not line up/);
});

test('the order: the largest difference, then the kind, the largest share, the newest year, the agency, the id', () => {
  const order = (items: QualityItem[]) => [...items].sort(byDiscrepancy).map((i) => i.id);
  // differences 2, none and 9: none last
  assert.deepEqual(order([item({ id: 'two', diff: 2 }), item({ id: 'none', diff: null }), item({ id: 'nine', diff: 9 })]), ['nine', 'two', 'none']);
  // a difference of 0 before none
  assert.deepEqual(order([item({ id: 'none', diff: null }), item({ id: 'zero', diff: 0 })]), ['zero', 'none']);
  // equal differences: the kind's place in the list (balance before prose, failed before partial)
  assert.deepEqual(order([item({ id: 'prose', kind: 'prose' }), item({ id: 'balance', kind: 'balance' })]), ['balance', 'prose']);
  assert.deepEqual(order([item({ id: 'partial', kind: 'partial', diff: null }), item({ id: 'failed', kind: 'failed', diff: null })]), ['failed', 'partial']);
  // copied texts: the larger share first, one without a share after
  assert.deepEqual(order([item({ id: 'low', kind: 'copied', diff: null, share: 0.82 }), item({ id: 'bare', kind: 'copied', diff: null }), item({ id: 'high', kind: 'copied', diff: null, share: 0.95 })]), ['high', 'low', 'bare']);
  // the newer year, one of no year last
  assert.deepEqual(order([item({ id: 'old', year: 2021 }), item({ id: 'nd', year: null }), item({ id: 'new', year: 2023 })]), ['new', 'old', 'nd']);
  // the agency in the order of its reading (甲 jiǎ before 乙 yǐ, though 乙 U+4E59 comes first by code)
  assert.deepEqual(order([item({ id: 'yi', agency: '乙镇' }), item({ id: 'jia', agency: '甲镇' })]), ['jia', 'yi']);
  // the same agency: the id
  assert.deepEqual(order([item({ id: '2024-b' }), item({ id: '2024-a' })]), ['2024-a', '2024-b']);
  assert.deepEqual(order([item({ id: '2024-a' }), item({ id: '2024-b' })]), ['2024-a', '2024-b']);
  assert.equal(byDiscrepancy(item({ id: 'x' }), item({ id: 'x' })), 0, 'the same item');
});

test('by year: the newest year first, then the largest difference', () => {
  const items = [item({ id: 'old-big', year: 2022, diff: 40 }), item({ id: 'new-small', year: 2024, diff: 1 }), item({ id: 'nd', year: null, diff: 90 }), item({ id: 'new-big', year: 2024, diff: 6 })];
  assert.deepEqual([...items].sort(byYear).map((i) => i.id), ['new-big', 'new-small', 'old-big', 'nd']);
});

test('the filters: each narrows by its own field, a region by the code’s prefix; the sort asked for', () => {
  const items = [
    item({ id: 'county-2023', year: 2023, level: 'county', division: '411625', kind: 'balance', diff: 3 }),
    item({ id: 'town-2024', year: 2024, level: 'township', division: '411625106', kind: 'prose', diff: 2 }),
    item({ id: 'other-2024', year: 2024, level: 'township', division: '410726100', kind: 'balance', diff: 1 }),
  ];
  const ids = (q: Partial<typeof DEFAULT_QUALITY_QUERY>) => qualityItems(items, { ...DEFAULT_QUALITY_QUERY, ...q }).map((i) => i.id);
  assert.deepEqual(ids({}), ['county-2023', 'town-2024', 'other-2024']);
  assert.deepEqual(ids({ kind: 'balance' }), ['county-2023', 'other-2024']);
  assert.deepEqual(ids({ year: 2024 }), ['town-2024', 'other-2024']);
  assert.deepEqual(ids({ level: 'county' }), ['county-2023']);
  assert.deepEqual(ids({ place: '411625' }), ['county-2023', 'town-2024']);
  assert.deepEqual(ids({ sort: 'year' }), ['town-2024', 'other-2024', 'county-2023']);
});

test('the address: every part read back; anything else than a kind, level, region or order this version knows is the default', () => {
  assert.deepEqual(qualityQueryFromSearch('?kind=townships&year=2022&level=township&place=411625106&sort=year&page=3'), {
    query: { kind: 'townships', year: 2022, level: 'township', place: '411625106', sort: 'year' },
    page: 2,
  });
  assert.deepEqual(qualityQueryFromSearch('?year=abc&place=4116x&sort=diff&page=0'), { query: DEFAULT_QUALITY_QUERY, page: 0 });
  assert.deepEqual(qualityQueryFromSearch('?page=-4').page, 0);
  assert.deepEqual(qualityQueryFromSearch('?page=2.7').page, 1);
  assert.deepEqual(qualityQueryFromSearch('?page=x').page, 0);
  assert.deepEqual(qualityQueryFromSearch('?level=city').query.level, 'city');
  assert.equal(qualityQueryToSearch({ ...DEFAULT_QUALITY_QUERY, year: 2021 }, 0), '?year=2021');
  assert.equal(qualityQueryToSearch({ ...DEFAULT_QUALITY_QUERY, level: 'province' }, 4), '?level=province&page=5');
});

test('the table: the page’s seven columns, a blank year and difference as blank; the download’s three more', () => {
  const href = (id: string) => `/report/${id}/`;
  const table = qualityTable(ITEMS, href);
  assert.equal(table.title, '数据核查');
  assert.deepEqual(table.columns.map((c) => c.kind), ['text', 'text', 'year', 'text', 'count', 'count', 'text']);
  assert.deepEqual(table.rows[1], [{ value: '甲镇', href: '/report/b/' }, { value: '乡镇级' }, { value: null }, { value: '未归入地区' }, { value: 1 }, { value: null }, { value: '报告未归入任何地区。' }]);
  const file = qualityTable(ITEMS, href, { ids: true });
  assert.deepEqual(file.columns.slice(7).map((c) => c.kind), ['text', 'text', 'text']);
  assert.deepEqual(file.rows[0]!.slice(7), [{ value: 'a' }, { value: '4116 乙镇' }, { value: '411625' }]);
});
