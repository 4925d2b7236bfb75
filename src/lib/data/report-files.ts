/**
 * The per-report downloads beside each report page: its JSON object exactly as in reports.json,
 * and its rows of cells.csv (UTF-8 with BOM, as the full file).
 */
import type { Report } from '../template/schema.ts';
import { loadCellLines } from './load.ts';
import type { Site } from './site.ts';

export type ReportFileKind = 'json' | 'csv';

export function reportFile(report: Report, kind: ReportFileKind): string {
  if (kind === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const { header, byId } = loadCellLines();
  return `\uFEFF${[header, ...(byId.get(report.id) ?? [])].join('\r\n')}\r\n`;
}

export function reportFilePaths(site: Site): { params: { id: string; file: string }; props: { report: Report; kind: ReportFileKind } }[] {
  return site.reports.flatMap((report) =>
    (['json', 'csv'] as const).map((kind) => ({ params: { id: report.id, file: `${report.id}.${kind}` }, props: { report, kind } })),
  );
}
