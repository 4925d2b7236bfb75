/**
 * The agency list's status line (browser/agency-list.ts, and its embed, browser/list-embed.ts):
 * how many agencies a view holds, what narrows it, and which are ranked after the others or left
 * out, so that a ranking never reads as more than it is. Pure.
 */
import { isMeasureKey } from '../measures/catalogue.ts';
import { conditionText } from '../measures/condition.ts';
import { SMALL_DENOMINATOR } from '../measures/stats.ts';
import { CHECK_LABELS } from '../template/identities.ts';
import { CHECKLIST_KEYS, CHECKLIST_SHORT, ITEM_STATE_LABELS } from './checklist-items.ts';
import { CHECKLIST_SORT, type ListQuery } from './list-query.ts';
import type { ListResult } from './list-view.ts';

const count = new Intl.NumberFormat('zh-CN');

/** The status of a view of `total` agencies in all. */
export function listStatusText(result: ListResult, total: number, query: ListQuery): string {
  const items = CHECKLIST_KEYS.flatMap((k) => (query.items[k] ? [`${CHECKLIST_SHORT[k]}：${ITEM_STATE_LABELS[query.items[k]]}`] : []));
  const filters = [...query.conditions.map(conditionText), query.check ? `未通过“${CHECK_LABELS[query.check]}”` : '', ...items].filter(Boolean);
  const parts = [total ? `共${count.format(total)}个机关符合条件` : '没有符合条件的机关'];
  if (filters.length) parts[0] += `（${filters.join('，')}）`;
  if (isMeasureKey(query.sort) && result.small > 0) {
    parts.push(
      query.small === 'hide'
        ? `另有${count.format(result.small)}个机关的比例分母少于${SMALL_DENOMINATOR}件（基数过小），未列出`
        : `其中${count.format(result.small)}个机关的比例分母少于${SMALL_DENOMINATOR}件（基数过小），排在其他机关之后，不排名次`,
    );
  }
  if (result.belowMin > 0) parts.push(`${count.format(result.belowMin)}个机关的件数少于${query.min}件，未列出`);
  if (isMeasureKey(query.sort) && result.summaries > 0) parts.push(`${count.format(result.summaries)}个机关的报告为全辖区汇总（标“汇总”），只在汇总报告之间排名次，排在其他机关之后`);
  if (query.sort === CHECKLIST_SORT) parts.push('按满足的项数排名次：未知的项不算满足，也不算未满足，项数相同的名次相同');
  if (result.failedOut > 0) parts.push(`另有${count.format(result.failedOut)}个机关的报告未通过核对，未列出`);
  return `${parts.join('；')}。`;
}
