/**
 * <chart-export>: 下载 PNG and 下载 SVG beside a chart (chart-figure.astro), each with the chart's
 * title and its source line drawn into the image: 来源：公开年报看板，<this page's address>，数据截至
 * <the data's date> (the page's `data-data-date`, base-layout.astro). The PNG is the chart as the page
 * drew it (its Chart.js canvas) with the title above and the source line below; the SVG is drawn
 * from the same spec (present/chart-image.ts). Files are named by what the chart shows.
 */
import { chartSvg, imageName, sourceLine } from '../../lib/present/chart-image.ts';
import type { ChartSpec } from '../../lib/present/chart-spec.ts';
import { h } from '../dom.ts';
import { currentTheme } from './chart-core.ts';

function save(blob: Blob, name: string): void {
  const link = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The PNG: the canvas as drawn, on the page's ground, the title above it and the source line below. */
function png(canvas: HTMLCanvasElement, title: string, source: string): Promise<Blob | null> {
  const scale = canvas.width / Math.max(1, canvas.clientWidth);
  const head = Math.round(40 * scale);
  const foot = Math.round(28 * scale);
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height + head + foot;
  const g = out.getContext('2d')!;
  const theme = currentTheme();
  const font = getComputedStyle(document.body).fontFamily;
  g.fillStyle = theme.ground;
  g.fillRect(0, 0, out.width, out.height);
  g.fillStyle = theme.text;
  g.font = `bold ${Math.round(17 * scale)}px ${font}`;
  g.fillText(title, 12 * scale, 27 * scale, out.width - 24 * scale);
  g.drawImage(canvas, 0, head);
  g.font = `${Math.round(11 * scale)}px ${font}`;
  g.fillText(source, 12 * scale, out.height - 10 * scale, out.width - 24 * scale);
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}

class ChartExport extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('button')) return;
    const pngButton = h('button', { type: 'button', class: 'download' }, '下载图片 PNG');
    const svgButton = h('button', { type: 'button', class: 'download' }, '下载图片 SVG');
    pngButton.addEventListener('click', () => void this.save('png'));
    svgButton.addEventListener('click', () => void this.save('svg'));
    this.append(pngButton, svgButton, h('span', { class: 'status', role: 'status' }));
  }

  private async save(kind: 'png' | 'svg'): Promise<void> {
    const status = this.querySelector('.status')!;
    const chart = this.closest('figure')?.querySelector('line-chart, bar-chart');
    const json = chart?.querySelector('script[type="application/json"]')?.textContent;
    if (!chart || !json) return;
    const spec = JSON.parse(json) as ChartSpec;
    const source = sourceLine(location.href, document.documentElement.dataset.dataDate ?? '');
    const blob =
      kind === 'svg'
        ? new Blob([chartSvg(spec, chart.localName === 'line-chart' ? 'line' : 'bar', source)], { type: 'image/svg+xml' })
        : await png(chart.querySelector('canvas')!, spec.title, source);
    if (!blob) {
      status.textContent = '图片生成失败，请刷新重试。';
      return;
    }
    status.textContent = '';
    save(blob, imageName(spec, kind));
  }
}

customElements.define('chart-export', ChartExport);
