/**
 * Building DOM in client scripts without HTML strings: attributes through setAttribute, text as
 * text nodes. Data shown by the client pages (agency names, report titles) never passes through
 * innerHTML.
 */
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A JSON file of the site; an HTTP error is an Error naming the file and the status. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The site's base path (`/` or `/sub/`), written by the layout on <html data-base>. */
export function base(): string {
  return document.documentElement.dataset.base ?? '/';
}

/** Pagefind excerpts mark hits with <mark>: keep those, turn everything else into plain text. */
export function markedText(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html; // inert: nothing in a template's content runs or loads
  const out = document.createDocumentFragment();
  for (const node of Array.from(template.content.childNodes)) {
    const text = node.textContent ?? '';
    out.appendChild(node.nodeName === 'MARK' ? h('mark', null, text) : document.createTextNode(text));
  }
  return out;
}
