/**
 * HTML → lines of cells, as government websites publish reports: prose in block elements, tables
 * with rowspan/colspan. A table row becomes one line with one cell per `<td>`/`<th>`; a colspan
 * is padded with empty cells so that columns keep their positions, while a rowspan is not
 * repeated (the group label is printed on the first row of its group only, as in every other
 * layout). Scripts, styles and comments are dropped; text is taken, never markup.
 *
 * htmlparser2 reads the page as a stream of tags and text (entities decoded), which is all this
 * needs and several times faster than building a DOM. It gives the source offset of every tag
 * and text, from which each line and cell gets its place (types.ts `Place`): the source line
 * where its text starts (a cell without text: the line of its `<td>`), or, for a Word document
 * converted by docx.ts, the number of its paragraph or table row.
 */
import { Parser } from 'htmlparser2';
import { cut, LIMITS } from './limits.ts';
import { htmlMeta } from './meta.ts';
import { cellText, cleanCell } from './text.ts';
import type { Place, RawDocument, RawLine, ReadWarning } from './types.ts';

const BLOCK = new Set(['p', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'br', 'title', 'blockquote', 'pre', 'header', 'footer', 'main', 'ul', 'ol', 'dd', 'dt', 'center', 'hr']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'select', 'button']);
/** More than this many columns from one colspan is a broken page, not a report table. */
const MAX_SPAN = 50;
/** The elements mammoth writes for a Word paragraph outside a table (docx.ts). */
const WORD_PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
/**
 * The page is fed to the parser in pieces this long, so that reading can stop at a limit:
 * htmlparser2's cost grows with the square of the nesting depth (its element stack is an array
 * it unshifts), 20–49 s for 100,000 levels.
 */
const PIECE = 64 * 1024;

/**
 * How places are counted: `source` lines of the HTML file, or `word` paragraphs and table rows
 * of the Word document the HTML was converted from (docx.ts says how they are counted).
 */
export type HtmlPlaces = 'source' | 'word';

/** Source offset → 1-based line. Offsets only grow while a page is read, so one forward scan suffices. */
function lineCounter(html: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset && at < html.length; at++) if (html.charCodeAt(at) === 10) line++;
    return line;
  };
}

export function htmlToDocument(html: string, places: HtmlPlaces = 'source'): RawDocument {
  const lines: RawLine[] = [];
  const lineAt = lineCounter(html);
  let words = 0; // Word paragraphs and table rows begun so far
  let text = '';
  let textPlace: Place | null = null;
  let skipping = 0;
  let tables = 0;
  let row: string[] | null = null;
  let rowPlace: Place = { line: 1 };
  let cellPlaces: Place[] = [];
  let cell: string | null = null;
  let cellPlace: Place | null = null;
  let cellTag: Place = { line: 1 };
  let span = 1;
  let depth = 0;
  let stop: ReadWarning | null = null;

  /** The place of the tag or text being read, `offset` characters into it. */
  const here = (offset = 0): Place => (places === 'word' ? { line: words } : { line: lineAt(parser.startIndex + offset) });

  const flush = () => {
    const line = cleanCell(text.replace(/\s+/g, ' '));
    if (line) push({ cells: [line], place: textPlace! });
    text = '';
    textPlace = null;
  };
  const push = (line: RawLine) => {
    if (lines.length < LIMITS.lines.value) lines.push(line);
    else stop ??= { code: 'limit-reached', message: cut('lines') };
  };
  const endCell = () => {
    if (cell === null || !row) return;
    row.push(cellText(cell));
    const place = cellPlace ?? cellTag;
    for (let i = 0; i < span; i++) cellPlaces.push(place);
    for (let i = 1; i < span; i++) row.push('');
    cell = null;
  };
  const endRow = () => {
    endCell();
    if (row) push({ cells: row, place: rowPlace, cellPlaces, tableRow: true });
    row = null;
  };
  const startRow = () => {
    row = [];
    rowPlace = here();
    cellPlaces = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > LIMITS.htmlDepth.value) stop ??= { code: 'limit-reached', message: cut('htmlDepth') };
        if (SKIP.has(name)) skipping++;
        if (skipping > 0) return;
        if (places === 'word' && ((tables === 0 && WORD_PARAGRAPH.has(name)) || (tables > 0 && name === 'tr'))) words++;
        if (name === 'table') {
          if (tables === 0) flush();
          tables++;
        } else if (tables > 0 && name === 'tr') {
          endRow();
          startRow();
        } else if (tables > 0 && (name === 'td' || name === 'th')) {
          endCell();
          if (!row) startRow();
          cell = '';
          cellTag = here();
          cellPlace = null;
          span = Math.min(Math.max(Number.parseInt(attributes.colspan ?? '1', 10) || 1, 1), MAX_SPAN);
        } else if (cell === null && BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (skipping > 0) return;
        const inCell = cell !== null;
        if (!inCell && tables > 0) return;
        // The place of the first printed character: the line breaks before it count.
        const first = data.search(/\S/);
        const place = first < 0 ? null : here(first);
        if (inCell) {
          cell += data;
          cellPlace ??= place;
        } else {
          text += data;
          textPlace ??= place;
        }
      },
      onclosetag(name) {
        depth--;
        if (SKIP.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping > 0) return;
        if (name === 'table' && tables > 0) {
          endRow();
          tables--;
        } else if (tables > 0 && name === 'tr') endRow();
        else if (tables > 0 && (name === 'td' || name === 'th')) endCell();
        else if (cell === null && BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  for (let at = 0; at < html.length && !stop; at += PIECE) parser.write(html.slice(at, at + PIECE));
  if (!stop) parser.end();
  endRow();
  flush();
  const doc: RawDocument = { lines, exactCells: true };
  if (stop) doc.warnings = [stop];
  // A converted Word document's HTML has no head: its dates come from the DOCX (docx.ts).
  const meta = places === 'source' ? htmlMeta(html) : undefined;
  if (meta) doc.meta = meta;
  return doc;
}
