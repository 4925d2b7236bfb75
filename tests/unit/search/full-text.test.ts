/**
 * The full-text search takes the index parts newest first and only as far as it needs: to fill
 * its first page of results, then one more part each time the reader has seen every result found.
 * Pagefind is stood in for by an index whose parts hold known pages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PartEntry } from '../../../src/lib/search/pagefind-parts.ts';
import { AUTO_PARTS, CHECKED_PER_PAGE, TEXT_PAGE, TextSearch, type PagefindResult, type PartIndex } from '../../../src/browser/full-text.ts';

/** Parts of `sizes[i]` matching pages each; records which parts were loaded, in order. */
function fakeIndex(sizes: number[]) {
  const parts: PartEntry[] = sizes.map((n, i) => ({ path: `all/${i + 1}`, years: [String(2024 - i)], pages: n }));
  const loaded: string[] = [];
  const page = (part: PartEntry, i: number): PagefindResult => ({
    id: `${part.path}#${i}`,
    data: async () => ({ url: `/report/${part.years[0]}-${i}/`, excerpt: '', meta: {}, filters: {} }),
  });
  const index: PartIndex = {
    isLoaded: (part) => loaded.includes(part.path),
    load: async (part) => {
      if (!loaded.includes(part.path)) loaded.push(part.path);
    },
    run: async () => parts.filter((p) => loaded.includes(p.path)).flatMap((p) => Array.from({ length: p.pages }, (_, i) => page(p, i))),
  };
  return { parts, loaded, index };
}

test('a first part with a page of results is the only one searched', async () => {
  const { parts, loaded, index } = fakeIndex([TEXT_PAGE + 2, 5, 5]);
  const search = new TextSearch(index, '行政复议', {}, parts);
  await search.open();
  assert.deepEqual(loaded, ['all/1']);
  assert.equal(search.results.length, TEXT_PAGE + 2);
  assert.deepEqual(search.searched.map((p) => p.path), ['all/1']);
  assert.deepEqual(search.left.map((p) => p.path), ['all/2', 'all/3']);
});

test('older parts are taken in while the results do not fill a page', async () => {
  assert.equal(AUTO_PARTS, 2);
  const { parts, loaded, index } = fakeIndex([2, 20, 4]);
  const search = new TextSearch(index, '拆迁', {}, parts);
  await search.open();
  assert.deepEqual(loaded, ['all/1', 'all/2']);
  assert.equal(search.results.length, 22);
});

test('a search takes in at most AUTO_PARTS parts by itself; the rest when asked, one at a time', async () => {
  const { parts, loaded, index } = fakeIndex([0, 1, 0, 3]);
  const search = new TextSearch(index, '罕见词', {}, parts);
  await search.open();
  assert.deepEqual(loaded, ['all/1', 'all/2']);
  assert.equal((await search.more()).length, 1);
  assert.deepEqual(await search.more(), [], 'the third part holds nothing');
  assert.deepEqual(loaded, ['all/1', 'all/2', 'all/3']);
  assert.deepEqual((await search.more()).map((d) => d.url), ['/report/2021-0/', '/report/2021-1/', '/report/2021-2/']);
  assert.deepEqual(search.left, []);
});

test('the next part is searched only once every result found has been shown', async () => {
  const { parts, loaded, index } = fakeIndex([TEXT_PAGE + 2, 7]);
  const search = new TextSearch(index, '行政复议', {}, parts);
  await search.open();
  const first = await search.more();
  assert.equal(first.length, TEXT_PAGE);
  const second = await search.more();
  assert.deepEqual(second.map((d) => d.url), ['/report/2024-10/', '/report/2024-11/']);
  assert.deepEqual(loaded, ['all/1'], 'the second part waits until asked for');
  assert.equal(search.unshown, 0);
  const third = await search.more();
  assert.deepEqual(loaded, ['all/1', 'all/2']);
  assert.equal(third.length, 7);
  assert.ok(third.every((d) => d.url.startsWith('/report/2023-')), 'no result is shown twice');
  assert.deepEqual(search.left, []);
  assert.deepEqual(await search.more(), []);
});

test('parts loaded by an earlier search are searched at once, and count as searched', async () => {
  const { parts, loaded, index } = fakeIndex([3, 3]);
  await new TextSearch(index, 'a', {}, parts).open();
  assert.deepEqual(loaded, ['all/1', 'all/2']);
  const again = new TextSearch(index, 'b', {}, parts.slice(1));
  await again.open();
  assert.equal(again.results.length, 6);
  assert.deepEqual(again.left, []);
});

test('with a keep, results are candidates: a page holds the kept ones in order, the next part when they are all examined', async () => {
  // Part 1: 30 candidates, of which every third is kept (/report/2024-0/, -3/, -6/ …); part 2: 5.
  const { parts, loaded, index } = fakeIndex([30, 5]);
  const keep = (d: { url: string }) => Number(/-(\d+)\/$/.exec(d.url)![1]) % 3 === 0;
  const search = new TextSearch(index, '形式主义', {}, parts, keep);
  await search.open();
  assert.equal(search.filtered, true);
  const first = await search.more();
  assert.deepEqual(first.map((d) => d.url), [0, 3, 6, 9, 12, 15, 18, 21, 24, 27].map((i) => `/report/2024-${i}/`));
  assert.deepEqual([search.checked, search.kept, search.unshown], [30, 10, 0]);
  assert.deepEqual(loaded, ['all/1']);
  const second = await search.more();
  assert.deepEqual(second.map((d) => d.url), ['/report/2023-0/', '/report/2023-3/']);
  assert.deepEqual([search.checked, search.kept, search.unshown], [35, 12, 0]);
});

test('results kept beyond a page wait for the next, none lost', async () => {
  const { parts, index } = fakeIndex([25]);
  const search = new TextSearch(index, '全部', {}, parts, (d) => !d.url.endsWith('-4/'));
  await search.open();
  assert.equal((await search.more()).length, 10);
  assert.deepEqual([search.checked, search.unshown], [20, 14], '9 kept of the first 10, so a second batch of 10: 9 wait, 5 unexamined');
  const rest = [...(await search.more()), ...(await search.more())];
  assert.equal(rest.length, 14, '24 kept in all');
  assert.equal(new Set(rest.map((d) => d.url)).size, 14);
});

test('with a keep that holds for none, one page examines at most CHECKED_PER_PAGE candidates', async () => {
  const { parts, index } = fakeIndex([CHECKED_PER_PAGE + 15]);
  const search = new TextSearch(index, '罕见', {}, parts, () => false);
  await search.open();
  assert.deepEqual(await search.more(), []);
  assert.equal(search.checked, CHECKED_PER_PAGE);
  assert.equal(search.unshown, 15);
});
