/**
 * <compare-embed>: a chart or table of the compare page alone (views/compare-embed.ts), its state
 * read from the address, the agencies' records loaded and drawn as the compare page draws it. The
 * source line and the link back name the compare page of the same state, each agency by its id
 * where it has one, so that an old address in an embed cites the agency's address of today.
 */
import { withoutFailed } from '../../lib/views/compare.ts';
import { compareEmbedChart, compareEmbedFromSearch, compareEmbedTable, compareEmbedYearTable, compareSearch } from '../../lib/views/compare-embed.ts';
import type { CompareRecord } from '../../lib/views/list-rows.ts';
import { compareTableElement } from '../compare-table.ts';
import { fetchJson } from '../dom.ts';
import { setSource, showEmbedded } from '../embed-frame.ts';
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
    const enough = records.length >= 2;
    const reportHref = (id: string) => `${this.dataset.reportHref}${id}/`;
    const found = enough ? compareEmbedChart(records, selection.year, chart) : null;
    const table = enough ? compareEmbedTable(records, selection.year, chart, reportHref) : null;
    const yearTable = enough ? compareEmbedYearTable(records, selection.year, chart) : null;
    const current = { ...selection, ids: chosen.flatMap((r) => (r.id ? [r.id] : [])), slugs: chosen.flatMap((r) => (r.id ? [] : [r.slug])) };
    const page = `${this.dataset.compare}${compareSearch(current)}`;
    if (found) {
      this.replaceChildren(chartFigure(found.spec, found.kind));
      document.title = `${found.spec.title} · 公开年报看板`;
      setSource(page);
    } else if (table) {
      showEmbedded(this, table.title, [shownTable(table, 'data-table compare-table', false)], page);
    } else if (yearTable) {
      showEmbedded(this, yearTable.title, [compareTableElement(yearTable.table, selection.year, reportHref)], page);
    } else {
      this.querySelector('.status')!.textContent = '无法显示：所选机关未找到，或网址所指的图表不存在。';
    }
  }
}

customElements.define('compare-embed', CompareEmbed);
