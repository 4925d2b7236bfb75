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
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markCopied } from '../check/copied.ts';
import { crossReportChecks } from '../check/cross-report.ts';
import { removeLeftovers, type GenerationOptions } from '../files/generation-fs.ts';
import { LockHeld, lockFolder } from '../files/lock-fs.ts';
import { WHOLE, type Part } from '../parts/part.ts';
import { gazetteer } from '../place/gazetteer-fs.ts';
import { isPlaceNote } from '../place/identify.ts';
import { applyManifest, MANIFEST_PATH, type Manifest } from '../place/manifest.ts';
import { readManifest } from './manifest-fs.ts';
import { applySources, SOURCES_PATH, type Sources } from './sources.ts';
import { readSources } from './sources-fs.ts';
import { LIMITS } from '../read/limits.ts';
import type { LogEntry, Report } from '../template/schema.ts';
import { parserVersion, ResultCache, type CacheKey } from './cache-fs.ts';
import { ingestTime, previousIngestTimes, stampFromCache } from './first-seen-fs.ts';
import type { Entry } from './entry.ts';
import { listFiles, readInput, type InputFile } from './files-fs.ts';
import { entryOf, logEntry, skippedEntry } from './log-entry.ts';
import { settleIds } from './ids.ts';
import { listingDigest, partOfContent } from './parts.ts';
import { writePart } from './parts-fs.ts';
import type { FileResult } from './process-file.ts';
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
  /** How the output is written: for tests of a full disk or a kill (files/generation-fs.ts). */
  output?: GenerationOptions;
  /** The run's time, the `ingestedAt` of the reports it sees first (first-seen-fs.ts); now when absent. */
  now?: Date;
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
  /** Cache entries (results and OCR) that did not validate: ignored, the file parsed (or read) again, the entry rewritten. */
  cacheRejected: number;
  /** Why the cache could not be written, when it could not (the run went on without it). */
  cacheWarning: string | null;
  /** Reports whose agency could not be placed in the divisions (a place-* note says why). */
  unplaced: number;
  /** Reports with at least one failed arithmetic check. */
  checksFailed: number;
  reports: Report[];
  log: LogEntry[];
}

/** The status a file of another part has in the progress. */
export const ELSEWHERE = 'elsewhere';

/**
 * Runs ingest with `--out` (and the cache) locked against another run (files/lock-fs.ts: throws
 * LockHeld), and what a killed run left there removed first.
 */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  mkdirSync(options.outDir, { recursive: true });
  const releases = [lockFolder(options.outDir, '--out')];
  try {
    let cacheDir = options.cacheDir;
    let cacheWarning: string | null = null;
    if (cacheDir) {
      try {
        mkdirSync(cacheDir, { recursive: true });
        releases.push(lockFolder(cacheDir, '--cache-dir'));
      } catch (error) {
        if (error instanceof LockHeld) throw error;
        cacheWarning = `--cache-dir ${cacheDir} cannot be used (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): this run goes without the cache`;
        cacheDir = undefined;
      }
    }
    removeLeftovers(options.outDir);
    const summary = await ingestLocked({ ...options, cacheDir });
    return { ...summary, cacheWarning: cacheWarning ?? summary.cacheWarning };
  } finally {
    for (const release of releases.reverse()) release();
  }
}

async function ingestLocked(options: IngestOptions): Promise<IngestSummary> {
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
  const { results, contents, ocrRejected } = await processAll(files, options, cache, part, progress);
  const now = options.now ?? new Date();
  if (options.cacheDir) stampFromCache(options.cacheDir, results.flatMap((r) => (r?.report ? [r.report] : [])), ingestTime(now));

  const entries: Entry[] = [
    ...files.flatMap((f, i) => (results[i] ? [{ key: f.key, source: f.abs, result: results[i] }] : [])),
    ...others.map((o) => ({ key: o.key, source: null, result: { log: o.entry } as FileResult })),
  ];
  entries.sort((a, b) => Buffer.compare(a.key, b.key));
  const cacheCounts = { cached: cache?.hits ?? 0, cacheRejected: (cache?.rejected ?? 0) + ocrRejected, cacheWarning: cache?.unwritable ?? null };
  if (part.count === 1) return { ...finishIngest(entries, readManifest(options.contentDir, gazetteer), options.outDir, { now, output: options.output, sources: readSources(options.contentDir), parser: version }), ...cacheCounts };

  const digest = listingDigest([...files.map((f, i) => ({ key: f.key, content: contents[i]! })), ...listing.others.map((o) => ({ key: o.key, content: 'not read' }))]);
  writePart(options.outDir, { part, parser: version, listing: digest, paths: total }, entries, options.contentDir, options.output);
  return { ...summary(entries.map((e) => e.result.log), entries, [], 0), files: total, ...cacheCounts };
}

/**
 * Everything that needs all the results: copies published once, the manifest, ids, the checks
 * across years, the log, the outputs. `entries` in byte order of their paths.
 */
/** What finishing a run takes besides its entries: its time, how its output is written, the content folder's sources.csv. */
export interface FinishOptions {
  /** The `ingestedAt` of reports new to the output; now when absent. */
  now?: Date;
  output?: GenerationOptions;
  sources?: Sources | null;
  /** The parser's version (cache-fs.ts `parserVersion`), for the outputs' stamp. */
  parser?: string;
}

export function finishIngest(entries: Entry[], manifest: Manifest | null, outDir: string, { now = new Date(), output, sources = null, parser }: FinishOptions = {}): IngestSummary {
  // A byte-identical copy is one report: the first path in order is published, the others say
  // whose copy they are, and a copy's path places the report where its own does not.
  const bySha = new Map<string, Report>();
  const published = new Map<Report, Published>();
  let duplicates = 0;
  for (const entry of entries) {
    const { report } = entry.result;
    if (!report) continue;
    const first = bySha.get(report.source.sha256);
    if (first) {
      duplicates++;
      const places = placeByCopy(first, report);
      entry.result = { log: skippedEntry(report.source.path, 'duplicate', `a byte-identical copy (the same sha256) of ${first.source.path}, which is published as ${first.id}: not published twice${places ? '; its path places the report' : ''}`) };
      continue;
    }
    bySha.set(report.source.sha256, report);
    published.set(report, { report, lines: entry.result.lines ?? '[]', ...(entry.result.linesCut ? { linesCut: true } : {}), source: entry.source });
  }
  const reports = [...published.keys()];
  // The manifest is applied here, not per file, so that editing it never stales the cache.
  if (manifest) {
    const { summary, problems } = applyManifest(reports, manifest, gazetteer());
    const result: FileResult = { log: entryOf(MANIFEST_PATH, manifest.failed ? 'failed' : 'skipped', problems, { summary: [summary] }) };
    const at = entries.find((e) => e.result.log.path === MANIFEST_PATH);
    if (at) at.result = result;
    else entries.push({ key: Buffer.from(MANIFEST_PATH), source: null, result });
  }
  // Like the manifest, applied here so that editing the list never stales the cache.
  if (sources) {
    const { summary, problems } = applySources(reports, sources);
    const result: FileResult = { log: entryOf(SOURCES_PATH, 'skipped', problems, { summary: [summary] }) };
    const at = entries.find((e) => e.result.log.path === SOURCES_PATH);
    if (at) at.result = result;
    else entries.push({ key: Buffer.from(SOURCES_PATH), source: null, result });
  }
  settleIds(reports);
  const cross = crossReportChecks(reports);
  for (const report of reports) report.checks.push(...(cross.get(report.id) ?? []));
  // Only the final ids are looked up: a report keeps the time the run that first wrote it gave it,
  // else the time the cache first saw its source (stampFromCache), else this run's. Set before
  // `copied`, as a cached report has it already: the fields keep one order, and the output its bytes.
  const seen = previousIngestTimes(outDir);
  const time = ingestTime(now);
  for (const report of reports) report.ingestedAt = seen.get(report.id) ?? report.ingestedAt ?? time;
  markCopied(reports);
  // Ids and cross-report checks are final only now: the log entries of reports are made again.
  const log = entries.map((e) => (e.result.report && published.has(e.result.report) ? logEntry(e.result.report) : e.result.log));
  reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeOutputs(outDir, reports.map((r) => published.get(r)!), log, output, parser ?? null);
  return summary(log, entries, reports, duplicates);
}

/**
 * Gives `kept`, where its own evidence left it unplaced, the place its copy's path gives (the
 * copy's text is the same bytes, so only the path can differ); true when it did.
 */
function placeByCopy(kept: Report, copy: Report): boolean {
  if (!kept.notes.some(isPlaceNote) || copy.division === null || copy.notes.some(isPlaceNote)) return false;
  const { division, level, agencyKind, scope, agencyKey } = copy;
  Object.assign(kept, { division, level, agencyKind, scope, agencyKey });
  kept.notes = kept.notes.filter((n) => !isPlaceNote(n));
  return true;
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
    cacheRejected: 0,
    cacheWarning: null,
    unplaced: reports.filter((r) => r.notes.some(isPlaceNote)).length,
    checksFailed: reports.filter((r) => r.checks.some((c) => !c.ok)).length,
    reports,
    log,
  };
}

/** A file that must be parsed: its bytes, read once, and its cache key (null without a cache). */
interface Job {
  index: number;
  bytes: Uint8Array;
  key: CacheKey | null;
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
): Promise<{ results: (FileResult | undefined)[]; contents: string[]; ocrRejected: number }> {
  const results: (FileResult | undefined)[] = new Array(files.length);
  const contents: string[] = new Array(files.length);
  let ocrRejected = 0;
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
  // A worker per file at most: each loads the readers and parsers before its first file.
  const jobs = Math.min(Math.max(1, options.jobs ?? availableParallelism()), availableParallelism(), Math.max(1, files.length));
  await runPool(jobs, take, (job) => files[job.index]!.rel, store, {
    heapMb: options.pool?.heapMb ?? LIMITS.workerHeapMb.value,
    timeoutMs: options.pool?.timeoutMs ?? LIMITS.fileSeconds.value * 1000,
    workerUrl: options.pool?.workerUrl,
    // OCR results are kept apart from parse results: a parser change does not make them stale.
    ocrCacheDir: options.cacheDir ? join(options.cacheDir, 'ocr') : undefined,
    onOcrRejected: (count) => (ocrRejected += count),
  });
  return { results, contents, ocrRejected };
}
