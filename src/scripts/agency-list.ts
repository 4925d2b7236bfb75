/**
 * <agency-list>: filters, sorts and pages the agency rows in memory. Only one page of rows is in
 * the DOM at a time, so thousands of agencies stay fast. The filters live in the URL (?q=&level=
 * &year=&sort=&dir=&page=), so a filtered list can be shared.
 */
import type { ListRow, ListYear } from '../lib/data/list-rows.ts';
import { SMALL_DENOMINATOR } from '../lib/data/stats.ts';
import { h } from './dom.ts';

const PAGE_SIZE = 50;
type SortKey = 'name' | 'level' | 'years' | 'received' | 'share' | 'reconsideration' | 'failed';
const LEVEL_RANK = ['national', 'province', 'city', 'county', 'township', 'unknown'];

interface View {
  row: ListRow;
  year: ListYear;
  share: number | null;
  failed: number;
}

const collator = new Intl.Collator('zh-CN');
const count = new Intl.NumberFormat('zh-CN');
const fmt = (v: number | null) => (v === null ? '—' : count.format(v));

class AgencyList extends HTMLElement {
  private rows: ListRow[] = [];
  private sort: SortKey = 'received';
  private direction: 1 | -1 = -1;
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
        this.direction = this.sort === key ? (this.direction === 1 ? -1 : 1) : key === 'name' || key === 'level' ? 1 : -1;
        this.sort = key;
        this.page = 0;
        this.update();
      });
    }
    this.querySelector('[data-page="prev"]')!.addEventListener('click', () => this.turn(-1));
    this.querySelector('[data-page="next"]')!.addEventListener('click', () => this.turn(1));
    try {
      const response = await fetch(this.dataset.src!);
      this.rows = (await response.json()) as ListRow[];
    } catch {
      this.status.textContent = '载入失败，请刷新重试。';
      return;
    }
    this.update();
  }

  private field(name: string): string {
    return (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  }

  private readUrl(): void {
    const p = new URLSearchParams(location.search);
    for (const name of ['q', 'level', 'year']) {
      const el = this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
      if (p.has(name)) el.value = p.get(name)!;
    }
    const sort = p.get('sort');
    if (sort && ['name', 'level', 'years', 'received', 'share', 'reconsideration', 'failed'].includes(sort)) this.sort = sort as SortKey;
    if (p.get('dir') === 'asc') this.direction = 1;
    if (p.get('dir') === 'desc') this.direction = -1;
    this.page = Math.max(0, Number(p.get('page') ?? 1) - 1) || 0;
  }

  private writeUrl(): void {
    const p = new URLSearchParams();
    for (const name of ['q', 'level', 'year']) if (this.field(name)) p.set(name, this.field(name));
    p.set('sort', this.sort);
    p.set('dir', this.direction === 1 ? 'asc' : 'desc');
    if (this.page > 0) p.set('page', String(this.page + 1));
    history.replaceState(null, '', `${location.pathname}?${p}`);
  }

  private views(): View[] {
    const q = this.field('q').trim();
    const level = this.field('level');
    const year = Number(this.field('year')) || null;
    const out: View[] = [];
    for (const row of this.rows) {
      if (level && row.l !== level) continue;
      if (q && !row.n.includes(q)) continue;
      const y = year === null ? row.y.at(-1) : row.y.find((x) => x[0] === year);
      if (!y) continue;
      const [, , granted, total] = y;
      const share = granted !== null && total !== null && total > 0 ? granted / total : null;
      const failed = year === null ? row.y.reduce((s, x) => s + x[5], 0) : y[5];
      out.push({ row, year: y, share, failed });
    }
    return out;
  }

  private compare(a: View, b: View): number {
    const nullsLast = (x: number | null, y: number | null) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : (x - y) * this.direction);
    switch (this.sort) {
      case 'name': return collator.compare(a.row.n, b.row.n) * this.direction;
      case 'level': return (LEVEL_RANK.indexOf(a.row.l) - LEVEL_RANK.indexOf(b.row.l)) * this.direction;
      case 'years': return (a.row.y.length - b.row.y.length) * this.direction;
      case 'received': return nullsLast(a.year[1], b.year[1]);
      case 'share': return nullsLast(a.share, b.share);
      case 'reconsideration': return nullsLast(a.year[4], b.year[4]);
      case 'failed': return (a.failed - b.failed) * this.direction;
    }
  }

  private turn(step: number): void {
    this.page += step;
    this.update();
    this.querySelector('.table-scroll')?.scrollIntoView({ block: 'start' });
  }

  private update(): void {
    const views = this.views().sort((a, b) => this.compare(a, b) || collator.compare(a.row.n, b.row.n));
    const pages = Math.max(1, Math.ceil(views.length / PAGE_SIZE));
    this.page = Math.min(Math.max(0, this.page), pages - 1);
    const shown = views.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE);
    const href = this.dataset.agencyHref!;
    this.tbody.replaceChildren(
      ...shown.map((v) => {
        const [year, received, , total, reconsideration] = v.year;
        const years = v.row.y.map((x) => x[0]);
        const small = total !== null && total > 0 && total < SMALL_DENOMINATOR;
        return h(
          'tr',
          null,
          h('th', { scope: 'row' }, h('a', { href: `${href}${v.row.s}/` }, v.row.n)),
          h('td', { class: 'text' }, this.levels[v.row.l] ?? v.row.l),
          h('td', { class: 'text nowrap' }, years.length > 1 ? `${years[0]}—${years.at(-1)}` : `${years[0]}`, years.length > 1 ? h('small', null, h('br'), `共${years.length}年`) : null),
          h('td', null, fmt(received), h('small', null, ` (${year})`)),
          h('td', null, v.share === null ? '—' : `${(v.share * 100).toFixed(1)}%`, small ? h('span', { class: 'small-note', title: `分母少于${SMALL_DENOMINATOR}件` }, ' 基数过小') : null),
          h('td', null, fmt(reconsideration)),
          h('td', null, v.failed > 0 ? h('span', { class: 'pill warn' }, String(v.failed)) : '0'),
        );
      }),
    );
    for (const th of this.querySelectorAll<HTMLElement>('th[data-key]')) {
      th.setAttribute('aria-sort', th.dataset.key === this.sort ? (this.direction === 1 ? 'ascending' : 'descending') : 'none');
    }
    this.status.textContent = views.length ? `共${count.format(views.length)}个机关符合条件。` : '没有符合条件的机关。';
    this.pageInfo.textContent = `第${this.page + 1}页，共${pages}页`;
    (this.querySelector('[data-page="prev"]') as HTMLButtonElement).disabled = this.page === 0;
    (this.querySelector('[data-page="next"]') as HTMLButtonElement).disabled = this.page >= pages - 1;
    this.writeUrl();
  }
}

customElements.define('agency-list', AgencyList);
