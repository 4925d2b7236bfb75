/**
 * The site's one agency-name box, used by the header's search box and the compare picker: as one
 * types it suggests the agencies whose name matches (name-search.ts: characters, pinyin,
 * initials, traditional characters), following the WAI-ARIA combobox pattern with a listbox
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). The input keeps the focus throughout:
 * ArrowDown and ArrowUp move through the suggestions (aria-activedescendant; past either end, back
 * to the input), Enter takes the one chosen, Escape closes the list, Home and End move the caret
 * in the input. Each suggestion says the agency's level, where it is (from its division, never
 * from its name: 未归入地区 when unplaced) and its years, so that namesakes can be told apart. The
 * markup is name-box.astro's; the name index is fetched on the first focus, not with the page.
 */
import { searchNames, suggestionDetail, type AgencyEntry, type NameMatch } from '../lib/search/name-search.ts';
import { agencyNames } from './agency-names.ts';
import { h } from './dom.ts';

export interface NameBoxOptions {
  /** How many agencies are suggested at most. */
  shown: number;
  /** Which agencies may be suggested, asked at every suggestion (the compare picker: not chosen yet, in its region). */
  keep?: (entry: AgencyEntry) => boolean;
  /** Where taking a suggestion leads (the header's box: the agency's page). */
  href?: (entry: AgencyEntry) => string;
  /** What taking a suggestion does otherwise (the compare picker: add the agency). */
  choose?: (entry: AgencyEntry) => void;
  /** A last suggestion when more agencies match than are shown: the search page with them all. */
  more?: (query: string, total: number) => { href: string; text: string };
  /** Where the box says it is loading, that the index failed to load, or that nothing matched. */
  status?: HTMLElement;
  /** What the status says when nothing matches. */
  none?: () => string;
}

/** One suggestion: a page to open, or an action. */
type Suggestion = { href: string } | { take: () => void };

export class NameBox {
  private readonly input: HTMLInputElement;
  private readonly options: NameBoxOptions;
  private readonly list: HTMLElement;
  private suggestions: Suggestion[] = [];
  private active = -1;
  private run = 0;

  constructor(input: HTMLInputElement, options: NameBoxOptions) {
    this.input = input;
    this.options = options;
    this.list = document.getElementById(input.getAttribute('aria-controls')!)!;
    input.addEventListener('focus', () => void agencyNames().catch(() => undefined), { once: true });
    input.addEventListener('input', () => void this.refresh());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => this.close());
    // Keep the focus in the input while a suggestion is clicked, so the list stays until it is taken.
    this.list.addEventListener('pointerdown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const option = (e.target as Element).closest('[role="option"]');
      if (option) this.take(Array.from(this.list.children).indexOf(option));
    });
  }

  /** Suggests for what the input holds (again, after what `keep` lets through has changed). */
  async refresh(): Promise<void> {
    // A list opened under a box that has not the focus would never close.
    if (document.activeElement !== this.input) return this.close();
    const run = ++this.run;
    const q = this.input.value;
    if (!q.trim()) return this.show([], '');
    this.say('正在载入机关列表……');
    let matches: NameMatch[];
    try {
      matches = searchNames(await agencyNames(), q, this.options.keep);
    } catch {
      // The header's box still submits to the search page.
      if (run !== this.run) return;
      this.show([], '');
      return this.say('载入机关列表失败，请刷新重试。');
    }
    // What was typed while the index loaded has its own run.
    if (run !== this.run) return;
    this.show(matches, q);
  }

  private show(matches: NameMatch[], q: string): void {
    const { shown, href, choose, more, none } = this.options;
    const items: HTMLElement[] = [];
    this.suggestions = [];
    const add = (suggestion: Suggestion, ...content: (Node | string)[]) => {
      const id = `${this.list.id}-${items.length}`;
      // No link inside an option: an option holds no control of its own (ARIA), it is taken by the box.
      items.push(h('li', { role: 'option', id, 'aria-selected': 'false' }, h('div', { class: 'option' }, ...content)));
      this.suggestions.push(suggestion);
    };
    for (const { entry } of matches.slice(0, shown)) {
      add(href ? { href: href(entry) } : { take: () => choose?.(entry) }, h('span', null, entry.name), h('small', null, suggestionDetail(entry)));
    }
    const rest = matches.length > shown && more ? more(q.trim(), matches.length) : null;
    if (rest) add({ href: rest.href }, h('span', { class: 'all' }, rest.text));
    this.list.replaceChildren(...items);
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.hidden = items.length === 0;
    this.input.setAttribute('aria-expanded', String(items.length > 0));
    this.say(q.trim() && matches.length === 0 ? (none?.() ?? '没有匹配的机关') : '');
  }

  private say(text: string): void {
    if (this.options.status) this.options.status.textContent = text;
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      if (!this.list.hidden) e.preventDefault();
      return this.close();
    }
    if (e.key === 'ArrowDown' && this.list.hidden) {
      e.preventDefault();
      return void this.refresh();
    }
    const count = this.suggestions.length;
    if (this.list.hidden || count === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      // The input (-1), then each suggestion, then back to the input.
      let next = this.active + (e.key === 'ArrowDown' ? 1 : -1);
      if (next >= count) next = -1;
      if (next < -1) next = count - 1;
      this.select(next);
    } else if (e.key === 'Home' || e.key === 'End') {
      // The caret moves in the input (the default action), which leaves the suggestions.
      this.select(-1);
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      this.take(this.active);
    }
  }

  /** Marks suggestion `i` as chosen; -1: none, the caret back in the input. */
  private select(i: number): void {
    const items = Array.from(this.list.children) as HTMLElement[];
    this.active = i;
    items.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    const chosen = items[i];
    if (chosen) {
      this.input.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private take(i: number): void {
    const suggestion = this.suggestions[i];
    if (!suggestion) return;
    if ('href' in suggestion) return location.assign(suggestion.href);
    this.input.value = '';
    this.close();
    suggestion.take();
  }

  close(): void {
    this.run++;
    this.list.hidden = true;
    this.list.replaceChildren();
    this.suggestions = [];
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.say('');
  }
}
