/**
 * <site-search>: the search page. Words search the reports' text; numbers are searched by
 * conditions.
 *
 * - Agencies whose name matches (name-search.ts: characters, full pinyin, initials, traditional
 *   characters) come first and link to their agency pages.
 * - Then Pagefind's full-text results over the report pages (full-text.ts: the index is in parts,
 *   searched newest first and loaded as far as needed; the status says which years were
 *   searched), by relevance and then the newer first. A phrase in quotes ("…", “…”, 「…」) keeps
 *   only the reports whose text holds it as written (phrase.ts).
 * - Conditions on numbers (行政复议 > 0, a failed check: number-conditions.ts) are met from the
 *   agency rows the list uses (rows/agencies.json): alone, they list the reports that meet them as
 *   a table with its download and its 嵌入 (report-matches.ts, search-embed.ts); with words, they narrow the results to those
 *   reports and their agencies.
 *
 * The filters' values come with the page (search-page.astro), not from Pagefind, whose filter
 * files would otherwise all load. Nothing leaves the site. The query, filters and conditions live
 * in the URL (?q=…&年度=…&f=…), so the header's search box lands here and a search can be shared.
 * Excerpts keep Pagefind's <mark> and nothing else (dom.ts markedText).
 */
import { yearsText } from '../lib/present/format.ts';
import { firstPage, MatchKind, searchNames, type AgencyEntry, type NameMatch } from '../lib/search/name-search.ts';
import { partsYearsText, REPORT_KIND, type PartEntry } from '../lib/search/pagefind-parts.ts';
import { holdsPhrases, parseQuery } from '../lib/search/phrase.ts';
import type { Level } from '../lib/template/schema.ts';
import { decodeRows, type ListFile, type ListRow } from '../lib/views/list-file.ts';
import { filtersFromParams, filtersToParams } from '../lib/views/list-query.ts';
import { matchTable, reportMatches, type MatchFilters, type ReportMatch } from '../lib/views/report-matches.ts';
import { MATCH_PAGE, matchCountText, matchEmbedSearch, matchEmbedTitle } from '../lib/views/search-embed.ts';
import { tableFrameHeight } from '../lib/present/chart-image.ts';
import { embedCode } from './charts/export-embed.ts';
import { agencyHref, agencyNames } from './agency-names.ts';
import { fetchJson, h, markedText } from './dom.ts';
import { FullText, type Keep, type PagefindResultData, type TextSearch } from './full-text.ts';
import type { NumberConditions } from './number-conditions.ts';
import { shownTable } from './shown-table.ts';
import type { TableDownload } from './table-download.ts';
import './number-conditions.ts';
import './table-download.ts';

const FILTERS = ['年度', '层级', '类型'];
/** Values of 类型: name matches are agencies, full-text results are reports. */
const AGENCIES = '机关';
const count = new Intl.NumberFormat('zh-CN');
/** A half of the search (names, full text) whose index did not load; the other half is still shown. */
const FAILED: unique symbol = Symbol('failed');
type Failed = typeof FAILED;

class SiteSearch extends HTMLElement {
  private fullText: FullText | undefined;
  private rows: Promise<ListRow[]> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;
  private showAllNames = false;
  /** The name matches shown, for the status line when more full-text results come in. */
  private names: NameMatch[] | Failed = [];
  /** The reports meeting the conditions, when there are conditions. */
  private meeting: ReportMatch[] | Failed | null = null;
  private phrases: string[] = [];
  private readonly conditions = this.querySelector<NumberConditions>('number-conditions')!;
  private readonly levels = JSON.parse(this.dataset.levels ?? '{}') as Record<Level, string>;

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
    this.querySelector(':scope > .status')!.textContent = text;
  }

  connectedCallback(): void {
    const params = new URLSearchParams(location.search);
    for (const name of ['q', ...FILTERS]) this.input(name).value = params.get(name) ?? '';
    const { conditions, check } = filtersFromParams(params);
    this.conditions.set(conditions, check);
    const place = this.form.elements.namedItem('place') as HTMLSelectElement | null;
    if (place) place.value = params.get('place') ?? '';
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search();
    });
    this.form.addEventListener('input', (e) => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search(), (e.target as HTMLElement).tagName === 'SELECT' ? 0 : 200);
    });
    this.addEventListener('conditionschange', () => void this.search());
    if (this.input('q').value || FILTERS.some((f) => params.get(f)) || this.hasConditions()) void this.search();
  }

  /** The region filter: a division code, or ''. It narrows the reports meeting the conditions and the agencies named. */
  private place(): string {
    return (this.form.elements.namedItem('place') as HTMLSelectElement | null)?.value ?? '';
  }

  /** Conditions on numbers, a failed check or a region: filters met from the agency rows, not by Pagefind. */
  private placeName(): string {
    const select = this.form.elements.namedItem('place') as HTMLSelectElement | null;
    return select?.selectedOptions[0]?.textContent?.trim() ?? '';
  }

  private hasConditions(): boolean {
    return this.conditions.conditions.length > 0 || this.conditions.check !== '' || this.place() !== '';
  }

  /** The reports meeting the conditions under the page's year and level filters; null without conditions. */
  private async conditionMatches(filters: Record<string, string>): Promise<ReportMatch[] | null> {
    if (!this.hasConditions()) return null;
    this.rows ??= fetchJson<ListFile>(this.dataset.rows!).then(decodeRows);
    this.rows.catch(() => (this.rows = undefined));
    return reportMatches(await this.rows, this.matchFilters(filters));
  }

  /** The state of the reports meeting the conditions: the conditions, the page's year and level filters, the region. */
  private matchFilters(filters: Record<string, string>): MatchFilters {
    const level = (Object.keys(this.levels) as Level[]).find((l) => this.levels[l] === filters['层级']) ?? '';
    return { conditions: this.conditions.conditions, check: this.conditions.check, year: Number(filters['年度']) || null, level, place: this.place() };
  }

  /** Name matches under the page's filters (and, with conditions, agencies with a report meeting them). */
  private async nameMatches(q: string, filters: Record<string, string>, matches: ReportMatch[] | null): Promise<NameMatch[]> {
    if (!q || (filters['类型'] && filters['类型'] !== AGENCIES)) return [];
    const year = Number(filters['年度']);
    const level = filters['层级'];
    const meeting = matches && new Set(matches.map((m) => m.row.slug));
    const keep = (e: AgencyEntry) => (!level || e.level === level) && (!filters['年度'] || e.years.includes(year)) && (!meeting || meeting.has(e.slug));
    return searchNames(await agencyNames(), q, keep);
  }

  /** The full-text search (report pages) under the page's filters; null when it has nothing to search for. */
  private textSearch(q: string, filters: Record<string, string>, matches: ReportMatch[] | null): Promise<TextSearch> | null {
    if (filters['类型'] && filters['类型'] !== REPORT_KIND) return null;
    const { 类型: _kind, ...pagefindFilters } = filters;
    // Conditions alone list their reports as a table; full text is for words.
    if (!q && (matches || Object.keys(pagefindFilters).length === 0)) return null;
    const { text, phrases } = parseQuery(q);
    this.phrases = phrases;
    const ids = matches && new Set(matches.map((m) => m.year.id));
    const keep: Keep | undefined =
      phrases.length || ids ? (d) => holdsPhrases(d.content ?? '', phrases) && (!ids || ids.has(/\/report\/([^/]+)\/?$/.exec(d.url)?.[1] ?? '')) : undefined;
    this.fullText ??= new FullText(this.dataset.pagefindRoot!, JSON.parse(this.dataset.manifests ?? '[]') as string[]);
    return this.fullText.search(text || null, pagefindFilters, keep);
  }

  private async search(): Promise<void> {
    const run = ++this.run;
    const q = this.input('q').value.trim();
    const filters: Record<string, string> = {};
    for (const name of FILTERS) if (this.input(name).value) filters[name] = this.input(name).value;
    const params = new URLSearchParams(q ? { q, ...filters } : filters);
    filtersToParams(params, this.conditions.conditions, this.conditions.check);
    if (this.place()) params.set('place', this.place());
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    this.querySelector('.matches')!.replaceChildren();
    if (!q && Object.keys(filters).length === 0 && !this.hasConditions()) {
      this.list.replaceChildren();
      this.say('');
      this.removeAttribute('aria-busy');
      return;
    }
    this.setAttribute('aria-busy', 'true');
    this.say('正在搜索…');
    const matches = await this.conditionMatches(filters).catch((): Failed => FAILED);
    if (run !== this.run) return;
    const meeting = matches === FAILED ? null : matches;
    const [names, text] = await Promise.all([
      this.nameMatches(q, filters, meeting).catch((): Failed => FAILED),
      (this.textSearch(q, filters, meeting) ?? Promise.resolve(null)).catch((): Failed => FAILED),
    ]);
    if (run !== this.run) return;
    const page = text && text !== FAILED ? await text.more().catch(() => []) : [];
    if (run !== this.run) return;
    this.names = names;
    this.meeting = matches;
    this.showAllNames = false;
    this.list.replaceChildren();
    if (!q && matches && matches !== FAILED && (!filters['类型'] || filters['类型'] === REPORT_KIND)) this.renderMatches(matches, MATCH_PAGE, this.matchFilters(filters));
    this.renderNames(names === FAILED ? [] : names, run);
    this.renderText(text === FAILED ? null : text, page, run);
    this.say(this.statusText(text));
    this.removeAttribute('aria-busy');
  }

  /** The reports meeting the conditions (words absent): the first `shown` of them, and the download of all. */
  private renderMatches(matches: ReportMatch[], shown: number, f: MatchFilters): void {
    const links = { levelLabel: (l: Level) => this.levels[l] ?? l, reportHref: (id: string) => `${this.dataset.reportHref}${id}/` };
    const box = this.querySelector('.matches')!;
    if (matches.length === 0) return void box.replaceChildren();
    const download = document.createElement('table-download') as TableDownload;
    download.dataset.label = '全部符合条件的报告';
    download.dataset.name = '符合数字条件的报告';
    download.setTable(matchTable(matches, f, links));
    const more =
      shown < matches.length
        ? h('button', { type: 'button' }, `显示更多报告（已显示${count.format(shown)}份，共${count.format(matches.length)}份）`)
        : null;
    more?.addEventListener('click', () => this.renderMatches(matches, shown + MATCH_PAGE, f));
    const embed = embedCode(`${this.dataset.embed}${matchEmbedSearch(f, this.levels)}`, matchEmbedTitle(f, this.levels, f.place ? this.placeName() : ''), tableFrameHeight(Math.min(matches.length, MATCH_PAGE)), '此表');
    box.replaceChildren(download, embed, shownTable(matchTable(matches.slice(0, shown), f, links)), ...(more ? [more] : []));
  }

  /** What was found; when part of the full-text index is not searched yet, which years were and were not. */
  private statusText(text: TextSearch | null | Failed): string {
    const parts: string[] = [];
    if (this.meeting === FAILED) parts.push('机关数字载入失败，数字条件未能使用');
    else if (this.meeting) parts.push(matchCountText(this.conditions, this.place() ? this.placeName() : '', this.meeting.length));
    if (this.names === FAILED) parts.push('机关名称索引载入失败');
    else if (this.names.length) parts.push(`名称匹配的机关${count.format(this.names.length)}个`);
    if (text === FAILED) parts.push('全文索引载入失败');
    else if (text) {
      const phrase = this.phrases.length ? `含${this.phrases.map((p) => `“${p}”`).join('、')}的` : '';
      const found = text.filtered
        ? `${phrase}报告全文结果已找到${count.format(text.kept)}个（核对了${count.format(text.checked)}个候选结果，共${count.format(text.results.length)}个）`
        : text.results.length
          ? `报告全文结果${count.format(text.results.length)}个`
          : null;
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
        ? text.filtered
          ? `继续核对更多结果（已显示${count.format(shown)}个）`
          : `显示更多报告（已显示${count.format(shown)}个，共${count.format(text.results.length)}个）`
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
