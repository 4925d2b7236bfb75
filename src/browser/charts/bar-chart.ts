/**
 * <bar-chart>: grouped, stacked or single-series bars, horizontal or vertical, each series in its
 * look (present/series-style.ts): past the palette's colours, hatched.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../../lib/present/chart-spec.ts';
import { barFill, ChartElement, formatTick, formatTooltip, styleOf, wrapLabel, type Theme } from './chart-core.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

class BarChart extends ChartElement {
  protected config(spec: ChartSpec, theme: Theme, narrow: boolean): ChartConfiguration {
    const single = spec.series.length === 1;
    const valueAxis = {
      stacked: spec.stacked ?? false,
      beginAtZero: true,
      grid: { color: theme.grid },
      ticks: { callback: (v: number | string) => formatTick(spec, v), precision: spec.percent ? undefined : 0 },
    };
    const categoryAxis = { stacked: spec.stacked ?? false, grid: { display: false } };
    return {
      type: 'bar',
      data: {
        labels: spec.labels.map((l) => wrapLabel(l, narrow ? 7 : 14)),
        datasets: spec.series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: barFill(styleOf(single ? 0 : i, theme), theme),
          borderColor: theme.ground,
          borderWidth: spec.stacked ? 1 : 0,
          maxBarThickness: 36,
        })),
      },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { display: !single, position: 'bottom', labels: { boxWidth: 14 } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}：${formatTooltip(spec, c.raw as number | null)}` } },
        },
      },
    };
  }
}

customElements.define('bar-chart', BarChart);
