/** A table of any page alone: its address (the page's path and the table's id), what an address may name, and which table an id finds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortId } from '../../../src/lib/present/short-ids.ts';
import { findTable, tableEmbedFromSearch, tableEmbedSearch, tableId } from '../../../src/lib/views/table-embed.ts';

test('the address names the page and the table by an id from its title, read back the same', () => {
  const search = tableEmbedSearch('place/411625/', '郸城县合计');
  assert.equal(search, `?p=place/411625/&t=${shortId('郸城县合计')}`);
  assert.deepEqual(tableEmbedFromSearch(search), { page: 'place/411625/', id: shortId('郸城县合计') });
  assert.deepEqual(tableEmbedFromSearch(`?p=&t=${shortId('x')}`), { page: '', id: shortId('x') }, 'the home page');
  assert.equal(tableEmbedSearch('report/2024-钱店镇&x/', 'x'), `?p=report/2024-%E9%92%B1%E5%BA%97%E9%95%87%26x/&t=${shortId('x')}`, 'the rest escaped');
  assert.notEqual(tableId('2024年郸城县各乡镇（街道）比较', '-checked'), tableId('2024年郸城县各乡镇（街道）比较'), 'a table drawn twice, told apart by its key');
});

test('an address that would load anything but a page of the site names nothing', () => {
  const t = shortId('x');
  for (const p of ['https://evil.example/', '//evil.example/', '/etc/', '../x/', 'place/../../x/', 'place//x/', 'a\\b/', 'place/x/?y', 'javascript:alert(1)', '..']) {
    assert.equal(tableEmbedFromSearch(`?${new URLSearchParams({ p, t })}`), null, p);
  }
  assert.equal(tableEmbedFromSearch('?p=place%2F411625%2F&t=ABCDEFGH'), null, 'no id');
  assert.equal(tableEmbedFromSearch('?p=place%2F411625%2F'), null);
});

test('the id finds the first table of its title and key', () => {
  const tables = [
    { table: { title: '2024年甲比较', n: 1 }, key: '' },
    { table: { title: '2024年甲比较', n: 2 }, key: '-checked' },
    { table: { title: '甲合计', n: 3 }, key: '' },
  ];
  assert.equal(findTable(tables, tableId('2024年甲比较', '-checked'))?.n, 2);
  assert.equal(findTable(tables, tableId('2024年甲比较'))?.n, 1);
  assert.equal(findTable(tables, tableId('甲合计'))?.n, 3);
  assert.equal(findTable(tables, tableId('乙合计')), null);
});

test('a page path of a single dot, or a segment of one, names nothing; plain names of letters, digits, dots, dashes and underscores do', () => {
  const t = shortId('x');
  for (const p of ['.', './x/', 'place/./x/']) assert.equal(tableEmbedFromSearch(`?${new URLSearchParams({ p, t })}`), null, p);
  for (const p of ['place/411625/townships/', 'report/2024-qian_dian.v2/', 'place']) assert.deepEqual(tableEmbedFromSearch(`?${new URLSearchParams({ p, t })}`), { page: p, id: t }, p);
  assert.equal(tableEmbedFromSearch(`?p=place%2F411625%2F&t=${t}x`), null, 'an id one character too long');
  assert.equal(tableEmbedFromSearch(`?p=place%2F411625%2F&t=x${t}`), null, 'an id after another character');
});

test('an address without a page names the home page’s table', () => {
  assert.deepEqual(tableEmbedFromSearch(`?t=${shortId('x')}`), { page: '', id: shortId('x') });
});
