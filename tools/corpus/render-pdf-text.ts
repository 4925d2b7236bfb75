/**
 * The `pdf-text` layout: what `pdftotext -layout` makes of a report. Columns are aligned with
 * spaces (empty cells vanish once split on runs of spaces), header cells and long row labels are
 * broken over lines, 三、本年度办理结果 is printed vertically one character per row, paragraphs are
 * wrapped, and pages end with a centred page number like `-4-` and a form feed. One page break
 * always falls inside table 三, as it does in most printed reports.
 */
import type { DocModel, TableModel, Tc } from './model.ts';
import type { Rng } from './prng.ts';
import type { RenderStyle } from './style.ts';

const PAGE_WIDTH = 84;
const PAGE_LINES = 46;
const GAP = 2;

/** Display width: CJK and full-width characters take two columns in a monospaced layout. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! > 0xff ? 2 : 1;
  return w;
}

/** Greedy wrap by display width; header cells break evenly (商业/企业) rather than 商业企/业. */
export function wrap(text: string, width: number, even = false): string[] {
  const chars = [...text];
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  if (even) {
    const count = Math.ceil(displayWidth(text) / width);
    const per = Math.ceil(chars.length / count);
    for (let i = 0; i < chars.length; i += per) lines.push(chars.slice(i, i + per).join('').trim());
    return lines;
  }
  let line = '';
  for (const ch of chars) {
    if (displayWidth(line + ch) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

interface Segment { x: number; text: string }

function compose(segments: Segment[]): string {
  let out = '';
  for (const s of [...segments].sort((a, b) => a.x - b.x)) {
    const at = displayWidth(out);
    out += at < s.x ? ' '.repeat(s.x - at) : at > 0 ? ' '.repeat(GAP) : '';
    out += s.text;
  }
  return out.replace(/\s+$/, '');
}

function columnWidths(table: TableModel): number[] {
  if (table.name === 'applications') return [4, 16, 34, ...Array<number>(table.grid - 3).fill(7)];
  if (table.name === 'disclosure') return [22, 16, 16, 16];
  return Array<number>(table.grid).fill(6);
}

/** Physical lines of a table, and the first line of each row (a page may end only there). */
function tableLines(table: TableModel): { lines: string[]; rowStarts: number[] } {
  const widths = columnWidths(table);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, w) => a + w + GAP, 0));
  const lines: string[] = [];
  const rowStarts: number[] = [];
  // The vertical group label: its characters go one per row, centred over the rows it spans.
  const vertical = new Map<number, string>();
  table.rows.forEach((row, r) => {
    const tc = row[0];
    if (table.name !== 'applications' || tc?.merge !== 'restart' || tc.kind !== 'label') return;
    let end = r;
    while (table.rows[end + 1]?.[0]?.merge === 'continue') end++;
    const chars = [...tc.text];
    const offset = Math.max(0, Math.floor((end - r + 1 - chars.length) / 2));
    chars.forEach((ch, i) => {
      const at = Math.min(end, r + offset + i);
      vertical.set(at, (vertical.get(at) ?? '') + ch);
    });
  });
  table.rows.forEach((row, r) => {
    const cells: { tc: Tc; x: number; width: number }[] = [];
    let g = 0;
    for (const tc of row) {
      const width = widths.slice(g, g + tc.span).reduce((a, w) => a + w, 0) + GAP * (tc.span - 1);
      cells.push({ tc, x: xs[g] ?? xs.at(-1)! + widths.at(-1)! + GAP, width });
      g += tc.span;
    }
    const header = r < table.headerRows || cells.every((c) => c.tc.kind !== 'value');
    const wrapped = cells.map(({ tc, width }) => {
      // The vertical group label is printed through `vertical`, not in its cell.
      const isVertical = vertical.size > 0 && tc === row[0] && tc.span === 1 && tc.kind === 'label';
      if (tc.merge === 'continue' || tc.text === '' || isVertical) return [];
      return tc.kind === 'value' ? [tc.text] : wrap(tc.text, width, header);
    });
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    rowStarts.push(lines.length);
    for (let i = 0; i < height; i++) {
      const segments: Segment[] = [];
      if (i === 0 && vertical.has(r)) segments.push({ x: 0, text: vertical.get(r)! });
      cells.forEach(({ tc, x, width }, c) => {
        const text = wrapped[c]![i];
        if (!text) return;
        const w = displayWidth(text);
        // Values right-aligned; header text centred; labels left-aligned.
        const at = tc.kind === 'value' ? x + Math.max(0, width - w) : header ? x + Math.max(0, Math.floor((width - w) / 2)) : x;
        segments.push({ x: at, text });
      });
      lines.push(compose(segments));
    }
  });
  return { lines, rowStarts };
}

function centred(text: string): string {
  return ' '.repeat(Math.max(0, Math.floor((PAGE_WIDTH - displayWidth(text)) / 2))) + text;
}

export function renderPdfText(model: DocModel, style: RenderStyle, rng: Rng): string {
  const out: string[] = [];
  let page = 1;
  let onPage = 0;
  const pageBreak = () => {
    out.push('', centred(`-${page}-`), '\f');
    page++;
    onPage = 0;
  };
  const push = (lines: string[]) => {
    if (onPage + lines.length > PAGE_LINES && onPage > 0) pageBreak();
    out.push(...lines);
    onPage += lines.length;
  };
  for (const block of model.blocks) {
    if (block.kind === 'title') {
      push(['', ...block.lines.map(centred), '']);
    } else if (block.kind === 'heading') {
      push([block.text]);
    } else if (block.kind === 'para') {
      // First line indented by two full-width characters, as printed.
      const lines = wrap('    ' + block.text, PAGE_WIDTH - 4);
      lines.forEach((l) => push([l]));
    } else {
      const { lines, rowStarts } = tableLines(block.table);
      const forced = block.table.name === 'applications' ? rowStarts[rng.int(block.table.headerRows + 2, rowStarts.length - 3)] : -1;
      const firstPage = page;
      rowStarts.forEach((start, i) => {
        const end = rowStarts[i + 1] ?? lines.length;
        // Unless the page already ended inside this table, end it here.
        if (start === forced && page === firstPage) pageBreak();
        push(lines.slice(start, end));
      });
      if (style.blankLines) push(['']);
    }
  }
  out.push('', centred(`-${page}-`));
  return out.join(style.crlf ? '\r\n' : '\n') + '\n';
}
