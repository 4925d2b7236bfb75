/**
 * <header-search>: the header's search box offers the agencies whose name matches as one types
 * (characters, pinyin or initials: name-search.ts), as an ARIA combobox: arrow keys move through
 * the agencies, Enter opens the chosen one, Escape closes the list. Past eight agencies a last
 * option opens the search page with them all. Enter without a choice submits the form to the
 * search page, which adds the full-text results. The name index is fetched on the first focus,
 * not with the page.
 */
import { searchNames, type NameMatch } from '../lib/search/name-search.ts';
import { agencyHref, agencyNames } from './agency-names.ts';
import { h } from './dom.ts';

const SHOWN = 8;

class HeaderSearch extends HTMLElement {
  private active = -1;
  private run = 0;

  private get input(): HTMLInputElement {
    return this.querySelector('input')!;
  }
  private get list(): HTMLUListElement {
    return this.querySelector('[role="listbox"]')!;
  }
  private get options(): HTMLElement[] {
    return Array.from(this.list.querySelectorAll<HTMLElement>('[role="option"]'));
  }

  connectedCallback(): void {
    this.input.addEventListener('focus', () => void agencyNames().catch(() => undefined), { once: true });
    this.input.addEventListener('input', () => void this.suggest());
    this.input.addEventListener('keydown', (e) => this.key(e));
    // Keep the focus in the box while an agency is clicked, so the list stays until the link opens.
    this.list.addEventListener('pointerdown', (e) => e.preventDefault());
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.close();
    });
  }

  private async suggest(): Promise<void> {
    const run = ++this.run;
    const q = this.input.value;
    let matches: NameMatch[] = [];
    try {
      matches = q.trim() ? searchNames(await agencyNames(), q) : [];
    } catch {
      // Without the name index the box still submits to the search page.
    }
    if (run !== this.run) return;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const option = (i: number, href: string, ...content: (Node | string)[]) =>
      h('li', { role: 'option', id: `site-search-name-${i}`, 'aria-selected': 'false' }, h('a', { href, tabindex: '-1' }, ...content));
    const shown = matches.slice(0, SHOWN).map((m, i) =>
      option(i, agencyHref(m.entry), h('span', null, m.entry.name), h('small', null, [m.entry.level, m.entry.region].filter(Boolean).join(' · '))),
    );
    if (matches.length > SHOWN) {
      const action = this.querySelector('form')!.getAttribute('action')!;
      shown.push(option(SHOWN, `${action}?${new URLSearchParams({ q: q.trim() })}`, h('span', { class: 'all' }, `全部${matches.length}个机关及报告全文…`)));
    }
    this.list.replaceChildren(...shown);
    this.list.hidden = shown.length === 0;
    this.input.setAttribute('aria-expanded', String(shown.length > 0));
  }

  private key(e: KeyboardEvent): void {
    const options = this.options;
    if (e.key === 'Escape') {
      if (!this.list.hidden) e.preventDefault();
      this.close();
      return;
    }
    if (this.list.hidden || options.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      // The box (-1), then each agency, then back to the box.
      let next = this.active + (e.key === 'ArrowDown' ? 1 : -1);
      if (next >= options.length) next = -1;
      if (next < -1) next = options.length - 1;
      this.select(next);
      return;
    }
    if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      const href = options[this.active]?.querySelector('a')?.getAttribute('href');
      if (href) location.assign(href);
    }
  }

  /** Marks option `i` as chosen; -1: none, the caret back in the box. */
  private select(i: number): void {
    const options = this.options;
    this.active = i;
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === this.active)));
    const chosen = options[this.active];
    if (chosen) {
      this.input.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}

customElements.define('header-search', HeaderSearch);
