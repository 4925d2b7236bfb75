import assert from 'node:assert/strict';
import { test } from 'node:test';
import { levelOfCode } from '../../../src/lib/agency/level.ts';
import { CODE_DIGITS, DIVISION_LEVELS, divisionDepth, LEVEL_ORDER } from '../../../src/lib/template/levels.ts';
import { Level } from '../../../src/lib/template/schema.ts';
import { LEVEL_ORDER as SHOWN_ORDER } from '../../../src/lib/present/labels.ts';

test('the levels run from the top down, one order for the schema, the labels and the divisions', () => {
  assert.deepEqual(LEVEL_ORDER, ['national', 'province', 'city', 'county', 'township', 'unknown']);
  assert.deepEqual(DIVISION_LEVELS, ['province', 'city', 'county', 'township']);
  assert.deepEqual(Level.options, ['national', 'province', 'city', 'county', 'township', 'unknown']);
  assert.equal(SHOWN_ORDER, LEVEL_ORDER, 'the pages re-export the one constant');
});

test('a division is as deep as its level; a national body and an unknown level are no division', () => {
  assert.deepEqual(['province', 'city', 'county', 'township'].map(divisionDepth), [1, 2, 3, 4]);
  assert.equal(divisionDepth('national'), 0);
  assert.equal(divisionDepth('unknown'), 0);
});

test('a code’s digits say its level: 41 a province, 4116 a city, 411625 a county, 411625106 a township', () => {
  assert.deepEqual(CODE_DIGITS, { province: 2, city: 4, county: 6, township: 9 });
  assert.deepEqual(['41', '4116', '411625', '411625106'].map(levelOfCode), ['province', 'city', 'county', 'township']);
  assert.throws(() => levelOfCode('41162'), /not a division code/);
});
