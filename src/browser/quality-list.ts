/**
 * <quality-list>: the data-quality page's problems, filtered by kind, year and level, sorted by the
 * size of the discrepancy or by year, and paged in the browser (src/lib/views/quality-file.ts). The
 * first page of the default view is in the HTML; every problem loads from rows/quality.json at the
 * first change. The view lives in the URL, so a hunt can be shared; the download holds every
 * problem listed, and 嵌入 the view's first page alone (quality-embed.ts).
 */
import { cellText } from '../lib/present/shown-table.ts';
import { decodeQuality, DEFAULT_QUALITY_QUERY, qualityItems, qualityQueryFromSearch, qualityQueryToSearch, qualityTable, type QualityFile, type QualityItem, type QualityQuery } from '../lib/views/quality-file.ts';
import { QUALITY_PAGE, qualityEmbedSearch, qualityEmbedTitle, qualityStatusText } from '../lib/views/quality-embed.ts';
import { tableFrameHeight } from '../lib/present/chart-image.ts';
import { embedCode } from './charts/export-embed.ts';
import { fetchJson } from './dom.ts';
import { shownRows } from './shown-table.ts';
import type { TableDownload } from './table-download.ts';
import './table-download.ts';

class QualityList extends HTMLElement {
  private items: Promise<QualityItem[]> | undefined;
  private page = 0;
  private run = 0;
  private readonly form = this.querySelector('form')!;
  private readonly download = this.querySelector<TableDownload>('table-download')!;

  connectedCallback(): void {
    const { query, page } = qualityQueryFromSearch(location.search);
    for (const name of ['kind', 'year', 'level', 'place', 'sort'] as const) if (this.field(name)) this.field(name)!.value = String(query[name] ?? '');
    this.page = page;
    this.form.addEventListener('input', () => {
      this.page = 0;
      void this.update();
    });
    this.querySelector('[data-page="prev"]')!.addEventListener('click', () => this.turn(-1));
    this.querySelector('[data-page="next"]')!.addEventListener('click', () => this.turn(1));
    // The first page of the default view is in the HTML; anything else needs every item.
    if (page > 0 || qualityQueryToSearch(this.query(), 0) !== qualityQueryToSearch(DEFAULT_QUALITY_QUERY, 0)) void this.update();
    else void this.load().then((items) => this.enableDownload(items));
  }

  /** A filter of the form; the region filter is absent when no report is placed. */
  private field(name: string): HTMLSelectElement | null {
    return this.form.elements.namedItem(name) as HTMLSelectElement | null;
  }

  private query(): QualityQuery {
    return qualityQueryFromSearch(`?${new URLSearchParams(['kind', 'year', 'level', 'place', 'sort'].map((n) => [n, this.field(n)?.value ?? '']))}`).query;
  }

  private load(): Promise<QualityItem[]> {
    this.items ??= fetchJson<QualityFile>(this.dataset.src!).then(decodeQuality);
    this.items.catch(() => (this.items = undefined));
    return this.items;
  }

  private turn(step: number): void {
    this.page += step;
    void this.update();
    this.querySelector('.table-scroll')?.scrollIntoView({ block: 'nearest' });
  }

  /** The download of every problem of the view, and the 嵌入 of the view. */
  private enableDownload(items: QualityItem[]): void {
    const href = (id: string) => `${this.dataset.reportHref}${id}/`;
    const query = this.query();
    const listed = qualityItems(items, query);
    this.download.setTable(qualityTable(listed, href, { ids: true }));
    this.download.hidden = false;
    const title = qualityEmbedTitle(query, (code) => this.field('place')?.selectedOptions[0]?.text.trim() ?? code);
    this.querySelector('.list-embed-code')!.replaceChildren(embedCode(`${this.dataset.embed}${qualityEmbedSearch(query)}`, title, tableFrameHeight(Math.min(listed.length, QUALITY_PAGE)), '此表'));
  }

  private async update(): Promise<void> {
    const run = ++this.run;
    const status = this.querySelector(':scope > .status')!;
    let all: QualityItem[];
    try {
      status.textContent = '正在载入……';
      all = await this.load();
    } catch {
      status.textContent = '载入失败，请刷新重试。';
      return;
    }
    if (run !== this.run) return;
    const query = this.query();
    const items = qualityItems(all, query);
    const pages = Math.max(1, Math.ceil(items.length / QUALITY_PAGE));
    this.page = Math.min(Math.max(0, this.page), pages - 1);
    const href = (id: string) => `${this.dataset.reportHref}${id}/`;
    const table = qualityTable(items.slice(this.page * QUALITY_PAGE, (this.page + 1) * QUALITY_PAGE), href);
    this.querySelector('tbody')!.replaceChildren(...shownRows(table));
    this.enableDownload(all);
    status.textContent = qualityStatusText(items.length);
    this.querySelector('.page-info')!.textContent = `第${this.page + 1}页，共${pages}页`;
    (this.querySelector('[data-page="prev"]') as HTMLButtonElement).disabled = this.page === 0;
    (this.querySelector('[data-page="next"]') as HTMLButtonElement).disabled = this.page >= pages - 1;
    history.replaceState(null, '', `${location.pathname}${qualityQueryToSearch(query, this.page)}`);
  }
}

customElements.define('quality-list', QualityList);
