/**
 * A report's own CSV download, laid out as the official tables the report page shows (report-tables.ts):
 * 表二 block by block, 表三 with its three-row header and its merged label cells, 表四 as one row of
 * 15 under its header, each under its caption, one blank line between them. A merged cell's text
 * stands in its first grid cell, the cells it covers stay empty. Numbers are numbers; a blank
 * stays blank. After each table's last column, 说明 names the values of the row that were inferred
 * or not read.
 * UTF-8 with a byte-order mark, formula-safe (output/csv.ts). Made in the browser from the
 * report's JSON file when the reader asks for it (src/browser/report-csv.ts). Pure.
 */
import { BOM, csvLine, type Cell as CsvCell } from '../output/csv.ts';
import type { Report } from '../template/schema.ts';
import { applicationsTable, cellMarks, disclosureTable, reviewTable } from './report-tables.ts';
import { pre2019Totals } from './report-text.ts';
import type { Cell, TableModel } from './table-model.ts';

/** The table as a grid of rows, spans laid out. */
export function tableGrid(table: TableModel): { cells: (Cell | null)[][]; width: number } {
  const rows = [...table.head, ...table.body];
  const grid: (Cell | null)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (grid[r]![col] !== undefined) col++;
      const colspan = cell.colspan ?? 1;
      const rowspan = cell.rowspan ?? 1;
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) for (let dc = 0; dc < colspan; dc++) grid[r + dr]![col + dc] = dr === 0 && dc === 0 ? cell : null;
      col += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return { cells: grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null)), width };
}

/** A value cell's number as written in the table; a label's text. */
function value(cell: Cell | null): CsvCell {
  if (!cell) return '';
  if (cell.header) return cell.text;
  const n = Number(cell.text.replace(/,/g, ''));
  return cell.text === '' ? '' : Number.isFinite(n) ? n : cell.text;
}

/** What a row's note column says of its values: 推算 or 未能读出, naming each by its column head. */
function rowNote(row: (Cell | null)[], heads: readonly string[]): string {
  const parts: string[] = [];
  row.forEach((c, i) => {
    if (!c || c.header) return;
    if (c.inferred) parts.push(`${heads[i] || '该格'}为推算值`);
    if (c.unread) parts.push(`${heads[i] || '该格'}未能读出`);
  });
  const rowInferred = row.find((c) => c?.inferredRow);
  if (rowInferred?.note) parts.push(rowInferred.note);
  return parts.join('；');
}

function tableLines(table: TableModel): string[] {
  const { cells, width } = tableGrid(table);
  // Each column is named by the last header row's text above it (自然人, 商业企业 … 总计).
  const heads = Array.from({ length: width }, (_, i) => {
    for (let up = table.head.length - 1; up >= 0; up--) {
      const c = cells[up]?.[i];
      if (c) return c.text;
    }
    return '';
  });
  return [
    csvLine([table.caption]),
    ...cells.map((row, r) => csvLine([...row.map(value), r < table.head.length ? (r === 0 ? '说明' : '') : rowNote(row, heads)])),
  ];
}

export function reportCsvText(report: Report): string {
  // A report under the 2007 条例 has no tables: the totals it states, as its page lists them.
  if (report.template === 'pre2019') return `${BOM}${[csvLine([report.title]), ...(pre2019Totals(report) ?? []).map((t) => csvLine([t.label, t.value]))].join('\r\n')}\r\n`;
  const marks = cellMarks(report, []);
  const tables = [disclosureTable(report, marks), applicationsTable(report, marks), reviewTable(report, marks)];
  const blocks = [csvLine([report.title]), ...tables.flatMap((t) => ['', ...tableLines(t)])];
  return `${BOM}${blocks.join('\r\n')}\r\n`;
}
