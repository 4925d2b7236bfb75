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
 * of the 原文 view holding it; or, for a Word document converted by doc.ts, the number of its
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
/** The elements mammoth writes for a Word paragraph outside a table, as doc.ts does. */
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
  const page = newPage(places);
  // Once a limit has stopped the reading, the rest of the piece being parsed is not read either:
  // the note says that nothing after the limit is.
  const parser = new BoundedParser(
    { onopentag: (name, attributes) => page.stop || openTag(page, name, attributes), ontext: (data) => page.stop || takeText(page, data), onclosetag: (name) => page.stop || closeTag(page, name) },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  for (let at = 0; at < html.length && !page.stop; at += PIECE) parser.write(html.slice(at, at + PIECE));
  if (!page.stop) parser.end();
  endRow(page);
  flush(page);
  return documentOf(page, html);
}

/** What the reader knows of the page while the parser goes through it. */
interface PageState {
  places: HtmlPlaces;
  lines: RawLine[];
  /** Word paragraphs and table rows begun so far. */
  words: number;
  /** The text of the block being read, outside tables, and where it starts. */
  text: string;
  textPlace: Place | null;
  /** How many skipped elements (SKIP) the parser is in. */
  skipping: number;
  /** How many tables the parser is in. */
  tables: number;
  row: string[] | null;
  rowPlace: Place;
  /** The text of the table cell being read, and its colspan. */
  cell: string | null;
  span: number;
  depth: number;
  /** The limit that stopped the reading, once one did. */
  stop: ReadWarning | null;
  // The page's <title> (in its <head>, which is not read as text) and its <h1>s: title evidence.
  titles: string[];
  head: boolean;
  title: string | null;
  // Lines and cells cut at LIMITS.lineChars as their text came in, and whether the current ones were.
  longLines: number;
  textCut: boolean;
  cellCut: boolean;
}

function newPage(places: HtmlPlaces): PageState {
  return { places, lines: [], words: 0, text: '', textPlace: null, skipping: 0, tables: 0, row: null, rowPlace: { line: 1 }, cell: null, span: 1, depth: 0, stop: null, titles: [], head: false, title: null, longLines: 0, textCut: false, cellCut: false };
}

function here(page: PageState): Place {
  return { line: page.words };
}

/** The block of text read so far becomes a line. */
function flush(page: PageState): void {
  const line = cleanCell(page.text.replace(/\s+/g, ' '));
  if (line) push(page, { cells: [line], place: page.textPlace! });
  if (page.textCut) page.longLines++;
  page.text = '';
  page.textPlace = null;
  page.textCut = false;
}

function push(page: PageState, line: RawLine): void {
  if (page.places === 'view') line.place = { line: page.lines.length + 1 };
  if (page.lines.length < LIMITS.lines.value) page.lines.push(line);
  else page.stop ??= { code: 'limit-reached', message: cut('lines') };
}

function endCell(page: PageState): void {
  if (page.cell === null || !page.row) return;
  page.row.push(cellText(page.cell));
  for (let i = 1; i < page.span; i++) page.row.push('');
  if (page.cellCut) page.longLines++;
  page.cell = null;
  page.cellCut = false;
}

function endRow(page: PageState): void {
  endCell(page);
  if (page.row) push(page, { cells: page.row, place: page.rowPlace, tableRow: true });
  page.row = null;
}

function startRow(page: PageState): void {
  page.row = [];
  page.rowPlace = here(page);
}

function openTag(page: PageState, name: string, attributes: Record<string, string>): void {
  if (++page.depth > LIMITS.htmlDepth.value) {
    page.stop = { code: 'limit-reached', message: cut('htmlDepth') };
    return;
  }
  if (SKIP.has(name)) page.skipping++;
  if (name === 'head') page.head = true;
  if ((name === 'title' && page.head && page.skipping === 1) || (name === 'h1' && page.skipping === 0)) page.title = '';
  if (page.skipping > 0) return;
  if (page.places === 'word' && ((page.tables === 0 && WORD_PARAGRAPH.has(name)) || (page.tables > 0 && name === 'tr'))) page.words++;
  if (name === 'table') {
    if (page.tables === 0) flush(page);
    page.tables++;
  } else if (page.tables > 0 && name === 'tr') {
    endRow(page);
    startRow(page);
  } else if (page.tables > 0 && (name === 'td' || name === 'th')) {
    endCell(page);
    if (!page.row) startRow(page);
    page.cell = '';
    page.span = Math.min(Math.max(Number.parseInt(attributes.colspan ?? '1', 10) || 1, 1), MAX_SPAN);
  } else if (page.cell === null && BLOCK.has(name)) flush(page);
}

function takeText(page: PageState, data: string): void {
  if (page.title !== null && (page.skipping === 0 || page.head)) page.title += data.slice(0, MAX_TITLE_CHARS - page.title.length);
  if (page.skipping > 0) return;
  if (page.cell !== null) {
    const next = appendCapped(page.cell, data);
    page.cell = next.text;
    page.cellCut ||= next.cut;
  } else if (page.tables === 0) {
    const next = appendCapped(page.text, data);
    page.text = next.text;
    page.textCut ||= next.cut;
    if (/\S/.test(data)) page.textPlace ??= here(page);
  }
}

function closeTag(page: PageState, name: string): void {
  page.depth--;
  if (name === 'head') page.head = false;
  if ((name === 'title' || name === 'h1') && page.title !== null) {
    const text = cleanCell(page.title.replace(/\s+/g, ' '));
    if (text && page.titles.length < MAX_TITLES) page.titles.push(text);
    page.title = null;
  }
  if (SKIP.has(name)) {
    page.skipping = Math.max(0, page.skipping - 1);
    return;
  }
  if (page.skipping > 0) return;
  if (name === 'table' && page.tables > 0) {
    endRow(page);
    page.tables--;
  } else if (page.tables > 0 && name === 'tr') endRow(page);
  else if (page.tables > 0 && (name === 'td' || name === 'th')) endCell(page);
  else if (page.cell === null && BLOCK.has(name)) flush(page);
}

/** The lines read, with what stopped or cut them, the title evidence and the page's own dates. */
function documentOf(page: PageState, html: string): RawDocument {
  const doc: RawDocument = { lines: page.lines, exactCells: true };
  const warnings = [...(page.stop ? [page.stop] : []), ...(page.longLines > 0 ? [{ code: 'limit-reached' as const, message: cut('lineChars', page.longLines) }] : [])];
  if (warnings.length > 0) doc.warnings = warnings;
  if (page.titles.length > 0) doc.titles = page.titles;
  // A converted Word document's HTML has no head, and no dates to read.
  const meta = page.places === 'view' ? htmlMeta(html) : undefined;
  if (meta) doc.meta = meta;
  return doc;
}
