/**
 * A workbook's cell that holds text without Chinese where its row holds numbers (the letter O
 * typed for a 0, `l2` for 12, a formula whose result is such text) is not read, and only that
 * cell: every cell of a workbook has an address, so the row's other numbers keep their columns,
 * where in a text report such a row can only be left blank. The cell is read as blank (null), listed in `unread`, and a
 * note names it and quotes what it holds. Cells without an address (text, HTML, Word, PDF) are
 * left to the table parsers.
 */
import type { Place, RawDocument } from '../read/types.ts';
import { readCell } from './normalize.ts';
import type { NoteList } from './notes.ts';
import type { Report } from '../template/schema.ts';

export interface UnreadCell {
  place: Place;
  /** What the cell holds. */
  text: string;
}

/** A label has Chinese in it (a row of two tables side by side has one between numbers). */
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/**
 * The document with the unread cells of its workbook rows emptied, and those cells: in a row with
 * a number, a cell of text without Chinese that is between two numbers (`1,2,3`) or has a Latin
 * letter (`O`, `l2`, `N/A`) anywhere.
 */
export function emptyUnreadCells(doc: RawDocument): { doc: RawDocument; cells: UnreadCell[] } {
  const cells: UnreadCell[] = [];
  const lines = doc.lines.map((line) => {
    if (!line.cellPlaces?.some((p) => p.cell !== undefined)) return line;
    const kinds = line.cells.map((c) => readCell(c).kind);
    const first = kinds.indexOf('number');
    if (first < 0) return line;
    const last = kinds.lastIndexOf('number');
    const unread = line.cells.map((c, i) => kinds[i] === 'text' && !HAN.test(c) && ((i > first && i < last) || LATIN.test(c)));
    if (!unread.includes(true)) return line;
    unread.forEach((u, i) => u && cells.push({ place: line.cellPlaces![i]!, text: line.cells[i]! }));
    return { ...line, cells: line.cells.map((c, i) => (unread[i] ? '' : c)) };
  });
  return { doc: cells.length === 0 ? doc : { ...doc, lines }, cells };
}

/** Lists the numbers read from unread cells (now blank) in `unread`, each with a note; a report with one is partial. */
export function markUnreadCells(report: Pick<Report, 'places' | 'unread' | 'status'>, cells: readonly UnreadCell[], notes: NoteList): void {
  for (const { place, text } of cells) {
    const paths = Object.entries(report.places ?? {})
      .filter(([, p]) => p.sheet === place.sheet && p.cell === place.cell)
      .map(([path]) => path);
    if (paths.length === 0) continue;
    for (const path of paths) if (!report.unread.includes(path)) report.unread.push(path);
    notes.add('warning', 'cell-unread', `工作表“${place.sheet ?? ''}”${place.cell ?? ''} 格写的是“${text}”，不是数字：该格留空，同行其他数字照常读取`, place);
    if (report.status === 'ok') report.status = 'partial';
  }
}
