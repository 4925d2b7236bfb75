import type { APIRoute } from 'astro';
import { reportFile, reportFilePaths, type ReportFileKind } from '../../../lib/data/report-files.ts';
import type { Report } from '../../../lib/template/schema.ts';
import { site } from '../../../lib/data/site.ts';

export function getStaticPaths() {
  return reportFilePaths(site());
}

export const GET: APIRoute = ({ props }) => {
  const { report, kind } = props as { report: Report; kind: ReportFileKind };
  return new Response(reportFile(report, kind));
};
