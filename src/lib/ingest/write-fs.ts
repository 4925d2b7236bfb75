/**
 * The output side of ingest: reports.json, reports.csv, cells.csv (and their companions under
 * Chinese headers, reports-zh.csv and cells-zh.csv), ingest-log.json, one JSON file
 * per report (reports/) and each report's source (sources/), in OUT_DIR (docs/SCHEMA.md).
 *
 * Ingest deletes only what it wrote itself: the files it writes are listed in OUT_DIR/
 * .ingest-files.json, and a later run removes those it no longer writes (the files of a report
 * no longer there) and nothing else, so that an OUT_DIR holding anything of a person's own, or
 * pointed at the wrong folder, loses nothing.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { linkOrCopy } from '../files/link-fs.ts';
import { writeAtomic } from '../files/write-fs.ts';
import { cellsCsv, reportsCsv } from '../output/csv.ts';
import type { LogEntry, Report } from '../template/schema.ts';
import { sourceFileName } from '../template/source-file.ts';

/** The list of files ingest wrote in OUT_DIR, relative to it. */
export const WRITTEN_LIST = '.ingest-files.json';
const SHARED = ['reports.json', 'reports.csv', 'cells.csv', 'ingest-log.json'];
/** What a name in the list may look like: a report's file or source, or a shared file. Anything else in a damaged list is never deleted. */
const OWN_FILE = /^(?:(?:reports|sources)\/[a-z0-9-]+(?:\.[a-z0-9]+)*|reports\.json|reports\.csv|cells\.csv|ingest-log\.json)$/;

/**
 * Writes every output. `sourceOf` gives the path (as bytes) of a report's source in the content
 * folder; a source that cannot be linked or copied any more (removed during the run) is left out,
 * and the report's log entry says so.
 */
export function writeOutputs(outDir: string, reports: Report[], log: LogEntry[], sourceOf: (report: Report) => Buffer): void {
  mkdirSync(outDir, { recursive: true });
  const written = [...SHARED, ...reports.map((r) => `reports/${r.id}.json`), ...reports.map((r) => `sources/${sourceFileName(r)}`)].sort();
  const before = readWritten(outDir);
  // Listed before anything is written, so that a run that stops half-way still knows its files.
  writeAtomic(join(outDir, WRITTEN_LIST), `${JSON.stringify([...new Set([...before, ...written])].sort())}\n`);

  const missing = linkSources(join(outDir, 'sources'), reports, sourceOf);
  for (const entry of log) {
    const message = missing.get(entry.path);
    if (message) entry.messages.push(message);
  }
  const reportDir = join(outDir, 'reports');
  mkdirSync(reportDir, { recursive: true });
  writeAtomic(join(outDir, 'reports.json'), jsonArray(reportJsons(reportDir, reports)));
  writeAtomic(join(outDir, 'reports.csv'), reportsCsv(reports));
  writeAtomic(join(outDir, 'cells.csv'), cellsCsv(reports));
  // The same files under Chinese headers, for Excel users (the English keys are the contract).
  writeAtomic(join(outDir, 'reports-zh.csv'), reportsCsv(reports, 'zh'));
  writeAtomic(join(outDir, 'cells-zh.csv'), cellsCsv(reports, 'zh'));
  writeAtomic(join(outDir, 'ingest-log.json'), jsonArray(log.map((entry) => JSON.stringify(entry))));

  const keep = new Set(written);
  for (const name of before) if (!keep.has(name)) rmSync(join(outDir, name), { force: true });
  writeAtomic(join(outDir, WRITTEN_LIST), `${JSON.stringify(written)}\n`);
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
 * that page, so that the build never holds every full report at once. One serialisation, and one
 * encoding, serves both files.
 */
function* reportJsons(dir: string, reports: Report[]): Generator<Uint8Array> {
  for (const report of reports) {
    const line = Buffer.from(`${JSON.stringify(report)}\n`);
    writeIfChanged(join(dir, `${report.id}.json`), line);
    yield line.subarray(0, line.length - 1);
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

/** A JSON array with one element (given as its JSON) per line: compact, yet a diff shows which report changed. */
function* jsonArray(jsons: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  let first = true;
  for (const json of jsons) {
    yield first ? '[\n' : ',\n';
    yield json;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * The sources, named by id (source-file.ts), for the download link on each report page. Hard
 * links cost nothing (a copy where the output is on another disk). Returns, by source path, the
 * message of each source that could not be published.
 */
function linkSources(dir: string, reports: Report[], sourceOf: (report: Report) => Buffer): Map<string, string> {
  const missing = new Map<string, string>();
  const made = new Set<string>();
  mkdirSync(dir, { recursive: true });
  made.add(dir);
  for (const report of reports) {
    const source = sourceOf(report);
    const target = join(dir, sourceFileName(report));
    try {
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
