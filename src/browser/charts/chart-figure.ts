/**
 * A chart drawn in the browser, framed as chart-figure.astro frames one drawn at build time: its
 * caption, the chart, its 嵌入 when it has an embed page, and its data table; or the sentence said
 * instead of a chart that would show nothing (chart-spec.ts quietChart).
 */
import { chartHeight, quietChart, withSummary, type ChartSpec } from '../../lib/present/chart-spec.ts';
import { chartTable } from '../../lib/present/shown-table.ts';
import { h } from '../dom.ts';
import { shownTable } from '../shown-table.ts';
import { embedCode } from './export-embed.ts';
import './bar-chart.ts';
import './line-chart.ts';

export function chartFigure(raw: ChartSpec, kind: 'bar' | 'line', embed: string | null = null): HTMLElement {
  const spec = withSummary(raw, kind);
  const quiet = quietChart(spec);
  if (quiet) return h('p', { class: 'chart-sentence' }, quiet);
  const el = document.createElement(kind === 'bar' ? 'bar-chart' : 'line-chart') as HTMLElement & { setSpec(s: ChartSpec): void };
  el.className = 'chart-box';
  const height = chartHeight(spec, kind);
  el.style.height = `${height}px`;
  el.append(h('canvas', { role: 'img', 'aria-label': spec.summary }));
  const figure = h(
    'figure',
    { class: 'chart' },
    h('figcaption', null, spec.title),
    el,
    embed === null ? null : embedCode(embed, spec.title, height + 120),
    h('details', null, h('summary', null, '查看数据表'), shownTable({ ...chartTable(spec), title: `${spec.title}：数据表` })),
  );
  el.setSpec(spec);
  return figure;
}
