/**
 * The checklist's keys and states as an address or a row carries them, and the words a place's
 * sentence counts each item by: every item, every state, and words that are none of them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checklistSentence } from '../../../src/lib/views/checklist.ts';
import { CHECKLIST_KEYS, isChecklistKey, isItemState, ITEM_STATES } from '../../../src/lib/views/checklist-items.ts';

test('every item’s key is one, and a state or another word is none', () => {
  for (const key of ['sections', 'edition', 'identities', 'prose', 'onTime', 'notCopied']) assert.equal(isChecklistKey(key), true, key);
  for (const word of ['met', 'checklist', '', 'Sections', 'constructor']) assert.equal(isChecklistKey(word), false, word);
});

test('met, unmet and unknown are states, and an item or another word is none', () => {
  assert.deepEqual(ITEM_STATES, ['met', 'unmet', 'unknown']);
  for (const state of ['met', 'unmet', 'unknown']) assert.equal(isItemState(state), true, state);
  for (const word of ['onTime', '', 'failed', 'toString']) assert.equal(isItemState(word), false, word);
});

test('a place’s sentence names each item not met in its own words, in the checklist’s order', () => {
  const unmet = { sections: 1, edition: 2, identities: 3, prose: 4, onTime: 5, notCopied: 6 };
  assert.deepEqual(Object.keys(unmet), [...CHECKLIST_KEYS]);
  assert.equal(
    checklistSentence('周口市', 2022, { reports: 30, unmet, withUnknown: 7 }),
    '周口市2022年：30份报告中1份缺少部分内容、2份表格格式过期、3份勾稽关系不成立、4份正文数字与表格不一致、5份逾期、6份正文基本照抄；7份有本站无从判断的项',
  );
});
