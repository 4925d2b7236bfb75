/**
 * The output side of ingest: reports.json, reports.csv, cells.csv (and their companions under
 * Chinese headers, reports-zh.csv and cells-zh.csv), ingest-log.json, one JSON file per report
 * (reports/), each report's lines as read for its 原文 view (lines/) and its source (sources/), in
 * OUT_DIR (docs/SCHEMA.md).
 *
 * Ingest deletes only what it wrote itself: the files it writes are listed in OUT_DIR/
 * .ingest-files.json, and a later run removes those it no longer writes (the files of a report
 * no longer there) and nothing else, so that an OUT_DIR holding anything of a person's own, or
 * pointed at the wrong folder, loses nothing.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jsonArray } from '../files/json-lines-fs.ts';
import { linkOrCopy } from '../files/link-fs.ts';
import { writeAtomic } from '../files/write-fs.ts';
import { cellsCsv, reportsCsv } from '../output/csv.ts';
import type { LogEntry, Report } from '../template/schema.ts';
import { sourceFileName } from '../template/source-file.ts';
import type { SourceLines } from '../template/source-lines.ts';

/**
 * A report as ingest publishes it: the report, the JSON of its lines as read (process-file.ts
 * FileResult), and the path (as bytes) of its source, null where none is left to publish.
 */
export interface Published {
  report: Report;
  lines: string;
  linesCut?: true;
  source: Buffer | null;
}

/** The list of files ingest wrote in OUT_DIR, relative to it. */
export const WRITTEN_LIST = '.ingest-files.json';
const SHARED = ['reports.json', 'reports.csv', 'cells.csv', 'ingest-log.json'];
/**
 * What a name in the list may look like: a report's files or source, a shared file, or a file of
 * an ingest part's folder (parts-fs.ts). Anything else in a damaged list is never deleted.
 */
const OWN_FILE = /^(?:(?:reports|lines|sources)\/[a-z0-9-]+(?:\.[a-z0-9]+)*|reports\.json|reports\.csv|cells\.csv|ingest-log\.json|results\.json|ingest-part\.json|agencies\.csv)$/;

/**
 * Writes every output, the reports in the order given. A source that cannot be linked or copied
 * any more (removed during the run) is left out, and the report's log entry says so.
 */
export function writeOutputs(outDir: string, published: Published[], log: LogEntry[]): void {
  const reports = published.map((p) => p.report);
  const sourceOf = new Map(published.map((p) => [p.report, p.source]));
  const written = [...SHARED, ...reports.flatMap((r) => [`reports/${r.id}.json`, `lines/${r.id}.json`, `sources/${sourceFileName(r)}`])];
  replaceOwnFiles(outDir, written, () => {
    const missing = linkSources(join(outDir, 'sources'), reports, (r) => sourceOf.get(r)!);
    for (const entry of log) {
      const message = missing.get(entry.path);
      if (message) entry.messages.push(message);
    }
    const reportDir = join(outDir, 'reports');
    mkdirSync(reportDir, { recursive: true });
    writeAtomic(join(outDir, 'reports.json'), jsonArray(reportJsons(reportDir, reports)));
    writeLines(join(outDir, 'lines'), published, missing);
    writeAtomic(join(outDir, 'reports.csv'), reportsCsv(reports));
    writeAtomic(join(outDir, 'cells.csv'), cellsCsv(reports));
    // The same files under Chinese headers, for Excel users (the English keys are the contract).
    writeAtomic(join(outDir, 'reports-zh.csv'), reportsCsv(reports, 'zh'));
    writeAtomic(join(outDir, 'cells-zh.csv'), cellsCsv(reports, 'zh'));
    writeAtomic(join(outDir, 'ingest-log.json'), jsonArray(log.map((entry) => JSON.stringify(entry))));
  });
}

/**
 * Runs `write`, which writes the files `written` (relative to `outDir`), then removes the files an
 * earlier run listed that are no longer among them, and lists these instead.
 */
export function replaceOwnFiles(outDir: string, written: readonly string[], write: () => void): void {
  mkdirSync(outDir, { recursive: true });
  const sorted = [...written].sort();
  const before = readWritten(outDir);
  // Listed before anything is written, so that a run that stops half-way still knows its files.
  writeAtomic(join(outDir, WRITTEN_LIST), `${JSON.stringify([...new Set([...before, ...sorted])].sort())}\n`);
  write();
  const keep = new Set(sorted);
  for (const name of before) if (!keep.has(name)) rmSync(join(outDir, name), { force: true });
  writeAtomic(join(outDir, WRITTEN_LIST), `${JSON.stringify(sorted)}\n`);
}

/** The files an earlier run wrote, as far as its list says (none without one). */
function readWritten(outDir: string): string[] {
  try {
    const list = JSON.parse(readFileSync(join(outDir, WRITTEN_LIST), 'utf8')) as unknown;
    return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && OWN_FILE.test(n)) : [];
  } catch {
    return [];
  }
}

/**
 * Each report's JSON for reports.json, written on the way to its own compact file,
 * `reports/<id>.json`: the report's download on its page, and what the site build reads to render
 * that page, so that the build never holds every full report at once. The report's own file has
 * its `places` too (the schema keeps them last), reports.json not: they are a tenth of a report,
 * and nothing that reads every report needs them. One serialisation serves both files.
 */
function* reportJsons(dir: string, reports: Report[]): Generator<string> {
  for (const { places, ...lean } of reports) {
    const json = JSON.stringify(lean);
    const full = places ? `${json.slice(0, -1)},"places":${JSON.stringify(places)}}` : json;
    writeIfChanged(join(dir, `${lean.id}.json`), Buffer.from(`${full}\n`));
    yield json;
  }
}

/**
 * Each report's lines as read, `lines/<id>.json` (template/source-lines.ts), for its 原文 view. The
 * source's name is there for the view's link to it, unless the source could not be published.
 */
function writeLines(dir: string, published: Published[], missing: Map<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const { report, lines, linesCut } of published) {
    const head: Omit<SourceLines, 'lines'> = {
      id: report.id,
      title: report.title,
      source: missing.has(report.source.path) ? null : sourceFileName(report),
      ...(linesCut ? { cut: true as const } : {}),
    };
    // The lines come as JSON already: they are spliced in last.
    writeIfChanged(join(dir, `${report.id}.json`), Buffer.from(`${JSON.stringify(head).slice(0, -1)},"lines":${lines}}\n`));
  }
}

/**
 * Writes `bytes` unless the file holds them already, so that an unchanged report keeps its file
 * (and the hard links the site build made to it). The size tells most changes without reading.
 */
function writeIfChanged(path: string, bytes: Uint8Array): void {
  const old = statSync(path, { throwIfNoEntry: false });
  if (old?.isFile() && old.size === bytes.length && readFileSync(path).equals(bytes)) return;
  writeAtomic(path, bytes);
}

/**
 * The sources, named by id (source-file.ts), for the download link on each report page. Hard
 * links cost nothing (a copy where the output is on another disk). Returns, by source path, the
 * message of each source that could not be published.
 */
function linkSources(dir: string, reports: Report[], sourceOf: (report: Report) => Buffer | null): Map<string, string> {
  const missing = new Map<string, string>();
  const made = new Set<string>();
  mkdirSync(dir, { recursive: true });
  made.add(dir);
  for (const report of reports) {
    const source = sourceOf(report);
    const target = join(dir, sourceFileName(report));
    try {
      // An ingest part that could not keep the source (parts-fs.ts) has none to give.
      if (source === null) throw Object.assign(new Error('no source'), { code: 'ENOENT' });
      const a = statSync(target, { throwIfNoEntry: false });
      if (a) {
        const b = statSync(source);
        if (a.ino === b.ino && a.dev === b.dev) continue;
        rmSync(target, { force: true });
      }
      linkOrCopy(source, target, made);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'the source was removed while ingest ran' : `the source cannot be linked or copied (${code ?? (error as Error).message})`;
      missing.set(report.source.path, `${report.source.path}: warning: source-missing: ${why}: the report is published without its 下载原文`);
    }
  }
  return missing;
}
