/**
 * <failed-switch>: on a page drawn at build time twice, with the reports failing a check marked and
 * without them (the peers pages: [data-failed-view="mark"] and [data-failed-view="hide"]), shows the
 * one the address asks for (`failed=hide`, list-query.ts) and keeps the choice in the address, as
 * the agency list and the compare page do with the same select (failed-select.astro).
 */
import { failedFromParams, failedToParams, type FailedReports } from '../lib/views/list-query.ts';

class FailedSwitch extends HTMLElement {
  private readonly select = this.querySelector<HTMLSelectElement>('select[name="failed"]')!;

  connectedCallback(): void {
    const failed = failedFromParams(new URLSearchParams(location.search));
    this.select.value = failed;
    this.show(failed);
    this.select.addEventListener('change', () => {
      const chosen: FailedReports = this.select.value === 'hide' ? 'hide' : 'mark';
      const p = new URLSearchParams(location.search);
      p.delete('failed');
      failedToParams(p, chosen);
      const search = p.toString();
      history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
      this.show(chosen);
    });
  }

  private show(failed: FailedReports): void {
    for (const view of document.querySelectorAll<HTMLElement>('[data-failed-view]')) view.hidden = view.dataset.failedView !== failed;
  }
}

customElements.define('failed-switch', FailedSwitch);
