/**
 * <source-view>: the report page's 原文 view, the text as it was read with numbered lines
 * (data/lines/<id>.json, template/source-lines.ts). It is made in the browser, on the report's own
 * page, only when asked for: by its button, or by following a number's link (`#L48`, `#p4-L17` for
 * line 17 of page 4), which then highlights the line and scrolls to it. So the 原文 view adds no
 * page to the site and no byte to a page that is not read that way.
 *
 * A PDF's lines are grouped by page, each page's heading linking to the PDF opened at that page
 * (`<source>#page=4`), as does the highlighted line. The text is a report's, untrusted: it is only
 * ever set as text (dom.ts).
 *
 * The passages found in another report (the file's `copied`, check/copied-passages.ts) are marked,
 * each a link to the other report's page at the line holding it, named by where it is found: the
 * page says what each other report is (`data-copied-from`, id → 2023年报告).
 */
import { lineAnchor, type CopiedPassage, type SourceLines, type SourcePosition } from '../lib/template/source-lines.ts';
import { h, fetchJson } from './dom.ts';

/** Where a line is, in words: 第4页第17行, 工作表“表一”第9行, 第12行. */
function lineWords(at: SourcePosition): string {
  const prefix = at.page !== undefined ? `第${at.page}页` : at.sheet !== undefined ? `工作表“${at.sheet}”` : '';
  return `${prefix}第${at.line}行`;
}

/** What a number's link points at (template/source-lines.ts lineAnchor): a line, a page's line or a sheet's row. */
const ANCHOR = /^#((?:p\d+-|[^#\s]+-)?L\d+)$/;

class SourceView extends HTMLElement {
  private loaded: Promise<void> | null = null;

  connectedCallback(): void {
    const button = this.querySelector('button');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => void this.show());
    }
    window.addEventListener('hashchange', () => void this.follow());
    void this.follow();
  }

  /** Shows the view, and highlights the line the address names when it is one of the view's. */
  private async follow(): Promise<void> {
    const m = ANCHOR.exec(location.hash);
    if (!m) return;
    await this.show();
    const line = document.getElementById(m[1]!);
    if (!line || !this.contains(line)) return;
    for (const old of this.querySelectorAll('.source-line.current')) old.classList.remove('current');
    line.classList.add('current');
    line.scrollIntoView({ block: 'center' });
  }

  private show(): Promise<void> {
    return (this.loaded ??= this.load());
  }

  private async load(): Promise<void> {
    const status = this.querySelector('.status')!;
    const button = this.querySelector('button');
    if (button) button.disabled = true;
    status.textContent = '正在载入原文……';
    try {
      const view = await fetchJson<SourceLines>(this.dataset.src!);
      this.querySelector('.lines')!.replaceChildren(this.render(view));
      status.textContent = view.cut ? '原文很长，这里只显示前面的部分；全文请下载原文核对。' : '';
      button?.remove();
    } catch {
      status.textContent = '原文载入失败，请刷新重试，或下载原文。';
      this.loaded = null;
      if (button) button.disabled = false;
    }
  }

  private render(view: SourceLines): DocumentFragment {
    const pdf = this.dataset.pdf;
    const out = document.createDocumentFragment();
    const passages = new Map<string, CopiedPassage[]>();
    for (const p of view.copied ?? []) {
      const key = `${lineAnchor(p)} ${p.column}`;
      passages.set(key, [...(passages.get(key) ?? []), p]);
    }
    if (passages.size > 0) out.append(h('p', { class: 'copied-legend' }, h('mark', { class: 'copied' }, '标出的文字'), '也见于其他报告，点击可跳到那份报告原文中的同一处。'));
    const from = JSON.parse(this.dataset.copiedFrom ?? '{}') as Record<string, string>;
    let list: HTMLOListElement | null = null;
    let page: number | undefined;
    let sheet: string | undefined;
    for (const line of view.lines) {
      if (!list || line.page !== page || line.sheet !== sheet) {
        page = line.page;
        sheet = line.sheet;
        if (page !== undefined) out.append(h('h3', { class: 'source-page' }, `第${page}页 `, pdf ? h('a', { href: `${pdf}#page=${page}` }, '在 PDF 中打开这一页') : null));
        if (sheet !== undefined) out.append(h('h3', { class: 'source-page' }, `工作表“${sheet}”`));
        list = out.appendChild(h('ol', { class: 'source-lines' }));
      }
      const id = lineAnchor(line);
      const item = h('li', { id, class: 'source-line' }, h('a', { class: 'ln', href: `#${id}`, 'aria-label': `第${line.line}行` }, line.line));
      const cells = h('span', { class: 'cells' });
      line.cells.forEach((cell, i) => cells.append(h('span', { class: 'cell', 'data-column': i + 1 }, ...this.marked(cell, passages.get(`${id} ${i + 1}`) ?? [], from))));
      item.append(cells);
      if (pdf && page !== undefined) item.append(h('a', { class: 'open-pdf', href: `${pdf}#page=${page}` }, `PDF第${page}页`));
      list.append(item);
    }
    return out;
  }

  /**
   * A cell's text with its passages marked, each a link to where it is found, named by what
   * `from` calls the other report; offsets out of order or range are left unmarked.
   */
  private marked(text: string, passages: CopiedPassage[], from: Record<string, string>): (Node | string)[] {
    const out: (Node | string)[] = [];
    let at = 0;
    for (const p of passages) {
      if (!(Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= at && p.end > p.start && p.end <= text.length)) continue;
      const where = `见于${Object.hasOwn(from, p.otherId) ? from[p.otherId] : '另一份报告'}${lineWords(p.otherLine)}`;
      const href = `${this.dataset.reportPrefix ?? ''}${encodeURIComponent(p.otherId)}/#${lineAnchor(p.otherLine)}`;
      out.push(text.slice(at, p.start), h('mark', { class: 'copied' }, h('a', { href, title: where }, text.slice(p.start, p.end), h('span', { class: 'visually-hidden' }, `（${where}）`))));
      at = p.end;
    }
    out.push(text.slice(at));
    return out.filter((part) => part !== '');
  }
}

customElements.define('source-view', SourceView);
