/**
 * <site-search>: the search page. Agencies whose name matches (name-search.ts: by characters, full
 * pinyin or pinyin initials) come first and link to their agency pages; then Pagefind's full-text
 * results over the report pages (full-text.ts: the index is in parts, searched newest first and
 * loaded as far as needed, and the status says which years were searched). The filters' values
 * come with the page (search-page.astro), not from Pagefind, whose filter files would otherwise
 * all load. Nothing leaves the site. The query and filters live in the URL (?q=…&年度=…), so the
 * header's search box lands here and a search can be shared. Excerpts keep Pagefind's <mark> and
 * nothing else (dom.ts markedText).
 */
import { firstPage, MatchKind, searchNames, yearsText, type AgencyEntry, type NameMatch } from '../lib/search/name-search.ts';
import { partsYearsText, REPORT_KIND, type PartEntry } from '../lib/search/pagefind-parts.ts';
import { agencyHref, agencyNames } from './agency-names.ts';
import { h, markedText } from './dom.ts';
import { FullText, type PagefindResultData, type TextSearch } from './full-text.ts';

const FILTERS = ['年度', '层级', '类型'];
/** Values of 类型: name matches are agencies, full-text results are reports. */
const AGENCIES = '机关';
const count = new Intl.NumberFormat('zh-CN');
/** A half of the search (names, full text) whose index did not load; the other half is still shown. */
const FAILED: unique symbol = Symbol('failed');
type Failed = typeof FAILED;

class SiteSearch extends HTMLElement {
  private fullText: FullText | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;
  private showAllNames = false;
  /** The name matches shown, for the status line when more full-text results come in. */
  private names: NameMatch[] | Failed = [];

  private get form(): HTMLFormElement {
    return this.querySelector('form')!;
  }
  private get list(): HTMLOListElement {
    return this.querySelector('.results')!;
  }
  private input(name: string): HTMLInputElement | HTMLSelectElement {
    return this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }
  private say(text: string): void {
    this.querySelector('.status')!.textContent = text;
  }

  connectedCallback(): void {
    const params = new URLSearchParams(location.search);
    for (const name of ['q', ...FILTERS]) this.input(name).value = params.get(name) ?? '';
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search();
    });
    this.form.addEventListener('input', (e) => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search(), (e.target as HTMLElement).tagName === 'SELECT' ? 0 : 200);
    });
    if (this.input('q').value || FILTERS.some((f) => params.get(f))) void this.search();
  }

  /** Name matches under the page's filters. */
  private async nameMatches(q: string, filters: Record<string, string>): Promise<NameMatch[]> {
    if (!q || (filters['类型'] && filters['类型'] !== AGENCIES)) return [];
    const year = Number(filters['年度']);
    const level = filters['层级'];
    const keep = (e: AgencyEntry) => (!level || e.level === level) && (!filters['年度'] || e.years.includes(year));
    return searchNames(await agencyNames(), q, keep);
  }

  /** The full-text search (report pages) under the page's filters; null when it has nothing to search for. */
  private textSearch(q: string, filters: Record<string, string>): Promise<TextSearch> | null {
    if (filters['类型'] && filters['类型'] !== REPORT_KIND) return null;
    const { 类型: _kind, ...pagefindFilters } = filters;
    if (!q && Object.keys(pagefindFilters).length === 0) return null;
    this.fullText ??= new FullText(this.dataset.pagefindRoot!, JSON.parse(this.dataset.manifests ?? '[]') as string[]);
    return this.fullText.search(q || null, pagefindFilters);
  }

  private async search(): Promise<void> {
    const run = ++this.run;
    const q = this.input('q').value.trim();
    const filters: Record<string, string> = {};
    for (const name of FILTERS) if (this.input(name).value) filters[name] = this.input(name).value;
    const params = new URLSearchParams(q ? { q, ...filters } : filters);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!q && Object.keys(filters).length === 0) {
      this.list.replaceChildren();
      this.say('');
      this.removeAttribute('aria-busy');
      return;
    }
    this.setAttribute('aria-busy', 'true');
    this.say('正在搜索…');
    const [names, text] = await Promise.all([
      this.nameMatches(q, filters).catch((): Failed => FAILED),
      (this.textSearch(q, filters) ?? Promise.resolve(null)).catch((): Failed => FAILED),
    ]);
    if (run !== this.run) return;
    const page = text && text !== FAILED ? await text.more().catch(() => []) : [];
    if (run !== this.run) return;
    this.names = names;
    this.showAllNames = false;
    this.list.replaceChildren();
    this.renderNames(names === FAILED ? [] : names, run);
    this.renderText(text === FAILED ? null : text, page, run);
    this.say(this.statusText(text));
    this.removeAttribute('aria-busy');
  }

  /** What was found; when part of the full-text index is not searched yet, which years were and were not. */
  private statusText(text: TextSearch | null | Failed): string {
    const parts: string[] = [];
    if (this.names === FAILED) parts.push('机关名称索引载入失败');
    else if (this.names.length) parts.push(`名称匹配的机关${count.format(this.names.length)}个`);
    if (text === FAILED) parts.push('全文索引载入失败');
    else if (text) {
      const found = text.results.length ? `报告全文结果${count.format(text.results.length)}个` : null;
      const reports = (ps: PartEntry[]) => `${partsYearsText(ps)}的${count.format(ps.reduce((n, p) => n + p.pages, 0))}份报告`;
      if (text.left.length) parts.push(`已搜索${reports(text.searched)}，${found ?? '全文中没有找到'}`, `${reports(text.left)}尚未搜索`);
      else if (found) parts.push(found);
    }
    return parts.length ? `${parts.join('；')}。` : '没有找到结果。';
  }

  private renderNames(matches: NameMatch[], run: number): void {
    const shown = this.showAllNames ? matches : firstPage(matches);
    const items = shown.map((m) => this.nameItem(m));
    this.list.querySelectorAll('.name-hit, .more-names').forEach((el) => el.remove());
    if (shown.length < matches.length) {
      items.push(
        this.moreItem('more-names', `显示全部${matches.length}个名称匹配的机关`, () => {
          if (run !== this.run) return;
          this.showAllNames = true;
          this.renderNames(matches, run);
          this.focusResult('.name-hit', shown.length);
        }),
      );
    }
    this.list.prepend(...items);
  }

  /**
   * Appends a page of full-text results and the button for the next: more of the results found,
   * or, when all are shown, the next (older) part of the index.
   */
  private renderText(text: TextSearch | null, page: PagefindResultData[], run: number): void {
    this.list.querySelector('.more-text')?.remove();
    this.list.append(...page.map((d) => this.textItem(d)));
    if (!text) return;
    const shown = this.list.querySelectorAll('.text-hit').length;
    const label =
      text.unshown > 0
        ? `显示更多报告（已显示${count.format(shown)}个，共${count.format(text.results.length)}个）`
        : text.left.length > 0
          ? `继续搜索${partsYearsText(text.left.slice(0, 1))}的报告`
          : null;
    if (!label) return;
    this.list.append(
      this.moreItem('more-text', label, async () => {
        this.setAttribute('aria-busy', 'true');
        const next = await text.more().catch(() => null);
        if (run !== this.run) return;
        this.removeAttribute('aria-busy');
        if (!next) {
          this.say('全文索引载入失败，请重试。');
          this.renderText(text, [], run);
          return;
        }
        this.renderText(text, next, run);
        this.say(this.statusText(text));
        this.focusResult('.text-hit', shown);
      }),
    );
  }

  /** After “显示更多”, whose button is gone: the keyboard continues at the first new result. */
  private focusResult(selector: string, index: number): void {
    this.list.querySelectorAll<HTMLElement>(`${selector} .result-title`)[index]?.focus();
  }

  private moreItem(className: string, label: string, onClick: () => void): HTMLLIElement {
    const button = h('button', { type: 'button' }, label);
    button.addEventListener('click', onClick, { once: true });
    return h('li', { class: `more ${className}` }, button);
  }

  private nameItem(m: NameMatch): HTMLLIElement {
    const e = m.entry;
    // The pinyin is shown when it is what matched, so that one sees why.
    const pinyin = m.kind >= MatchKind.pinyinPrefix ? h('span', { lang: 'zh-Latn-pinyin' }, e.syllables.join(' ')) : null;
    return h(
      'li',
      { class: 'name-hit' },
      h('a', { class: 'result-title', href: agencyHref(e) }, e.name),
      h('div', { class: 'muted' }, [AGENCIES, e.level, e.region, yearsText(e.years)].filter(Boolean).join(' · '), pinyin && ' · ', pinyin),
    );
  }

  private textItem(d: PagefindResultData): HTMLLIElement {
    return h(
      'li',
      { class: 'text-hit' },
      h('a', { class: 'result-title', href: d.url }, d.meta.title ?? d.url),
      h('div', { class: 'muted' }, [REPORT_KIND, ...(d.filters['层级'] ?? [])].join(' · ')),
      h('p', null, markedText(d.excerpt)),
    );
  }
}

customElements.define('site-search', SiteSearch);
