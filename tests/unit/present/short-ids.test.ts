/**
 * Short permanent ids of agencies: the published cyrb53 values (cyrb53('a') = 7929297801672961,
 * cyrb53('revenge') = 4051478007546757) in eight base-36 digits; a compare address by id still
 * leading to its agency after a rebuild in which the agency's address moved.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addresses } from '../../../src/lib/search/addresses.ts';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { shortId, shortIds, SHORT_ID } from '../../../src/lib/present/short-ids.ts';
import { division, makeReport } from '../fixture-reports.ts';

test('an id is the identity’s 53-bit hash modulo 36^8 in base 36, eight characters', () => {
  assert.equal(shortId('a'), 'p94epp1d');
  assert.equal(shortId('revenge'), '4navmpvp');
  assert.equal(shortId('revenue'), 'buraqcsa');
  assert.match(shortId('411625106 钱店镇'), SHORT_ID);
  assert.notEqual(shortId('411625106 钱店镇'), shortId('411625107 钱店镇'));
});

const CHENG_JIAO = { agencyKey: '411625200 城郊乡', division: division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['411625200', '城郊乡']]) };
const loose2021 = makeReport({ id: '2021-cjx', agency: '城郊乡', year: 2021, path: '城郊乡2021.txt' });
const placed2022 = makeReport({ id: '2022-cjx', agency: '城郊乡', year: 2022, ...CHENG_JIAO, path: '郸城县/城郊乡2022.txt' });
const qian = makeReport({
  id: '2023-qdz',
  agency: '钱店镇',
  year: 2023,
  agencyKey: '411625106 钱店镇',
  division: division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['411625106', '钱店镇']]),
});

test('a short compare address resolves after a rebuild in which the agency’s address moved', () => {
  // First build: the 2021 report of 城郊乡 is unplaced, an agency of its own with an address of its own.
  const firstAgencies = groupAgencies([loose2021, placed2022, qian]);
  const first = addresses(firstAgencies, null);
  const looseAgency = firstAgencies.find((a) => a.key === '城郊乡 @城郊乡2021.txt')!;
  const oldId = shortIds(firstAgencies, first.record).ofSlug.get(looseAgency.slug)!;
  assert.equal(oldId, shortId('城郊乡 @城郊乡2021.txt'));

  // Rebuild: the report settled into 城郊乡 of 郸城县; the unplaced agency and its address are gone.
  const agencies = groupAgencies([{ ...loose2021, ...CHENG_JIAO }, placed2022, qian]);
  const second = addresses(agencies, first.record);
  assert.equal(agencies.some((a) => a.slug === looseAgency.slug), false);
  const ids = shortIds(agencies, second.record);
  assert.equal(ids.toSlug.get(oldId), 'cheng-jiao-xiang-411625200', 'the old id leads where the old address leads');
  assert.equal(ids.toSlug.get(shortId('411625200 城郊乡')), 'cheng-jiao-xiang-411625200');
  assert.equal(ids.toSlug.get(shortId('411625106 钱店镇')), 'qian-dian-zhen-411625106', 'an agency that did not move keeps its id');
  // The id written back for the agency is its current identity's, not the old one.
  assert.equal(ids.ofSlug.get('cheng-jiao-xiang-411625200'), shortId('411625200 城郊乡'));
  assert.equal(ids.toSlug.size, 3);
});

test('two identities with one id give it to neither; an old entry of the same identity agrees; an address that leads nowhere gives no id', () => {
  const agencies = [
    { key: '甲镇', slug: 'jia-zhen' },
    { key: '乙镇', slug: 'yi-zhen' },
    { key: '丙镇', slug: 'bing-zhen' },
  ];
  // 甲镇 and 乙镇 clash under this stand-in for the hash; 丙镇 and the gone 丁镇 have ids of their own.
  const idOf = (key: string) => ({ 甲镇: 'aaaaaaaa', 乙镇: 'aaaaaaaa', 丙镇: 'cccccccc', 丁镇: 'dddddddd' })[key]!;
  const ids = shortIds(agencies, { addresses: [{ key: '丙镇', to: 'bing-zhen' }, { key: '丁镇' }] }, idOf);
  assert.deepEqual([...ids.toSlug], [['cccccccc', 'bing-zhen']]);
  assert.deepEqual([...ids.ofSlug], [['bing-zhen', 'cccccccc']]);
});
