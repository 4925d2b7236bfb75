/**
 * <report-csv>: the report page's CSV download button. On click it fetches the report's JSON
 * (data-src) and saves its tables, laid out as the official ones (present/report-csv.ts), under data-name. The CSV code (PapaParse and the
 * template) is loaded only then, so it weighs nothing on the page until it is used.
 */
import type { Report } from '../lib/template/schema.ts';
import { fetchJson } from './dom.ts';

class ReportCsv extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.save(button));
  }

  private async save(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      const [{ reportCsvText }, report] = await Promise.all([import('../lib/present/report-csv.ts'), fetchJson<Report>(this.dataset.src!)]);
      const blob = new Blob([reportCsvText(report)], { type: 'text/csv;charset=utf-8' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = this.dataset.name ?? 'report.csv';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch {
      this.querySelector('.status')!.textContent = 'CSV 生成失败，请刷新重试，或下载 JSON。';
    } finally {
      button.disabled = false;
    }
  }
}

customElements.define('report-csv', ReportCsv);
