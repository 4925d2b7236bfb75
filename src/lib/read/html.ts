/**
 * HTML → lines of cells, as government websites publish reports: prose in block elements, tables
 * with rowspan/colspan. A table row becomes one line with one cell per `<td>`/`<th>`; a colspan
 * is padded with empty cells so that columns keep their positions, while a rowspan is not
 * repeated (the group label is printed on the first row of its group only, as in every other
 * layout). Scripts, styles and comments are dropped; text is taken, never markup.
 */
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { cleanCell } from './text.ts';
import type { RawDocument, RawLine } from './types.ts';

const BLOCK = new Set(['p', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'br', 'tr', 'table', 'title', 'blockquote', 'pre', 'header', 'footer', 'main', 'ul', 'ol', 'dd', 'dt', 'center']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);

export function htmlToDocument(html: string): RawDocument {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true, noscript: false } });
  const lines: RawLine[] = [];
  let current = '';
  const flush = () => {
    const cell = cleanCell(current.replace(/\s+/g, ' '));
    if (cell) lines.push({ cells: [cell], line: lines.length + 1 });
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += node.text;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'table') {
      flush();
      for (const row of tableRows(el)) lines.push({ cells: row, line: lines.length + 1, tableRow: true });
      return;
    }
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    el.childNodes.forEach(walk);
    if (block) flush();
  };
  root.childNodes.forEach(walk);
  flush();
  return { lines, exactCells: true };
}

function tableRows(table: HTMLElement): string[][] {
  const rows: string[][] = [];
  for (const tr of table.querySelectorAll('tr')) {
    // Nested tables are rare in reports; their rows are read in document order like any other.
    if (tr.closest('table') !== table) continue;
    const cells: string[] = [];
    for (const cell of tr.childNodes) {
      if (cell.nodeType !== NodeType.ELEMENT_NODE) continue;
      const el = cell as HTMLElement;
      const tag = el.rawTagName?.toLowerCase();
      if (tag !== 'td' && tag !== 'th') continue;
      cells.push(cleanCell(cellText(el)));
      const span = Math.min(Number.parseInt(el.getAttribute('colspan') ?? '1', 10) || 1, 50);
      for (let i = 1; i < span; i++) cells.push('');
    }
    rows.push(cells);
  }
  return rows;
}

/** A cell's text with line breaks inside it folded: a header such as 总<br>计 reads 总计. */
function cellText(el: HTMLElement): string {
  return el.text.replace(/[\r\n\t]+/g, '').replace(/ {2,}/g, ' ');
}
