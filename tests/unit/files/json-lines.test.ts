/**
 * Ingest's JSON arrays one element a line: written and read back whole, however long an element,
 * and a file not in that form is refused with its line named.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { jsonArray, readJsonLines } from '../../../src/lib/files/json-lines-fs.ts';

const dir = mkdtempSync(join(tmpdir(), 'json-lines-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

test('every element of the array, in order, an element longer than a read chunk included', () => {
  const long = '甲'.repeat(3_000_000); // 9 MB of UTF-8: more than one 4 MB chunk, split inside a character
  const path = file('a.json', `[\n${JSON.stringify({ id: 1 })},\n${JSON.stringify({ id: 2, text: long })},\n${JSON.stringify({ id: 3, text: 'a\nb' })}\n]\n`);
  const all = [...readJsonLines(path)] as { id: number; text?: string }[];
  assert.deepEqual(all.map((e) => e.id), [1, 2, 3]);
  assert.equal(all[1]!.text, long);
  assert.equal(all[2]!.text, 'a\nb');
});

test('an empty array, as ingest writes it', () => {
  assert.deepEqual([...readJsonLines(file('empty.json', '[]\n'))], []);
});

test('a file not written one element a line is refused, naming the line', () => {
  const path = file('pretty.json', '[\n{\n  "id": 1\n}\n]\n');
  assert.throws(() => [...readJsonLines(path)], /pretty\.json:2: not one JSON element per line/);
});

test('written as ingest writes it: one element a line, every line but the last with a comma', () => {
  assert.equal([...jsonArray(['{"a":1}', '{"b":"x"}'])].join(''), '[\n{"a":1},\n{"b":"x"}\n]\n');
  assert.equal([...jsonArray([])].join(''), '[]\n');
});
