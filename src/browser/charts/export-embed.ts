/**
 * <embed-code>: fills its textarea with the <iframe> code of a chart's embed page, at the address
 * the page is served from (known only here), escaped as an HTML attribute.
 */
import { iframeCode } from '../../lib/present/chart-image.ts';

class EmbedCode extends HTMLElement {
  connectedCallback(): void {
    const area = this.querySelector('textarea');
    if (!area) return;
    area.value = iframeCode(new URL(this.dataset.href ?? '', location.href).href, this.dataset.title ?? '', Number(this.dataset.height) || 420);
    area.addEventListener('focus', () => area.select());
  }
}

customElements.define('embed-code', EmbedCode);
