/**
 * <site-search>: the search page. Agencies whose name matches (name-search.ts: by characters, full
 * pinyin or pinyin initials) come first and link to their agency pages; then Pagefind's full-text
 * results over agency and report pages. The full-text index is in parts (pagefind-parts.ts): the
 * first is loaded as Pagefind's primary index and the others merged into it with `mergeIndex`,
 * on the first full-text search. The filters' values come with the page (search-page.astro), not
 * from Pagefind, whose filter files would otherwise all load. Nothing leaves the site. The query and filters live in the URL (?q=…&年度=…), so the header's
 * search box lands here and a search can be shared. Excerpts keep Pagefind's <mark> and nothing
 * else (dom.ts markedText).
 */
import { firstPage, MatchKind, searchNames, yearsText, type AgencyEntry, type NameMatch } from '../lib/search/name-search.ts';
import type { PartsManifest } from '../lib/search/pagefind-parts.ts';
import { agencyHref, agencyNames } from './agency-names.ts';
import { base, h, markedText } from './dom.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

const FILTERS = ['年度', '层级', '类型'];
/** Values of 类型: name matches are agencies, full-text results are reports. */
const AGENCIES = '机关';
const REPORTS = '年度报告';
/** Full-text results shown at a time (each costs a fragment file of about 1.3 KB). */
const TEXT_PAGE = 10;

interface TextResults {
  total: number;
  more: () => Promise<PagefindResultData[]>;
}

class SiteSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;
  private showAllNames = false;

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

  /** Pagefind with every part of the index merged, loaded on the first full-text search. */
  private fullText(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const root = this.dataset.pagefindRoot!;
      const manifests = JSON.parse(this.dataset.manifests ?? '[]') as string[];
      const lists = await Promise.all(
        manifests.map(async (m) => {
          const r = await fetch(m);
          if (!r.ok) throw new Error(`${m}: HTTP ${r.status}`);
          return ((await r.json()) as PartsManifest).parts;
        }),
      );
      const [first, ...rest] = lists.flat();
      if (first === undefined) throw new Error('no full-text index parts');
      const pagefind = (await import(/* @vite-ignore */ `${root}${first}/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base() });
      await pagefind.init();
      await Promise.all(rest.map((p) => pagefind.mergeIndex(`${root}${p}/`, { baseUrl: base() })));
      return pagefind;
    })();
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  /** Name matches under the page's filters. */
  private async nameMatches(q: string, filters: Record<string, string>): Promise<NameMatch[]> {
    if (!q || (filters['类型'] && filters['类型'] !== AGENCIES)) return [];
    const year = Number(filters['年度']);
    const level = filters['层级'];
    const keep = (e: AgencyEntry) => (!level || e.level === level) && (!filters['年度'] || e.years.includes(year));
    return searchNames(await agencyNames(), q, keep);
  }

  /** Full-text results (report pages); their data is fetched a page at a time by `more`. */
  private async textResults(q: string, filters: Record<string, string>): Promise<TextResults | null> {
    if (filters['类型'] && filters['类型'] !== REPORTS) return null;
    const { 类型: _kind, ...pagefindFilters } = filters;
    if (!q && Object.keys(pagefindFilters).length === 0) return null;
    const pagefind = await this.fullText();
    const found = await pagefind.search(q || null, { filters: pagefindFilters });
    if (!found) return null;
    let shown = 0;
    return {
      total: found.results.length,
      more: () => {
        const next = found.results.slice(shown, (shown += TEXT_PAGE));
        return Promise.all(next.map((r) => r.data()));
      },
    };
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
    // Each half may fail alone (an index that did not load): the other is still shown.
    const failed = Symbol('failed');
    const [names, text] = await Promise.all([
      this.nameMatches(q, filters).catch(() => failed),
      this.textResults(q, filters).catch(() => failed),
    ]);
    if (run !== this.run) return;
    const nameList = names === failed ? [] : (names as NameMatch[]);
    const textList = text === failed ? null : (text as TextResults | null);
    const page = textList ? await textList.more().catch(() => []) : [];
    if (run !== this.run) return;
    this.showAllNames = false;
    this.list.replaceChildren();
    this.renderNames(nameList, run);
    this.renderText(textList, page, run);
    const parts: string[] = [];
    if (names === failed) parts.push('机关名称索引载入失败');
    else if (nameList.length) parts.push(`名称匹配的机关${nameList.length}个`);
    if (text === failed) parts.push('全文索引载入失败');
    else if (textList?.total) parts.push(`报告全文结果${textList.total}个`);
    this.say(parts.length ? `${parts.join('；')}。` : '没有找到结果。');
    this.removeAttribute('aria-busy');
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

  private renderText(text: TextResults | null, page: PagefindResultData[], run: number): void {
    this.list.querySelector('.more-text')?.remove();
    this.list.append(...page.map((d) => this.textItem(d)));
    const shown = this.list.querySelectorAll('.text-hit').length;
    if (text && shown < text.total) {
      this.list.append(
        this.moreItem('more-text', `显示更多报告（已显示${shown}个，共${text.total}个）`, async () => {
          const next = await text.more();
          if (run !== this.run) return;
          this.renderText(text, next, run);
          this.focusResult('.text-hit', shown);
        }),
      );
    }
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
      h('div', { class: 'muted' }, [REPORTS, ...(d.filters['层级'] ?? [])].join(' · ')),
      h('p', null, markedText(d.excerpt)),
    );
  }
}

customElements.define('site-search', SiteSearch);
