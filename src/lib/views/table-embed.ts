/**
 * A table of any page alone, to embed in another site. Every table a page draws at build time
 * carries its model (present/shown-table.ts) for its download; the embed page (/embed/table/) loads
 * the page the table is on and draws that model, so what is embedded is what the page shows. Its
 * state is its address: `p` the page's path within the site (`place/411625/`), `t` the table's id,
 * eight characters from its title (and, where one page draws a table twice, the key that tells
 * them apart: the peers page's tables without the reports failing a check). A title names what
 * the table is (郸城县合计), so the id stays with the table across rebuilds. Pure.
 */
import { shortId, SHORT_ID } from '../present/short-ids.ts';

export interface TableEmbedState {
  /** The page's path within the site, without the base: `place/411625/`, '' for the home page. */
  page: string;
  id: string;
}

export function tableId(title: string, key = ''): string {
  return shortId(`${title}${key}`);
}

/** The embed's address after its path, `?` included; the page's slashes kept, as a query may hold them. */
export function tableEmbedSearch(page: string, title: string, key = ''): string {
  return `?p=${encodeURIComponent(page).replaceAll('%2F', '/')}&t=${tableId(title, key)}`;
}

/**
 * The state of an embed address; null for one that does not name a page of the site: a page must
 * be a relative path of plain segments (no scheme, no `..`, no query), so that the embed only
 * ever loads the site's own pages.
 */
export function tableEmbedFromSearch(search: string): TableEmbedState | null {
  const q = new URLSearchParams(search);
  const page = q.get('p') ?? '';
  const id = q.get('t') ?? '';
  if (!SHORT_ID.test(id)) return null;
  const segments = page.split('/');
  if (segments.some((s, i) => (s === '' && i < segments.length - 1) || s === '.' || s === '..') || !/^[\p{L}\p{N}_.\-/]*$/u.test(page)) return null;
  return { page, id };
}

/** The table of `id` among a page's tables, each with its key; the first where two agree. */
export function findTable<T extends { title: string }>(tables: readonly { table: T; key: string }[], id: string): T | null {
  return tables.find((t) => tableId(t.table.title, t.key) === id)?.table ?? null;
}
