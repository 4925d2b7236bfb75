/**
 * What the agency list shows, as its form and address hold it: the filters (name, level, year,
 * conditions on numbers, a failed check, the checklist's items), the sorted column and how rankings
 * treat small numbers and reports failing a check. The address
 * (?q=&level=&place=&year=&f=&check=&item=&sort=&dir=&small=&min=&failed=&page=) reproduces the view, so a
 * ranking can be shared. Conditions and the check filter are read and written here for the search
 * page too. Pure and browser-safe.
 */
import { isMeasureKey, type MeasureKey } from '../measures/catalogue.ts';
import { conditionParam, parseCondition, type Condition } from '../measures/condition.ts';
import { CHECK_IDS, type CheckId } from '../template/identities.ts';
import { CHECKLIST_KEYS, isChecklistKey, isItemState, type ChecklistKey, type ItemState } from './checklist-items.ts';
import { isRegionCode } from './region.ts';

/** The list's columns that sort but are no measure. */
export const PLAIN_SORTS = ['name', 'level', 'years', 'failed'] as const;

/** The sort by the checklist's items met (6项中满足5项): ranked like a measure (measures/rank.ts). */
export const CHECKLIST_SORT = 'met';

export type SortKey = (typeof PLAIN_SORTS)[number] | typeof CHECKLIST_SORT | MeasureKey;

export function isSortKey(key: string): key is SortKey {
  return (PLAIN_SORTS as readonly string[]).includes(key) || key === CHECKLIST_SORT || isMeasureKey(key);
}

/** The checklist's items the list is narrowed to, each in one state: `item=onTime-unmet` in the address. */
export type ItemFilters = Partial<Record<ChecklistKey, ItemState>>;

function itemsFromParams(p: URLSearchParams): ItemFilters {
  const items: ItemFilters = {};
  for (const param of p.getAll('item')) {
    const [key = '', state = ''] = param.split('-');
    if (isChecklistKey(key) && isItemState(state)) items[key] = state;
  }
  return items;
}

function itemsToParams(p: URLSearchParams, items: ItemFilters): void {
  for (const key of CHECKLIST_KEYS) if (items[key]) p.append('item', `${key}-${items[key]}`);
}

/** Rates on a small denominator: ranked after the solid ones, or left out. */
export type SmallRates = 'after' | 'hide';

/** Figures from reports failing one of their own checks: kept and marked, or left out (`failed=hide`). */
export type FailedReports = 'mark' | 'hide';

/** The switch of FailedReports in an address: the agency list's and the compare page's. */
export function failedFromParams(p: URLSearchParams): FailedReports {
  return p.get('failed') === 'hide' ? 'hide' : 'mark';
}

export function failedToParams(p: URLSearchParams, failed: FailedReports): void {
  if (failed === 'hide') p.set('failed', 'hide');
}

export interface ListQuery {
  /** A name, its pinyin or initials (name-search.ts). */
  q: string;
  /** A Level, or '' for every level. */
  level: string;
  /** A division code: the agencies placed in it or below (a province's 2 digits, a county's 6); '' for everywhere. */
  place: string;
  /** A year, or null for each agency's latest year. */
  year: number | null;
  /** Conditions on the numbers of the year shown; all must hold. */
  conditions: Condition[];
  /** Only agencies whose reports shown failed this check ('' for no such filter). */
  check: CheckId | '';
  /** Only agencies whose report shown is in the given state on each item given. */
  items: ItemFilters;
  sort: SortKey;
  direction: 1 | -1;
  small: SmallRates;
  /**
   * The fewest cases a ranked value may rest on: a rate's denominator, a count itself. Agencies
   * below it are left out of the ranking. 0: no minimum.
   */
  min: number;
  failed: FailedReports;
}

export const DEFAULT_QUERY: ListQuery = { q: '', level: '', place: '', year: null, conditions: [], check: '', items: {}, sort: 'newReceived', direction: -1, small: 'after', min: 0, failed: 'mark' };

export function isDefaultQuery(query: ListQuery): boolean {
  return queryToSearch(query, 0) === queryToSearch(DEFAULT_QUERY, 0);
}

/** Names and levels sort up, numbers down, when a column is first chosen. */
export function firstDirection(sort: SortKey): 1 | -1 {
  return sort === 'name' || sort === 'level' ? 1 : -1;
}

/** The conditions and the check filter of an address (`f` once per condition, `check`). */
export function filtersFromParams(p: URLSearchParams): { conditions: Condition[]; check: CheckId | '' } {
  const conditions = p.getAll('f').map(parseCondition).filter((c): c is Condition => c !== null);
  const check = CHECK_IDS.find((id) => id === p.get('check')) ?? '';
  return { conditions, check };
}

export function filtersToParams(p: URLSearchParams, conditions: readonly Condition[], check: CheckId | ''): void {
  for (const c of conditions) p.append('f', conditionParam(c));
  if (check) p.set('check', check);
}

/** The query and page (from 0) of a list address; unknown values fall back to the default. */
export function queryFromSearch(search: string): { query: ListQuery; page: number } {
  const p = new URLSearchParams(search);
  const sortParam = p.get('sort') ?? '';
  const dir = p.get('dir');
  const min = Math.floor(Number(p.get('min')));
  return {
    query: {
      q: p.get('q') ?? '',
      level: p.get('level') ?? '',
      place: isRegionCode(p.get('place') ?? '') ? p.get('place')! : '',
      year: Number(p.get('year')) || null,
      ...filtersFromParams(p),
      items: itemsFromParams(p),
      sort: isSortKey(sortParam) ? sortParam : DEFAULT_QUERY.sort,
      direction: dir === 'asc' ? 1 : dir === 'desc' ? -1 : DEFAULT_QUERY.direction,
      small: p.get('small') === 'hide' ? 'hide' : 'after',
      min: Number.isFinite(min) && min > 0 ? min : 0,
      failed: failedFromParams(p),
    },
    page: Math.max(0, Math.floor(Number(p.get('page') ?? 1)) - 1) || 0,
  };
}

export function queryToSearch(query: ListQuery, page: number): string {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  if (query.level) p.set('level', query.level);
  if (query.place) p.set('place', query.place);
  if (query.year !== null) p.set('year', String(query.year));
  filtersToParams(p, query.conditions, query.check);
  itemsToParams(p, query.items);
  p.set('sort', query.sort);
  p.set('dir', query.direction === 1 ? 'asc' : 'desc');
  if (query.small === 'hide') p.set('small', 'hide');
  if (query.min > 0) p.set('min', String(query.min));
  failedToParams(p, query.failed);
  if (page > 0) p.set('page', String(page + 1));
  return `?${p}`;
}
