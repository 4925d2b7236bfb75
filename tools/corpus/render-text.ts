/**
 * Plain-text layout families (docs/TEMPLATE.md): one row per line with tabs (a copy out of Word or a
 * PDF viewer, seeds/003), with `|` (with or without outer pipes, `||` where a merged cell was),
 * markdown tables with a `|---|` rule (seeds/004), and one cell per line (seeds/001).
 */
import { rowTexts, type Block, type DocModel, type TableModel } from './model.ts';
import type { Layout, RenderStyle } from './style.ts';

type TextLayout = Extract<Layout, 'tab' | 'pipe' | 'markdown' | 'cell-per-line'>;

function tabTable(table: TableModel, style: RenderStyle): string[] {
  return table.rows.map((row) => rowTexts(row, style.cells).join('\t') + (style.outerSeparator ? '\t' : ''));
}

/** `| a || b |`: an empty cell leaves two pipes side by side, as merged cells do in copies. */
export function pipeLine(cells: readonly string[], outer: boolean): string {
  const inner = cells.map((c) => (c ? ` ${c} ` : '')).join('|');
  return (outer ? `|${inner}|` : inner).replace(/ +$/, '').replace(/^ +/, '');
}

function pipeTable(table: TableModel, style: RenderStyle): string[] {
  return table.rows.map((row) => pipeLine(rowTexts(row, style.cells), style.outerSeparator));
}

function markdownTable(table: TableModel, style: RenderStyle): string[] {
  const rows = table.rows.map((row) => rowTexts(row, style.cells));
  const width = Math.max(...rows.map((r) => r.length));
  const lines = rows.map((r) => `| ${[...r, ...Array<string>(width - r.length).fill('')].join(' | ')} |`);
  lines.splice(1, 0, `|${Array<string>(width).fill('---').join('|')}|`);
  return lines;
}

function cellPerLineTable(table: TableModel, style: RenderStyle): string[] {
  const lines: string[] = [];
  const separator = { blank: [''], pipe: ['|'], none: [] as string[] }[style.rowSeparator];
  for (const row of table.rows) {
    for (const cell of rowTexts(row, style.cells)) lines.push((style.cellIndent ? '\t' : '') + cell);
    lines.push(...separator);
  }
  return lines;
}

const TABLE_RENDERERS: Record<TextLayout, (t: TableModel, s: RenderStyle) => string[]> = {
  tab: tabTable,
  pipe: pipeTable,
  markdown: markdownTable,
  'cell-per-line': cellPerLineTable,
};

function blockLines(block: Block, layout: TextLayout, style: RenderStyle): string[] {
  const md = layout === 'markdown' && style.markdownHeadings;
  switch (block.kind) {
    case 'title':
      return block.lines.map((l) => (md ? `# ${l}` : l));
    case 'heading':
      return [md ? `## ${block.text}` : block.text];
    case 'para':
      return [block.text];
    case 'table':
      return TABLE_RENDERERS[layout](block.table, style);
  }
}

export function renderText(model: DocModel, layout: TextLayout, style: RenderStyle): string {
  // Many copies start with empty lines where the page header was.
  const lines: string[] = style.blankLines ? ['', ''] : [];
  for (const block of model.blocks) {
    lines.push(...blockLines(block, layout, style));
    if (style.blankLines || layout === 'markdown') lines.push('');
  }
  return lines.join(style.crlf ? '\r\n' : '\n');
}
