/**
 * The incremental build's pure parts: the groups a build renders (BUILD_GROUPS), whose files are
 * whose, which groups must be built again, the cache's state, and what an agency's pages read from
 * the whole site (its key's inputs beside its reports' files).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolve } from 'node:path';
import { groupsText, inGroups, parseGroups } from '../../../src/lib/site/part.ts';
import { readEnv } from '../../../src/lib/site/env.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { groupsToBuild, ownerOf, readState, type BuildState } from '../../../src/lib/publish/incremental.ts';
import { agencyInputs, siteWideInputs } from '../../../src/lib/views/part-inputs.ts';
import { addresses, type AddressRecord } from '../../../src/lib/search/addresses.ts';
import { shortIds } from '../../../src/lib/present/short-ids.ts';
import { makeReport } from '../fixture-reports.ts';

test('BUILD_GROUPS names the chosen groups of a count; none chosen is a build of the shared pages alone', () => {
  assert.equal(parseGroups(undefined), null);
  assert.equal(parseGroups(' '), null);
  const g = parseGroups('17,3/64')!;
  assert.equal(g.count, 64);
  assert.deepEqual([...g.chosen].sort((a, b) => a - b), [3, 17]);
  assert.equal(groupsText(g), '3,17/64');
  assert.deepEqual([...parseGroups('/8')!.chosen], []);
  assert.equal(parseGroups('/8')!.count, 8);
  for (const bad of ['0/4', '5/4', '3', 'a/4', '3/0', '1,,2/4']) assert.throws(() => parseGroups(bad), /BUILD_GROUPS must look like 3,17\/64/, bad);
});

test('an agency is in the chosen groups when its part of the same count is chosen', () => {
  // FNV-1a of "a" is 0xe40c292c: 4 mod 8, so group 5 of 8 (the vectors of tests/unit/site/part.test.ts).
  assert.equal(inGroups('a', { count: 8, chosen: new Set([5]) }), true);
  assert.equal(inGroups('a', { count: 8, chosen: new Set([4, 6]) }), false);
});

test('the environment: BUILD_GROUPS only for a whole build, SEARCH_INDEX_CACHE resolved', () => {
  const env = readEnv({ BUILD_GROUPS: '2/4', SEARCH_INDEX_CACHE: 'x/y' });
  assert.deepEqual([...env.groups!.chosen], [2]);
  assert.equal(env.searchIndexCache, resolve('x/y'));
  assert.equal(readEnv({}).groups, null);
  assert.equal(readEnv({}).searchIndexCache, null);
  assert.throws(() => readEnv({ BUILD_GROUPS: '2/4', PART: '2/4' }), /BUILD_GROUPS is for a whole build/);
});

test('a site built for some groups renders the agencies of those groups only', () => {
  const reports = ['甲', '乙', '丙', '丁', '戊'].map((agency) => makeReport({ agency }));
  const all = buildSite(reports);
  const none = buildSite(reports, undefined, { count: 2, chosen: new Set() });
  assert.deepEqual(none.ownAgencies, []);
  assert.equal(none.agencies.length, 5, 'the shared pages still see every agency');
  const both = buildSite(reports, undefined, { count: 2, chosen: new Set([1, 2]) });
  assert.equal(both.ownAgencies.length, 5);
  const first = buildSite(reports, undefined, { count: 2, chosen: new Set([1]) }).ownAgencies.map((a) => a.key);
  const second = buildSite(reports, undefined, { count: 2, chosen: new Set([2]) }).ownAgencies.map((a) => a.key);
  assert.deepEqual([...first, ...second].sort(), all.agencies.map((a) => a.key).sort());
  assert.ok(first.every((k) => !second.includes(k)));
});

test('the owner of an output file: an agency by its address, a report by its id, a compare record by its short id', () => {
  assert.deepEqual(ownerOf('agency/qian-dian-zhen-411625/index.html'), { slug: 'qian-dian-zhen-411625' });
  assert.deepEqual(ownerOf('agency/qian-dian-zhen-411625/feed.xml'), { slug: 'qian-dian-zhen-411625' });
  assert.deepEqual(ownerOf('embed/agency/shi-cao-zhen/applications/index.html'), { slug: 'shi-cao-zhen' });
  assert.deepEqual(ownerOf('rows/agency/cheng-jiao-xiang.json'), { slug: 'cheng-jiao-xiang' });
  assert.deepEqual(ownerOf('report/2024-qian-dian-zhen-7bdf6b49/index.html'), { report: '2024-qian-dian-zhen-7bdf6b49' });
  assert.deepEqual(ownerOf('rows/id/0k3x9a2b.json'), { shortId: '0k3x9a2b' });
  for (const shared of ['index.html', 'agencies/index.html', 'agency-index.json', 'agency-addresses.json', 'rows/agencies.json', 'rows/agencies-first-page.json', 'embed/agencies/index.html', 'embed/year/2024/applications/index.html', 'place/411625/index.html', 'year/2024/index.html', 'feed.xml', 'pagefind/all/2024/pagefind-entry.json']) {
    assert.equal(ownerOf(shared), null, shared);
  }
});

test('the groups to build again: every one without a usable state, else those whose key changed', () => {
  const state: BuildState = { version: 1, whole: 'w', shared: ['index.html'], groups: [{ key: 'k1', files: [] }, { key: 'k2', files: ['report/a/index.html'] }, { key: 'k3', files: [] }] };
  assert.deepEqual(groupsToBuild(null, ['k1', 'k2', 'k3']), [1, 2, 3]);
  assert.deepEqual(groupsToBuild(state, ['k1', 'x', 'k3']), [2]);
  assert.deepEqual(groupsToBuild(state, ['k1', 'k2', 'k3']), []);
  assert.deepEqual(groupsToBuild(state, ['k1', 'k2']), [1, 2], 'another count of groups');
});

test('a state file that is not one reads as none', () => {
  const state: BuildState = { version: 1, whole: 'w', shared: ['index.html', 'pagefind/all.json'], groups: [{ key: 'k1', files: ['agency/a/index.html'] }] };
  assert.deepEqual(readState(JSON.stringify(state)), state);
  assert.equal(readState(null), null);
  assert.equal(readState('{"version":1,"whole":"w","shared":[],"groups":[{"key":"k1","files":[3]}]}'), null);
  assert.equal(readState('{"version":1,"whole":"w","groups":[{"key":"k1","files":[]}]}'), null, 'without its shared files');
  assert.equal(readState('{"version":2,"whole":"w","shared":[],"groups":[]}'), null);
  assert.equal(readState('{"version":1,"whole":"w","shared":[],"groups":[{"key":"k1","fil'), null);
});

/** Townships and a county of 2024, 新收 as given: each agency's inputs by its name. */
function inputsOf(received: Record<string, number>, county = 7): Map<string, string> {
  const reports = [
    ...Object.entries(received).map(([agency, n]) => makeReport({ agency, level: 'township', cells: { 'applications.newReceived.total': n } })),
    makeReport({ agency: '丁县', level: 'county', cells: { 'applications.newReceived.total': county } }),
  ];
  const site = buildSite(reports);
  const moves = addresses(site.agencies, null);
  const inputs = agencyInputs(site, moves, shortIds(site.agencies, moves.record));
  return new Map(site.agencies.map((a) => [a.name, inputs.get(a.key)!]));
}

test('an agency\'s inputs change with the median its page shows, and with its own numbers, not with what its page does not show', () => {
  const before = inputsOf({ 甲镇: 10, 乙镇: 20, 丙镇: 30 });
  // 丙镇 30 → 40: the townships' median stays 20 of 3.
  const sameMedian = inputsOf({ 甲镇: 10, 乙镇: 20, 丙镇: 40 });
  assert.equal(sameMedian.get('甲镇'), before.get('甲镇'));
  assert.notEqual(sameMedian.get('丙镇'), before.get('丙镇'));
  // 乙镇 20 → 25: the median is 25.
  const moved = inputsOf({ 甲镇: 10, 乙镇: 25, 丙镇: 30 });
  assert.notEqual(moved.get('甲镇'), before.get('甲镇'));
  assert.equal(moved.get('丁县'), before.get('丁县'), 'a county is compared with counties');
  // A fourth township changes how many take part.
  const more = inputsOf({ 甲镇: 10, 乙镇: 20, 丙镇: 30, 戊镇: 20 });
  assert.notEqual(more.get('甲镇'), before.get('甲镇'));
  assert.equal(inputsOf({ 甲镇: 10, 乙镇: 20, 丙镇: 30 }, 9).get('甲镇'), before.get('甲镇'));
});

test('every page carries the data\'s date: a newer day changes the inputs of every group', () => {
  const on = (day: string) => siteWideInputs({ reports: [{ ...makeReport(), ingestedAt: `${day}T08:00:00.000Z` }] });
  assert.equal(on('2026-03-04'), on('2026-03-04'));
  assert.notEqual(on('2026-03-05'), on('2026-03-04'));
});

/** Each agency's inputs by name, from reports as given, an address record read back and short ids chosen by hand. */
function inputsBy(reports: ReturnType<typeof makeReport>[], previous: AddressRecord | null = null, idOf?: (key: string) => string): Map<string, string> {
  const site = buildSite(reports);
  const moves = addresses(site.agencies, previous);
  const inputs = agencyInputs(site, moves, shortIds(site.agencies, moves.record, idOf));
  return new Map(site.agencies.map((a) => [a.name, inputs.get(a.key)!]));
}
const township = (agency: string, year: number, received: number, id?: string) => makeReport({ agency, year, level: 'township', cells: { 'applications.newReceived.total': received }, ...(id ? { id } : {}) });

test('an agency\'s comparison is of its latest year: another year\'s median moves nothing, the latest one\'s does', () => {
  const site = (others2023: number, others2024: number) =>
    inputsBy([township('甲镇', 2023, 5), township('甲镇', 2024, 6), township('乙镇', 2023, others2023), township('丙镇', 2023, others2023 + 2), township('乙镇', 2024, others2024), township('丙镇', 2024, others2024 + 2)]);
  const before = site(11, 13);
  assert.equal(site(31, 13).get('甲镇'), before.get('甲镇'), '2023 medians are on no page of 甲镇 but its 2023 report, which did not change');
  assert.notEqual(site(11, 33).get('甲镇'), before.get('甲镇'));
});

test('an old address of an agency, and an old report address that leads to its reports, are in its inputs alone', () => {
  const reports = [township('甲镇', 2024, 5, '2024-jia'), township('乙镇', 2024, 7, '2024-yi')];
  const now = inputsBy(reports);
  const { key, slug } = buildSite(reports).agencies.find((a) => a.name === '甲镇')!;
  const oldSlug = (old: string) => inputsBy(reports, { version: 1, addresses: [{ slug: old, key, reports: ['2024-jia'] }] });
  assert.notEqual(oldSlug('jia-zhen-old').get('甲镇'), now.get('甲镇'));
  assert.notEqual(oldSlug('jia-zhen-old').get('甲镇'), oldSlug('jia-zhen-older').get('甲镇'), 'which address leads to it');
  assert.equal(oldSlug('jia-zhen-old').get('乙镇'), now.get('乙镇'));
  const oldReport = (id: string) => inputsBy(reports, { version: 1, addresses: [{ slug, key, reports: [id] }] });
  assert.notEqual(oldReport('2024-jia-first').get('甲镇'), now.get('甲镇'));
  assert.notEqual(oldReport('2024-jia-first').get('甲镇'), oldReport('2024-jia-second').get('甲镇'), 'which report address leads to its reports');
  assert.equal(oldReport('2024-jia-first').get('乙镇'), now.get('乙镇'));
});

test('an agency\'s short id is in its inputs: another id for it changes them, another agency\'s does not', () => {
  const reports = [township('甲镇', 2024, 5), township('乙镇', 2024, 7)];
  const keys = new Map(buildSite(reports).agencies.map((a) => [a.key, a.name]));
  const first = inputsBy(reports, null, (k) => (keys.get(k) === '甲镇' ? 'aaaaa' : 'bbbbb'));
  const second = inputsBy(reports, null, (k) => (keys.get(k) === '甲镇' ? 'ccccc' : 'bbbbb'));
  assert.notEqual(second.get('甲镇'), first.get('甲镇'));
  assert.equal(second.get('乙镇'), first.get('乙镇'));
});

test('a report sharing its text with another of its year: the other\'s agency is in its inputs', () => {
  const copier = { ...township('甲镇', 2024, 5, '2024-jia'), copied: { previousId: null, previousShare: null, sameYear: [{ id: '2024-other', share: 0.9 }] } };
  const byYi = inputsBy([copier, township('乙镇', 2024, 7, '2024-other'), township('丙镇', 2024, 7, '2024-bing')]);
  const byBing = inputsBy([copier, township('乙镇', 2024, 7, '2024-yi'), township('丙镇', 2024, 7, '2024-other')]);
  assert.notEqual(byBing.get('甲镇'), byYi.get('甲镇'));
});

test('a report it shares text with that the site does not hold is named with no agency, not an error', () => {
  const copier = { ...township('甲镇', 2024, 5, '2024-jia'), copied: { previousId: null, previousShare: null, sameYear: [{ id: '2024-not-here', share: 0.9 }] } };
  const inputs = inputsBy([copier, township('乙镇', 2024, 7, '2024-yi')]);
  assert.deepEqual(JSON.parse(inputs.get('甲镇')!).copiedFrom, [['2024-not-here', null]]);
});
