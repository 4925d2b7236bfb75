/**
 * The search page's table of the reports meeting conditions on numbers (report-matches.ts) alone,
 * to embed in another site (browser/search-embed.ts). Its state is its address, in the search
 * page's own parameters: 年度, 层级 (by its words, as the page's filter holds it), the conditions
 * `f`, the failed check `check`, the region `place`; the words of a search are no part of it, as
 * the page lists its reports as a table only without words. The embed shows the first of them, with
 * their count and a link to the search page of that state. Pure.
 */
import { conditionText } from '../measures/condition.ts';
import { CHECK_LABELS } from '../template/identities.ts';
import type { Level } from '../template/schema.ts';
import { filtersFromParams, filtersToParams } from './list-query.ts';
import { isRegionCode } from './region.ts';
import type { MatchFilters } from './report-matches.ts';

const count = new Intl.NumberFormat('zh-CN');

/** The reports the search page lists at a time, and its embed of them. */
export const MATCH_PAGE = 50;

/** The table's state from a search page's or an embed's address; `levels` the words of each level, as the page's 层级 filter says them. */
export function matchFiltersFromSearch(search: string, levels: Readonly<Record<string, string>>): MatchFilters {
  const p = new URLSearchParams(search);
  const place = p.get('place') ?? '';
  return {
    ...filtersFromParams(p),
    year: Number(p.get('年度')) || null,
    level: (Object.keys(levels) as Level[]).find((l) => levels[l] === p.get('层级')) ?? '',
    place: isRegionCode(place) ? place : '',
  };
}

/** The embed's address after its path, and the search page's of the same table: its parameters in the page's order. */
export function matchEmbedSearch(f: MatchFilters, levels: Readonly<Record<string, string>>): string {
  const p = new URLSearchParams();
  if (f.year !== null) p.set('年度', String(f.year));
  if (f.level) p.set('层级', levels[f.level] ?? f.level);
  filtersToParams(p, f.conditions, f.check);
  if (f.place) p.set('place', f.place);
  return `?${p}`;
}

/** 符合行政复议 > 0、“收支平衡（…）”未通过的郸城县的报告12份: what the reports meet, where, and how many. */
export function matchCountText(f: Pick<MatchFilters, 'conditions' | 'check'>, placeName: string, total: number): string {
  const conditions = [...f.conditions.map(conditionText), f.check ? `“${CHECK_LABELS[f.check]}”未通过` : ''].filter(Boolean);
  return `${conditions.length ? `符合${conditions.join('、')}的` : ''}${placeName ? `${placeName}的` : ''}报告${count.format(total)}份`;
}

/** 符合数字条件的报告（2024年，县级，郸城县）: the table's title and the year, level and region it is narrowed to. */
export function matchEmbedTitle(f: MatchFilters, levels: Readonly<Record<string, string>>, placeName: string): string {
  const parts = [f.year !== null ? `${f.year}年` : '', f.level ? (levels[f.level] ?? f.level) : '', placeName];
  const narrowed = parts.filter(Boolean);
  return `符合数字条件的报告${narrowed.length ? `（${narrowed.join('，')}）` : ''}`;
}
