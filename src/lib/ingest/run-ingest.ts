/**
 * The ingest run, start to end: list the content folder (files-fs.ts), parse every file once in
 * worker threads under resource limits (worker-pool.ts, process-file.ts), take unchanged files
 * from the cache (cache-fs.ts) and scans' OCR from its own (ocr-cache-fs.ts); then, over all the
 * results (`finishIngest`): publish byte-identical copies once, place the reports the content
 * folder's agencies.csv names (src/lib/place/manifest.ts), settle ids and the checks across
 * reports, and write the outputs (write-fs.ts). Every path under the content folder ends in the
 * log, whatever happens to it.
 *
 * In parts (`part`, parts.ts), a run parses only the files of its part and writes them to a part
 * folder (parts-fs.ts); `finishIngest` runs once the parts are assembled (assemble-fs.ts), so that
 * ingest in parts and ingest in one write the same bytes.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossReportChecks } from '../check/cross-report.ts';
import { WHOLE, type Part } from '../parts/part.ts';
import { gazetteer } from '../place/gazetteer-fs.ts';
import { applyManifest, MANIFEST_PATH, type Manifest } from '../place/manifest.ts';
import { readManifest } from '../place/manifest-fs.ts';
import { applySources, SOURCES_PATH, type Sources } from './sources.ts';
import { readSources } from './sources-fs.ts';
import { LIMITS } from '../read/limits.ts';
import type { LogEntry, Report } from '../template/schema.ts';
import { parserVersion, ResultCache } from './cache-fs.ts';
import { listFiles, readInput, skippedEntry, type InputFile } from './files-fs.ts';
import { settleIds } from './ids.ts';
import { listingDigest, partOfContent } from './parts.ts';
import { writePart } from './parts-fs.ts';
import { logEntry, type FileResult } from './process-file.ts';
import { runPool, type PoolOptions } from './worker-pool.ts';
import { writeOutputs, type Published } from './write-fs.ts';

export interface IngestOptions {
  contentDir: string;
  outDir: string;
  /** Called after each file with (done, total, path, status). */
  progress?: (done: number, total: number, path: string, status: string) => void;
  /** Worker threads; at most the number of cores (more only cost memory). */
  jobs?: number;
  /** Keep parse results here and reuse them for unchanged files, and scans' OCR in its `ocr/`; none when absent. */
  cacheDir?: string;
  /** The pool's limits: LIMITS.workerHeapMb and LIMITS.fileSeconds unless a test sets others. */
  pool?: Partial<PoolOptions>;
  /** Ingest only this part of the content (parts.ts) into a part folder; the whole when absent or 1/1. */
  part?: Part;
}

export interface IngestSummary {
  /** Paths under the content folder: every one is in the log. */
  files: number;
  ok: number;
  partial: number;
  failed: number;
  /** Of the failed, those that failed on an internal error (a bug), not on their content. */
  internalErrors: number;
  skipped: number;
  /** Byte-identical copies of a report published once (skipped). */
  duplicates: number;
  /** Files whose result came from the cache. */
  cached: number;
  /** Reports with at least one failed arithmetic check. */
  checksFailed: number;
  reports: Report[];
  log: LogEntry[];
}

/** One path of the content folder and what came of it. */
export interface Entry {
  /** The path relative to the content folder, as bytes: entries are in their byte order. */
  key: Buffer;
  /** Where the bytes that were read are now (the file, or its copy in a part folder); null where none were. */
  source: Buffer | null;
  result: FileResult;
}

/** The status a file of another part has in the progress. */
export const ELSEWHERE = 'elsewhere';

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const part = options.part ?? WHOLE;
  const listing = listFiles(options.contentDir);
  const { files } = listing;
  const version = parserVersion(fileURLToPath(new URL('..', import.meta.url)));
  const cache = options.cacheDir ? new ResultCache(options.cacheDir, version) : null;
  const total = files.length + listing.others.length;
  let done = 0;
  const progress = (path: string, status: string) => options.progress?.(++done, total, path, status);
  // A part keeps the paths that are not read, and the files that cannot be, in part 1.
  const others = part.index === 1 ? listing.others : [];
  for (const { entry } of listing.others) progress(entry.path, others.length > 0 ? entry.status : ELSEWHERE);
  const { results, contents } = await processAll(files, options, cache, part, progress);

  const entries: Entry[] = [
    ...files.flatMap((f, i) => (results[i] ? [{ key: f.key, source: f.abs, result: results[i] }] : [])),
    ...others.map((o) => ({ key: o.key, source: null, result: { log: o.entry } as FileResult })),
  ];
  entries.sort((a, b) => Buffer.compare(a.key, b.key));
  const cached = cache?.hits ?? 0;
  if (part.count === 1) return { ...finishIngest(entries, readManifest(options.contentDir, gazetteer), options.outDir, readSources(options.contentDir)), cached };

  const digest = listingDigest([...files.map((f, i) => ({ key: f.key, content: contents[i]! })), ...listing.others.map((o) => ({ key: o.key, content: 'not read' }))]);
  writePart(options.outDir, { part, parser: version, listing: digest, paths: total }, entries, options.contentDir);
  return { ...summary(entries.map((e) => e.result.log), entries, [], 0), files: total, cached };
}

/**
 * Everything that needs all the results: copies published once, the manifest, ids, the checks
 * across years, the log, the outputs. `entries` in byte order of their paths.
 */
export function finishIngest(entries: Entry[], manifest: Manifest | null, outDir: string, sources: Sources | null = null): IngestSummary {
  // A byte-identical copy is one report: the first path in order is published, the others say whose copy they are.
  const bySha = new Map<string, Report>();
  const published = new Map<Report, Published>();
  let duplicates = 0;
  for (const entry of entries) {
    const { report } = entry.result;
    if (!report) continue;
    const first = bySha.get(report.source.sha256);
    if (first) {
      duplicates++;
      entry.result = { log: skippedEntry(report.source.path, 'duplicate', `a byte-identical copy (the same sha256) of ${first.source.path}, which is published as ${first.id}: not published twice`) };
      continue;
    }
    bySha.set(report.source.sha256, report);
    published.set(report, { report, lines: entry.result.lines ?? '[]', ...(entry.result.linesCut ? { linesCut: true } : {}), source: entry.source });
  }
  const reports = [...published.keys()];
  // The manifest is applied here, not per file, so that editing it never stales the cache.
  if (manifest) {
    const result: FileResult = { log: { path: MANIFEST_PATH, status: 'skipped', messages: applyManifest(reports, manifest, gazetteer()) } };
    const at = entries.find((e) => e.result.log.path === MANIFEST_PATH);
    if (at) at.result = result;
    else entries.push({ key: Buffer.from(MANIFEST_PATH), source: null, result });
  }
  // Like the manifest, applied here so that editing the list never stales the cache.
  if (sources) {
    const result: FileResult = { log: { path: SOURCES_PATH, status: 'skipped', messages: applySources(reports, sources) } };
    const at = entries.find((e) => e.result.log.path === SOURCES_PATH);
    if (at) at.result = result;
    else entries.push({ key: Buffer.from(SOURCES_PATH), source: null, result });
  }
  settleIds(reports);
  const cross = crossReportChecks(reports);
  for (const report of reports) report.checks.push(...(cross.get(report.id) ?? []));
  // Ids and cross-report checks are final only now: the log entries of reports are made again.
  const log = entries.map((e) => (e.result.report && published.has(e.result.report) ? logEntry(e.result.report) : e.result.log));
  reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeOutputs(outDir, reports.map((r) => published.get(r)!), log);
  return summary(log, entries, reports, duplicates);
}

function summary(log: LogEntry[], entries: Entry[], reports: Report[], duplicates: number): IngestSummary {
  const count = (status: LogEntry['status']) => log.filter((l) => l.status === status).length;
  return {
    files: log.length,
    ok: count('ok'),
    partial: count('partial'),
    failed: count('failed'),
    internalErrors: entries.filter((e) => e.result.internalError).length,
    skipped: count('skipped'),
    duplicates,
    cached: 0,
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

/**
 * The result of every file of the part (none for the files of other parts), and, in parts, what
 * each file holds for the listing's digest: the sha256 of its bytes, or that it could not be read.
 */
async function processAll(
  files: InputFile[],
  options: IngestOptions,
  cache: ResultCache | null,
  part: Part,
  progress: (path: string, status: string) => void,
): Promise<{ results: (FileResult | undefined)[]; contents: string[] }> {
  const results: (FileResult | undefined)[] = new Array(files.length);
  const contents: string[] = new Array(files.length);
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    progress(files[index]!.rel, result.log.status);
  };
  // Files are read in order, once each, as the workers ask for work: the bytes hashed for the
  // cache are the bytes parsed, and only the files in flight are held (a national corpus is
  // gigabytes). Files that cannot be read, files of other parts and files the cache knows are
  // finished on the way.
  let next = 0;
  const take = (): Job | null => {
    while (next < files.length) {
      const index = next++;
      const bytes = readInput(files[index]!);
      if (!(bytes instanceof Uint8Array)) {
        contents[index] = 'not read';
        if (part.index === 1) finish(index, { log: bytes });
        else progress(files[index]!.rel, ELSEWHERE);
        continue;
      }
      if (part.count > 1) {
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        contents[index] = sha256;
        if (partOfContent(sha256, part.count) !== part.index) {
          progress(files[index]!.rel, ELSEWHERE);
          continue;
        }
      }
      const key = cache ? cache.key(files[index]!.rel, bytes) : null;
      const hit = key ? cache!.get(key) : null;
      if (!hit) return { index, bytes, key };
      finish(index, hit);
    }
    return null;
  };
  const store = (job: Job, result: FileResult, json: string | null) => {
    if (job.key && json !== null) cache!.set(job.key, json);
    finish(job.index, result);
  };
  const jobs = Math.min(Math.max(1, options.jobs ?? availableParallelism()), availableParallelism());
  await runPool(jobs, take, (job) => files[job.index]!.rel, store, {
    heapMb: options.pool?.heapMb ?? LIMITS.workerHeapMb.value,
    timeoutMs: options.pool?.timeoutMs ?? LIMITS.fileSeconds.value * 1000,
    workerUrl: options.pool?.workerUrl,
    // OCR results are kept apart from parse results: a parser change does not make them stale.
    ocrCacheDir: options.cacheDir ? join(options.cacheDir, 'ocr') : undefined,
  });
  return { results, contents };
}
