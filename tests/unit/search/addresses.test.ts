/**
 * Addresses that last: an unplaced 城郊乡 report settled into 城郊乡 of 郸城县 (411625200) moves
 * its agency's address; the record keeps the old one and leads it to the new.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addresses, movedPaths } from '../../../src/lib/search/addresses.ts';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { division, makeReport } from '../fixture-reports.ts';

const CHENG_JIAO = { agencyKey: '411625200 城郊乡', division: division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['411625200', '城郊乡']]) };
const placed2022 = makeReport({ id: '2022-cjx', agency: '城郊乡', year: 2022, ...CHENG_JIAO, path: '郸城县/城郊乡2022.txt' });
const placed2023 = makeReport({ id: '2023-cjx', agency: '城郊乡', year: 2023, ...CHENG_JIAO, path: '郸城县/城郊乡2023.txt' });
const loose2021 = makeReport({ id: '2021-cjx', agency: '城郊乡', year: 2021, path: '城郊乡2021.txt' });
const other2024 = makeReport({ id: '2024-hqj', agency: '红旗街道', year: 2024, path: '红旗街道.txt' });

test('the first build records its agencies’ addresses; none moved', () => {
  const first = addresses(groupAgencies([placed2022, placed2023, loose2021]), null);
  assert.equal(first.moved.size, 0);
  assert.deepEqual(
    first.record.addresses.map((e) => [e.key.includes('@') ? e.slug.replace(/[0-9a-f]{6}$/, 'HASH') : e.slug, e.key, e.reports, e.to]),
    [
      ['cheng-jiao-xiang-411625200', '411625200 城郊乡', ['2022-cjx', '2023-cjx'], undefined],
      ['cheng-jiao-xiang-HASH', '城郊乡 @城郊乡2021.txt', ['2021-cjx'], undefined],
    ],
  );
});

test('a settled report: its old address leads to the agency that holds it now; the placed address stays', () => {
  const first = addresses(groupAgencies([placed2022, placed2023, loose2021, other2024]), null);
  const old = first.record.addresses.find((e) => e.key === '城郊乡 @城郊乡2021.txt')!.slug;
  const gone = first.record.addresses.find((e) => e.key === '红旗街道 @红旗街道.txt')!.slug;
  const settled = { ...loose2021, ...CHENG_JIAO };
  const agencies = groupAgencies([placed2022, placed2023, settled]);
  const second = addresses(agencies, first.record);
  assert.deepEqual([...second.moved].map(([slug, a]) => [slug, a.slug]), [[old, 'cheng-jiao-xiang-411625200']]);
  assert.deepEqual(
    second.record.addresses.map((e) => [e.slug, e.reports, e.to]),
    [
      ['cheng-jiao-xiang-411625200', ['2021-cjx', '2022-cjx', '2023-cjx'], undefined],
      [old, ['2021-cjx'], 'cheng-jiao-xiang-411625200'],
      // 红旗街道's report is gone: its address leads nowhere, and is kept in case it comes back.
      [gone, ['2024-hqj'], undefined],
    ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
  );
  // A third build still leads the oldest address on, from the second's record.
  const third = addresses(agencies, second.record);
  assert.equal(third.moved.get(old)?.slug, 'cheng-jiao-xiang-411625200');
  // The redirect page is served by the part that renders the agency it leads to.
  assert.deepEqual(movedPaths(second.moved, agencies).map((p) => p.params.slug), [old]);
  assert.deepEqual(movedPaths(second.moved, []), []);
});

test('an old address leads to the agency holding most of its reports when its identity is gone', () => {
  // 城关镇 of folder 甲/ (3 reports) was split: two reports went to 兰考's 城关镇, one to 杞县's.
  const previous = { version: 1 as const, addresses: [{ slug: 'cheng-guan-zhen-abcdef', key: '城关镇 @甲/', reports: ['r1', 'r2', 'r3'] }] };
  const lan = { agencyKey: '410225100 城关镇', division: division([['41', '河南省'], ['4102', '开封市'], ['410225', '兰考县'], ['410225100', '城关镇']]) };
  const qi = { agencyKey: '410221100 城关镇', division: division([['41', '河南省'], ['4102', '开封市'], ['410221', '杞县'], ['410221100', '城关镇']]) };
  const agencies = groupAgencies([
    makeReport({ id: 'r1', agency: '城关镇', year: 2022, ...qi }),
    makeReport({ id: 'r2', agency: '城关镇', year: 2023, ...lan }),
    makeReport({ id: 'r3', agency: '城关镇', year: 2024, ...lan }),
  ]);
  assert.equal(addresses(agencies, previous).moved.get('cheng-guan-zhen-abcdef')?.slug, 'cheng-guan-zhen-410225100');
});

test('an old address leads to the agency of its identity even when that agency’s reports are all new (a source replaced by a corrected copy)', () => {
  const previous = { version: 1 as const, addresses: [{ slug: 'cheng-jiao-xiang', key: '411625200 城郊乡', reports: ['2022-cjx-old'] }] };
  const moved = addresses(groupAgencies([placed2022]), previous).moved;
  assert.equal(moved.get('cheng-jiao-xiang')?.slug, 'cheng-jiao-xiang-411625200');
});
