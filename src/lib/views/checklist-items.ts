/**
 * The checklist's items by key, the states an item can be in and the short names tables give them:
 * the part of the checklist (checklist.ts decides each item and states its rule) that the agency
 * list's script needs, kept apart so that the script does not carry the report schema.
 */

/** In the order of the report page's checklist. */
export const CHECKLIST_KEYS = ['sections', 'edition', 'identities', 'prose', 'onTime', 'notCopied'] as const;

export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

/** `unknown` where the site could not read what an item needs: never counted as unmet. */
export type ItemState = 'met' | 'unmet' | 'unknown';

export const ITEM_STATES: readonly ItemState[] = ['met', 'unmet', 'unknown'];

export const ITEM_STATE_LABELS: Record<ItemState, string> = { met: '满足', unmet: '未满足', unknown: '未知' };

/** An item as a column header (the agency list, reports-zh.csv). */
export const CHECKLIST_SHORT: Record<ChecklistKey, string> = {
  sections: '六部分齐全',
  edition: '表格格式适用',
  identities: '勾稽关系成立',
  prose: '正文与表格一致',
  onTime: '按期公布',
  notCopied: '正文不是照抄',
};

/** What a report not meeting the item is, as a place's sentence counts them: 15份报告中4份逾期. */
export const CHECKLIST_UNMET: Record<ChecklistKey, string> = {
  sections: '缺少部分内容',
  edition: '表格格式过期',
  identities: '勾稽关系不成立',
  prose: '正文数字与表格不一致',
  onTime: '逾期',
  notCopied: '正文基本照抄',
};

export const isChecklistKey = (key: string): key is ChecklistKey => (CHECKLIST_KEYS as readonly string[]).includes(key);
export const isItemState = (state: string): state is ItemState => (ITEM_STATES as readonly string[]).includes(state);
