/**
 * What every embed page drawn in the browser does once it has its table (embed-layout.astro): the
 * table under its title, its links leaving the frame, and the source line and link back naming
 * the page of the same state, an absolute address, which is known only once the state is read.
 */
import { sourceLine } from '../lib/present/chart-image.ts';
import { h } from './dom.ts';

export function showEmbedded(host: HTMLElement, title: string, drawn: readonly HTMLElement[], page: string, back?: string): void {
  for (const el of drawn) for (const a of el.querySelectorAll('a')) a.target = '_top';
  host.replaceChildren(h('h1', { class: 'embed-title' }, title), ...drawn);
  document.title = `${title} · 公开年报看板`;
  setSource(page, back);
}

/** The source line and the link back (and its words, where given) of the page at `page`. */
export function setSource(page: string, back?: string): void {
  const href = new URL(page, location.href).href;
  document.querySelector('.embed-source')!.textContent = sourceLine(href, document.documentElement.dataset.dataDate ?? '—');
  const link = document.querySelector<HTMLAnchorElement>('.embed-back')!;
  link.href = href;
  if (back) link.textContent = back;
}
