/**
 * The checks by what they compare, as the checklist's identities and prose items and the report
 * page count them: every check in one group, the table identities together.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECK_GROUPS } from '../../../src/lib/views/checklist.ts';
import { CHECK_IDS } from '../../../src/lib/template/identities.ts';

test('three groups: the tables’ identities, the text against the tables, last year’s report; each check in one of them, in the checks’ order', () => {
  assert.deepEqual(
    CHECK_GROUPS.map((g) => [g.label, [...g.ids]]),
    [
      ['统计表勾稽关系', ['balance', 'outcomes', 'rowTotal', 'review']],
      ['正文与表格', ['prose']],
      ['与上年报告', ['carryover', 'inForce']],
    ],
  );
  assert.deepEqual(CHECK_GROUPS.flatMap((g) => g.ids), [...CHECK_IDS]);
});
