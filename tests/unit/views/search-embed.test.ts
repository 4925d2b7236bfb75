/** The search page's reports meeting conditions alone: its address in the page's own parameters, its title and count, written by hand. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MatchFilters } from '../../../src/lib/views/report-matches.ts';
import { matchCountText, matchEmbedSearch, matchEmbedTitle, matchFiltersFromSearch } from '../../../src/lib/views/search-embed.ts';

const levels = { county: '县级', township: '乡镇级' };
const F: MatchFilters = { conditions: [{ key: 'reconsideration', op: 'ge', value: 2 }], check: 'balance', year: 2024, level: 'township', place: '411625' };

test('the address holds the table’s state in the search page’s parameters, and reads back the same', () => {
  const search = matchEmbedSearch(F, levels);
  assert.equal(decodeURIComponent(search), '?年度=2024&层级=乡镇级&f=reconsideration.ge.2&check=balance&place=411625');
  assert.deepEqual(matchFiltersFromSearch(search, levels), F);
});

test('from a search page’s address, the words of a search and its kind are no part of the table’s state; an unknown level or region is none', () => {
  const f = matchFiltersFromSearch('?q=复议&类型=报告&层级=省级&place=abc&f=newReceived.gt.7', levels);
  assert.deepEqual(f, { conditions: [{ key: 'newReceived', op: 'gt', value: 7 }], check: '', year: null, level: '', place: '' });
});

test('the title says the year, level and region; the count what the reports meet, where, and how many', () => {
  assert.equal(matchEmbedTitle(F, levels, '郸城县'), '符合数字条件的报告（2024年，乡镇级，郸城县）');
  assert.equal(matchEmbedTitle({ ...F, year: null, level: '', place: '' }, levels, ''), '符合数字条件的报告');
  assert.equal(matchCountText(F, '郸城县', 1302), '符合行政复议 ≥ 2、“收支平衡（一＋二＝七＋四）”未通过的郸城县的报告1,302份');
  assert.equal(matchCountText({ conditions: [], check: '' }, '', 3), '报告3份');
});

test('a table narrowed by nothing has an address of no parameters and a title of nothing more; a level without words is said by its key', () => {
  const none: MatchFilters = { conditions: [], check: '', year: null, level: '', place: '' };
  assert.equal(matchEmbedSearch(none, levels), '?');
  assert.equal(decodeURIComponent(matchEmbedSearch({ ...none, level: 'city', year: 2023 }, levels)), '?年度=2023&层级=city');
  assert.equal(matchEmbedTitle({ ...none, level: 'city' }, levels, ''), '符合数字条件的报告（city）');
  assert.equal(matchEmbedTitle({ ...none, level: 'county' }, levels, ''), '符合数字条件的报告（县级）');
  assert.deepEqual(matchFiltersFromSearch('?年度=2023&层级=县级&place=4116', levels), { ...none, year: 2023, level: 'county', place: '4116' });
  assert.deepEqual(matchFiltersFromSearch('?年度=二〇二三', levels).year, null);
});

test('the count says the check alone, the place alone, or a condition on a rate in per cent', () => {
  assert.equal(matchCountText({ conditions: [], check: 'review' }, '', 8), '符合“复议诉讼合计”未通过的报告8份');
  assert.equal(matchCountText({ conditions: [], check: '' }, '周口市', 21), '周口市的报告21份');
  assert.equal(matchCountText({ conditions: [{ key: 'withheldShare', op: 'lt', value: 15 }, { key: 'newReceived', op: 'gt', value: 9 }], check: '' }, '', 4), '符合不予公开比例 < 15%、本年新收申请 > 9的报告4份');
});
