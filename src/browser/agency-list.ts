/**
 * <agency-list>: filters, sorts and pages the agency rows in the browser (src/lib/views/list-view.ts).
 * Only one page of rows is in the DOM at a time, so thousands of agencies stay fast. The filters
 * live in the URL (?q=&level=&year=&sort=&dir=&page=), so a filtered list can be shared.
 *
 * The default view first shows its first page from a small file of its own, while every agency's
 * row loads; any other view, or any change, waits for every row.
 */
import { DEFAULT_QUERY, PAGE_SIZE, decodeRows, firstDirection, isDefaultQuery, listView, queryFromSearch, queryToSearch, type FirstPageFile, type ListFile, type ListQuery, type ListRow, type ListView, type SortKey } from '../lib/views/list-view.ts';
import { SMALL_DENOMINATOR } from '../lib/measures/stats.ts';
import { formatCount, formatPercent } from '../lib/present/format.ts';
import { fetchJson, h } from './dom.ts';

const count = new Intl.NumberFormat('zh-CN');
const pageCount = (rows: number) => Math.max(1, Math.ceil(rows / PAGE_SIZE));

class AgencyList extends HTMLElement {
  /** Every agency, once loaded. */
  private rows: ListRow[] | null = null;
  /** The table shows the first page from its own file, and nothing has changed since. */
  private showsFirstPage = false;
  private sort: SortKey = DEFAULT_QUERY.sort;
  private direction: 1 | -1 = DEFAULT_QUERY.direction;
  private page = 0;
  private readonly form = this.querySelector('form')!;
  private readonly tbody = this.querySelector('tbody')!;
  private readonly status = this.querySelector('.status')!;
  private readonly pageInfo = this.querySelector('.page-info')!;
  private readonly levels = JSON.parse(this.dataset.levels ?? '{}') as Record<string, string>;

  async connectedCallback(): Promise<void> {
    this.readUrl();
    this.form.addEventListener('input', () => {
      this.page = 0;
      this.update();
    });
    this.form.addEventListener('submit', (e) => e.preventDefault());
    for (const th of this.querySelectorAll<HTMLElement>('th[data-key]')) {
      th.querySelector('button')!.addEventListener('click', () => {
        const key = th.dataset.key as SortKey;
        this.direction = this.sort === key ? (this.direction === 1 ? -1 : 1) : firstDirection(key);
        this.sort = key;
        this.page = 0;
        this.update();
      });
    }
    this.querySelector('[data-page="prev"]')!.addEventListener('click', () => this.turn(-1));
    this.querySelector('[data-page="next"]')!.addEventListener('click', () => this.turn(1));
    const rows = fetchJson<ListFile>(this.dataset.src!).then(decodeRows);
    if (this.page === 0 && isDefaultQuery(this.query())) void this.showFirstPage();
    try {
      this.rows = await rows;
    } catch {
      this.status.textContent = '载入失败，请刷新重试。';
      return;
    }
    if (!this.showsFirstPage) this.update();
  }

  /** Unless every row came first, or the view changed meanwhile. */
  private async showFirstPage(): Promise<void> {
    // Without this file the list still shows, once every row has loaded.
    const first = await fetchJson<FirstPageFile>(this.dataset.first!)
      .then((f) => ({ count: f.count, rows: decodeRows(f.rows) }))
      .catch(() => null);
    if (!first || this.rows || this.page > 0 || !isDefaultQuery(this.query())) return;
    this.render(listView(first.rows, DEFAULT_QUERY), first.count);
    this.showsFirstPage = true;
  }

  private field(name: string): string {
    return (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  }

  private query(): ListQuery {
    return { q: this.field('q'), level: this.field('level'), year: Number(this.field('year')) || null, sort: this.sort, direction: this.direction };
  }

  private readUrl(): void {
    const { query, page } = queryFromSearch(location.search);
    // The form holds the filters: a value its select does not offer is dropped there.
    for (const name of ['q', 'level', 'year'] as const) {
      (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value = String(query[name] ?? '');
    }
    this.sort = query.sort;
    this.direction = query.direction;
    this.page = page;
  }

  private turn(step: number): void {
    this.page += step;
    this.update();
    this.querySelector('.table-scroll')?.scrollIntoView({ block: 'start' });
  }

  private update(): void {
    if (!this.rows) {
      this.showsFirstPage = false;
      this.status.textContent = '正在载入……';
      return;
    }
    const views = listView(this.rows, this.query());
    this.page = Math.min(Math.max(0, this.page), pageCount(views.length) - 1);
    this.render(views.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE), views.length);
  }

  /** One page of a view, of `total` rows in all. */
  private render(shown: ListView[], total: number): void {
    const pages = pageCount(total);
    const href = this.dataset.agencyHref!;
    this.tbody.replaceChildren(
      ...shown.map((v) => {
        const years = v.row.years.map((y) => y.year);
        return h(
          'tr',
          null,
          h('th', { scope: 'row' }, h('a', { href: `${href}${v.row.slug}/` }, v.row.name)),
          h('td', { class: 'text' }, this.levels[v.row.level] ?? v.row.level),
          h('td', { class: 'text nowrap' }, years.length > 1 ? `${years[0]}—${years.at(-1)}` : `${years[0]}`, years.length > 1 ? h('small', null, h('br'), `共${years.length}年`) : null),
          ...v.cells.map((cell, i) =>
            h(
              'td',
              null,
              cell.share ? formatPercent(cell.value) : formatCount(cell.value),
              cell.share?.small ? h('span', { class: 'small-note', title: `分母少于${SMALL_DENOMINATOR}件` }, ' 基数过小') : null,
              // The first column names the year the numbers are of.
              i === 0 ? h('small', null, ` (${v.year.year})`) : null,
            ),
          ),
          h('td', null, v.failed > 0 ? h('span', { class: 'pill warn' }, String(v.failed)) : '0'),
        );
      }),
    );
    for (const th of this.querySelectorAll<HTMLElement>('th[data-key]')) {
      th.setAttribute('aria-sort', th.dataset.key === this.sort ? (this.direction === 1 ? 'ascending' : 'descending') : 'none');
    }
    this.status.textContent = total ? `共${count.format(total)}个机关符合条件。` : '没有符合条件的机关。';
    this.pageInfo.textContent = `第${this.page + 1}页，共${pages}页`;
    (this.querySelector('[data-page="prev"]') as HTMLButtonElement).disabled = this.page === 0;
    (this.querySelector('[data-page="next"]') as HTMLButtonElement).disabled = this.page >= pages - 1;
    history.replaceState(null, '', `${location.pathname}${queryToSearch(this.query(), this.page)}`);
  }
}

customElements.define('agency-list', AgencyList);
