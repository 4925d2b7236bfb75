/**
 * Layout families (docs/TEMPLATE.md, "What real reports look like") and the small printing habits that
 * vary from report to report inside one family: half-width brackets, "1、" for "1.", spaces inside
 * labels, merged cells copied as one cell or as one per grid column. Each habit is drawn per
 * report and recorded in the truth, so a failing case can be reproduced from truth.json alone.
 */
import type { SourceFormat } from '../../src/lib/template/schema.ts';
import type { Rng } from './prng.ts';

export const LAYOUTS = ['tab', 'pipe', 'markdown', 'cell-per-line', 'html', 'pdf-text', 'docx'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Groups the bench runs separately: the readers behind them differ. */
export const LAYOUT_FAMILY: Record<Layout, 'text' | 'html' | 'pdf-text' | 'docx'> = {
  tab: 'text', pipe: 'text', markdown: 'text', 'cell-per-line': 'text', html: 'html', 'pdf-text': 'pdf-text', docx: 'docx',
};

export const LAYOUT_EXTENSION: Record<Layout, string> = {
  tab: 'txt', pipe: 'txt', markdown: 'md', 'cell-per-line': 'txt', html: 'html', 'pdf-text': 'txt', docx: 'docx',
};

/** The `source.format` the ingest should report for each layout (docs/SCHEMA.md). */
export const LAYOUT_FORMAT: Record<Layout, SourceFormat> = {
  tab: 'text', pipe: 'text', markdown: 'markdown', 'cell-per-line': 'text', html: 'html', 'pdf-text': 'text', docx: 'docx',
};

export interface RenderStyle {
  /** `（一）` and `，` as printed officially, or `(一) ` and `, ` as in many copies. */
  halfWidth: boolean;
  /** `1、属于国家秘密` instead of `1.属于国家秘密`. */
  ideographicComma: boolean;
  /** Spaces inside labels: `1. 属于国家秘密`, `结果 维持`. */
  spacedLabels: boolean;
  /** Text layouts: a merged cell comes out as one cell (`word`, like a copy from Word) or as one per grid column (`grid`). */
  cells: 'word' | 'grid';
  /** tab: a trailing tab on table rows; pipe: leading and trailing pipes. */
  outerSeparator: boolean;
  /** cell-per-line: what stands between two table rows. */
  rowSeparator: 'blank' | 'pipe' | 'none';
  /** cell-per-line: each cell line starts with a tab (as in a copy from some PDF viewers). */
  cellIndent: boolean;
  /** Blank lines between paragraphs. */
  blankLines: boolean;
  /** `钱店镇 2024 年…` with spaces around the year (PDF copies). */
  titleSpaces: boolean;
  /** `2024年度` instead of `2024年` in the title. */
  yearWord: '年' | '年度';
  /** Money cells: plain (`12.5`), with thousands separators (`1,234.5`), or in 元 with the unit (`125000元`). */
  money: 'plain' | 'thousands' | 'yuan';
  /** Heading wording variants seen in the wild for 四 and 五. */
  headingVariants: boolean;
  /** markdown: `#` before title and headings. */
  markdownHeadings: boolean;
  /** html: `<th>` for header cells, and typographic quotes as entities. */
  htmlTh: boolean;
  /** Line ends. */
  crlf: boolean;
}

export function pickStyle(rng: Rng, layout: Layout): RenderStyle {
  return {
    halfWidth: rng.chance(0.4),
    ideographicComma: rng.chance(0.15),
    spacedLabels: rng.chance(0.35),
    cells: layout === 'markdown' ? (rng.chance(0.7) ? 'grid' : 'word') : rng.chance(0.5) ? 'word' : 'grid',
    outerSeparator: rng.chance(0.5),
    rowSeparator: rng.pick(['blank', 'blank', 'pipe', 'none'] as const),
    cellIndent: rng.chance(0.5),
    blankLines: rng.chance(0.7),
    titleSpaces: rng.chance(0.25),
    yearWord: rng.chance(0.15) ? '年度' : '年',
    money: rng.pick(['plain', 'plain', 'plain', 'thousands', 'yuan'] as const),
    headingVariants: rng.chance(0.3),
    markdownHeadings: rng.chance(0.4),
    htmlTh: rng.chance(0.4),
    crlf: layout !== 'docx' && rng.chance(0.15),
  };
}

/**
 * A template label as this report prints it. Only punctuation and spacing change: the words come
 * from the template, so the parser's label matching meets the variants real copies show.
 */
export function styleLabel(label: string, style: RenderStyle): string {
  let out = label;
  if (style.ideographicComma) out = out.replace(/^(\d+)\./, '$1、');
  if (style.spacedLabels) out = out.replace(/^(\d+[.、]|（[一二三四五六七八九十]+）)/, '$1 ');
  if (style.halfWidth) out = out.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ', ');
  return out;
}

/** Section 四 column headers are often printed with a space in the middle: `结果 维持`. */
export function styleHeader(label: string, style: RenderStyle): string {
  return style.spacedLabels && label.length === 4 ? `${label.slice(0, 2)} ${label.slice(2)}` : label;
}
