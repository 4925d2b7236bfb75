/**
 * <site-search>: queries the Pagefind index of the site itself (no request leaves the site). The
 * query and filters live in the URL (?q=…&年度=…), so the header's search box lands here and a
 * search can be shared. Excerpts keep Pagefind's <mark> and nothing else (dom.ts markedText).
 */
import { h, markedText } from './dom.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const FILTERS = ['年度', '层级', '类型'];
const SHOWN = 30;

class SiteSearch extends HTMLElement {
  private pagefind: Pagefind | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;

  private get form(): HTMLFormElement {
    return this.querySelector('form')!;
  }
  private input(name: string): HTMLInputElement | HTMLSelectElement {
    return this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }
  private say(text: string): void {
    this.querySelector('.status')!.textContent = text;
  }

  async connectedCallback(): Promise<void> {
    const params = new URLSearchParams(location.search);
    this.input('q').value = params.get('q') ?? '';
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search();
    });
    this.form.addEventListener('input', (e) => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search(), (e.target as HTMLElement).tagName === 'SELECT' ? 0 : 250);
    });
    try {
      this.pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
      await this.pagefind.options({ baseUrl: this.dataset.base });
      await this.pagefind.init();
      await this.fillFilters(params);
    } catch {
      this.say('搜索索引载入失败。');
      return;
    }
    if (this.input('q').value || FILTERS.some((f) => params.get(f))) await this.search();
  }

  private async fillFilters(params: URLSearchParams): Promise<void> {
    const available = await this.pagefind!.filters();
    for (const name of FILTERS) {
      const select = this.input(name) as HTMLSelectElement;
      const values = Object.keys(available[name] ?? {}).sort((a, b) => b.localeCompare(a, 'zh-CN', { numeric: true }));
      select.append(...values.map((v) => h('option', { value: v }, v)));
      select.value = params.get(name) ?? '';
    }
  }

  private async search(): Promise<void> {
    if (!this.pagefind) return;
    const run = ++this.run;
    const q = this.input('q').value.trim();
    const filters: Record<string, string> = {};
    for (const name of FILTERS) if (this.input(name).value) filters[name] = this.input(name).value;
    const params = new URLSearchParams(q ? { q, ...filters } : filters);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    const list = this.querySelector('.results')!;
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      this.say('');
      return;
    }
    const found = await this.pagefind.search(q || null, { filters });
    if (!found || run !== this.run) return;
    const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
    if (run !== this.run) return;
    list.replaceChildren(
      ...data.map((d) =>
        h(
          'li',
          null,
          h('a', { class: 'result-title', href: d.url }, d.meta.title ?? d.url),
          h('div', { class: 'muted' }, [...(d.filters['类型'] ?? []), ...(d.filters['层级'] ?? [])].join(' · ')),
          h('p', null, markedText(d.excerpt)),
        ),
      ),
    );
    const total = found.results.length;
    this.say(total ? `找到${total}个结果${total > SHOWN ? `，显示前${SHOWN}个` : ''}。` : '没有找到结果。');
  }
}

customElements.define('site-search', SiteSearch);
