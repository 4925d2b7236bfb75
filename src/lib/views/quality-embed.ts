/**
 * The data-quality list in one state alone, to embed in another site (browser/quality-embed.ts).
 * Its state is its address: the list's own query (quality-file.ts), always its first page, shown
 * with the count of the whole view and a link to the rest on the data-quality page of that state.
 * Pure.
 */
import { LEVEL_LABELS } from '../present/labels.ts';
import { kindTitle, qualityQueryToSearch, type QualityQuery } from './quality-file.ts';

const count = new Intl.NumberFormat('zh-CN');

/** Problems the list shows at a time, and its embed of them (as views/quality.ts QUALITY_PAGE_SIZE, the first page in the HTML). */
export const QUALITY_PAGE = 100;

/** The embed's address after its path, and the data-quality page's of the same state: the query, its first page. */
export function qualityEmbedSearch(query: QualityQuery): string {
  return qualityQueryToSearch(query, 0);
}

/** 数据核查（逾期发布，2024年，县级，郸城县，最新年度在前）: the view's kind, year, level, region and order; `placeName` as the page's region filter says it. */
export function qualityEmbedTitle(query: QualityQuery, placeName: (code: string) => string): string {
  const parts = [
    query.kind ? kindTitle(query.kind) : '',
    query.year !== null ? `${query.year}年` : '',
    query.level ? LEVEL_LABELS[query.level] : '',
    query.place ? placeName(query.place) : '',
    query.sort === 'year' ? '最新年度在前' : '差额最大的在前',
  ];
  return `数据核查（${parts.filter(Boolean).join('，')}）`;
}

/** The list's status line: how many problems the view holds. */
export function qualityStatusText(total: number): string {
  return total ? `共${count.format(total)}个问题符合条件。` : '没有符合条件的问题。';
}
