/**
 * <line-chart>: values over years. Series differ in colour, dash and point shape
 * (present/series-style.ts), so they stay apart without colour vision.
 */
import { CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../../lib/present/chart-spec.ts';
import { ChartElement, formatTick, formatTooltip, styleOf, type Theme } from './chart-core.ts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

class LineChart extends ChartElement {
  protected config(spec: ChartSpec, theme: Theme): ChartConfiguration {
    return {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => {
          const style = styleOf(i, theme);
          return {
            label: s.label,
            data: s.values,
            borderColor: style.colour,
            backgroundColor: style.colour,
            borderDash: [...style.dash],
            borderWidth: 2.5,
            pointStyle: style.point,
            pointRadius: 5,
            spanGaps: true,
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { grid: { display: false } },
          y: { beginAtZero: true, grid: { color: theme.grid }, ticks: { callback: (v) => formatTick(spec, v), precision: spec.percent ? undefined : 0 } },
        },
        plugins: {
          legend: { display: spec.series.length > 1, position: 'bottom', labels: { usePointStyle: true } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}：${formatTooltip(spec, c.raw as number | null)}` } },
        },
      },
    };
  }
}

customElements.define('line-chart', LineChart);
