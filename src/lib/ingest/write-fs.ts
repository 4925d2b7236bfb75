/**
 * The output side of ingest: reports.json, reports.csv, cells.csv (and their companions under
 * Chinese headers, reports-zh.csv and cells-zh.csv), ingest-log.json, one JSON file
 * per report (reports/) and each report's source (sources/), in OUT_DIR (docs/SCHEMA.md).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { linkOrCopy } from '../files/link-fs.ts';
import { writeAtomic } from '../files/write-fs.ts';
import { cellsCsv, reportsCsv } from '../output/csv.ts';
import type { LogEntry, Report } from '../template/schema.ts';

export function writeOutputs(contentDir: string, outDir: string, reports: Report[], log: LogEntry[]): void {
  mkdirSync(outDir, { recursive: true });
  const reportDir = join(outDir, 'reports');
  keepOnly(reportDir, new Set(reports.map((r) => `${r.id}.json`)));
  writeAtomic(join(outDir, 'reports.json'), jsonArray(reportJsons(reportDir, reports)));
  writeAtomic(join(outDir, 'reports.csv'), reportsCsv(reports));
  writeAtomic(join(outDir, 'cells.csv'), cellsCsv(reports));
  // The same files under Chinese headers, for Excel users (the English keys are the contract).
  writeAtomic(join(outDir, 'reports-zh.csv'), reportsCsv(reports, 'zh'));
  writeAtomic(join(outDir, 'cells-zh.csv'), cellsCsv(reports, 'zh'));
  writeAtomic(join(outDir, 'ingest-log.json'), jsonArray(log.map((entry) => JSON.stringify(entry))));
  linkSources(contentDir, join(outDir, 'sources'), reports);
}

/** Makes `dir` if need be and removes what it holds beyond `names` (files of reports no longer there). */
function keepOnly(dir: string, names: Set<string>): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (!names.has(name)) rmSync(join(dir, name), { force: true });
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
 * The sources, named by id, for the download link on each report page. Hard links cost nothing
 * (a copy where the output is on another disk); files of reports no longer there are removed.
 */
function linkSources(contentDir: string, dir: string, reports: Report[]): void {
  const wanted = new Map(reports.map((r) => [`${r.id}${sourceExtension(r)}`, join(contentDir, r.source.path)]));
  keepOnly(dir, new Set(wanted.keys()));
  const made = new Set([dir]);
  for (const [name, source] of wanted) {
    const target = join(dir, name);
    const a = statSync(target, { throwIfNoEntry: false });
    if (a) {
      const b = statSync(source);
      if (a.ino === b.ino && a.dev === b.dev) continue;
      rmSync(target, { force: true });
    }
    linkOrCopy(source, target, made);
  }
}

/** The download keeps the source's own extension, or one that names its format. */
export function sourceExtension(report: Report): string {
  const ext = extname(report.source.path).toLowerCase();
  if (/^\.[a-z0-9]{1,5}$/.test(ext)) return ext;
  return { text: '.txt', markdown: '.md', html: '.html', docx: '.docx', pdf: '.pdf' }[report.source.format];
}
