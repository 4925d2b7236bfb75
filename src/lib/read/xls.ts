/**
 * Workbooks → lines of cells: Excel 97–2003 `.xls`, `.xlsx`, and WPS `.et` (which WPS writes in
 * the Excel 97 format), read with SheetJS (0.20, as `@e965/xlsx` republishes it: the npm `xlsx`
 * 0.18 is old and has advisories). Some agencies publish a report's tables as a workbook, or
 * attach one to the report.
 *
 * Every visible sheet, in the workbook's order, each row one line with one cell per cell of the
 * table as a person sees it (sheetLines: a merged range is one cell), as the program shows them: a
 * number as its format prints it (`1,234`, `96171.6`), a cell whose formula has an error
 * (`#DIV/0!`) or no stored result as blank. Columns keep their positions (`exactCells`).
 * Empty rows give no line. A hidden sheet is not read (a person opening the file does not see
 * it), and a note says so.
 *
 * Places (types.ts `Place`): the sheet's name, the cell's reference (`C12`) and, as `line`, its
 * row; every cell of a line has its own.
 */
import { read, set_cptable, utils, type CellObject, type Range, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { appendCapped, cut, LIMITS, refused } from './limits.ts';
import { stripControls } from './printable.ts';
import { cellText } from './text.ts';
import { causeOf, ReadError, type Place, type RawDocument, type RawLine, type ReadWarning } from './types.ts';
import { checkZip } from './zip.ts';

/** Start tags of a cell in a worksheet's XML, with or without a namespace prefix: `<c r="A1">`, `<x:c>`. */
const CELL_TAG = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;
/** Longer sheet names are cut (Excel allows 31 characters; a hostile file any number). */
const SHEET_NAME_CHARS = 64;

/** `container`: a zip (.xlsx) is bounded before SheetJS inflates it; an OLE file (.xls, .et) by its size. */
export async function readXls(bytes: Uint8Array, container: 'zip' | 'ole'): Promise<RawDocument> {
  if (container === 'zip') await checkXlsx(bytes);
  else await loadCodepages();
  let book: WorkBook;
  // SheetJS writes each record of a damaged .xls it does not know to console.error, hundreds of
  // lines over the ingest's progress; the reader says what is wrong with the file itself. read()
  // is synchronous, so nothing else can log meanwhile.
  const log = console.error;
  console.error = () => {};
  try {
    book = read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer', dense: true, cellFormula: false, cellHTML: false, cellStyles: false, cellText: true, cellDates: false, sheetRows: LIMITS.lines.value + 1 });
  } catch (error) {
    throw new ReadError('unreadable-xls', `not a readable workbook (${causeOf(error)}); open and re-save it in Excel or WPS, or save it as .xlsx`);
  } finally {
    console.error = log;
  }
  // SheetJS reads a workbook whose records are damaged without complaint as far as it can: one
  // with no sheet, or a sheet listed without its cells, is such a file, not an empty workbook
  // (every workbook a program writes has a sheet).
  if (book.SheetNames.length === 0) throw new ReadError('unreadable-xls', 'a workbook without any sheet that can be read: it is damaged; open and re-save it in Excel or WPS, or save it as .xlsx');
  const lines: RawLine[] = [];
  const warnings: ReadWarning[] = [];
  let cells = 0;
  let longCells = 0;
  book.SheetNames.forEach((name, i) => {
    const sheetName = stripControls(name).slice(0, SHEET_NAME_CHARS);
    if ((book.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0) {
      warnings.push({ code: 'sheet-hidden', message: `工作表“${sheetName}”是隐藏的，未读入` });
      return;
    }
    const sheet = book.Sheets[name];
    if (!sheet) throw new ReadError('unreadable-xls', `the workbook lists a sheet "${sheetName}" whose cells cannot be read: it is damaged; open and re-save it in Excel or WPS, or save it as .xlsx`);
    const read = sheetLines(sheet, sheetName, lines);
    cells += read.cells;
    longCells += read.longCells;
    if (cells > LIMITS.sheetCells.value) throw new ReadError('too-large', refused('sheetCells', `more than ${LIMITS.sheetCells.value.toLocaleString('en-US')} cells`));
  });
  if (longCells > 0) warnings.push({ code: 'limit-reached', message: cut('lineChars', longCells) });
  const doc: RawDocument = { lines, exactCells: true };
  if (warnings.length > 0) doc.warnings = warnings;
  return doc;
}

/** The zip's bounds, and the cells of its worksheets counted in their XML before SheetJS builds any. */
async function checkXlsx(bytes: Uint8Array): Promise<void> {
  let cells = 0;
  await checkZip(bytes, {
    damaged: 'unreadable-xls',
    inspect: {
      wants: (name) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name),
      entry(_name, xml) {
        cells += xml.toString('latin1').match(CELL_TAG)?.length ?? 0;
        if (cells > LIMITS.sheetCells.value) throw new ReadError('too-large', refused('sheetCells', `more than ${LIMITS.sheetCells.value.toLocaleString('en-US')} cells`));
      },
    },
  });
}

let codepages: Promise<void> | undefined;

/**
 * Excel 95 and older store text in the workbook's code page (GBK for Chinese): SheetJS needs its
 * code page tables for them. They are loaded once, and only for OLE workbooks (150 ms).
 */
function loadCodepages(): Promise<void> {
  codepages ??= import('@e965/xlsx/dist/cpexcel.full.mjs').then((cptable) => set_cptable(cptable));
  return codepages;
}

/**
 * Appends the sheet's non-empty rows to `lines`; returns the number of cells it holds, and of those
 * cut at LIMITS.lineChars (SheetJS reads a shared string of 100 million characters, a few hundred
 * kilobytes zipped, whole: it is cut before any copy is made of it). A row's
 * cells are the sheet's cells that a person sees as cells: a merged range is one cell, on its
 * first (top-left) cell, and the cells it covers are left out, as the HTML reader leaves out the
 * places a rowspan covers. A spreadsheet program that lays out a table copied from a web page or
 * a Word document spreads one column of the table over two or three sheet columns, merged in the
 * rows that fill them; in a table so laid out (one with merged ranges), a sheet column that holds
 * nothing in any row (blank or covered in every one of its rows: padding, merged or not) is left
 * out of the table's rows too. So the table's rows have the cells of the table as printed, a blank
 * cell in its column (a column with text in another row of the table, its header at least). A
 * table typed into a sheet (no merged range) keeps every column: a column blank in every row
 * there is a column the agency left blank.
 */
function sheetLines(sheet: WorkSheet, name: string, lines: RawLine[]): { cells: number; longCells: number } {
  const ref = sheet['!ref'];
  if (!ref) return { cells: 0, longCells: 0 };
  const rows = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
  const declared = heldRange(utils.decode_range(ref), rows);
  const { range, cells: count } = usedRange(declared, rows, name);
  const last = Math.min(range.e.r, rows.length - 1);
  const merges = sheet['!merges'] ?? [];
  // Over the declared range: merged ranges that reach beyond the text are bounded as those within it.
  const covered = coveredCells(merges, { s: declared.s, e: { r: last, c: declared.e.c } });
  const mergeRows = new Set(merges.map((m) => m.s.r));
  let longCells = 0;
  // Each row's cells as shown, null for a row without any (SheetJS leaves it out).
  const texts: (string[] | null)[] = [];
  for (let r = range.s.r; r <= last; r++) {
    const row = rows[r];
    if (!row) {
      texts.push(null);
      continue;
    }
    const cells: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = row[c];
      if (!cell || covered.has(`${r}:${c}`)) {
        cells.push('');
        continue;
      }
      const text = appendCapped('', shown(cell));
      if (text.cut) longCells++;
      cells.push(cellText(text.text));
    }
    texts.push(cells);
  }
  const holds = (r: number, c: number) => texts[r - range.s.r]![c - range.s.c] !== '';
  const blank = (r: number) => texts[r - range.s.r]?.every((t) => t === '') ?? true;
  for (let r = range.s.r; r <= last; ) {
    if (blank(r)) {
      r++;
      continue;
    }
    // A table: the run of rows up to the next empty row.
    let end = r;
    while (end + 1 <= last && !blank(end + 1)) end++;
    let merged = false;
    for (let at = r; at <= end && !merged; at++) merged = mergeRows.has(at);
    const columns: number[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      for (let at = r; at <= end; at++) {
        if (!merged || holds(at, c)) {
          columns.push(c);
          break;
        }
      }
    }
    for (; r <= end; r++) {
      const kept = columns.filter((c) => !covered.has(`${r}:${c}`));
      const cells = kept.map((c) => texts[r - range.s.r]![c - range.s.c]!);
      const cellPlaces: Place[] = kept.map((c) => ({ sheet: name, line: r + 1, cell: utils.encode_cell({ r, c }) }));
      const first = cells.findIndex((c) => c !== '');
      lines.push({ cells, place: cellPlaces[first]!, cellPlaces, tableRow: true });
    }
  }
  return { cells: count, longCells };
}

/**
 * The sheet's declared range (`!ref`, from the file's `<dimension>`) widened to every cell the
 * sheet holds: the dimension is a writer's hint that Excel does not read, and SheetJS keeps a stale
 * one, which would leave out of the table cells that Excel shows.
 */
function heldRange(declared: Range, rows: (CellObject | undefined)[][]): Range {
  const range = { s: { ...declared.s }, e: { ...declared.e } };
  rows.forEach((row, r) => {
    // A dense row is an array with holes for missing cells: its first key is its first cell, its length one past its last.
    const first = Object.keys(row)[0];
    if (first === undefined) return;
    range.s.r = Math.min(range.s.r, r);
    range.e.r = Math.max(range.e.r, r);
    range.s.c = Math.min(range.s.c, Number(first));
    range.e.c = Math.max(range.e.c, row.length - 1);
  });
  return range;
}

/**
 * The sheet's range (heldRange: every cell is within it) narrowed to the columns from the first to the last that
 * hold text in some row, and the number of cells in it: the declared range of two cells may reach
 * column XFD, which made 16,384 cells of every row (a sheet of 6,000 such rows took more than five
 * minutes). A table so laid out of more cells, blank ones included, than a workbook may hold is
 * refused: its rows would be as many cells.
 */
function usedRange(declared: Range, rows: (CellObject | undefined)[][], name: string): { range: Range; cells: number } {
  let first = Infinity;
  let last = -Infinity;
  let cells = 0;
  let lastRow = -1;
  for (let r = declared.s.r; r <= Math.min(declared.e.r, rows.length - 1); r++) {
    const row = rows[r];
    if (!row) continue;
    // The cells present only: a row holding a cell at XFD is 16,384 long.
    for (const key of Object.keys(row)) {
      const c = Number(key);
      const cell = row[c];
      if (!cell) continue;
      cells++;
      lastRow = r;
      if (shown(cell) === '') continue;
      first = Math.min(first, c);
      last = Math.max(last, c);
    }
  }
  if (first > last) return { range: { s: declared.s, e: { r: declared.e.r, c: declared.s.c - 1 } }, cells };
  const area = (lastRow - declared.s.r + 1) * (last - first + 1);
  if (area > LIMITS.sheetCells.value) throw new ReadError('too-large', refused('sheetCells', `sheet "${name}" lays its table out over ${lastRow - declared.s.r + 1} rows by ${last - first + 1} columns, ${area.toLocaleString('en-US')} cells`));
  return { range: { s: { r: declared.s.r, c: first }, e: { r: declared.e.r, c: last } }, cells };
}

/**
 * `row:column` of every cell that a merged range covers, its first cell not included, within
 * `range` (the rows read). A hostile file's merges may cover a whole sheet, or one range many
 * times over (3,000 merges of A1:Z1000 in 0.2 MB took 28 s): they are refused past as many cells,
 * counted with their overlaps, as a workbook may hold.
 */
function coveredCells(merges: Range[], range: Range): Set<string> {
  const covered = new Set<string>();
  let visited = 0;
  for (const m of merges) {
    for (let r = Math.max(m.s.r, range.s.r); r <= Math.min(m.e.r, range.e.r); r++) {
      for (let c = Math.max(m.s.c, range.s.c); c <= Math.min(m.e.c, range.e.c); c++) {
        if (r !== m.s.r || c !== m.s.c) covered.add(`${r}:${c}`);
        if (++visited > LIMITS.sheetCells.value) throw new ReadError('too-large', refused('sheetCells', `merged ranges over more than ${LIMITS.sheetCells.value.toLocaleString('en-US')} cells (a cell covered by two counted twice)`));
      }
    }
  }
  return covered;
}

/** A cell as the program shows it: its formatted text, else its value; an error or a missing value as nothing. */
function shown(cell: CellObject): string {
  if (cell.t === 'e' || cell.t === 'z' || cell.v === undefined || cell.v === null) return '';
  if (cell.w !== undefined) return cell.w;
  return String(cell.v);
}
