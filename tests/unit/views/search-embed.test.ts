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
