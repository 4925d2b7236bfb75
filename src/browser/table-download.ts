/**
 * <table-download>: 下载 CSV and 下载 JSON buttons for a table a page shows. The table's model
 * (src/lib/present/shown-table.ts) comes from a child <script type="application/json"> written at
 * build time, or from `setTable()` on pages that draw their tables in the browser; the file is
 * written from it when asked for (table-file.ts, with PapaParse, loaded only then). The file's
 * `source` is the page's address, which reproduces what was shown.
 */
import type { ShownTable } from '../lib/present/shown-table.ts';
import { h } from './dom.ts';

export class TableDownload extends HTMLElement {
  /** Or how to get it, for a page that fetches a table's rows only when the file is asked for. */
  private table: ShownTable | (() => Promise<ShownTable>) | null = null;
  /** The file's name without extension, where the page gives one; else data-name, else the title. */
  private name: string | null = null;

  connectedCallback(): void {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (json && !this.table) this.table = JSON.parse(json) as ShownTable;
    if (this.querySelector('button')) return;
    const label = this.dataset.label ?? '';
    const csv = h('button', { type: 'button', class: 'download' }, `下载${label} CSV`);
    const jsonButton = h('button', { type: 'button', class: 'download' }, `下载${label} JSON`);
    csv.addEventListener('click', () => void this.save('csv'));
    jsonButton.addEventListener('click', () => void this.save('json'));
    this.append(csv, jsonButton, h('span', { class: 'status', role: 'status' }));
  }

  /** The table to download (pages that draw in the browser call this on every change), and its file's name. */
  setTable(table: ShownTable | (() => Promise<ShownTable>), name: string | null = null): void {
    this.table = table;
    this.name = name;
  }

  private async save(kind: 'csv' | 'json'): Promise<void> {
    const status = this.querySelector('.status')!;
    if (!this.table) return;
    try {
      const table = typeof this.table === 'function' ? await this.table() : this.table;
      const { tableCsv, tableJson } = await import('../lib/present/table-file.ts');
      const text = kind === 'csv' ? tableCsv(table) : tableJson(table, location.href);
      const blob = new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${this.name ?? this.dataset.name ?? table.title}.${kind}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      status.textContent = '';
    } catch {
      status.textContent = '文件生成失败，请刷新重试。';
    }
  }
}

customElements.define('table-download', TableDownload);
