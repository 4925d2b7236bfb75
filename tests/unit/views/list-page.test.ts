/**
 * The static parts of the agency list and search pages over the hand-made country of
 * tests/unit/site/place-fixtures.ts: 15 agencies at the national, city, county and township
 * levels (none provincial, none of unknown level), reports of 2024 and 2023, placed in 河南省's
 * 新乡市 (延津县) and 周口市 (郸城县).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSite } from '../../../src/lib/site/site.ts';
import { listPageView } from '../../../src/lib/views/list-page.ts';
import { searchPageView } from '../../../src/lib/views/search-page.ts';
import { PLACE_REPORTS, placeSite } from '../site/place-fixtures.ts';

const PLACES = [['41', 0], ['4107', 1], ['410726', 2], ['4116', 1], ['411625', 2]];

test('the agency list offers the levels some agency has, from the top down, the places, the years, and counts the agencies', () => {
  const v = listPageView(placeSite());
  assert.deepEqual(v.levels, [
    { value: 'national', label: '国家级' },
    { value: 'city', label: '市级' },
    { value: 'county', label: '县级' },
    { value: 'township', label: '乡镇级' },
  ]);
  assert.deepEqual(v.places.map((p) => [p.code, p.depth]), PLACES);
  assert.deepEqual(v.years, [2024, 2023]);
  assert.equal(v.agencyCount, 15);
});

test('the search page offers the same levels by their words, the places and years, and one list of index parts per build part', () => {
  const v = searchPageView(placeSite());
  assert.deepEqual(v.levels, ['国家级', '市级', '县级', '乡镇级']);
  assert.deepEqual(v.places.map((p) => [p.code, p.depth]), PLACES);
  assert.deepEqual(v.years, [2024, 2023]);
  assert.deepEqual(v.manifests, ['/pagefind/all.json'], 'a build in one part');
  const split = searchPageView(buildSite([...PLACE_REPORTS], { index: 2, count: 3 }));
  assert.deepEqual(split.manifests, ['/pagefind/1-of-3.json', '/pagefind/2-of-3.json', '/pagefind/3-of-3.json'], 'every part’s, not only its own');
});
