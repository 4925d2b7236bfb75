/** The data-quality list in one state alone: its address (its own query, its first page), its title and status line, written by hand. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { qualityEmbedSearch, qualityEmbedTitle, qualityStatusText } from '../../../src/lib/views/quality-embed.ts';
import { DEFAULT_QUALITY_QUERY, qualityQueryFromSearch, type QualityQuery } from '../../../src/lib/views/quality-file.ts';

const QUERY: QualityQuery = { kind: 'late', year: 2024, level: 'county', place: '411625', sort: 'year' };

test('the embed’s address is the list’s query of the state, always its first page, and reads back the same', () => {
  assert.equal(qualityEmbedSearch(QUERY), '?kind=late&year=2024&level=county&place=411625&sort=year');
  assert.deepEqual(qualityQueryFromSearch(qualityEmbedSearch(QUERY)), { query: QUERY, page: 0 });
  assert.equal(qualityEmbedSearch(DEFAULT_QUALITY_QUERY), '', 'the default view is the page itself');
});

test('the title names the kind, year, level, region and order of the view', () => {
  assert.equal(qualityEmbedTitle(QUERY, (c) => ({ '411625': '郸城县' })[c] ?? c), '数据核查（逾期发布，2024年，县级，郸城县，最新年度在前）');
  assert.equal(qualityEmbedTitle({ ...DEFAULT_QUALITY_QUERY, kind: 'balance' }, String), '数据核查（核对未通过：收支平衡（一＋二＝七＋四），差额最大的在前）');
});

test('the status line counts the problems of the view', () => {
  assert.equal(qualityStatusText(1205), '共1,205个问题符合条件。');
  assert.equal(qualityStatusText(0), '没有符合条件的问题。');
});

test('the title leaves out what the view is not narrowed by, though the region select names its first option', () => {
  // As the data-quality page's select says a region: its option's text, 全部地区 for ''.
  const selected = (code: string) => ({ '': '全部地区', '4116': '周口市' })[code] ?? code;
  assert.equal(qualityEmbedTitle(DEFAULT_QUALITY_QUERY, selected), '数据核查（差额最大的在前）');
  assert.equal(qualityEmbedTitle({ ...DEFAULT_QUALITY_QUERY, year: 2021, level: 'township' }, selected), '数据核查（2021年，乡镇级，差额最大的在前）');
  assert.equal(qualityEmbedTitle({ ...DEFAULT_QUALITY_QUERY, place: '4116', sort: 'year' }, selected), '数据核查（周口市，最新年度在前）');
});
