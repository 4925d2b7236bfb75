/**
 * A chart as an image file that carries its source (issue: charts leave the site as screenshots
 * without one): the source line 来源：公开年报看板，<address>，数据截至<date>, the file's name from
 * what the chart shows, and the chart itself as SVG, drawn from the same spec as the page's
 * Chart.js canvas (chart-spec.ts), with its title and source line in the image. The PNG is the
 * page's canvas with the same title and source line around it (browser/charts/export-image.ts).
 * Every text is XML-escaped: titles and labels come from reports.
 */
import { xmlText } from '../output/atom.ts';
import { formatValue, type ChartSpec } from './chart-spec.ts';
import { GROUNDS, seriesStyle, type PointShape, type SeriesStyle } from './series-style.ts';

/** The day the data reaches (its newest ingest), in China's time zone (UTC+8): 2026年5月2日. */
export function dataDate(ingestedAt: string): string {
  const d = new Date(Date.parse(ingestedAt) + 8 * 3600 * 1000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export function sourceLine(address: string, date: string): string {
  return `来源：公开年报看板，${address}，数据截至${date}`;
}

/** A file name from the chart's title: the characters file systems refuse become `_`. */
export function imageName(spec: Pick<ChartSpec, 'title'>, extension: 'png' | 'svg'): string {
  const base = spec.title.replace(/[\\/:*?"<>|\u0000-\u001F\s]+/g, '_').replace(/^[._]+|_+$/g, '').slice(0, 80);
  return `${base || '图表'}.${extension}`;
}

const WIDTH = 720;
const FONT = 'font-family="Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"';
const TEXT = '#1b1d21';
const GRID = '#d9dce1';

/** A round top for the value axis: 1, 2 or 5 times a power of ten, at least the largest value. */
export function axisTop(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const dashArray = (style: SeriesStyle) => (style.dash.length ? ` stroke-dasharray="${style.dash.join(' ')}"` : '');

const text = (x: number, y: number, body: string, attributes = '') => `<text x="${x}" y="${y}" ${attributes}>${xmlText(body)}</text>`;

function tickText(spec: ChartSpec, v: number): string {
  return spec.percent ? `${Math.round(v * 100)}%` : formatValue({ unit: '', percent: false }, v);
}

/** A point of a line in its shape (the shapes Chart.js draws on the page), `r` from its centre. */
function marker(shape: PointShape, x: number, y: number, r: number, colour: string): string {
  const polygon = (points: [number, number][]) => `<polygon points="${points.map(([a, b]) => `${a},${b}`).join(' ')}" fill="${colour}"/>`;
  const lines = (d: string) => `<path d="${d}" stroke="${colour}" stroke-width="2" fill="none"/>`;
  const plus = `M${x - r},${y}H${x + r}M${x},${y - r}V${y + r}`;
  const times = `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}"/>`;
    case 'rect':
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" fill="${colour}"/>`;
    case 'triangle':
      return polygon([[x, y - r], [x + r, y + r], [x - r, y + r]]);
    case 'rectRot':
      return polygon([[x, y - r], [x + r, y], [x, y + r], [x - r, y]]);
    case 'cross':
      return lines(plus);
    case 'crossRot':
      return lines(times);
    case 'star':
      return lines(`${plus}${times}`);
  }
}

/** A hatched bar's pattern: its colour crossed by lines of the ground, as the page draws it (browser/charts/chart-core.ts). */
function hatchPattern(id: string, style: SeriesStyle): string {
  const forward = style.hatch !== 'backward' ? `<path d="M-1,9L9,-1" stroke="${GROUNDS.light}" stroke-width="2"/>` : '';
  const backward = style.hatch !== 'forward' ? `<path d="M-1,-1L9,9" stroke="${GROUNDS.light}" stroke-width="2"/>` : '';
  return `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${style.colour}"/>${forward}${backward}</pattern>`;
}

/**
 * The chart as an SVG document: the title on top, the bars or lines with their value axis and
 * category labels, a legend of the series, the source line at the bottom. Each series looks as
 * on the page in the light theme, as printed (present/series-style.ts).
 */
export function chartSvg(spec: ChartSpec, kind: 'bar' | 'line', source: string): string {
  const horizontal = kind === 'bar' && spec.horizontal === true;
  const totals = spec.labels.map((_, i) => (spec.stacked ? spec.series.reduce((s, x) => s + (x.values[i] ?? 0), 0) : Math.max(0, ...spec.series.map((x) => x.values[i] ?? 0))));
  const top = axisTop(Math.max(0, ...totals));
  const left = horizontal ? 200 : 64;
  const plotTop = 56;
  const plotWidth = WIDTH - left - 24;
  // A horizontal band grows with its bars, so that fifteen agencies' bars stay thick enough to see.
  const barsPerBand = spec.stacked ? 1 : Math.max(1, spec.series.length);
  const band = horizontal ? Math.max(30, barsPerBand * 8 + 10) : plotWidth / Math.max(1, spec.labels.length);
  const plotHeight = horizontal ? band * spec.labels.length : 300;
  const legendTop = plotTop + plotHeight + (horizontal ? 28 : 44);
  const styles = spec.series.map((_, j) => seriesStyle(j, 'light'));
  const fill = (j: number) => (styles[j]!.hatch === 'none' ? styles[j]!.colour : `url(#hatch-${j})`);
  const defs = kind === 'bar' ? styles.flatMap((st, j) => (st.hatch === 'none' ? [] : [hatchPattern(`hatch-${j}`, st)])) : [];
  // The legend in rows as wide as the plot: many series (a county's townships) need several.
  const legend: { x: number; row: number }[] = [];
  let legendX = left;
  let legendRow = 0;
  for (const s of spec.series) {
    const width = 40 + s.label.length * 12;
    if (legendX > left && legendX + width > WIDTH - 16) {
      legendX = left;
      legendRow += 1;
    }
    legend.push({ x: legendX, row: legendRow });
    legendX += width;
  }
  const legendRows = spec.series.length > 1 ? legendRow + 1 : 0;
  const height = legendTop + legendRows * 22 + 34;
  const parts: string[] = [];
  // The value axis: five lines from 0 to the top.
  for (let k = 0; k <= 4; k++) {
    const v = (top * k) / 4;
    if (horizontal) {
      const x = left + (plotWidth * k) / 4;
      parts.push(`<line x1="${x}" y1="${plotTop}" x2="${x}" y2="${plotTop + plotHeight}" stroke="${GRID}"/>`, text(x, plotTop + plotHeight + 16, tickText(spec, v), 'font-size="11" text-anchor="middle"'));
    } else {
      const y = plotTop + plotHeight - (plotHeight * k) / 4;
      parts.push(`<line x1="${left}" y1="${y}" x2="${left + plotWidth}" y2="${y}" stroke="${GRID}"/>`, text(left - 6, y + 4, tickText(spec, v), 'font-size="11" text-anchor="end"'));
    }
  }
  const scale = (v: number) => (v / top) * (horizontal ? plotWidth : plotHeight);
  spec.labels.forEach((label, i) => {
    const start = (horizontal ? plotTop : left) + band * i;
    parts.push(horizontal ? text(left - 8, start + band / 2 + 4, label, 'font-size="12" text-anchor="end"') : text(start + band / 2, plotTop + plotHeight + 18, label, 'font-size="12" text-anchor="middle"'));
    if (kind === 'line') return;
    let offset = 0;
    // Bars as thick as Chart.js draws them at most, centred in their band.
    const thick = Math.min((band * 0.6) / barsPerBand, 48);
    const gap = (band - thick * barsPerBand) / 2;
    spec.series.forEach((s, j) => {
      const v = s.values[i] ?? null;
      if (v === null) return;
      const length = scale(v);
      const across = start + gap + (spec.stacked ? 0 : thick * j);
      const along = offset;
      if (spec.stacked) offset += length;
      const title = `<title>${xmlText(`${s.label} ${label}：${formatValue(spec, v)}`)}</title>`;
      parts.push(
        horizontal
          ? `<rect x="${left + along}" y="${across}" width="${length}" height="${thick}" fill="${fill(j)}">${title}</rect>`
          : `<rect x="${across}" y="${plotTop + plotHeight - along - length}" width="${thick}" height="${length}" fill="${fill(j)}">${title}</rect>`,
      );
    });
  });
  if (kind === 'line') {
    spec.series.forEach((s, j) => {
      const points = spec.labels.flatMap((_, i) => {
        const v = s.values[i] ?? null;
        return v === null ? [] : [[left + band * i + band / 2, plotTop + plotHeight - scale(v)] as const];
      });
      const st = styles[j]!;
      parts.push(`<polyline fill="none" stroke="${st.colour}" stroke-width="2.5"${dashArray(st)} points="${points.map(([x, y]) => `${x},${y}`).join(' ')}"/>`);
      for (const [x, y] of points) parts.push(marker(st.point, x, y, 4, st.colour));
    });
  }
  if (legendRows > 0) {
    spec.series.forEach((s, j) => {
      const { x, row } = legend[j]!;
      const y = legendTop + row * 22;
      const st = styles[j]!;
      const key =
        kind === 'line'
          ? `<line x1="${x}" y1="${y - 4}" x2="${x + 24}" y2="${y - 4}" stroke="${st.colour}" stroke-width="2.5"${dashArray(st)}/>${marker(st.point, x + 12, y - 4, 4, st.colour)}`
          : `<rect x="${x}" y="${y - 10}" width="24" height="12" fill="${fill(j)}"/>`;
      parts.push(key, text(x + 28, y, s.label, 'font-size="12"'));
    });
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ${FONT} fill="${TEXT}">`,
    ...(defs.length ? [`<defs>${defs.join('')}</defs>`] : []),
    `<rect width="${WIDTH}" height="${height}" fill="${GROUNDS.light}"/>`,
    text(16, 32, spec.title, 'font-size="18" font-weight="bold"'),
    ...parts,
    text(16, height - 12, source, 'font-size="11" fill="#555b63"'),
    '</svg>',
    '',
  ].join('\n');
}

/** The height of a table's embed frame: about 2rem a row, with the title, source line and link back; a long table scrolls in it. */
export function tableFrameHeight(rows: number): number {
  return Math.min(640, 200 + rows * 34);
}

/** The HTML that embeds a chart's page in another: its absolute address and title escaped. */
export function iframeCode(address: string, title: string, height: number): string {
  return `<iframe src="${xmlText(address)}" title="${xmlText(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}
