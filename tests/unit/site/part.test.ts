import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WHOLE } from '../../../src/lib/parts/part.ts';
import { fnv1a, inPart, partOfAgency, publishesSharedData } from '../../../src/lib/site/part.ts';

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
