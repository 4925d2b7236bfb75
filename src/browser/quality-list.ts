/**
 * <quality-list>: one problem group of the data-quality page, a page of reports at a time. The
 * first page is in the HTML; the others are loaded from `<data-src><n>.json` when the reader
 * turns pages (src/lib/views/quality.ts).
 */
import type { QualityItem } from '../lib/views/quality.ts';
import { fetchJson, h } from './dom.ts';

class QualityList extends HTMLElement {
  private page = 1;
  private readonly pages = Number(this.dataset.pages ?? 1);

  connectedCallback(): void {
    this.querySelector('[data-page="prev"]')?.addEventListener('click', () => void this.show(this.page - 1));
    this.querySelector('[data-page="next"]')?.addEventListener('click', () => void this.show(this.page + 1));
  }

  private async show(page: number): Promise<void> {
    if (page < 1 || page > this.pages) return;
    const status = this.querySelector('.status')!;
    let items: QualityItem[];
    try {
      items = await fetchJson<QualityItem[]>(`${this.dataset.src}${page}.json`);
    } catch {
      status.textContent = '载入失败，请刷新重试。';
      return;
    }
    status.textContent = '';
    this.page = page;
    const href = this.dataset.reportHref!;
    this.querySelector('tbody')!.replaceChildren(
      ...items.map((x) =>
        h('tr', null, h('th', { scope: 'row' }, h('a', { href: `${href}${x.id}/` }, x.agency)), h('td', null, x.year ?? '—'), h('td', null, x.count), h('td', { class: 'text' }, x.detail)),
      ),
    );
    this.querySelector('.page-info')!.textContent = `第${page}页，共${this.pages}页`;
    (this.querySelector('[data-page="prev"]') as HTMLButtonElement).disabled = page === 1;
    (this.querySelector('[data-page="next"]') as HTMLButtonElement).disabled = page === this.pages;
    this.querySelector('.table-scroll')?.scrollIntoView({ block: 'nearest' });
  }
}

customElements.define('quality-list', QualityList);
