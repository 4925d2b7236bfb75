/**
 * <line-chart>: values over years. Series differ in colour, dash and point shape, so they stay
 * apart without colour vision.
 */
import { CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../../lib/present/chart-spec.ts';
import { ChartElement, formatTick, formatTooltip, type Theme } from './chart-core.ts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

class LineChart extends ChartElement {
  protected config(spec: ChartSpec, theme: Theme): ChartConfiguration {
    return {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => {
          const colour = theme.palette[i % theme.palette.length];
          return {
            label: s.label,
            data: s.values,
            borderColor: colour,
            backgroundColor: colour,
            borderDash: DASHES[i % DASHES.length],
            borderWidth: 2.5,
            pointStyle: POINTS[i % POINTS.length],
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
