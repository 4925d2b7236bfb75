/**
 * DOCX → lines of cells, read from the document's own table model (`word/document.xml`) with the
 * streaming XML parser of xml.ts, into the lines the HTML reader makes of a web page: a paragraph
 * is a line, a table row a line of cells, a cell spanning grid columns (`w:gridSpan`) padded with
 * empty cells so that columns keep their positions, a cell merged into the one above
 * (`w:vMerge` continuing) left out, as a rowspan is (html.ts).
 *
 * What Word shows with its markup hidden is what is read: runs' text (`w:t`), tabs and line
 * breaks; content controls (`w:sdt`), smart tags, hyperlinks, simple fields and moved-to text
 * read as their content; a complex field as its result (its code, `w:instrText`, is no text);
 * inserted text kept and deleted text (`w:del`, `w:moveFrom`, a deleted row, a deleted paragraph
 * mark joining two paragraphs) dropped. A text box is read from its VML form (`mc:Fallback`),
 * which Word writes beside the DrawingML one, so that it is read once. Footnote and endnote marks
 * are left out (the mark `1` after a number would read as another digit); the notes come after
 * the body. Drawings, equations, comments, headers and footers are not read. A table nested in a
 * cell ends the outer row's line where it begins: its rows are lines of their own, and the rest
 * of the outer row a line after them.
 *
 * Places (types.ts `Place`): a Word document has no lines, so `line` is the number of the
 * paragraph or table row, counted from the top of the body, one for each paragraph and one for
 * each table row, as Word lays them out: every paragraph mark counts, empty paragraphs included
 * (Word shows each as ¶ with formatting marks on), and a table row counts once however many
 * paragraphs its cells hold. A 表三 row in the 58th such block is thus `line: 58`. A text box
 * counts as paragraphs after the paragraph that holds it, footnotes and endnotes after the body.
 *
 * Every string is bounded as it grows (limits.ts `appendCapped`), and the paragraphs and rows were
 * counted before any XML is parsed (docx-bounds.ts).
 */
import { openDocx, type DocxParts } from './docx-bounds.ts';
import { appendCapped, cut, LIMITS } from './limits.ts';
import { docxMeta } from './meta.ts';
import { cellText, cleanCell } from './text.ts';
import type { RawDocument, RawLine, ReadWarning } from './types.ts';
import { walkXml } from './xml.ts';

/** Elements whose content is read (local names); any other is skipped with all it holds. */
const READ = new Set([
  'document', 'body', 'footnotes', 'footnote', 'endnotes', 'endnote', 'p', 'pPr', 'pStyle', 'rPr', 'r', 't', 'tab', 'br', 'cr', 'noBreakHyphen',
  'tbl', 'tr', 'trPr', 'gridBefore', 'tc', 'tcPr', 'gridSpan', 'vMerge', 'hyperlink', 'sdt', 'sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag', 'fldSimple',
  'AlternateContent', 'Fallback', 'pict', 'object', 'shape', 'roundrect', 'rect', 'group', 'textbox', 'txbxContent',
]);
/** More than this many columns from one gridSpan is a broken file, not a report table (as html.ts). */
const MAX_SPAN = 50;
/** A page names its title once or twice; more headings than this, or longer ones, are no title evidence worth keeping (as html.ts). */
const MAX_TITLES = 8;
const MAX_TITLE_CHARS = 500;

export async function readDocx(bytes: Uint8Array): Promise<RawDocument> {
  const parts = await openDocx(bytes);
  const doc = docxToDocument(parts);
  const meta = parts.core === undefined ? undefined : docxMeta(parts.core);
  if (meta) doc.meta = meta;
  return doc;
}

interface Paragraph {
  text: string;
  cut: boolean;
  place: number;
  /** Styled Heading 1: the document's title, as a web page's `<h1>`. */
  title: boolean;
  /** Its paragraph mark is deleted: its text joins the next paragraph. */
  deleted: boolean;
  /** Lines of the text boxes it holds, which come after it. */
  after: RawLine[];
}
interface Table {
  /** Grid columns where a cell began in an earlier row: a continuing vMerge there is merged into it. */
  columns: Set<number>;
  row: Row | null;
}
interface Row {
  cells: string[];
  place: number;
  deleted: boolean;
  /** A table nested in one of its cells cut it into pieces. */
  split: boolean;
  /** The grid column of the next cell. */
  column: number;
  cell: Cell | null;
}
interface Cell {
  text: string;
  cut: boolean;
  span: number;
  /** null: no vMerge; true: continues the cell above; false: restarts a merged cell. */
  merge: boolean | null;
}

/** The lines of a DOCX's body, then of its footnotes and endnotes. */
export function docxToDocument(parts: DocxParts): RawDocument {
  const headings = headingStyles(parts.styles);
  const lines: RawLine[] = [];
  const titles: string[] = [];
  let blocks = 0;
  let stop: ReadWarning | null = null;
  let longLines = 0;
  // Where lines go: the document, or the text boxes of the paragraph being read.
  const sinks: RawLine[][] = [lines];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  let carried: { text: string; cut: boolean } | null = null;
  let skip = 0;

  const push = (line: RawLine) => {
    const sink = sinks.at(-1)!;
    if (sink === lines && lines.length >= LIMITS.lines.value) stop ??= { code: 'limit-reached', message: cut('lines') };
    else sink.push(line);
  };
  const cellOf = () => tables.at(-1)?.row?.cell ?? null;
  const add = (more: string) => {
    const cell = cellOf();
    const p = paragraphs.at(-1);
    if (cell) grow(cell, more);
    // A heading inside a cell is title evidence too, as an <h1> in a table is on a web page.
    if (p && (!cell || p.title)) grow(p, more);
  };
  /** A row's line: always, as a row of blank cells is blank columns, except the pieces of a row a nested table split. */
  const endRowLine = (row: Row) => {
    if (row.cells.length > 0 && (!row.split || row.cells.some((c) => c !== ''))) push({ cells: row.cells, place: { line: row.place }, tableRow: true });
    row.cells = [];
  };
  const endCell = (table: Table, row: Row) => {
    const cell = row.cell!;
    row.cell = null;
    const column = row.column;
    row.column += cell.span;
    if (cell.merge === true && table.columns.has(column)) return;
    table.columns.add(column);
    if (cell.cut) longLines++;
    const room = LIMITS.lineChars.value - row.cells.length;
    if (room < cell.span) {
      longLines++;
      return;
    }
    row.cells.push(cellText(cell.text));
    for (let i = 1; i < cell.span; i++) row.cells.push('');
  };
  const endParagraph = (p: Paragraph) => {
    if (p.title && titles.length < MAX_TITLES) {
      const title = cleanCell(p.text.replace(/\s+/g, ' ')).slice(0, MAX_TITLE_CHARS);
      if (title) titles.push(title);
    }
    if (cellOf()) return;
    if (p.cut) longLines++;
    // A line break starts a line of its own, in the same paragraph.
    for (const part of p.text.split('\n')) {
      const line = cleanCell(part.replace(/\s+/g, ' '));
      if (line) push({ cells: [line], place: { line: p.place } });
    }
    for (const line of p.after) push(line);
  };

  const walk = (xml: string, file: string) =>
    walkXml(xml, file, 'unreadable-docx', {
      open(name, a, ancestors) {
        if (skip > 0 || !(READ.has(name) || (name === 'del' && isMark(ancestors)))) {
          skip++;
          return;
        }
        const table = tables.at(-1);
        const inCell = !!cellOf();
        switch (name) {
          case 'p': {
            if (tables.length === 0) blocks++;
            const p: Paragraph = { text: '', cut: false, place: blocks, title: false, deleted: false, after: [] };
            if (carried && !inCell) {
              p.text = carried.text;
              p.cut = carried.cut;
            }
            carried = null;
            paragraphs.push(p);
            break;
          }
          case 'pStyle':
            if (ancestors.at(-1) === 'pPr' && headings.has(val(a) ?? '')) paragraphs.at(-1)!.title = true;
            break;
          case 'tab':
            if (ancestors.at(-1) === 'r') add('\t');
            break;
          case 'br':
          case 'cr':
            // Page and column breaks end no line in the text (as mammoth and a browser read them).
            if (ancestors.at(-1) === 'r' && (name === 'cr' || !a['w:type'] || a['w:type'] === 'textWrapping')) add('\n');
            break;
          case 'noBreakHyphen':
            add('-');
            break;
          case 'txbxContent':
            // Outside a table a text box's paragraphs are lines after the one holding it; inside a cell, more of the cell's text.
            if (!inCell) sinks.push(paragraphs.at(-1)?.after ?? lines);
            break;
          case 'tbl': {
            const outer = table?.row;
            if (outer?.cell) {
              // A table nested in a cell: the outer row so far is a line, the nested rows follow.
              const partial = outer.cell;
              endCell(table!, outer);
              outer.column -= partial.span;
              outer.cell = { text: '', cut: false, span: partial.span, merge: null };
              outer.split = true;
              endRowLine(outer);
            }
            tables.push({ columns: new Set(), row: null });
            break;
          }
          case 'tr':
            if (table) table.row = { cells: [], place: ++blocks, deleted: false, split: false, column: 0, cell: null };
            break;
          case 'gridBefore':
            // Grid columns left empty before the row's first cell: no cell is read there (as a
            // browser shows no cell), but a merged cell below is matched to its column.
            if (ancestors.at(-1) === 'trPr' && table?.row) table.row.column = Math.min(Math.max(Number.parseInt(val(a) ?? '0', 10) || 0, 0), MAX_SPAN);
            break;
          case 'tc':
            if (table?.row) table.row.cell = { text: '', cut: false, span: 1, merge: null };
            break;
          case 'gridSpan': {
            const cell = cellOf();
            if (cell && ancestors.at(-1) === 'tcPr') cell.span = Math.min(Math.max(Number.parseInt(val(a) ?? '1', 10) || 1, 1), MAX_SPAN);
            break;
          }
          case 'vMerge': {
            const cell = cellOf();
            if (cell && ancestors.at(-1) === 'tcPr') cell.merge = val(a) !== 'restart';
            break;
          }
          case 'del':
            if (ancestors.at(-1) === 'trPr' && table?.row) table.row.deleted = true;
            else if (ancestors.at(-2) === 'pPr' && paragraphs.length > 0) paragraphs.at(-1)!.deleted = true;
            break;
          case 'footnote':
          case 'endnote':
            // The separators Word draws between the body and its notes are no note.
            if (a['w:type'] && a['w:type'] !== 'normal') skip++;
            break;
        }
      },
      text(text, ancestors) {
        if (skip === 0 && ancestors.at(-1) === 't') add(text);
      },
      close(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        const table = tables.at(-1);
        switch (name) {
          case 'p': {
            const p = paragraphs.pop()!;
            if (p.deleted && !cellOf()) {
              carried = { text: p.text, cut: p.cut };
              blocks--;
              for (const line of p.after) push(line);
            } else endParagraph(p);
            break;
          }
          case 'txbxContent':
            if (!cellOf()) sinks.pop();
            break;
          case 'tc':
            if (table?.row?.cell) endCell(table, table.row);
            break;
          case 'tr': {
            const row = table?.row;
            if (!row) break;
            if (row.deleted) blocks--;
            else endRowLine(row);
            table.row = null;
            break;
          }
          case 'tbl':
            tables.pop();
            break;
        }
      },
    });

  walk(parts.document, 'word/document.xml');
  if (parts.footnotes) walk(parts.footnotes, 'word/footnotes.xml');
  if (parts.endnotes) walk(parts.endnotes, 'word/endnotes.xml');
  // A deleted mark on the last paragraph joins it to none: its text stays, a paragraph of its own.
  if (carried) endParagraph({ ...(carried as { text: string; cut: boolean }), place: ++blocks, title: false, deleted: false, after: [] });

  const doc: RawDocument = { lines, exactCells: true };
  const warnings = [...(stop ? [stop] : []), ...(longLines > 0 ? [{ code: 'limit-reached' as const, message: cut('lineChars', longLines) }] : [])];
  if (warnings.length > 0) doc.warnings = warnings;
  if (titles.length > 0) doc.titles = titles;
  return doc;
}

/** `text` with `more` appended, within LIMITS.lineChars. */
function grow(target: { text: string; cut: boolean }, more: string): void {
  const next = appendCapped(target.text, more);
  target.text = next.text;
  target.cut ||= next.cut;
}

/** `w:del` as a mark (of a deleted row, or of a deleted paragraph mark), not as deleted content. */
function isMark(ancestors: readonly string[]): boolean {
  return ancestors.at(-1) === 'trPr' || (ancestors.at(-1) === 'rPr' && ancestors.at(-2) === 'pPr');
}

/** An attribute `w:val` (or `val` under another prefix). */
function val(attributes: Record<string, string>): string | undefined {
  if (attributes['w:val'] !== undefined) return attributes['w:val'];
  for (const key in attributes) if (key.endsWith(':val') || key === 'val') return attributes[key];
  return undefined;
}

/** The IDs of the styles Word names Heading 1 (`Heading1`, or any ID whose style is named `heading 1`). */
function headingStyles(styles: string | undefined): Set<string> {
  const ids = new Set(['Heading1']);
  if (!styles) return ids;
  let id: string | null = null;
  try {
    walkXml(styles, 'word/styles.xml', 'unreadable-docx', {
      open(name, a, ancestors) {
        if (name === 'style' && ancestors.length === 1) id = a['w:styleId'] ?? null;
        else if (name === 'name' && ancestors.at(-1) === 'style' && id && (val(a) ?? '').toLowerCase() === 'heading 1') ids.add(id);
      },
    });
  } catch {
    // Damaged styles take nothing from the text: only the title evidence of headings is lost.
  }
  return ids;
}
