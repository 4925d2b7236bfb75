/**
 * Plain text and Markdown → lines of cells. Reports copied out of Word or PDF keep their table
 * rows as lines: cells are split at tabs, at `|` (with or without outer pipes, Markdown rules
 * dropped), or, for text laid out by a PDF converter, at runs of two or more spaces.
 */
import type { RawDocument, RawLine } from './types.ts';

const MARKDOWN_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A line of the text layout of a PDF: columns separated by two or more spaces (ASCII or ideographic). */
const SPACED_COLUMNS = /[ \u3000\u00a0]{2,}/;

export function textToDocument(text: string): RawDocument {
  const lines: RawLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const cells = splitCells(raw);
    lines.push({ cells, place: { line: index + 1 } });
  });
  return { lines, exactCells: false };
}

export function splitCells(raw: string): string[] {
  const line = raw.replace(/\u00a0/g, ' ');
  if (line.trim() === '' || line.trim() === '|') return [];
  if (line.includes('\t')) return line.split('\t').map(cleanCell);
  if (line.includes('|')) {
    if (MARKDOWN_RULE.test(line.trim())) return [];
    let inner = line.trim();
    if (inner.startsWith('|')) inner = inner.slice(1);
    if (inner.endsWith('|')) inner = inner.slice(0, -1);
    return inner.split('|').map(cleanCell);
  }
  const trimmed = cleanCell(line);
  const cells = SPACED_COLUMNS.test(trimmed) ? trimmed.split(SPACED_COLUMNS).map(cleanCell) : [trimmed];
  return cells.flatMap(splitTrailingNumbers);
}

/**
 * Sparse rows keep only their non-empty cells, often with single spaces between them:
 * `1.属于国家秘密 0 0 0 0 0 0 0`. A cell that ends in space-separated numbers (or blank marks)
 * is split into its label and one cell per number; prose never ends that way.
 */
const TRAILING_NUMBERS = /^(.*?[^\s\d.,，])?\s*((?:(?:[\d.,]+|[/／—–-]+)\s+)*(?:[\d.,]+|[/／—–-]+))$/;

function splitTrailingNumbers(cell: string): string[] {
  const m = TRAILING_NUMBERS.exec(cell);
  // One trailing number only after a short label (行政处罚 1), never after a sentence.
  if (!m || !/\s/.test(cell) || (!/\s/.test(m[2]!) && (m[1] ?? '').length > 30)) return [cell];
  const numbers = m[2]!.split(/\s+/);
  return m[1] ? [m[1].trim(), ...numbers] : numbers;
}

/** A cell without the space around it: trim's whitespace (as \s's) takes in the ideographic space, no-break space and BOM. */
export function cleanCell(cell: string): string {
  return cell.trim();
}
