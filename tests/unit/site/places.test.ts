import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeSite } from './place-fixtures.ts';

const names = (agencies: readonly { name: string }[]) => agencies.map((a) => a.name).sort();

test('agencies are found at their own place, and within every place above it', () => {
  const { places } = placeSite();
  assert.deepEqual(names(places.at('411625106')), ['钱店镇', '钱店镇党政办公室']);
  assert.deepEqual(names(places.at('411625')), ['郸城县人民法院', '郸城县人民政府', '郸城县教育体育局', '郸城县财政局'].sort());
  assert.deepEqual(names(places.within('4116')), [
    '城郊乡', '周口市人民政府', '周口市公安局', '汲冢镇', '石槽镇', '郸城县人民法院', '郸城县人民政府', '郸城县教育体育局', '郸城县财政局', '钱店镇', '钱店镇党政办公室',
  ].sort());
  assert.deepEqual(places.at('4107'), []);
  assert.deepEqual(places.within('12'), []);
});

test('a place counts the agencies and reports of the places below it', () => {
  const { places } = placeSite();
  // 钱店镇 2, 钱店镇党政办公室 1, 汲冢镇 1, 石槽镇 2, 城郊乡 1, and the county's four bodies 1 each
  assert.deepEqual(places.count('411625'), { agencies: 9, reports: 11 });
  // the county's and 周口市人民政府, 周口市公安局; 延津县's two
  assert.deepEqual(places.count('41'), { agencies: 13, reports: 15 });
  assert.deepEqual(places.count('411625106'), { agencies: 2, reports: 3 });
});

test('unplaced agencies are in no place; national bodies are apart', () => {
  const { places, agencies } = placeSite();
  const everywhere = [...places.tree.byCode.keys()].flatMap((code) => places.at(code));
  assert.equal(everywhere.length, agencies.length - 2);
  assert.ok(!everywhere.some((a) => a.name === '城关镇' || a.name === '国务院办公厅'));
  assert.deepEqual(names(places.national), ['国务院办公厅']);
});

test('a trail runs from the province down, and parents are the place above', () => {
  const { places } = placeSite();
  assert.deepEqual(places.trail('411625200').map((n) => `${n.code} ${n.name}`), ['41 河南省', '4116 周口市', '411625 郸城县', '411625200 城郊乡']);
  assert.equal(places.parent('411625200')!.code, '411625');
  assert.equal(places.parent('41'), null);
  assert.deepEqual(places.trail('99'), []);
});
