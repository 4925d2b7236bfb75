import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkParts, conflicts, PART_MARKER, partMarker, planAssembly, readMarker, type PartMarker } from '../../../src/lib/publish/assemble.ts';

const marker = (index: number, count: number): PartMarker => ({ part: `${index}-of-${count}`, index, count, agencies: 1, reports: 2 });

test('a part marker names the part and counts its pages', () => {
  assert.deepEqual(partMarker({ index: 2, count: 3 }, 10, 31), { part: '2-of-3', index: 2, count: 3, agencies: 10, reports: 31 });
  assert.deepEqual(readMarker('{"part":"2-of-3","index":2,"count":3,"agencies":10,"reports":31}'), { part: '2-of-3', index: 2, count: 3, agencies: 10, reports: 31 });
  assert.equal(readMarker('not json'), null);
  assert.equal(readMarker('{"index":4,"count":3}'), null);
});

test('parts fit when they are all of one split and every part is there once', () => {
  assert.deepEqual(checkParts([marker(2, 3), marker(1, 3), marker(3, 3)], ['b', 'a', 'c']), []);
});

test('a missing, repeated or foreign part is named', () => {
  assert.deepEqual(checkParts([marker(1, 3), marker(3, 3)], ['a', 'c']), ['missing part 2/3']);
  assert.deepEqual(checkParts([marker(1, 2), marker(1, 2), marker(2, 2)], ['a', 'b', 'c']), ['part 1 of 2 given twice (a and b)']);
  assert.deepEqual(checkParts([marker(1, 2), marker(2, 3)], ['a', 'b']), ['the parts come from splits of different sizes (n=2, n=3); build every part with the same PART=k/n']);
  assert.deepEqual(checkParts([marker(1, 1), null], ['a', 'dist']), [`dist: no ${PART_MARKER}; is it the output of \`PART=k/n npm run build\`?`]);
});

test('files of one part are its own; files in several parts are shared; the markers are left out', () => {
  const plan = planAssembly([
    ['index.html', 'report/a/index.html', 'pagefind/1-of-2.json', PART_MARKER],
    ['index.html', 'report/b/index.html', 'pagefind/2-of-2.json', PART_MARKER],
  ]);
  assert.deepEqual(plan.own, [
    { rel: 'pagefind/1-of-2.json', from: 0 },
    { rel: 'pagefind/2-of-2.json', from: 1 },
    { rel: 'report/a/index.html', from: 0 },
    { rel: 'report/b/index.html', from: 1 },
  ]);
  assert.deepEqual(plan.shared, [{ rel: 'index.html', from: [0, 1] }]);
});

test('a shared file that differs between parts is a conflict', () => {
  assert.deepEqual(
    conflicts([
      { rel: 'index.html', digests: ['x', 'x', 'x'] },
      { rel: 'agencies/index.html', digests: ['x', 'y'] },
    ]),
    ['agencies/index.html'],
  );
});
