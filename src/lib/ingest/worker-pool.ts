/**
 * The ingest's worker threads: every file is parsed in a worker, never on the main thread, under
 * `resourceLimits`, so that a file whose parsing would exhaust the memory (5 million empty
 * paragraphs, a bomb no check foresaw) ends only its worker: V8's out-of-memory is not
 * catchable, and on the main thread it would end the run. A worker that dies (out of memory, a
 * crash) or takes longer than the time a file may take is turned into a `failed` result for
 * its file, and a fresh worker takes the rest. Parsing is CPU-bound: one worker per core at most.
 */
import { Worker } from 'node:worker_threads';
import type { FileCode } from '../template/notes.ts';
import { failedEntry } from './log-entry.ts';
import type { FileResult } from './process-file.ts';

export interface PoolOptions {
  /** Heap of each worker (its old generation), in MB. */
  heapMb: number;
  /** Time one file may take, in ms. */
  timeoutMs: number;
  /** The worker's module; worker.ts unless a test gives another. */
  workerUrl?: URL;
  /** Where workers keep scans' OCR results (OCR runs in them). */
  ocrCacheDir?: string;
  /** Told of the OCR-cache entries a worker found damaged (ignored and rewritten) while it read a file. */
  onOcrRejected?: (count: number) => void;
}

/**
 * Parses every job `take` hands out in up to `count` worker threads (one per job at most, so that
 * a run with nothing to parse starts none); resolves once every result is stored. `store` gets
 * the result's JSON as the worker sent it, or null for a result made here (a worker's death, a
 * timeout), which must not be cached: it says what happened on this machine, not what the file is.
 */
export function runPool<Job extends { index: number; bytes: Uint8Array }>(
  count: number,
  take: () => Job | null,
  relOf: (job: Job) => string,
  store: (job: Job, result: FileResult, json: string | null) => void,
  options: PoolOptions,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const live = new Set<Worker>();
    let broken = false;
    const fail = (error: unknown) => {
      if (broken) return;
      broken = true;
      for (const w of live) void w.terminate();
      reject(error);
    };
    const finished = () => {
      if (live.size === 0 && !broken) resolve();
    };

    /** Starts a worker on the next job, if there is one. */
    const start = () => {
      const first = take();
      if (!first) return finished();
      const worker = new Worker(options.workerUrl ?? new URL('./worker.ts', import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
        workerData: { ocrCacheDir: options.ocrCacheDir },
      });
      live.add(worker);
      let current: Job | null = null;
      let timer: NodeJS.Timeout | undefined;
      let gone = false;

      const send = (job: Job) => {
        current = job;
        const { bytes } = job;
        // A buffer of the job's own is moved to the worker rather than copied.
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        worker.postMessage({ index: job.index, bytes, rel: relOf(job) }, own ? [bytes.buffer as ArrayBuffer] : []);
        timer = setTimeout(timeUp, options.timeoutMs);
      };
      const timeUp = () => die('time-limit', `reading it (or one page of a scan) took longer than ${options.timeoutMs / 1000} seconds, the time one file or page may take: the file is too large or malformed`);
      const retire = () => {
        gone = true;
        clearTimeout(timer);
        live.delete(worker);
        void worker.terminate();
      };
      /** The worker is lost: its file fails with the reason, and a fresh worker takes the rest. */
      const die = (code: FileCode, message: string, internal = false) => {
        if (gone) return;
        retire();
        const job = current;
        current = null;
        if (job) {
          const rel = relOf(job);
          const result: FileResult = { log: failedEntry(rel, code, message) };
          if (internal) result.internalError = true;
          guard(() => store(job, result, null));
        }
        guard(start);
      };
      const guard = (step: () => void) => {
        try {
          step();
        } catch (error) {
          fail(error);
        }
      };

      worker.on('message', ({ json, alive, ocrRejected }: { index: number; json?: string; alive?: true; ocrRejected?: number }) => {
        if (gone) return;
        if (ocrRejected) options.onOcrRejected?.(ocrRejected);
        clearTimeout(timer);
        // A scan read page by page: the time limit starts again for the next page.
        if (alive) return void (timer = setTimeout(timeUp, options.timeoutMs));
        if (json === undefined) return;
        const job = current!;
        current = null;
        guard(() => {
          store(job, JSON.parse(json) as FileResult, json);
          const next = take();
          if (next) send(next);
          else {
            retire();
            finished();
          }
        });
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          die('out-of-memory', `reading it needed more than the ${options.heapMb} MB of memory one file may use: the file is too large or malformed`);
        } else die('internal-error', `the worker reading it crashed (${error.name}: ${error.message.split('\n')[0]}); a bug of this program: please report it with the file`, true);
      });
      worker.on('exit', (code) => die('internal-error', `the worker reading it stopped (exit code ${code}); a bug of this program: please report it with the file`, true));
      guard(() => send(first));
    };

    try {
      for (let i = 0; i < count && !broken; i++) start();
    } catch (error) {
      fail(error);
    }
  });
}
