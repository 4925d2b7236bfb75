/**
 * <search-embed>: the search page's reports meeting conditions on numbers, in the state the
 * address holds, alone (views/search-embed.ts): the first of them as the page lists them
 * (views/report-matches.ts), their count, and a link to the search page of that state.
 */
import type { Level } from '../lib/template/schema.ts';
import { decodeRows, type ListFile } from '../lib/views/list-file.ts';
import { listEmbedBack, listEmbedShown } from '../lib/views/list-embed.ts';
import { matchTable, reportMatches } from '../lib/views/report-matches.ts';
import { MATCH_PAGE, matchCountText, matchEmbedSearch, matchEmbedTitle, matchFiltersFromSearch } from '../lib/views/search-embed.ts';
import { fetchJson, h } from './dom.ts';
import { showEmbedded } from './embed-frame.ts';
import { shownTable } from './shown-table.ts';

class SearchEmbed extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const levels = JSON.parse(this.dataset.levels ?? '{}') as Record<string, string>;
    const places = new Map(Object.entries(JSON.parse(this.dataset.places ?? '{}') as Record<string, string>));
    const f = matchFiltersFromSearch(location.search, levels);
    const rows = await fetchJson<ListFile>(this.dataset.rows!).then(decodeRows).catch(() => null);
    if (!rows || (f.conditions.length === 0 && !f.check && !f.place)) {
      this.querySelector('.status')!.textContent = rows ? '无法显示此表：网址中没有数字条件。' : '载入失败，请刷新重试。';
      return;
    }
    const matches = reportMatches(rows, f);
    const shown = matches.slice(0, MATCH_PAGE);
    const placeName = f.place ? (places.get(f.place) ?? f.place) : '';
    const links = { levelLabel: (l: Level) => levels[l] ?? l, reportHref: (id: string) => `${this.dataset.reportHref}${id}/` };
    const status = h('p', { class: 'status' }, `${matchCountText(f, placeName, matches.length)}。${listEmbedShown(shown.length, matches.length, '份')}`);
    const table = shownTable(matchTable(shown, f, links), 'data-table', false);
    showEmbedded(this, matchEmbedTitle(f, levels, placeName), [status, table], `${this.dataset.search}${matchEmbedSearch(f, levels)}`, listEmbedBack(shown.length, matches.length, '份报告'));
  }
}

customElements.define('search-embed', SearchEmbed);
