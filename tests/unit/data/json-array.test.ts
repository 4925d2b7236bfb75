import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JsonArraySplitter } from '../../../src/lib/data/json-array.ts';

/** Feeds `text` in pieces of `size` characters and collects the elements. */
function split(text: string, size: number): string[] {
  const s = new JsonArraySplitter();
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
  s.end();
  return out;
}

const TEXT = '[\n {"id": "a", "t": "逗号, 括号 } ] 和引号 \\" 在字符串里", "n": [1, [2]]},\n {"id": "b\\\\"},\n 3,\n "四"\n]\n';

test('each element comes out whole, whatever the chunk size, with brackets and quotes inside strings', () => {
  const expected = ['{"id": "a", "t": "逗号, 括号 } ] 和引号 \\" 在字符串里", "n": [1, [2]]}', '{"id": "b\\\\"}', '3', '"四"'];
  for (const size of [1, 2, 3, 7, 1000]) assert.deepEqual(split(TEXT, size), expected, `chunks of ${size}`);
  assert.deepEqual(JSON.parse(split(TEXT, 5)[0]!).t, '逗号, 括号 } ] 和引号 " 在字符串里');
  assert.equal(JSON.parse(split(TEXT, 5)[1]!).id, 'b\\');
});

test('an empty array gives nothing; a byte-order mark and blank lines are allowed', () => {
  assert.deepEqual(split('[]\n', 1), []);
  assert.deepEqual(split('\ufeff[\n]\n', 2), []);
});

test('truncated or malformed text is an error', () => {
  assert.throws(() => split('[{"id": "a"}', 3), /not complete/);
  assert.throws(() => split('{"id": "a"}', 3), /expected a JSON array, found "\{"/);
  assert.throws(() => split('[1,,2]', 3), /empty element/);
  assert.throws(() => split('[1] x', 3), /unexpected "x" after the end of the array/);
});
