/**
 * The agency list in one state alone, to embed in another site (browser/list-embed.ts). Its state
 * is its address: the list's own query (list-query.ts), always its first page, which the embed
 * shows with the count of the whole view and a link to the rest on the list page of the same
 * state. Its title says what the view is; the status line (list-status.ts) says what narrows it.
 * Pure.
 */
import { isMeasureKey, measure } from '../measures/catalogue.ts';
import { CHECKLIST_SORT, queryToSearch, type ListQuery, type SortKey } from './list-query.ts';

const count = new Intl.NumberFormat('zh-CN');

/** The embed's address after its path, and the list page's of the same state: the query, its first page. */
export function listEmbedSearch(query: ListQuery): string {
  return queryToSearch(query, 0);
}

/** What a sort is called, as the list's sort select names it. */
function sortLabel(sort: SortKey): string {
  if (isMeasureKey(sort)) return measure(sort).label;
  return { name: '机关名称', level: '层级', years: '收录年数', failed: '未通过核对', [CHECKLIST_SORT]: '满足的项数' }[sort];
}

/**
 * 机关列表（2024年，县级，周口市，名称含“城关”，按本年新收申请降序）: the view's year, level,
 * region, name and order; `levelLabel` and `placeName` say a level and a region as the page's
 * filters offer them (the code itself for a region they do not know).
 */
export function listEmbedTitle(query: ListQuery, levelLabel: (level: string) => string, placeName: (code: string) => string): string {
  const parts = [
    query.year !== null ? `${query.year}年` : '',
    query.level ? levelLabel(query.level) : '',
    query.place ? placeName(query.place) : '',
    query.q.trim() ? `名称含“${query.q.trim()}”` : '',
    `按${sortLabel(query.sort)}${query.direction === 1 ? '升序' : '降序'}`,
  ];
  return `机关列表（${parts.filter(Boolean).join('，')}）`;
}

/** Beside the status line of a list's embed (this, the data-quality list's, the search's): how much of the view it shows, where it is not all of it, counted in `unit`. */
export function listEmbedShown(shown: number, total: number, unit = '个'): string {
  return shown < total ? `此处列出前${count.format(shown)}${unit}。` : '';
}

/** The link back's words: to the rest of the list, all of its `what` (个机关, 个问题, 份报告), or to the list where the embed shows all of it. */
export function listEmbedBack(shown: number, total: number, what = '个机关'): string {
  return shown < total ? `在公开年报看板查看全部${count.format(total)}${what}` : '在公开年报看板查看此列表';
}
