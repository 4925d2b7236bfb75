import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fnv1a, inPart, parsePart, partLabel, partOfAgency, publishesSharedData, WHOLE } from '../../../src/lib/site/part.ts';

test('PART reads as k/n; absent or empty is the whole site', () => {
  assert.deepEqual(parsePart('3/8'), { index: 3, count: 8 });
  assert.deepEqual(parsePart(' 1 / 2 '), { index: 1, count: 2 });
  assert.deepEqual(parsePart(undefined), WHOLE);
  assert.deepEqual(parsePart(''), { index: 1, count: 1 });
});

test('a PART that is not k/n with 1 ≤ k ≤ n says what is expected', () => {
  assert.throws(() => parsePart('3'), /PART must look like 3\/8 \(part 3 of 8\), got "3"/);
  assert.throws(() => parsePart('a/b'), /PART must look like 3\/8/);
  assert.throws(() => parsePart('9/8'), /PART 9\/8: the part must be between 1 and the number of parts/);
  assert.throws(() => parsePart('0/8'), /between 1 and the number of parts/);
  assert.throws(() => parsePart('1/0'), /between 1 and the number of parts/);
});

test('part labels are safe in paths', () => {
  assert.equal(partLabel({ index: 3, count: 8 }), '3-of-8');
  assert.equal(partLabel(WHOLE), 'all');
});

test('FNV-1a matches the published 32-bit test vectors', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('an agency falls in part (hash mod n) + 1, and in exactly one part', () => {
  // 0xe40c292c: low three bits 100 → 4 mod 8 → part 5; 3826002220 mod 3 = 1 → part 2
  assert.equal(partOfAgency('a', 8), 5);
  assert.equal(partOfAgency('a', 3), 2);
  // 0xbf9cf968: low three bits 000 → part 1 of 8
  assert.equal(partOfAgency('foobar', 8), 1);
  assert.equal(partOfAgency('钱店镇', 1), 1);
  const parts = [1, 2, 3].filter((k) => inPart('钱店镇', { index: k, count: 3 }));
  assert.equal(parts.length, 1);
  assert.ok(inPart('钱店镇', WHOLE));
});

test('only the first part publishes the shared downloads', () => {
  assert.equal(publishesSharedData({ index: 1, count: 4 }), true);
  assert.equal(publishesSharedData({ index: 2, count: 4 }), false);
  assert.equal(publishesSharedData(WHOLE), true);
});
