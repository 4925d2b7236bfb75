/**
 * <header-search>: the header's search box, the site's name box (name-box.ts): the agencies whose
 * name matches as one types, each a link to its page; past eight agencies a last suggestion opens
 * the search page with them all. Enter without a suggestion chosen submits the form to the search
 * page, which adds the full-text results.
 */
import { agencyHref } from './agency-names.ts';
import { NameBox } from './name-box.ts';

const SHOWN = 8;

class HeaderSearch extends HTMLElement {
  connectedCallback(): void {
    const action = this.querySelector('form')!.getAttribute('action')!;
    new NameBox(this.querySelector('input')!, {
      shown: SHOWN,
      href: agencyHref,
      more: (q, total) => ({ href: `${action}?${new URLSearchParams({ q })}`, text: `全部${total}个机关及报告全文…` }),
    });
  }
}

customElements.define('header-search', HeaderSearch);
