/**
 * <table-embed>: a table of any page alone (views/table-embed.ts). Loads the page the address
 * names, always one of this site's own under its base, finds the table's model among the page's
 * downloads (<table-download>, written at build time) and draws it as the page does; its links
 * leave the frame. The source line and the link back name that page. A page that moved (an
 * agency's old address: its canonical link names the new one, agency-moved.astro) is followed once.
 */
import type { ShownTable } from '../lib/present/shown-table.ts';
import { findTable, tableEmbedFromSearch } from '../lib/views/table-embed.ts';
import { showEmbedded } from './embed-frame.ts';
import { shownTable } from './shown-table.ts';

class TableEmbed extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const state = tableEmbedFromSearch(location.search);
    const first = state ? new URL(`${this.dataset.base}${state.page}`, location.href) : null;
    const found = first ? await this.load(first, state!.id).catch(() => null) : null;
    if (!found) {
      this.querySelector('.status')!.textContent = '无法显示此表：网址所指的页面或表格不存在。';
      return;
    }
    // The heading says the title; the caption stays for screen readers.
    const { table, page } = found;
    showEmbedded(this, table.title, [shownTable(table, 'data-table', false)], page.href);
  }

  /** The table of `id` on the page and the page it is on, read from the page's HTML without running any of it. */
  private async load(page: URL, id: string, follow = true): Promise<{ table: ShownTable; page: URL } | null> {
    const response = await fetch(page);
    if (!response.ok) return null;
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const tables = [...doc.querySelectorAll<HTMLElement>('table-download')].flatMap((el) => {
      const json = el.querySelector('script[type="application/json"]')?.textContent;
      return json ? [{ table: JSON.parse(json) as ShownTable, key: el.dataset.embedKey ?? '' }] : [];
    });
    const table = findTable(tables, id);
    if (table) return { table, page };
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const moved = canonical && follow ? new URL(canonical, page) : null;
    return moved && moved.origin === location.origin && moved.pathname.startsWith(this.dataset.base!) ? this.load(moved, id, false) : null;
  }
}

customElements.define('table-embed', TableEmbed);
