/**
 * A report's own CSV download: its rows of cells.csv (same header, same columns, UTF-8 with BOM),
 * made in the browser from the report's JSON file when the reader asks for it, so that the site
 * does not store a CSV file beside every report. Pure; used by src/browser/report-csv.ts.
 */
import { cellsCsv } from '../output/csv.ts';
import type { Report } from '../template/schema.ts';

export function reportCsvText(report: Report): string {
  return [...cellsCsv([report])].join('');
}
