/**
 * The ingest run, start to end: list the content folder (files-fs.ts), parse every file once,
 * in worker threads when there is enough work (worker-pool.ts, process-file.ts), take unchanged
 * files from the cache (cache-fs.ts), place the reports the content folder's agencies.csv names
 * (src/lib/place/manifest.ts), settle ids and the checks across reports, and write the outputs
 * (write-fs.ts).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { crossReportChecks } from '../check/cross-report.ts';
import { gazetteer } from '../place/gazetteer-fs.ts';
import { applyManifest, MANIFEST_PATH } from '../place/manifest.ts';
import { readManifest } from '../place/manifest-fs.ts';
import type { LogEntry, Report } from '../template/schema.ts';
import { parserVersion, ResultCache } from './cache-fs.ts';
import { listFiles, readBytes } from './files-fs.ts';
import { uniqueIds } from './ids.ts';
import { logEntry, processFile, type FileResult } from './process-file.ts';
import { runPool } from './worker-pool.ts';
import { writeOutputs } from './write-fs.ts';

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
  // The manifest is applied here, not per file, so that editing it never stales the cache.
  const manifest = readManifest(options.contentDir, gazetteer);
  if (manifest) {
    const entry: LogEntry = { path: MANIFEST_PATH, status: 'skipped', messages: applyManifest(reports, manifest, gazetteer()) };
    const at = log.findIndex((l) => l.path === MANIFEST_PATH);
    log.splice(at < 0 ? log.length : at, at < 0 ? 0 : 1, entry);
  }
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

  writeOutputs(options.contentDir, options.outDir, reports, log);
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
