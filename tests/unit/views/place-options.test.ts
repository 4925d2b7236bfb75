/** The region filters' places: provinces, cities and counties of the data, indented; townships left to their county. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeOptions } from '../../../src/lib/views/place-options.ts';

test('the places of the divisions given, in code order, indented a level each; no townships, no unplaced', () => {
  const options = placeOptions([
    { codes: ['41', '4116', '411625', '411625106'], names: ['河南省', '周口市', '郸城县', '钱店镇'] },
    { codes: ['41', '4107', '410726'], names: ['河南省', '新乡市', '延津县'] },
    null,
    { codes: ['11', '110101'], names: ['北京市', '东城区'] },
  ]);
  assert.deepEqual(options.map((o) => [o.code, o.label]), [
    ['11', '北京市'],
    ['110101', '\u3000东城区'],
    ['41', '河南省'],
    ['4107', '\u3000新乡市'],
    ['410726', '\u3000\u3000延津县'],
    ['4116', '\u3000周口市'],
    ['411625', '\u3000\u3000郸城县'],
  ]);
});
