/**
 * The ingest run: every file under the content folder → reports.json, reports.csv, cells.csv,
 * ingest-log.json, one JSON file per report (reports/) and a copy of each report's source in
 * OUT_DIR. The filesystem edge of the pipeline; parsing happens in process-file.ts, in worker
 * threads when there is enough work.
 */
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { crossReportChecks } from '../check/cross-report.ts';
import { cellsCsv, reportsCsv } from '../output/csv.ts';
import type { LogEntry, Report } from '../template/schema.ts';
import { parserVersion, ResultCache } from './cache.ts';
import { uniqueIds } from './ids.ts';
import { logEntry, processFile, type FileResult } from './process-file.ts';

export interface IngestOptions {
  contentDir: string;
  outDir: string;
  /** Called after each file with (done, total, path, status). */
  progress?: (done: number, total: number, path: string, status: string) => void;
  jobs?: number;
  /** Keep parse results here and reuse them for unchanged files; none when absent. */
  cacheDir?: string;
}

export interface IngestSummary {
  files: number;
  ok: number;
  partial: number;
  failed: number;
  skipped: number;
  /** Files whose result came from the cache. */
  cached: number;
  /** Reports with at least one failed arithmetic check. */
  checksFailed: number;
  reports: Report[];
  log: LogEntry[];
}

/** Below this many files, starting workers costs more than it saves. */
const POOL_THRESHOLD = 64;

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const files = listFiles(options.contentDir, options.outDir);
  const cache = options.cacheDir ? new ResultCache(options.cacheDir, parserVersion(fileURLToPath(new URL('..', import.meta.url)))) : null;
  const results = await processAll(files, options, cache);

  const reports: Report[] = [];
  const log: LogEntry[] = [];
  results.forEach((result) => {
    if (result.report) reports.push(result.report);
    log.push(result.log);
  });
  uniqueIds(reports);
  const cross = crossReportChecks(reports);
  for (const report of reports) {
    report.checks.push(...(cross.get(report.id) ?? []));
  }
  // Ids and cross-report checks are final only now: rebuild the log entries of reports.
  const byPath = new Map(reports.map((r) => [r.source.path, r]));
  for (let i = 0; i < log.length; i++) {
    const report = byPath.get(log[i]!.path);
    if (report) log[i] = logEntry(report);
  }
  reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  writeOutputs(options, reports, log);
  const count = (status: LogEntry['status']) => log.filter((l) => l.status === status).length;
  return {
    files: files.length,
    ok: count('ok'),
    partial: count('partial'),
    failed: count('failed'),
    skipped: count('skipped'),
    cached: cache?.hits ?? 0,
    checksFailed: reports.filter((r) => r.checks.some((c) => !c.ok)).length,
    reports,
    log,
  };
}

/**
 * Every file below `dir`, as paths relative to it with `/`, in code-point order: deterministic.
 * An output folder inside the content folder is not input.
 */
export function listFiles(dir: string, exclude?: string): { abs: string; rel: string }[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const skip = exclude ? resolve(exclude) + sep : null;
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const abs = join(e.parentPath, e.name);
      return { abs, rel: relative(dir, abs).split(sep).join('/') };
    })
    .filter((f) => !skip || !resolve(f.abs).startsWith(skip))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

async function processAll(files: { abs: string; rel: string }[], options: IngestOptions, cache: ResultCache | null): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    done++;
    options.progress?.(done, files.length, files[index]!.rel, result.log.status);
  };
  // Files the cache knows are done at once; the others are parsed, in workers when worth it.
  // Their bytes are read again when their turn comes rather than kept: a national corpus is
  // gigabytes.
  const todo: { index: number; key: string | null }[] = [];
  const bytesOf = (index: number) => new Uint8Array(readFileSync(files[index]!.abs));
  for (let index = 0; index < files.length; index++) {
    const key = cache ? cache.key(files[index]!.rel, bytesOf(index)) : null;
    const hit = key ? cache!.get(key) : null;
    if (hit) finish(index, hit);
    else todo.push({ index, key });
  }
  const store = (job: (typeof todo)[number], result: FileResult) => {
    if (job.key) cache!.set(job.key, result);
    finish(job.index, result);
  };
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  // An explicit --jobs N uses the pool whatever the corpus size.
  if ((todo.length < POOL_THRESHOLD && options.jobs === undefined) || jobs === 1) {
    for (const job of todo) store(job, await processFile(bytesOf(job.index), files[job.index]!.rel));
    return results;
  }
  await new Promise<void>((resolve, reject) => {
    let next = 0;
    let left = todo.length;
    const workers: Worker[] = [];
    const feed = (worker: Worker) => {
      if (next >= todo.length) return;
      const job = todo[next]!;
      worker.postMessage({ slot: next++, bytes: bytesOf(job.index), rel: files[job.index]!.rel });
    };
    for (let w = 0; w < Math.min(jobs, todo.length); w++) {
      const worker = new Worker(new URL('./worker.ts', import.meta.url));
      workers.push(worker);
      worker.on('message', ({ slot, json }: { slot: number; json: string }) => {
        store(todo[slot]!, JSON.parse(json) as FileResult);
        if (--left === 0) {
          for (const w of workers) void w.terminate();
          resolve();
        } else feed(worker);
      });
      worker.on('error', reject);
      feed(worker);
    }
    if (todo.length === 0) resolve();
  });
  return results;
}

function writeOutputs(options: IngestOptions, reports: Report[], log: LogEntry[]): void {
  const { outDir, contentDir } = options;
  mkdirSync(outDir, { recursive: true });
  writeAtomic(join(outDir, 'reports.json'), jsonArray(reports));
  writeAtomic(join(outDir, 'reports.csv'), reportsCsv(reports));
  writeAtomic(join(outDir, 'cells.csv'), cellsCsv(reports));
  writeAtomic(join(outDir, 'ingest-log.json'), jsonArray(log));
  writeReportFiles(join(outDir, 'reports'), reports);
  linkSources(contentDir, join(outDir, 'sources'), reports);
}

/**
 * One compact JSON file per report, `reports/<id>.json`: the report's download on its page, and
 * what the site build reads to render that page, so that the build never holds every full report
 * at once. A file whose content is unchanged is not rewritten; files of reports no longer there
 * are removed.
 */
function writeReportFiles(dir: string, reports: Report[]): void {
  mkdirSync(dir, { recursive: true });
  const wanted = new Set(reports.map((r) => `${r.id}.json`));
  for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
  for (const report of reports) {
    const path = join(dir, `${report.id}.json`);
    const json = `${JSON.stringify(report)}\n`;
    let old: string | null = null;
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      // not written yet
    }
    if (old !== json) writeAtomic(path, [json]);
  }
}

/** A JSON array with one element per line: compact, yet a diff shows which report changed. */
function* jsonArray(items: unknown[]): Generator<string> {
  if (items.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < items.length; i++) yield `${i === 0 ? '[\n' : ',\n'}${JSON.stringify(items[i])}`;
  yield '\n]\n';
}

/**
 * The sources, named by id, for the download link on each report page. Hard links cost nothing
 * (a copy where the output is on another disk); files of reports no longer there are removed.
 */
function linkSources(contentDir: string, dir: string, reports: Report[]): void {
  mkdirSync(dir, { recursive: true });
  const wanted = new Map(reports.map((r) => [`${r.id}${sourceExtension(r)}`, join(contentDir, r.source.path)]));
  for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
  for (const [name, source] of wanted) {
    const target = join(dir, name);
    if (existsSync(target)) {
      const a = statSync(target);
      const b = statSync(source);
      if (a.ino === b.ino && a.dev === b.dev) continue;
      rmSync(target, { force: true });
    }
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** The download keeps the source's own extension, or one that names its format. */
export function sourceExtension(report: Report): string {
  const ext = extname(report.source.path).toLowerCase();
  if (/^\.[a-z0-9]{1,5}$/.test(ext)) return ext;
  return { text: '.txt', markdown: '.md', html: '.html', docx: '.docx', pdf: '.pdf' }[report.source.format];
}

/** Write chunks to a temp file and rename, so that a reader never sees half a file. */
function writeAtomic(path: string, chunks: Iterable<string>): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
