/**
 * <compare-embed>: a chart or table of the compare page alone (views/compare-embed.ts), its state
 * read from the address, the agencies' records loaded and drawn as the compare page draws it. The
 * source line and the link back name the compare page of the same state, each agency by its id
 * where it has one, so that an old address in an embed cites the agency's address of today.
 */
import { sourceLine } from '../../lib/present/chart-image.ts';
import { withoutFailed } from '../../lib/views/compare.ts';
import { compareEmbedChart, compareEmbedFromSearch, compareEmbedTable, compareSearch } from '../../lib/views/compare-embed.ts';
import type { CompareRecord } from '../../lib/views/list-rows.ts';
import { fetchJson, h } from '../dom.ts';
import { shownTable } from '../shown-table.ts';
import { chartFigure } from './chart-figure.ts';

type Loaded = CompareRecord & { id?: string };

class CompareEmbed extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const { selection, chart } = compareEmbedFromSearch(location.search);
    const load = (file: string) => fetchJson<Loaded>(file).catch(() => null);
    const loaded = await Promise.all([
      ...selection.ids.map((id) => load(`${this.dataset.recordId}${id}.json`)),
      ...selection.slugs.map((slug) => load(`${this.dataset.record}${slug}.json`)),
    ]);
    const chosen = [...new Map(loaded.filter((r): r is Loaded => r !== null).map((r) => [r.slug, r])).values()];
    const records = selection.failed === 'hide' ? withoutFailed(chosen).records : chosen;
    const found = records.length >= 2 ? compareEmbedChart(records, selection.year, chart) : null;
    const table = records.length >= 2 ? compareEmbedTable(records, selection.year, chart, (id) => `${this.dataset.reportHref}${id}/`) : null;
    if (found) {
      this.replaceChildren(chartFigure(found.spec, found.kind));
    } else if (table) {
      const drawn = shownTable(table, 'data-table compare-table', false);
      for (const a of drawn.querySelectorAll('a')) a.target = '_top';
      this.replaceChildren(h('h1', { class: 'embed-title' }, table.title), drawn);
    } else {
      this.querySelector('.status')!.textContent = '无法显示：所选机关未找到，或网址所指的图表不存在。';
      return;
    }
    document.title = `${found?.spec.title ?? table!.title} · 公开年报看板`;
    const current = { ...selection, ids: chosen.flatMap((r) => (r.id ? [r.id] : [])), slugs: chosen.flatMap((r) => (r.id ? [] : [r.slug])) };
    const page = new URL(`${this.dataset.compare}${compareSearch(current)}`, location.href).href;
    document.querySelector('.embed-source')!.textContent = sourceLine(page, document.documentElement.dataset.dataDate ?? '—');
    document.querySelector<HTMLAnchorElement>('.embed-back')!.href = page;
  }
}

customElements.define('compare-embed', CompareEmbed);
