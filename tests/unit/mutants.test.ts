/**
 * The planted bugs of `npm run mutants` still name code that exists: a change that moves the code
 * a mutant plants its bug in must update the mutant (tools/mutants/mutants.ts), not lose it.
 */
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { test } from 'node:test';
import { MUTANTS } from '../../tools/mutants/mutants.ts';

test('every mutant’s text occurs exactly once in its file, and its tests exist', () => {
  for (const m of MUTANTS) {
    const text = readFileSync(m.file, 'utf8');
    assert.equal(text.split(m.find).length - 1, 1, `${m.id}: ${m.file} holds its text once`);
    assert.notEqual(m.find, m.replace, m.id);
    for (const t of m.tests) assert.ok(existsSync(t), `${m.id}: ${t} exists`);
  }
  assert.equal(new Set(MUTANTS.map((m) => m.id)).size, MUTANTS.length, 'ids are unique');
});
