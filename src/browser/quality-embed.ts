/**
 * <quality-embed>: the data-quality list in the state its address holds, alone
 * (views/quality-embed.ts): the first page of the view as the list draws it (views/quality-file.ts),
 * its title, the count of the whole view, and a link to the rest on the data-quality page of the
 * same state. No form: the state is read, never changed here.
 */
import { listEmbedBack, listEmbedShown } from '../lib/views/list-embed.ts';
import { QUALITY_PAGE, qualityEmbedSearch, qualityEmbedTitle, qualityStatusText } from '../lib/views/quality-embed.ts';
import { decodeQuality, qualityItems, qualityQueryFromSearch, qualityTable, type QualityFile } from '../lib/views/quality-file.ts';
import { fetchJson, h } from './dom.ts';
import { showEmbedded } from './embed-frame.ts';
import { shownTable } from './shown-table.ts';

class QualityEmbed extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const { query } = qualityQueryFromSearch(location.search);
    const places = new Map(Object.entries(JSON.parse(this.dataset.places ?? '{}') as Record<string, string>));
    const all = await fetchJson<QualityFile>(this.dataset.src!).then(decodeQuality).catch(() => null);
    if (!all) {
      this.querySelector('.status')!.textContent = '载入失败，请刷新重试。';
      return;
    }
    const items = qualityItems(all, query);
    const shown = items.slice(0, QUALITY_PAGE);
    const title = qualityEmbedTitle(query, (code) => places.get(code) ?? code);
    const status = h('p', { class: 'status' }, `${qualityStatusText(items.length)}${listEmbedShown(shown.length, items.length)}`);
    const table = shownTable(qualityTable(shown, (id) => `${this.dataset.reportHref}${id}/`), 'data-table quality-table', false);
    showEmbedded(this, title, [status, table], `${this.dataset.quality}${qualityEmbedSearch(query)}`, listEmbedBack(shown.length, items.length, '个问题'));
  }
}

customElements.define('quality-embed', QualityEmbed);
