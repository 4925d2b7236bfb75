/**
 * What every chart element shares: the theme in force and each series' look in it
 * (present/series-style.ts), a bar's fill (hatched past the palette's colours), number
 * formatting, and the custom element that reads its spec from a child
 * <script type="application/json"> (or from `setSpec`) and draws it. Kinds register only the
 * Chart.js parts they use (bar-chart.ts, line-chart.ts).
 */
import { Chart, type ChartConfiguration } from 'chart.js';
import { formatValue, type ChartSpec } from '../../lib/present/chart-spec.ts';
import { GROUNDS, seriesStyle, type SeriesStyle, type ThemeName } from '../../lib/present/series-style.ts';

export interface Theme {
  dark: boolean;
  name: ThemeName;
  ground: string;
  text: string;
  grid: string;
}

export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return dark
    ? { dark, name: 'dark', ground: GROUNDS.dark, text: '#e6e8eb', grid: '#3d434b' }
    : { dark, name: 'light', ground: GROUNDS.light, text: '#1b1d21', grid: '#d9dce1' };
}

/** Series `i`'s look in the theme. */
export function styleOf(i: number, theme: Theme): SeriesStyle {
  return seriesStyle(i, theme.name);
}

/** A bar's fill: its colour, crossed by lines of the page's ground where the style is hatched. */
export function barFill(style: SeriesStyle, theme: Theme): string | CanvasPattern {
  if (style.hatch === 'none') return style.colour;
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const g = tile.getContext('2d');
  if (!g) return style.colour;
  g.fillStyle = style.colour;
  g.fillRect(0, 0, size, size);
  g.strokeStyle = theme.ground;
  g.lineWidth = 2;
  g.beginPath();
  // Each diagonal drawn past the tile's corners, so that tiles join without gaps.
  if (style.hatch !== 'backward') {
    g.moveTo(-1, size + 1);
    g.lineTo(size + 1, -1);
  }
  if (style.hatch !== 'forward') {
    g.moveTo(-1, -1);
    g.lineTo(size + 1, size + 1);
  }
  g.stroke();
  return g.createPattern(tile, 'repeat') ?? style.colour;
}

const count = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function formatTick(spec: ChartSpec, v: number | string | null): string {
  if (v === null) return '—';
  const n = typeof v === 'string' ? Number(v) : v;
  return spec.percent ? `${(n * 100).toFixed(0)}%` : count.format(n);
}

export function formatTooltip(spec: ChartSpec, v: number | null): string {
  return v === null ? '未填报' : formatValue(spec, v);
}

/** Long category labels broken into lines of `width` characters, so they fit on a phone. */
export function wrapLabel(label: string, width: number): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (let i = 0; i < label.length; i += width) lines.push(label.slice(i, i + width));
  return lines;
}

export abstract class ChartElement extends HTMLElement {
  private chart: Chart | undefined;
  private spec: ChartSpec | undefined;
  private readonly redraw = () => this.draw();
  private readonly media = matchMedia('(prefers-color-scheme: dark)');

  protected abstract config(spec: ChartSpec, theme: Theme, narrow: boolean): ChartConfiguration;

  connectedCallback(): void {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (json && !this.spec) this.spec = JSON.parse(json) as ChartSpec;
    document.addEventListener('themechange', this.redraw);
    this.media.addEventListener('change', this.redraw);
    this.draw();
  }

  disconnectedCallback(): void {
    document.removeEventListener('themechange', this.redraw);
    this.media.removeEventListener('change', this.redraw);
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Draw another spec, for pages that build their charts in the browser (compare). */
  setSpec(spec: ChartSpec): void {
    this.spec = spec;
    if (this.isConnected) this.draw();
  }

  private draw(): void {
    if (!this.spec) return;
    let canvas = this.querySelector('canvas');
    if (!canvas) {
      canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      this.prepend(canvas);
    }
    if (this.spec.summary) canvas.setAttribute('aria-label', this.spec.summary);
    const theme = currentTheme();
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.color = theme.text;
    Chart.defaults.borderColor = theme.grid;
    this.chart?.destroy();
    this.chart = new Chart(canvas, this.config(this.spec, theme, this.clientWidth < 500));
  }
}
