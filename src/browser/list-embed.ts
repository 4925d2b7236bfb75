/**
 * <list-embed>: the agency list in the state its address holds, alone (views/list-embed.ts): the
 * first page of the view as the list draws it (views/list-view.ts), its title, the count of the
 * whole view and what narrows it (views/list-status.ts), and a link to the rest on the list page
 * of the same state. No form: the state is read, never changed here.
 */
import { searchNames } from '../lib/search/name-search.ts';
import type { Level, Scope } from '../lib/template/schema.ts';
import { decodeRows, type ListFile, type ListRow } from '../lib/views/list-file.ts';
import { listEmbedBack, listEmbedSearch, listEmbedShown, listEmbedTitle } from '../lib/views/list-embed.ts';
import { queryFromSearch } from '../lib/views/list-query.ts';
import { listStatusText } from '../lib/views/list-status.ts';
import { PAGE_SIZE, listTable, listView, rowPlace } from '../lib/views/list-view.ts';
import { agencyNames } from './agency-names.ts';
import { fetchJson, h } from './dom.ts';
import { showEmbedded } from './embed-frame.ts';
import { shownTable } from './shown-table.ts';

class ListEmbed extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const { query } = queryFromSearch(location.search);
    const levels = JSON.parse(this.dataset.levels ?? '{}') as Record<string, string>;
    const scopes = JSON.parse(this.dataset.scopes ?? '{}') as Record<string, string>;
    const places = new Map(Object.entries(JSON.parse(this.dataset.places ?? '{}') as Record<string, string>));
    const rows = await fetchJson<ListFile>(this.dataset.src!).then(decodeRows).catch(() => null);
    if (!rows) {
      this.querySelector('.status')!.textContent = '载入失败，请刷新重试。';
      return;
    }
    const result = listView(rows, query, await this.nameMatch(query.q));
    const shown = result.views.slice(0, PAGE_SIZE);
    const links = {
      levelLabel: (l: Level) => levels[l] ?? l,
      scopeLabel: (s: Scope) => scopes[s] ?? s,
      agencyHref: (slug: string) => `${this.dataset.agencyHref}${slug}/`,
      place: (row: ListRow) => rowPlace(row, places),
    };
    const total = result.views.length;
    const title = listEmbedTitle(query, (l) => levels[l] ?? l, (code) => places.get(code) ?? code);
    const status = h('p', { class: 'status' }, `${listStatusText(result, total, query)}${listEmbedShown(shown.length, total)}`);
    const table = shownTable(listTable(result, shown, query, links), 'data-table', false);
    showEmbedded(this, title, [status, table], `${this.dataset.list}${listEmbedSearch(query)}`, listEmbedBack(shown.length, total));
  }

  /** The list's name search (name-search.ts) for the query; without the name index the list filters by the characters of the name. */
  private async nameMatch(q: string): Promise<((row: ListRow) => boolean) | undefined> {
    if (!q.trim()) return undefined;
    const index = await agencyNames().catch(() => null);
    if (!index) return undefined;
    const slugs = new Set(searchNames(index, q).map((m) => m.entry.slug));
    return (row) => slugs.has(row.slug);
  }
}

customElements.define('list-embed', ListEmbed);
