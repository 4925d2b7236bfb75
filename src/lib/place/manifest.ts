/**
 * The content folder's `agencies.csv`: the user's word on where reports belong, which always wins
 * over the evidence in a report. UTF-8 (GB18030, as Excel saves it on a Chinese system, is read
 * too), header `match,code`; `match` is a file path relative to the content folder or an agency
 * name as printed, `code` a division code: 2, 4, 6 or 9 digits (province, city, county,
 * township), or the 6-digit GB/T 2260 form of a province or city (410000, 411600) and the
 * 12-digit statistical form of a township (411625106000).
 *
 *     match,code
 *     2024/城关镇.pdf,411625100
 *     柳园口乡政府,410202202
 *
 * Bad rows are reported with their line and skipped; the file is never itself a report.
 */
import Papa from 'papaparse';
import { nameForm } from '../agency/name.ts';
import { CODE_DIGITS } from '../template/levels.ts';
import type { LogProblem, Report } from '../template/schema.ts';
import type { Division, Gazetteer } from './gazetteer.ts';
import { isPlaceNote, settleAgency } from './identify.ts';

/** Where the manifest is: at the top of the content folder. */
export const MANIFEST_PATH = 'agencies.csv';

export interface ManifestRow {
  /** The line of the file the row is on, as a person counts (the header is line 1). */
  line: number;
  match: string;
  division: Division;
}

export interface Manifest {
  byPath: Map<string, ManifestRow>;
  byName: Map<string, ManifestRow>;
  rows: number;
  /** Problems with the file or its rows, each naming the file and line. */
  problems: LogProblem[];
  /** The file could not be read at all (a link, a FIFO, a folder, an encoding not read): it places nothing. */
  failed?: true;
}

/** A division code as a user may write it (the cell trimmed), in the gazetteer's form; null when it is none. */
function codeForm(digits: string): string | null {
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 6 && digits.endsWith('0000')) return digits.slice(0, 2);
  if (digits.length === 6 && digits.endsWith('00')) return digits.slice(0, 4);
  if (digits.length === 12 && digits.endsWith('000')) return digits.slice(0, 9);
  return Object.values(CODE_DIGITS).includes(digits.length) ? digits : null;
}

/** A path (the cell trimmed) as the ingest log writes it: `/` between folders, no leading `./`. */
function pathForm(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** The rows of agencies.csv's text, each checked against the gazetteer; never throws on bad content. */
export function parseManifest(text: string, gaz: Gazetteer): Manifest {
  const manifest: Manifest = { byPath: new Map(), byName: new Map(), rows: 0, problems: [] };
  // Records are lines here (a match or code with a line break in it is no real case), each parsed
  // alone: a stray quote then costs its own row, not every row after it.
  const parsed = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const { data, errors } = Papa.parse<string[]>(line);
      return { cells: data[0] ?? [], quote: errors.some((e) => e.type === 'Quotes') };
    });
  // Splitting gives at least one line, the header's, however empty the text.
  const header = parsed[0]!.cells;
  const rows = parsed.slice(1);
  const columns = header.map((h) => h.trim().toLowerCase());
  const matchAt = columns.indexOf('match');
  const codeAt = columns.indexOf('code');
  if (matchAt < 0 || codeAt < 0) {
    manifest.problems.push({ where: `${MANIFEST_PATH}:1`, code: 'manifest-header', message: `expected the header "match,code", found "${header.join(',')}": the manifest is not used` });
    return manifest;
  }
  rows.forEach(({ cells, quote }, i) => {
    const line = i + 2;
    if (quote) {
      manifest.problems.push({ where: `${MANIFEST_PATH}:${line}`, code: 'manifest-row', message: `a quote (") that is not closed on its line: row skipped; put the whole field in quotes ("…") or remove the quote` });
      return;
    }
    if (cells.every((c) => c.trim() === '')) return;
    const match = (cells[matchAt] ?? '').trim();
    const written = (cells[codeAt] ?? '').trim();
    const code = codeForm(written);
    // A row the list leaves out stands for the division above it (441900 for 东莞市).
    const division = code ? gaz.at(code) : undefined;
    if (!match) {
      manifest.problems.push({ where: `${MANIFEST_PATH}:${line}`, code: 'manifest-row', message: 'no match (a file path or an agency name): row skipped' });
    } else if (!division) {
      manifest.problems.push({ where: `${MANIFEST_PATH}:${line}`, code: 'manifest-code', message: `"${written}" is not a division code of ${gaz.edition}: row skipped` });
    } else {
      const row = { line, match, division };
      const byPath = pathForm(match);
      const byName = nameForm(match);
      const earlier = manifest.byPath.get(byPath) ?? manifest.byName.get(byName);
      if (earlier) manifest.problems.push({ where: `${MANIFEST_PATH}:${line}`, code: 'manifest-repeated', message: `"${match}" is also on line ${earlier.line}; line ${line} is used` });
      manifest.byPath.set(byPath, row);
      manifest.byName.set(byName, row);
      manifest.rows++;
    }
  });
  return manifest;
}

/** The row for a report: its file path first, then its agency's name. */
export function manifestRow(manifest: Manifest, report: Pick<Report, 'agency' | 'source'>): ManifestRow | undefined {
  return manifest.byPath.get(report.source.path) ?? (report.agency ? manifest.byName.get(nameForm(report.agency)) : undefined);
}

/**
 * Places the reports the manifest names in the divisions it gives, replacing what the evidence
 * said (and its notes). Returns what the manifest's log entry says: how many reports it placed
 * (`summary`), and its problems, the rows that matched no report among them.
 */
export function applyManifest(reports: Report[], manifest: Manifest, gaz: Gazetteer): { summary: string; problems: LogProblem[] } {
  const used = new Set<ManifestRow>();
  let placed = 0;
  for (const report of reports) {
    const row = manifestRow(manifest, report);
    if (!row) continue;
    used.add(row);
    placed++;
    Object.assign(report, settleAgency(report, row.division, gaz));
    report.notes = report.notes.filter((n) => !isPlaceNote(n));
  }
  const unused = [...new Set(manifest.byPath.values())].filter((row) => !used.has(row));
  return {
    summary: `${MANIFEST_PATH}: manifest: the agencies manifest, not a report: ${manifest.rows} row(s), ${placed} report(s) placed by it`,
    problems: [
      ...manifest.problems,
      ...unused.map((row): LogProblem => ({ where: `${MANIFEST_PATH}:${row.line}`, code: 'manifest-unused', message: `"${row.match}" placed no report: no report has this path or agency, or a row for its file path won` })),
    ],
  };
}
