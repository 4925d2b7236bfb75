/**
 * <agency-list>: the agency list as a ranking, filtered, sorted and paged in the browser
 * (src/lib/views/list-view.ts). Only one page of rows is in the DOM at a time, so thousands of
 * agencies stay fast. The name box is the site's one name search (characters, pinyin, initials,
 * traditional characters: name-search.ts), whose index loads on the first use. Each item of the
 * checklist (views/checklist.ts) is a column and a filter, and the items met a ranking. The view lives in
 * the URL (list-query.ts), so a ranking can be shared; the download holds every row of the view, and 嵌入 its first page
 * alone (list-embed.ts).
 *
 * The default view shows its first page from a small file of its own, and every agency's row
 * (rows/agencies.json, which grows with the country) is fetched only when the reader changes the
 * view, turns the page or downloads it; any other view waits for every row.
 */
import { searchNames } from '../lib/search/name-search.ts';
import type { Level, Scope } from '../lib/template/schema.ts';
import { CHECKLIST_KEYS, isItemState } from '../lib/views/checklist-items.ts';
import { decodeRows, type FirstPageFile, type ListFile, type ListRow } from '../lib/views/list-file.ts';
import { CHECKLIST_SORT, DEFAULT_QUERY, firstDirection, isDefaultQuery, isSortKey, queryFromSearch, queryToSearch, type ItemFilters, type ListQuery, type SortKey } from '../lib/views/list-query.ts';
import { listEmbedSearch, listEmbedTitle } from '../lib/views/list-embed.ts';
import { listStatusText } from '../lib/views/list-status.ts';
import { PAGE_SIZE, listTable, listView, rowPlace, type ListResult } from '../lib/views/list-view.ts';
import { agencyNames } from './agency-names.ts';
import { fetchJson, h } from './dom.ts';
import type { NumberConditions } from './number-conditions.ts';
import type { ShownTable } from '../lib/present/shown-table.ts';
import { shownRows } from './shown-table.ts';
import type { TableDownload } from './table-download.ts';
import { embedCode } from './charts/export-embed.ts';
import { tableFrameHeight } from '../lib/present/chart-image.ts';
import './number-conditions.ts';
import './table-download.ts';

const pageCount = (rows: number) => Math.max(1, Math.ceil(rows / PAGE_SIZE));

class AgencyList extends HTMLElement {
  /** Every agency, once loaded. */
  private rows: ListRow[] | null = null;
  /** Every agency's row on its way, from the first time a view needs them. */
  private loading: Promise<ListRow[]> | null = null;
  /** The table shows the first page from its own file, and nothing has changed since. */
  private showsFirstPage = false;
  private sort: SortKey = DEFAULT_QUERY.sort;
  private direction: 1 | -1 = DEFAULT_QUERY.direction;
  private page = 0;
  /** Slugs the name box's query matches, once the name index is in; null before. */
  private named: { q: string; slugs: Set<string> } | null = null;
  private run = 0;
  private readonly form = this.querySelector('form')!;
  private readonly conditions = this.querySelector<NumberConditions>('number-conditions')!;
  private readonly download = this.querySelector<TableDownload>('table-download')!;
  private readonly status = this.querySelector(':scope > .status')!;
  private readonly pageInfo = this.querySelector('.page-info')!;
  private readonly levels = JSON.parse(this.dataset.levels ?? '{}') as Record<string, string>;
  private readonly scopes = JSON.parse(this.dataset.scopes ?? '{}') as Record<string, string>;
  /** The names of the places the region filter offers, by code: a row's place is read from them. */
  private readonly places = new Map(Array.from(this.querySelectorAll<HTMLOptionElement>('select[name="place"] option[value]:not([value=""])'), (o) => [o.value, o.text.trim()]));

  async connectedCallback(): Promise<void> {
    this.readUrl();
    this.form.addEventListener('input', (e) => {
      if ((e.target as HTMLElement).getAttribute('name') === 'sort') this.chooseSort(this.field('sort') as SortKey);
      this.page = 0;
      void this.update();
    });
    this.addEventListener('conditionschange', () => {
      this.page = 0;
      void this.update();
    });
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-page="prev"]')!.addEventListener('click', () => this.turn(-1));
    this.querySelector('[data-page="next"]')!.addEventListener('click', () => this.turn(1));
    if (this.page === 0 && isDefaultQuery(this.query()) && (await this.showFirstPage())) return;
    void this.update();
  }

  /**
   * The default view's first page from its own file, unless the view changed meanwhile (update()
   * shows that one); false when the file cannot be had, and the list waits for every row instead.
   */
  private async showFirstPage(): Promise<boolean> {
    const run = this.run;
    const first = await fetchJson<FirstPageFile>(this.dataset.first!)
      .then((f) => ({ count: f.count, rows: decodeRows(f.rows) }))
      .catch(() => null);
    if (!first) return false;
    if (run !== this.run) return true;
    this.showsFirstPage = true;
    this.render(listView(first.rows, DEFAULT_QUERY), first.count);
    return true;
  }

  /** Every agency's row, fetched once, when a view first needs them (a failed fetch is tried again at the next). */
  private everyRow(): Promise<ListRow[]> {
    if (!this.loading) {
      this.loading = fetchJson<ListFile>(this.dataset.src!).then((file) => (this.rows = decodeRows(file)));
      this.loading.catch(() => (this.loading = null));
    }
    return this.loading;
  }

  private field(name: string): string {
    return (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  }

  private setField(name: string, value: string): void {
    (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value = value;
  }

  private query(): ListQuery {
    const min = Math.floor(Number(this.field('min')));
    return {
      q: this.field('q'),
      level: this.field('level'),
      place: this.field('place'),
      year: Number(this.field('year')) || null,
      conditions: this.conditions.conditions,
      check: this.conditions.check,
      items: this.items(),
      sort: this.sort,
      direction: this.direction,
      small: this.field('small') === 'hide' ? 'hide' : 'after',
      min: Number.isFinite(min) && min > 0 ? min : 0,
      failed: this.field('failed') === 'hide' ? 'hide' : 'mark',
    };
  }

  /** The checklist's filters: one select per item, `item-<key>`, blank for any state. */
  private items(): ItemFilters {
    const items: ItemFilters = {};
    for (const key of CHECKLIST_KEYS) {
      const state = this.field(`item-${key}`);
      if (isItemState(state)) items[key] = state;
    }
    return items;
  }

  private readUrl(): void {
    const { query, page } = queryFromSearch(location.search);
    // The form holds the filters: a value its select does not offer is dropped there.
    for (const name of ['q', 'level', 'place', 'year'] as const) this.setField(name, String(query[name] ?? ''));
    this.setField('small', query.small);
    this.setField('failed', query.failed);
    this.setField('min', query.min > 0 ? String(query.min) : '');
    this.conditions.set(query.conditions, query.check);
    for (const key of CHECKLIST_KEYS) this.setField(`item-${key}`, query.items[key] ?? '');
    this.sort = query.sort;
    this.direction = query.direction;
    this.setField('sort', query.sort);
    this.page = page;
  }

  private chooseSort(key: SortKey): void {
    this.direction = this.sort === key ? (this.direction === 1 ? -1 : 1) : firstDirection(key);
    this.sort = key;
    this.setField('sort', key);
  }

  private turn(step: number): void {
    this.page += step;
    void this.update();
    this.querySelector('.table-scroll')?.scrollIntoView({ block: 'start' });
  }

  /** The name search's matches for the box's query, loading the name index on first use. */
  private async nameMatch(q: string): Promise<((row: ListRow) => boolean) | undefined> {
    if (!q.trim()) return undefined;
    if (this.named?.q !== q) {
      try {
        const index = await agencyNames();
        this.named = { q, slugs: new Set(searchNames(index, q).map((m) => m.entry.slug)) };
      } catch {
        // Without the name index the box still filters by the characters of the name.
        return undefined;
      }
    }
    const slugs = this.named.slugs;
    return (row) => slugs.has(row.slug);
  }

  private async update(): Promise<void> {
    const run = ++this.run;
    this.showsFirstPage = false;
    let rows = this.rows;
    if (!rows) {
      this.status.textContent = '正在载入……';
      try {
        rows = await this.everyRow();
      } catch {
        if (run === this.run) this.status.textContent = '载入失败，请刷新重试。';
        return;
      }
      if (run !== this.run) return;
    }
    const query = this.query();
    if (query.q.trim() && this.named?.q !== query.q) this.status.textContent = '正在载入名称索引……';
    const match = await this.nameMatch(query.q);
    if (run !== this.run) return;
    const result = listView(rows, query, match);
    this.page = Math.min(Math.max(0, this.page), pageCount(result.views.length) - 1);
    this.render(result, result.views.length);
  }

  /** One page of a view, of `total` rows in all. */
  private render(result: ListResult, total: number): void {
    const query = this.showsFirstPage ? DEFAULT_QUERY : this.query();
    const shown = this.showsFirstPage ? result.views.slice(0, PAGE_SIZE) : result.views.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE);
    const table = listTable(result, shown, query, this.links);
    this.renderHead(table.columns);
    this.querySelector('tbody')!.replaceChildren(...shownRows(table));
    // The download holds every row of the view: the first page's view fetches them when asked for.
    this.download.hidden = false;
    this.download.setTable(this.showsFirstPage ? () => this.everyRow().then((rows) => this.fileTable(listView(rows, DEFAULT_QUERY), DEFAULT_QUERY)) : this.fileTable(result, query));
    this.querySelector('.list-embed-code')!.replaceChildren(embedCode(`${this.dataset.embed}${listEmbedSearch(query)}`, listEmbedTitle(query, (l) => this.levels[l] ?? l, (c) => this.places.get(c) ?? c), tableFrameHeight(Math.min(total, PAGE_SIZE)), '此表'));
    const pages = pageCount(total);
    this.status.textContent = listStatusText(result, total, query);
    this.pageInfo.textContent = `第${this.page + 1}页，共${pages}页`;
    (this.querySelector('[data-page="prev"]') as HTMLButtonElement).disabled = this.page === 0;
    (this.querySelector('[data-page="next"]') as HTMLButtonElement).disabled = this.page >= pages - 1;
    history.replaceState(null, '', `${location.pathname}${queryToSearch(query, this.page)}`);
  }

  private renderHead(columns: { label: string; key?: string; term?: string }[]): void {
    const row = h(
      'tr',
      null,
      ...columns.map((c) => {
        const th = h('th', { scope: 'col' });
        if (c.key && isSortKey(c.key)) {
          const key = c.key;
          th.dataset.key = key;
          th.setAttribute('aria-sort', key === this.sort ? (this.direction === 1 ? 'ascending' : 'descending') : 'none');
          const button = h('button', { type: 'button', class: 'sort-button' }, c.label);
          button.addEventListener('click', () => {
            this.chooseSort(key);
            this.page = 0;
            void this.update();
          });
          th.append(button);
        } else {
          th.append(c.label);
          if (c.label === '名次') th.title = this.sort === CHECKLIST_SORT ? '在所选层级、地区和年度的机关中，按满足的项数排出的名次；未知的项不算满足，项数相同的名次相同，没有一项可知的不排名次' : '在所选层级、地区和年度的机关中，按排序的一栏排出的名次；比例基数过小的不排名次；全辖区汇总报告只在汇总报告之间排名次';
        }
        if (c.term) th.append(h('button', { type: 'button', class: 'term-tip', popovertarget: `term-${c.term}`, 'aria-label': `“${c.label}”是什么意思` }, '?'));
        return th;
      }),
    );
    this.querySelector('thead')!.replaceChildren(row);
  }

  private readonly links = { levelLabel: (l: Level) => this.levels[l] ?? l, scopeLabel: (s: Scope) => this.scopes[s] ?? s, agencyHref: (slug: string) => `${this.dataset.agencyHref}${slug}/`, place: (row: ListRow) => rowPlace(row, this.places) };

  /** The download's table: every row of the view. */
  private fileTable(result: ListResult, query: ListQuery): ShownTable {
    return { ...listTable(result, result.views, query, this.links, true), title: this.fileTitle(query) };
  }

  /** The file name of the download: the list and what narrows it. */
  private fileTitle(query: ListQuery): string {
    const parts = ['机关列表', query.year ? `${query.year}年` : '', query.level ? (this.levels[query.level] ?? '') : ''];
    return parts.filter(Boolean).join('-');
  }
}

customElements.define('agency-list', AgencyList);
