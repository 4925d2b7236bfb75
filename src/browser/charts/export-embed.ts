/**
 * <embed-code data-href data-title data-height>: 嵌入 beside a chart or a table, the <iframe> code
 * of its embed page to copy into another site. The code holds the address the page is served
 * from, known only here, escaped as an HTML attribute; the element builds its own contents, so
 * that pages drawn at build time (embed-code.astro) and in the browser (`embedCode`) show one thing.
 */
import { iframeCode } from '../../lib/present/chart-image.ts';
import { h } from '../dom.ts';
import '../../styles/embed-code.css';

class EmbedCode extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('textarea')) return;
    const href = this.dataset.href ?? '';
    const area = h('textarea', { readonly: true, rows: 3, class: 'embed-snippet' });
    area.value = iframeCode(new URL(href, location.href).href, this.dataset.title ?? '', Number(this.dataset.height) || 420);
    area.addEventListener('focus', () => area.select());
    const what = this.dataset.what ?? '此图';
    this.replaceChildren(
      h('details', null, h('summary', null, '嵌入'), h('label', null, `复制以下代码，放入网页即可显示${what}（附来源）：`, area), h('a', { href }, `单独打开${what}`)),
    );
  }
}

customElements.define('embed-code', EmbedCode);

/** The 嵌入 of an embed page, for a chart or table drawn in the browser. */
export function embedCode(href: string, title: string, height: number, what = '此图'): HTMLElement {
  const el = document.createElement('embed-code');
  Object.assign(el.dataset, { href, title, height: String(height), what });
  return el;
}
