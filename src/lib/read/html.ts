/**
 * HTML → lines of cells, as government websites publish reports: prose in block elements, tables
 * with rowspan/colspan. A table row becomes one line with one cell per `<td>`/`<th>`; a colspan
 * is padded with empty cells so that columns keep their positions, while a rowspan is not
 * repeated (the group label is printed on the first row of its group only, as in every other
 * layout). Scripts, styles and comments are dropped; text is taken, never markup. The `<head>` is
 * no text of the report, but its `<title>`, like each `<h1>`, is kept apart (`titles`): where a page
 * prints its title nowhere else, it is the one evidence of who published the report.
 *
 * htmlparser2 reads the page as a stream of tags and text (entities decoded), which is all this
 * needs and several times faster than building a DOM. Each line has its place (types.ts `Place`),
 * shared by its cells: its number among the lines read, counted from the top, which is the line
 * of the 原文 view holding it; or, for a Word document converted by docx.ts, the number of its
 * paragraph or table row. Not the page's source line: a CMS writes a whole table on a few source
 * lines, or one cell a line, so source lines name neither one row nor one line of the view.
 */
import { Parser } from 'htmlparser2';
import { appendCapped, cut, LIMITS } from './limits.ts';
import { htmlMeta } from './meta.ts';
import { cellText, cleanCell } from './text.ts';
import type { Place, RawDocument, RawLine, ReadWarning } from './types.ts';

const BLOCK = new Set(['p', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'br', 'title', 'blockquote', 'pre', 'header', 'footer', 'main', 'ul', 'ol', 'dd', 'dt', 'center', 'hr']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'select', 'button']);
/** A page names its title once or twice; more `<h1>`s than this, or longer ones, are no title evidence worth keeping. */
const MAX_TITLES = 8;
const MAX_TITLE_CHARS = 500;
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
 * htmlparser2's parser keeping each attribute's value to LIMITS.lineChars characters: it builds a
 * value whole, however long (one of 60 million characters fits in a file), and this reader reads
 * no attribute longer than a colspan. No text of the report is in an attribute: the cut is not
 * noted.
 */
class BoundedParser extends Parser {
  #attributeChars = 0;
  override onattribdata(start: number, endIndex: number): void {
    const end = Math.min(endIndex, start + Math.max(0, LIMITS.lineChars.value - this.#attributeChars));
    this.#attributeChars += end - start;
    if (end > start) super.onattribdata(start, end);
  }
  override onattribentity(codePoint: number): void {
    if (this.#attributeChars++ < LIMITS.lineChars.value) super.onattribentity(codePoint);
  }
  override onattribend(quote: Parameters<Parser['onattribend']>[0], endIndex: number): void {
    this.#attributeChars = 0;
    super.onattribend(quote, endIndex);
  }
}

/**
 * How places are counted: `view`, the lines read from the page (the 原文 view's lines), or `word`
 * paragraphs and table rows of the Word document the HTML was converted from (docx.ts says how
 * they are counted).
 */
export type HtmlPlaces = 'view' | 'word';

export function htmlToDocument(html: string, places: HtmlPlaces = 'view'): RawDocument {
  const lines: RawLine[] = [];
  let words = 0; // Word paragraphs and table rows begun so far
  let text = '';
  let textPlace: Place | null = null;
  let skipping = 0;
  let tables = 0;
  let row: string[] | null = null;
  let rowPlace: Place = { line: 1 };
  let cell: string | null = null;
  let span = 1;
  let depth = 0;
  let stop: ReadWarning | null = null;
  // The page's <title> (in its <head>, which is not read as text) and its <h1>s: title evidence.
  const titles: string[] = [];
  let head = false;
  let title: string | null = null;
  // Lines and cells cut at LIMITS.lineChars as their text came in, and whether the current ones were.
  let longLines = 0;
  let textCut = false;
  let cellCut = false;

  const here = (): Place => ({ line: words });

  const flush = () => {
    const line = cleanCell(text.replace(/\s+/g, ' '));
    if (line) push({ cells: [line], place: textPlace! });
    if (textCut) longLines++;
    text = '';
    textPlace = null;
    textCut = false;
  };
  const push = (line: RawLine) => {
    if (places === 'view') line.place = { line: lines.length + 1 };
    if (lines.length < LIMITS.lines.value) lines.push(line);
    else stop ??= { code: 'limit-reached', message: cut('lines') };
  };
  const endCell = () => {
    if (cell === null || !row) return;
    row.push(cellText(cell));
    for (let i = 1; i < span; i++) row.push('');
    if (cellCut) longLines++;
    cell = null;
    cellCut = false;
  };
  const endRow = () => {
    endCell();
    if (row) push({ cells: row, place: rowPlace, tableRow: true });
    row = null;
  };
  const startRow = () => {
    row = [];
    rowPlace = here();
  };

  const parser = new BoundedParser(
    {
      onopentag(name, attributes) {
        if (++depth > LIMITS.htmlDepth.value) stop ??= { code: 'limit-reached', message: cut('htmlDepth') };
        if (SKIP.has(name)) skipping++;
        if (name === 'head') head = true;
        if ((name === 'title' && head && skipping === 1) || (name === 'h1' && skipping === 0)) title = '';
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
          span = Math.min(Math.max(Number.parseInt(attributes.colspan ?? '1', 10) || 1, 1), MAX_SPAN);
        } else if (cell === null && BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (title !== null && (skipping === 0 || head)) title += data.slice(0, MAX_TITLE_CHARS - title.length);
        if (skipping > 0) return;
        const inCell = cell !== null;
        if (!inCell && tables > 0) return;
        if (inCell) {
          const next = appendCapped(cell!, data);
          cell = next.text;
          cellCut ||= next.cut;
        } else {
          const next = appendCapped(text, data);
          text = next.text;
          textCut ||= next.cut;
          if (/\S/.test(data)) textPlace ??= here();
        }
      },
      onclosetag(name) {
        depth--;
        if (name === 'head') head = false;
        if ((name === 'title' || name === 'h1') && title !== null) {
          const text = cleanCell(title.replace(/\s+/g, ' '));
          if (text && titles.length < MAX_TITLES) titles.push(text);
          title = null;
        }
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
  const warnings = [...(stop ? [stop] : []), ...(longLines > 0 ? [{ code: 'limit-reached' as const, message: cut('lineChars', longLines) }] : [])];
  if (warnings.length > 0) doc.warnings = warnings;
  if (titles.length > 0) doc.titles = titles;
  // A converted Word document's HTML has no head: its dates come from the DOCX (docx.ts).
  const meta = places === 'view' ? htmlMeta(html) : undefined;
  if (meta) doc.meta = meta;
  return doc;
}
