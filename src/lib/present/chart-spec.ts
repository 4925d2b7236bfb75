/**
 * What a chart component receives: labels, one or more series and a unit. The same spec draws the
 * chart (client), fills its data table and writes its text summary (both at build time), so the
 * three cannot disagree. Plain data only: it is serialised into the page.
 */
import { DASH, formatCount, formatPercent } from './format.ts';

export interface Series {
  label: string;
  values: (number | null)[];
}

export interface ChartSpec {
  title: string;
  labels: string[];
  series: Series[];
  /** Unit of the values, e.g. 件; rates use `percent` instead. */
  unit: string;
  /** Values are fractions shown as percentages. */
  percent?: boolean;
  /** Bars: stack the series. */
  stacked?: boolean;
  /** Bars: horizontal (long category labels read better on a phone). */
  horizontal?: boolean;
  /** Written by `describe()` unless given. */
  summary?: string;
  /**
   * What to say instead when the chart would show nothing worth drawing (quietChart): the view's
   * own sentence, such as 该机关2024年未收到政府信息公开申请。 A general one is written otherwise.
   */
  quiet?: string;
}

export function formatValue(spec: Pick<ChartSpec, 'unit' | 'percent'>, v: number | null): string {
  if (v === null) return DASH;
  return spec.percent ? formatPercent(v) : `${formatCount(v)}${spec.unit}`;
}

function ranked(labels: string[], values: (number | null)[]): { label: string; value: number }[] {
  return labels
    .map((label, i) => ({ label, value: values[i] ?? null }))
    .filter((x): x is { label: string; value: number } => x.value !== null)
    .sort((a, b) => b.value - a.value);
}

/** A one-paragraph text alternative: what the chart shows and its largest values. */
export function describe(spec: ChartSpec, kind: 'bar' | 'line'): string {
  const head = `${spec.title}（${kind === 'line' ? '折线图' : '条形图'}）。`;
  if (spec.series.every((s) => s.values.every((v) => v === null))) return `${head}没有可用数据。`;
  if (kind === 'line') {
    const parts = spec.series.map((s) => {
      const points = spec.labels
        .map((l, i) => ({ l, v: s.values[i] ?? null }))
        .filter((p): p is { l: string; v: number } => p.v !== null);
      const first = points[0];
      const last = points[points.length - 1];
      if (!first || !last) return `${s.label}：无数据`;
      if (first === last) return `${s.label}：${first.l}为${formatValue(spec, first.v)}`;
      return `${s.label}从${first.l}的${formatValue(spec, first.v)}变为${last.l}的${formatValue(spec, last.v)}`;
    });
    return `${head}${parts.join('；')}。`;
  }
  if (spec.series.length === 1) {
    const top = ranked(spec.labels, spec.series[0]!.values).slice(0, 3);
    return `${head}共${spec.labels.length}项，数量最多的依次是${top.map((t) => `${t.label}（${formatValue(spec, t.value)}）`).join('、')}。`;
  }
  const parts = spec.labels.map((label, i) => {
    const values = spec.series.map((s) => `${s.label}${formatValue(spec, s.values[i] ?? null)}`);
    return `${label}：${values.join('，')}`;
  });
  return `${head}${parts.slice(0, 6).join('；')}${parts.length > 6 ? '；其余见数据表' : ''}。`;
}

/**
 * A sentence instead of a chart that would show nothing: no numbers at all, only zeros (an empty
 * chart on a 0–1 axis), or a single point (one year, one category). Null when the chart is worth
 * drawing. The view's own `quiet` sentence where it gave one, for the first two; a single point is
 * said with its numbers.
 */
export function quietChart(spec: ChartSpec): string | null {
  const values = spec.series.flatMap((s) => s.values);
  if (values.every((v) => v === null)) return spec.quiet ?? `${spec.title}：报告没有填报这些数字。`;
  if (values.every((v) => v === null || v === 0)) return spec.quiet ?? `${spec.title}：${values.length > 1 ? '各项均' : ''}为0${spec.percent ? '' : spec.unit}。`;
  if (spec.labels.length > 1) return null;
  const label = spec.labels[0] ?? '';
  const parts = spec.series.filter((s) => s.values[0] !== null && s.values[0] !== undefined).map((s) => `${s.label}${formatValue(spec, s.values[0]!)}`);
  // A title that names the one year or category already (2024年申请数量) need not say it again.
  return `${spec.title}：${label && !spec.title.includes(label) ? `只有${label}，` : ''}${parts.join('，')}。`;
}

/** The spec with its summary filled in. */
export function withSummary(spec: ChartSpec, kind: 'bar' | 'line'): ChartSpec {
  return { ...spec, summary: spec.summary ?? describe(spec, kind) };
}

/** Canvas height in CSS pixels: horizontal bars grow with their categories, others are fixed. */
export function chartHeight(spec: ChartSpec, kind: 'bar' | 'line'): number {
  if (kind === 'bar' && spec.horizontal) {
    const perCategory = spec.stacked || spec.series.length === 1 ? 30 : 14 * spec.series.length + 12;
    return Math.max(160, spec.labels.length * perCategory + (spec.series.length > 1 ? 90 : 60));
  }
  return 300;
}
