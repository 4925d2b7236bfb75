/**
 * The compare page's picker on the name index of the small country of place-fixtures.ts (read by
 * hand): suggestions narrowed to a region, unplaced agencies only without one, and the township
 * governments a region's 添加该地区全部乡镇 adds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildAgencyIndex, indexedAgencies } from '../../../src/lib/search/agency-index.ts';
import { decodeIndex, searchNames, type AgencyEntry } from '../../../src/lib/search/name-search.ts';
import { offered, regionTownships, townshipsAddedText } from '../../../src/lib/views/compare-picker.ts';
import { placeSite } from '../site/place-fixtures.ts';

const site = placeSite();
const INDEX = decodeIndex(JSON.parse(JSON.stringify(buildAgencyIndex(indexedAgencies(site.agencies)))));
const slugOf = (name: string) => site.agencies.find((a) => a.name === name)!.slug;
const suggested = (q: string, region: string, chosen: string[] = []) => searchNames(INDEX, q, (e) => offered(e, chosen, region)).map((m) => m.entry.name).sort();
const sorted = (names: string[]) => [...names].sort();

test('without a region every agency whose name matches is suggested, the unplaced 城关镇 too', () => {
  assert.deepEqual(suggested('镇', ''), sorted(['钱店镇', '钱店镇党政办公室', '汲冢镇', '石槽镇', '城关镇']));
});

test('a county narrows the suggestions to the agencies placed in it and its townships; an unplaced one is left out', () => {
  assert.deepEqual(suggested('镇', '411625'), sorted(['钱店镇', '钱店镇党政办公室', '汲冢镇', '石槽镇']));
  assert.deepEqual(suggested('人民', '411625'), sorted(['郸城县人民政府', '郸城县人民法院']));
  // A township's code is a region too: only what is placed in 钱店镇.
  assert.deepEqual(suggested('qdz', '411625106'), sorted(['钱店镇', '钱店镇党政办公室']));
});

test('a city or a province holds the places below it; another city holds none of them', () => {
  assert.deepEqual(suggested('人民政府', '4116'), sorted(['郸城县人民政府', '周口市人民政府']));
  assert.deepEqual(suggested('人民政府', '4107'), sorted(['延津县人民政府', '延津县人民政府办公室']));
  assert.deepEqual(suggested('人民政府', '41'), sorted(['郸城县人民政府', '周口市人民政府', '延津县人民政府', '延津县人民政府办公室']));
  assert.deepEqual(suggested('镇', '4107'), []);
  // 国务院办公厅 has no division: found only with 全部地区.
  assert.deepEqual(suggested('国务院', '41'), []);
  assert.deepEqual(suggested('国务院', ''), ['国务院办公厅']);
});

test('agencies already chosen are not suggested again', () => {
  assert.deepEqual(suggested('镇', '411625', [slugOf('钱店镇'), slugOf('石槽镇')]), sorted(['钱店镇党政办公室', '汲冢镇']));
});

test('添加该地区全部乡镇: the township governments of the county in code order, not the office of a township nor the county’s government', () => {
  // 钱店镇 411625106, 汲冢镇 107, 石槽镇 108, 城郊乡 200
  const all = regionTownships(INDEX.entries, '411625', []);
  assert.deepEqual(all.add.map((e) => e.name), ['钱店镇', '汲冢镇', '石槽镇', '城郊乡']);
  assert.equal(all.total, 4);
  assert.equal(townshipsAddedText('郸城县', all), '已添加郸城县的4个乡镇（街道）政府。');
  // The province holds the same four: 城关镇, a township government, is unplaced.
  assert.deepEqual(regionTownships(INDEX.entries, '41', []).add.map((e) => e.name), ['钱店镇', '汲冢镇', '石槽镇', '城郊乡']);
  assert.deepEqual(regionTownships(INDEX.entries, '410726', []), { add: [], total: 0 });
  assert.deepEqual(regionTownships(INDEX.entries, '', []), { add: [], total: 0 }, '全部地区 adds nothing');
});

test('添加该地区全部乡镇 leaves out the ones chosen, and stops at the cap, saying so', () => {
  const rest = regionTownships(INDEX.entries, '411625', [slugOf('汲冢镇')]);
  assert.deepEqual(rest.add.map((e) => e.name), ['钱店镇', '石槽镇', '城郊乡']);
  const capped = regionTownships(INDEX.entries, '411625', [], 2);
  assert.deepEqual(capped.add.map((e) => e.name), ['钱店镇', '汲冢镇']);
  assert.equal(capped.total, 4);
  assert.equal(townshipsAddedText('郸城县', capped, 2), '郸城县有4个乡镇（街道）政府尚未选择，一次最多添加2个：已按区划代码添加前2个。');
  const none = regionTownships(INDEX.entries, '411625', ['钱店镇', '汲冢镇', '石槽镇', '城郊乡'].map(slugOf));
  assert.equal(townshipsAddedText('郸城县', none), '郸城县没有尚未选择的乡镇（街道）政府。');
});

test('添加该地区全部乡镇 orders by code whatever the order given, and two governments of one township by name', () => {
  // Two agencies of 钱店镇 (411625106) both read as its government, as a township's two names can be.
  const entry = (name: string, division: string): AgencyEntry => ({ ...INDEX.entries.find((e) => e.name === '钱店镇')!, name, slug: name, division, township: true });
  const given = [entry('石槽镇', '411625108'), entry('钱店镇人民政府', '411625106'), entry('汲冢镇', '411625107'), entry('钱店镇', '411625106')];
  const expected = ['钱店镇', '钱店镇人民政府', '汲冢镇', '石槽镇'];
  assert.deepEqual(regionTownships(given, '411625', []).add.map((e) => e.name), expected);
  assert.deepEqual(regionTownships([...given].reverse(), '411625', []).add.map((e) => e.name), expected);
  assert.deepEqual(regionTownships([given[3]!, given[1]!], '411625', []).add.map((e) => e.name), ['钱店镇', '钱店镇人民政府']);
  assert.deepEqual(regionTownships([given[1]!, given[3]!], '411625', []).add.map((e) => e.name), ['钱店镇', '钱店镇人民政府']);
});
