/**
 * Plain text and Markdown → lines of cells. Reports copied out of Word or PDF keep their table
 * rows as lines: cells are split at tabs, at `|` (with or without outer pipes, Markdown rules
 * dropped), or, for text laid out by a PDF converter, at runs of two or more spaces.
 */
import { cut, LIMITS } from './limits.ts';
import type { RawDocument, RawLine } from './types.ts';

const MARKDOWN_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A line of the text layout of a PDF: columns separated by two or more spaces (ASCII or ideographic). */
const SPACED_COLUMNS = /[ \u3000\u00a0]{2,}/;

export function textToDocument(text: string): RawDocument {
  const lines: RawLine[] = [];
  // Lines beyond the limit are never split off (10 million empty lines must not become objects).
  const raws = text.split(/\r\n|\r|\n/, LIMITS.lines.value + 1);
  const doc: RawDocument = { lines, exactCells: false };
  if (raws.length > LIMITS.lines.value) {
    raws.length = LIMITS.lines.value;
    doc.warnings = [{ code: 'limit-reached', message: cut('lines') }];
  }
  let longLines = 0;
  raws.forEach((raw, index) => {
    // A line is cut before it is split, so that a 10 MB line costs no more than a long one.
    if (raw.length > LIMITS.lineChars.value) longLines++;
    const cells = splitCells(raw.length > LIMITS.lineChars.value ? raw.slice(0, LIMITS.lineChars.value) : raw);
    lines.push({ cells, place: { line: index + 1 } });
  });
  if (longLines > 0) doc.warnings = [...(doc.warnings ?? []), { code: 'limit-reached', message: cut('lineChars', longLines) }];
  return doc;
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
 *
 * The cell is scanned once from its end, token by token (a regular expression for this took
 * quadratic time on a line of dashes: 10 s for 100 KB). The numbers are the longest run of
 * tokens at the end, each `[\d.,]+` or `[/／—–-]+`, separated by whitespace, such that what
 * comes before them is empty or ends in a character that is neither a space, a digit nor `.,，`.
 */
const DIGITISH = /[\d.,]/;
const DASHISH = /[/／—–-]/;
const LABEL_END = /[^\s\d.,，]/;

function splitTrailingNumbers(cell: string): string[] {
  if (!/\s/.test(cell)) return [cell];
  let start = -1;
  let tokens = 0;
  for (let end = cell.length; end > 0; ) {
    const last = cell[end - 1]!;
    const kind = DIGITISH.test(last) ? DIGITISH : DASHISH.test(last) ? DASHISH : null;
    if (!kind) break;
    let from = end - 1;
    while (from > 0 && kind.test(cell[from - 1]!)) from--;
    tokens++;
    let before = from;
    while (before > 0 && /\s/.test(cell[before - 1]!)) before--;
    if (before === 0 || LABEL_END.test(cell[before - 1]!)) start = from;
    // The next token must be separated from this one by whitespace.
    if (before === from) break;
    end = before;
  }
  if (start < 0) return [cell];
  const label = cell.slice(0, start).trim();
  const numbers = cell.slice(start).split(/\s+/);
  // One trailing number only after a short label (行政处罚 1), never after a sentence.
  if (numbers.length === 1 && label.length > 30) return [cell];
  return label ? [label, ...numbers] : numbers;
}

/** A cell without the space around it: trim's whitespace (as \s's) takes in the ideographic space, no-break space and BOM. */
export function cleanCell(cell: string): string {
  return cell.trim();
}

/**
 * A table cell's text as one line (HTML, Word and spreadsheet cells): line breaks and tabs inside
 * a cell fold away, so that a header printed 总<br>计 reads 总计; runs of spaces become one.
 */
export function cellText(cell: string): string {
  return cleanCell(cell.replace(/[\r\n\t]+/g, '').replace(/\s{2,}/g, ' '));
}
