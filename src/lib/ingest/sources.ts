/**
 * The content folder's `sources.csv`: where each report was downloaded from, when, and when it was
 * published, as the user who collected them knows. UTF-8 (or GB18030, as Excel saves it), header
 * `file,url,downloaded,published` (`url`, `downloaded` and `published` may be left empty or out):
 *
 *     file,url,downloaded,published
 *     2024/钱店镇.pdf,https://www.example.gov.cn/xxgk/123.html,2025-03-01,2025-01-26
 *
 * `file` is a path relative to the content folder, as the ingest log prints it. The user's word
 * wins over what a file says of itself: the address replaces a saved page's own, the publication
 * date comes first among the report's dates. Bad rows are reported with their line and skipped in
 * part (an address that is not http or https, a date that is no real day) or whole (no file);
 * the file is never itself a report. Pure: sources-fs.ts reads it.
 */
import Papa from 'papaparse';
import { dayOf } from '../parse/dates.ts';
import { webAddress } from '../parse/provenance.ts';
import type { LogProblem, Report } from '../template/schema.ts';

/** Where the list is: at the top of the content folder. */
export const SOURCES_PATH = 'sources.csv';

export interface SourceRow {
  /** The line of the file, as a person counts (the header is line 1). */
  line: number;
  file: string;
  url: string | null;
  /** `YYYY-MM-DD`. */
  downloaded: string | null;
  published: string | null;
}

export interface Sources {
  byPath: Map<string, SourceRow>;
  /** Problems with the file or its rows, each naming the file and line. */
  problems: LogProblem[];
}

/** The rows of sources.csv's text; never throws on bad content. */
export function parseSources(text: string): Sources {
  const sources: Sources = { byPath: new Map(), problems: [] };
  const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  if (at('file') < 0 || (at('url') < 0 && at('published') < 0)) {
    sources.problems.push({ where: `${SOURCES_PATH}:1`, code: 'sources-header', message: `expected the header "file,url,downloaded,published", found "${(header ?? []).join(',')}": the list is not used` });
    return sources;
  }
  rows.forEach((cells, i) => {
    const line = i + 2;
    const cell = (name: string) => (at(name) < 0 ? '' : (cells[at(name)] ?? '').trim());
    if (cells.every((c) => c.trim() === '')) return;
    const file = cell('file').replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
    if (!file) {
      sources.problems.push({ where: `${SOURCES_PATH}:${line}`, code: 'sources-row', message: 'no file (a path relative to the content folder): row skipped' });
      return;
    }
    const url = cell('url') ? webAddress(cell('url')) : null;
    if (cell('url') && url === null) sources.problems.push({ where: `${SOURCES_PATH}:${line}`, code: 'sources-url', message: `"${cell('url').slice(0, 200)}" is not an http or https address: the address is not used` });
    const date = (name: string) => {
      const day = cell(name) ? dayOf(cell(name)) : null;
      if (cell(name) && day === null) sources.problems.push({ where: `${SOURCES_PATH}:${line}`, code: 'sources-date', message: `${name} "${cell(name).slice(0, 40)}" is not a day (2025-01-26): not used` });
      return day;
    };
    const row: SourceRow = { line, file, url, downloaded: date('downloaded'), published: date('published') };
    const earlier = sources.byPath.get(file);
    if (earlier) sources.problems.push({ where: `${SOURCES_PATH}:${line}`, code: 'sources-repeated', message: `"${file}" is also on line ${earlier.line}; line ${line} is used` });
    sources.byPath.set(file, row);
  });
  return sources;
}

/**
 * Gives the reports the list names their address, download and publication dates. Returns what the
 * list's log entry says: how many reports it gave a source (`summary`), and its problems, the rows
 * that named no report among them.
 */
export function applySources(reports: Report[], sources: Sources): { summary: string; problems: LogProblem[] } {
  const used = new Set<SourceRow>();
  for (const report of reports) {
    const row = sources.byPath.get(report.source.path);
    if (!row) continue;
    used.add(row);
    if (row.url) report.sourceUrl = row.url;
    if (row.downloaded) report.sourceDownloaded = row.downloaded;
    if (row.published) {
      const stated = { kind: 'published' as const, date: row.published, evidence: `${SOURCES_PATH}:${row.line}: published ${row.published}` };
      report.dates = [stated, ...(report.dates ?? []).filter((d) => !(d.kind === 'published' && d.date === row.published))];
    }
  }
  const unused = [...sources.byPath.values()].filter((row) => !used.has(row));
  return {
    summary: `${SOURCES_PATH}: sources: the list of where reports came from, not a report: ${sources.byPath.size} row(s), ${used.size} report(s) given their source`,
    problems: [
      ...sources.problems,
      ...unused.map((row): LogProblem => ({ where: `${SOURCES_PATH}:${row.line}`, code: 'sources-unused', message: `"${row.file}" is no report of the content folder (no file of that path, or not a report): row not used` })),
    ],
  };
}
