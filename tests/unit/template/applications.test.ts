/** Table 三's group headings as the official format prints them (docs/TEMPLATE.md, "Rows"). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROW_GROUP_LABELS } from '../../../src/lib/template/applications.ts';

test('each result group has its printed heading; 一, 二 and 四 are rows of their own, with no group heading', () => {
  const { intake, carriedForward, ...results } = ROW_GROUP_LABELS;
  assert.equal(Object.values(results).join(' '), '（一）予以公开 （二）部分公开 （三）不予公开 （四）无法提供 （五）不予处理 （六）其他处理 （七）总计');
  assert.equal(intake, '');
  assert.equal(carriedForward, '');
});
