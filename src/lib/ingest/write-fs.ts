/**
 * The output side of ingest: reports.json, reports.csv, cells.csv (and their companions under
 * Chinese headers, reports-zh.csv and cells-zh.csv), ingest-log.json, one JSON file per report
 * (reports/), each report's lines as read for its 原文 view (lines/) and its source (sources/), in
 * OUT_DIR (docs/SCHEMA.md).
 *
 * Each run is written whole into a new generation folder and swapped in with one rename
 * (files/generation-fs.ts): a reader, or a run killed at any point, sees the old output or the new,
 * never a mix. A file whose bytes are those of the previous run's is the previous run's file (a
 * hard link: its inode and time kept), so that a host's cache and the site build's see it unchanged.
 * Ingest deletes only what it wrote itself (its generations, and the links and list
 * it keeps at the top), so that an OUT_DIR holding anything of a person's own, or pointed at the
 * wrong folder, loses nothing.
 */
import { closeSync, linkSync, lstatSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { reportPassages } from '../check/copied-passages.ts';
import { Generation, writeGeneration, type GenerationOptions } from '../files/generation-fs.ts';
import { jsonArray } from '../files/json-lines-fs.ts';
import { cellsCsv, reportsCsv } from '../output/csv.ts';
import { STAMP_FILE, stampJson } from '../template/data-stamp.ts';
import { problemLine } from '../template/notes.ts';
import type { LogEntry, LogProblem, Report } from '../template/schema.ts';
import { sourceFileName } from '../template/source-file.ts';
import type { SourceLine, SourceLines } from '../template/source-lines.ts';
import { CHECKLIST_COLUMNS } from '../views/checklist.ts';

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

/** Ingest's names at the top of OUT_DIR, each a link into the current generation (files/generation-fs.ts). */
const NAMES = ['reports.json', 'reports.csv', 'reports-zh.csv', 'cells.csv', 'cells-zh.csv', 'ingest-log.json', 'reports', 'lines', 'sources', STAMP_FILE];

/**
 * Writes every output, the reports in the order given, as one new generation of OUT_DIR swapped in
 * whole. A source that cannot be linked or copied any more (removed during the run) is left out,
 * and the report's log entry says so. Throws OutputError (one line) when the disk is full. The
 * stamp (template/data-stamp.ts) names `parser`, the version of the code that made the reports.
 */
export function writeOutputs(outDir: string, published: Published[], log: LogEntry[], options: GenerationOptions = {}, parser: string | null = null): void {
  const reports = published.map((p) => p.report);
  const sourceOf = new Map(published.map((p) => [p.report, p.source]));
  writeGeneration(outDir, '--out', NAMES, (generation) => {
    const missing = linkSources(generation, reports, (r) => sourceOf.get(r)!);
    for (const entry of log) {
      const problem = missing.get(entry.path);
      if (!problem) continue;
      entry.messages.push(problemLine(problem));
      entry.problems.push(problem);
    }
    writeOrKeepWhole(generation, 'reports.json', jsonArray(reportJsons(generation, reports)));
    writeLines(generation, published, missing);
    // Each report measured against the rules, as its page's checklist says, after its identity.
    writeOrKeepWhole(generation, 'reports.csv', reportsCsv(reports, 'keys', CHECKLIST_COLUMNS));
    writeOrKeepWhole(generation, 'cells.csv', cellsCsv(reports));
    // The same files under Chinese headers, for Excel users (the English keys are the contract).
    writeOrKeepWhole(generation, 'reports-zh.csv', reportsCsv(reports, 'zh', CHECKLIST_COLUMNS));
    writeOrKeepWhole(generation, 'cells-zh.csv', cellsCsv(reports, 'zh'));
    writeOrKeepWhole(generation, 'ingest-log.json', jsonArray(log.map((entry) => JSON.stringify(entry))));
    // Every report was validated when it was made or taken from a cache: the site build may trust them.
    generation.writeOrKeep(STAMP_FILE, Buffer.from(stampJson(parser)));
  }, options);
}

/**
 * Each report's JSON for reports.json, written on the way to its own compact file,
 * `reports/<id>.json`: the report's download on its page, and what the site build reads to render
 * that page, so that the build never holds every full report at once. The report's own file has
 * its `places` too (the schema keeps them last), reports.json not: they are a tenth of a report,
 * and nothing that reads every report needs them. One serialisation serves both files.
 */
function* reportJsons(generation: Generation, reports: Report[]): Generator<string> {
  for (const { places, ...lean } of reports) {
    const json = JSON.stringify(lean);
    const full = places ? `${json.slice(0, -1)},"places":${JSON.stringify(places)}}` : json;
    generation.writeOrKeep(`reports/${lean.id}.json`, Buffer.from(`${full}\n`));
    yield json;
  }
}

/**
 * Each report's lines as read, `lines/<id>.json` (template/source-lines.ts), for its 原文 view. The
 * source's name is there for the view's link to it, unless the source could not be published; the
 * passages found in the reports its `copied` names, for the view to mark (check/copied-passages.ts).
 */
function writeLines(generation: Generation, published: Published[], missing: Map<string, LogProblem>): void {
  const byId = new Map(published.map((p) => [p.report.id, p]));
  const find = (id: string) => {
    const p = byId.get(id);
    return p && { report: p.report, lines: JSON.parse(p.lines) as SourceLine[] };
  };
  for (const { report, lines, linesCut } of published) {
    const copied = reportPassages(report, find);
    const head: Omit<SourceLines, 'lines'> = {
      id: report.id,
      title: report.title,
      source: missing.has(report.source.path) ? null : sourceFileName(report),
      ...(linesCut ? { cut: true as const } : {}),
      ...(copied.length > 0 ? { copied } : {}),
    };
    // The lines come as JSON already: they are spliced in last.
    generation.writeOrKeep(`lines/${report.id}.json`, Buffer.from(`${JSON.stringify(head).slice(0, -1)},"lines":${lines}}\n`));
  }
}

/**
 * The sources, named by id (source-file.ts), for the download link on each report page. Hard
 * links cost nothing (a copy where the output is on another disk). Returns, by source path, the
 * problem of each source that could not be published.
 */
function linkSources(generation: Generation, reports: Report[], sourceOf: (report: Report) => Buffer | null): Map<string, LogProblem> {
  const missing = new Map<string, LogProblem>();
  for (const report of reports) {
    const source = sourceOf(report);
    try {
      // An ingest part that could not keep the source (parts-fs.ts) has none to give.
      if (source === null) throw Object.assign(new Error('no source'), { code: 'ENOENT' });
      generation.link(source, `sources/${sourceFileName(report)}`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'the source was removed while ingest ran' : `the source cannot be linked or copied (${code ?? (error as Error).message})`;
      missing.set(report.source.path, { where: report.source.path, level: 'warning', code: 'source-missing', message: `${why}: the report is published without its 下载原文` });
    }
  }
  return missing;
}

/**
 * Writes a file too large to hold whole (reports.json, the CSV files), then, where the previous
 * generation's file has the same bytes, puts that file in its place (a hard link).
 */
function writeOrKeepWhole(generation: Generation, rel: string, content: Iterable<string | Uint8Array>): void {
  generation.write(rel, content);
  if (!generation.previous || generation.full) return;
  const old = join(generation.previous, rel);
  const now = join(generation.dir, rel);
  const before = lstatSync(old, { throwIfNoEntry: false });
  if (!before?.isFile() || before.size !== lstatSync(now).size || !sameBytes(old, now)) return;
  const temp = `${now}.kept`;
  rmSync(temp, { force: true });
  linkSync(old, temp);
  renameSync(temp, now);
}

/** Whether two files of the same size hold the same bytes, read a megabyte at a time. */
function sameBytes(a: string, b: string): boolean {
  const fa = openSync(a, 'r');
  const fb = openSync(b, 'r');
  try {
    const ba = Buffer.alloc(1 << 20);
    const bb = Buffer.alloc(1 << 20);
    for (;;) {
      const na = readSync(fa, ba, 0, ba.length, null);
      const nb = readSync(fb, bb, 0, bb.length, null);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}
