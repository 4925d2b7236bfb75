/**
 * The ingest run: every file under the content folder → reports.json, reports.csv, cells.csv,
 * ingest-log.json, one JSON file per report (reports/) and a copy of each report's source in
 * OUT_DIR. The filesystem edge of the pipeline; parsing happens in process-file.ts, in worker
 * threads when there is enough work.
 */
import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
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

/** Bytes gathered before a write to a file. */
const WRITE_BUFFER = 1 << 21;

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

/** A file that must be parsed: its bytes, read once, and its cache key (null without a cache). */
interface Job {
  index: number;
  bytes: Uint8Array;
  key: string | null;
}

async function processAll(files: { abs: string; rel: string }[], options: IngestOptions, cache: ResultCache | null): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    done++;
    options.progress?.(done, files.length, files[index]!.rel, result.log.status);
  };
  // Files are read in order, once each, as the parsers ask for work: the bytes hashed for the
  // cache are the bytes parsed, and only the files in flight are held (a national corpus is
  // gigabytes). Files the cache knows are finished on the way.
  let next = 0;
  const nextJob = (): Job | null => {
    while (next < files.length) {
      const index = next++;
      const bytes = readBytes(files[index]!.abs);
      const key = cache ? cache.key(files[index]!.rel, bytes) : null;
      const hit = key ? cache!.get(key) : null;
      if (!hit) return { index, bytes, key };
      finish(index, hit);
    }
    return null;
  };
  // `json` is the result as the cache keeps it, when a worker has serialised it already.
  const store = (job: Job, result: FileResult, json?: string) => {
    if (job.key) cache!.set(job.key, json ?? JSON.stringify(result));
    finish(job.index, result);
  };
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  // Whether the pool is worth starting depends on how many files miss the cache: look that far
  // ahead. An explicit --jobs N uses the pool whatever the corpus size.
  const ahead: Job[] = [];
  while (jobs > 1 && options.jobs === undefined && ahead.length < POOL_THRESHOLD) {
    const job = nextJob();
    if (!job) break;
    ahead.push(job);
  }
  const take = () => ahead.shift() ?? nextJob();
  if (jobs === 1 || (options.jobs === undefined && ahead.length < POOL_THRESHOLD)) {
    for (let job = take(); job; job = take()) store(job, await processFile(job.bytes, files[job.index]!.rel));
    return results;
  }
  await runPool(jobs, take, (job) => files[job.index]!.rel, store);
  return results;
}

/** The file's bytes as a plain Uint8Array over the Buffer's memory: PDF.js refuses a Buffer. */
function readBytes(path: string): Uint8Array {
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Parses every job `take` hands out in up to `count` worker threads (one per job at most, so that
 * a run with nothing to parse starts none); resolves once every result is stored.
 */
function runPool(count: number, take: () => Job | null, relOf: (job: Job) => string, store: (job: Job, result: FileResult, json: string) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const inFlight = new Map<number, Job>();
    const stop = (error?: unknown) => {
      for (const w of workers) void w.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const send = (worker: Worker, job: Job) => {
      inFlight.set(job.index, job);
      worker.postMessage({ index: job.index, bytes: job.bytes, rel: relOf(job) });
    };
    const onResult = (worker: Worker, index: number, json: string) => {
      const job = inFlight.get(index)!;
      inFlight.delete(index);
      store(job, JSON.parse(json) as FileResult, json);
      const nextJob = take();
      if (nextJob) send(worker, nextJob);
      else if (inFlight.size === 0) stop();
    };
    try {
      while (workers.length < count) {
        const job = take();
        if (!job) break;
        const worker = new Worker(new URL('./worker.ts', import.meta.url));
        workers.push(worker);
        worker.on('message', ({ index, json }: { index: number; json: string }) => {
          try {
            onResult(worker, index, json);
          } catch (error) {
            stop(error);
          }
        });
        worker.on('error', stop);
        send(worker, job);
      }
      if (workers.length === 0) resolve();
    } catch (error) {
      stop(error);
    }
  });
}

function writeOutputs(options: IngestOptions, reports: Report[], log: LogEntry[]): void {
  const { outDir, contentDir } = options;
  mkdirSync(outDir, { recursive: true });
  const reportDir = join(outDir, 'reports');
  keepOnly(reportDir, new Set(reports.map((r) => `${r.id}.json`)));
  writeAtomic(join(outDir, 'reports.json'), jsonArray(reportJsons(reportDir, reports)));
  writeAtomic(join(outDir, 'reports.csv'), reportsCsv(reports));
  writeAtomic(join(outDir, 'cells.csv'), cellsCsv(reports));
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
  for (const [name, source] of wanted) {
    const target = join(dir, name);
    const a = statSync(target, { throwIfNoEntry: false });
    if (a) {
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

/** Write to a temp file and rename, so that a reader never sees half a file. */
function writeAtomic(path: string, content: Iterable<string | Uint8Array> | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    if (content instanceof Uint8Array) writeAll(fd, content);
    else writeChunks(fd, content);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/**
 * Chunks are often small (a line, a report): they are encoded into one buffer and written a
 * megabyte or two at a time, as a system call per chunk costs more than the chunk.
 */
function writeChunks(fd: number, chunks: Iterable<string | Uint8Array>): void {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER);
  let used = 0;
  for (const chunk of chunks) {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const most = typeof chunk === 'string' ? chunk.length * 3 : chunk.length;
    if (used + most > buffer.length) {
      writeAll(fd, buffer.subarray(0, used));
      used = 0;
    }
    if (most > buffer.length) writeAll(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    else if (typeof chunk === 'string') used += buffer.write(chunk, used);
    else {
      buffer.set(chunk, used);
      used += chunk.length;
    }
  }
  writeAll(fd, buffer.subarray(0, used));
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}
