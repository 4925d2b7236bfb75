/**
 * Workbooks → lines of cells: Excel 97–2003 `.xls`, `.xlsx`, and WPS `.et` (which WPS writes in
 * the Excel 97 format), read with SheetJS (0.20, as `@e965/xlsx` republishes it: the npm `xlsx`
 * 0.18 is old and has advisories). Some agencies publish a report's tables as a workbook, or
 * attach one to the report.
 *
 * Every visible sheet, in the workbook's order, each row one line with one cell per column of
 * the sheet's used range, as the program shows them: a number as its format prints it (`1,234`,
 * `96171.6`), a cell whose formula has an error (`#DIV/0!`) or no stored result as blank. A merged
 * cell's value is on its first (top-left) cell and the cells it covers are blank, as SheetJS
 * reads them, like the padding of a colspan in HTML: columns keep their positions (`exactCells`).
 * Empty rows give no line. A hidden sheet is not read (a person opening the file does not see
 * it), and a note says so.
 *
 * Places (types.ts `Place`): the sheet's name, the cell's reference (`C12`) and, as `line`, its
 * row; every cell of a line has its own.
 */
import { read, set_cptable, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { LIMITS, refused } from './limits.ts';
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
  const lines: RawLine[] = [];
  const warnings: ReadWarning[] = [];
  let cells = 0;
  book.SheetNames.forEach((name, i) => {
    const sheetName = stripControls(name).slice(0, SHEET_NAME_CHARS);
    if ((book.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0) {
      warnings.push({ code: 'sheet-hidden', message: `工作表“${sheetName}”是隐藏的，未读入` });
      return;
    }
    const sheet = book.Sheets[name];
    if (sheet) cells += sheetLines(sheet, sheetName, lines);
    if (cells > LIMITS.sheetCells.value) throw new ReadError('too-large', refused('sheetCells', `more than ${LIMITS.sheetCells.value.toLocaleString('en-US')} cells`));
  });
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

/** Appends the sheet's non-empty rows to `lines`; returns the number of cells it holds. */
function sheetLines(sheet: WorkSheet, name: string, lines: RawLine[]): number {
  const ref = sheet['!ref'];
  if (!ref) return 0;
  const range = utils.decode_range(ref);
  const rows = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
  let count = 0;
  for (let r = range.s.r; r <= range.e.r && r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const cells: string[] = [];
    const cellPlaces: Place[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = row[c];
      if (cell) count++;
      cells.push(cell ? cellText(shown(cell)) : '');
      cellPlaces.push({ sheet: name, line: r + 1, cell: utils.encode_cell({ r, c }) });
    }
    const first = cells.findIndex((c) => c !== '');
    if (first < 0) continue;
    lines.push({ cells, place: cellPlaces[first]!, cellPlaces, tableRow: true });
  }
  return count;
}

/** A cell as the program shows it: its formatted text, else its value; an error or a missing value as nothing. */
function shown(cell: CellObject): string {
  if (cell.t === 'e' || cell.t === 'z' || cell.v === undefined || cell.v === null) return '';
  if (cell.w !== undefined) return cell.w;
  return String(cell.v);
}
