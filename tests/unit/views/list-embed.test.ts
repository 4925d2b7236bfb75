/**
 * The agency list in one state alone: its address (the list's own query, its first page), its
 * title, the words of how much it shows and of its link back, and the status line it shares with
 * the list. Expected words written by hand from the rules in list-embed.ts and list-status.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listEmbedBack, listEmbedSearch, listEmbedShown, listEmbedTitle } from '../../../src/lib/views/list-embed.ts';
import { DEFAULT_QUERY, queryFromSearch, type ListQuery } from '../../../src/lib/views/list-query.ts';
import { listStatusText } from '../../../src/lib/views/list-status.ts';
import type { ListResult } from '../../../src/lib/views/list-view.ts';

const QUERY: ListQuery = {
  ...DEFAULT_QUERY,
  level: 'county',
  place: '4116',
  year: 2024,
  conditions: [{ key: 'reconsideration', op: 'gt', value: 2 }],
  items: { onTime: 'unmet' },
  sort: 'grantedOrPartialShare',
  direction: 1,
  failed: 'hide',
};

const levels: Record<string, string> = { county: '县级' };
const places: Record<string, string> = { '4116': '周口市' };

test('the embed’s address is the list’s query of the state, always its first page, and reads back the same', () => {
  const search = listEmbedSearch(QUERY);
  assert.equal(search, '?level=county&place=4116&year=2024&f=reconsideration.gt.2&item=onTime-unmet&sort=grantedOrPartialShare&dir=asc&failed=hide');
  assert.deepEqual(queryFromSearch(search), { query: QUERY, page: 0 });
});

test('the title names the year, level, region, name and order of the view', () => {
  const title = listEmbedTitle({ ...QUERY, q: ' 城关 ' }, (l) => levels[l]!, (c) => places[c] ?? c);
  assert.equal(title, '机关列表（2024年，县级，周口市，名称含“城关”，按予以公开及部分公开比例升序）');
  assert.equal(listEmbedTitle(DEFAULT_QUERY, String, String), '机关列表（按本年新收申请降序）');
  assert.equal(listEmbedTitle({ ...DEFAULT_QUERY, sort: 'met', place: '411625' }, String, (c) => places[c] ?? c), '机关列表（411625，按满足的项数降序）', 'a region not offered by its code');
});

test('a long view shows its first page and links to all of it; a short one says nothing more', () => {
  assert.equal(listEmbedShown(50, 1234), '此处列出前50个。');
  assert.equal(listEmbedBack(50, 1234), '在公开年报看板查看全部1,234个机关');
  assert.equal(listEmbedShown(7, 7), '');
  assert.equal(listEmbedBack(7, 7), '在公开年报看板查看此列表');
});

const result = (given: Partial<ListResult>): ListResult => ({ views: [], columns: [], small: 0, belowMin: 0, ranked: 0, summaries: 0, failedOut: 0, ...given });

test('the status line counts the view, says its filters, and who is ranked after or left out', () => {
  assert.equal(
    listStatusText(result({ small: 3, failedOut: 2 }), 1234, QUERY),
    '共1,234个机关符合条件（行政复议 > 2，按期公布：未满足）；其中3个机关的比例分母少于10件（基数过小），排在其他机关之后，不排名次；另有2个机关的报告未通过核对，未列出。',
  );
  assert.equal(listStatusText(result({ belowMin: 4 }), 0, { ...DEFAULT_QUERY, min: 5, sort: 'name' }), '没有符合条件的机关；4个机关的件数少于5件，未列出。');
});

test('the title names each sort as the list’s select does, and leaves out what the view is not narrowed by', () => {
  const order = (sort: ListQuery['sort'], direction: 1 | -1 = 1) => listEmbedTitle({ ...DEFAULT_QUERY, sort, direction }, String, String);
  assert.equal(order('name'), '机关列表（按机关名称升序）');
  assert.equal(order('level'), '机关列表（按层级升序）');
  assert.equal(order('years', -1), '机关列表（按收录年数降序）');
  assert.equal(order('failed', -1), '机关列表（按未通过核对降序）');
  assert.equal(order('reconsideration', -1), '机关列表（按行政复议降序）');
  // The page's selects say their first option for '' (every level, everywhere): the title names neither.
  const everyLevel = (l: string) => (l ? levels[l]! : '全部层级');
  const everywhere = (c: string) => (c ? places[c]! : '全国');
  assert.equal(listEmbedTitle({ ...DEFAULT_QUERY, q: '  ' }, everyLevel, everywhere), '机关列表（按本年新收申请降序）', 'a name of spaces is none');
  assert.equal(listEmbedTitle({ ...DEFAULT_QUERY, year: 2022, level: 'county' }, everyLevel, everywhere), '机关列表（2022年，县级，按本年新收申请降序）');
});

test('how much of a view the embed shows, and the link back, in the unit of the list', () => {
  assert.equal(listEmbedShown(100, 1205, '个问题'), '此处列出前100个问题。');
  assert.equal(listEmbedShown(49, 50), '此处列出前49个。');
  assert.equal(listEmbedBack(100, 1205, '个问题'), '在公开年报看板查看全部1,205个问题');
  assert.equal(listEmbedBack(49, 50), '在公开年报看板查看全部50个机关');
  assert.equal(listEmbedBack(50, 50, '份报告'), '在公开年报看板查看此列表');
});

test('the status line: a failed check and each item narrowed to; who is ranked after or left out only where the sort ranks by a measure', () => {
  assert.equal(
    listStatusText(result({}), 12, { ...DEFAULT_QUERY, check: 'prose', items: { sections: 'met', notCopied: 'unknown' } }),
    '共12个机关符合条件（未通过“正文数字与表格一致”，六部分齐全：满足，正文不是照抄：未知）。',
  );
  assert.equal(listStatusText(result({}), 3, DEFAULT_QUERY), '共3个机关符合条件。', 'no filter, nothing in brackets');
  assert.equal(
    listStatusText(result({ small: 5, summaries: 2 }), 40, { ...DEFAULT_QUERY, sort: 'withheldShare', small: 'hide' }),
    '共40个机关符合条件；另有5个机关的比例分母少于10件（基数过小），未列出；2个机关的报告为全辖区汇总（标“汇总”），只在汇总报告之间排名次，排在其他机关之后。',
  );
  // Sorted by name nothing is ranked: neither the small denominators nor the summaries are told.
  assert.equal(listStatusText(result({ small: 5, summaries: 2 }), 40, { ...DEFAULT_QUERY, sort: 'name' }), '共40个机关符合条件。');
  assert.equal(
    listStatusText(result({ small: 1, summaries: 1 }), 9, { ...DEFAULT_QUERY, sort: 'met' }),
    '共9个机关符合条件；按满足的项数排名次：未知的项不算满足，也不算未满足，项数相同的名次相同。',
    'the checklist’s count is no measure: no denominator, no summaries apart',
  );
  assert.equal(listStatusText(result({ belowMin: 0, failedOut: 0 }), 2, { ...DEFAULT_QUERY, min: 5 }), '共2个机关符合条件。');
});
