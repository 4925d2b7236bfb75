/** Section 四's one row: three groups of five counts, in printed order (docs/TEMPLATE.md). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REVIEW_CELLS } from '../../../src/lib/template/review.ts';

test('the 15 cells of 四, group by group, column by column, as printed', () => {
  const columns = ['upheld', 'corrected', 'other', 'pending', 'total'];
  const groups = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'];
  assert.equal(REVIEW_CELLS.length, 15);
  assert.deepEqual(REVIEW_CELLS.slice(0, 5), columns.map((column) => ({ group: 'reconsideration', column })));
  assert.deepEqual(REVIEW_CELLS[5], { group: 'litigationDirect', column: 'upheld' });
  assert.deepEqual(REVIEW_CELLS[14], { group: 'litigationAfterReconsideration', column: 'total' });
  assert.deepEqual([...new Set(REVIEW_CELLS.map((c) => c.group))], groups);
});
