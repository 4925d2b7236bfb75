import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPartSet, parsePart, partLabel, WHOLE } from '../../../src/lib/parts/part.ts';

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

const INGEST = { marker: 'ingest-part.json', command: 'npm run ingest', verb: 'ingest' };

test('the messages of an incomplete set name the kind of part', () => {
  assert.deepEqual(checkPartSet([{ index: 1, count: 2 }, null], ['a', 'b'], INGEST), ['b: no ingest-part.json; is it the output of `PART=k/n npm run ingest`?', 'missing part 2/2']);
  assert.deepEqual(checkPartSet([{ index: 1, count: 2 }, { index: 1, count: 3 }], ['a', 'b'], INGEST), ['the parts come from splits of different sizes (n=2, n=3); ingest every part with the same PART=k/n']);
  assert.deepEqual(checkPartSet([{ index: 2, count: 2 }, { index: 1, count: 2 }], ['a', 'b'], INGEST), []);
});
