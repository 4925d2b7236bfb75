/**
 * The ingest's worker threads: parsing is CPU-bound, so files are parsed in up to one worker per
 * core while the main thread reads, caches, collects and writes (run-ingest.ts).
 */
import { Worker } from 'node:worker_threads';
import type { FileResult } from './process-file.ts';

/**
 * Parses every job `take` hands out in up to `count` worker threads (one per job at most, so that
 * a run with nothing to parse starts none); resolves once every result is stored. Workers keep
 * scans' OCR results in `ocrCacheDir` (OCR runs in them).
 */
export function runPool<Job extends { index: number; bytes: Uint8Array }>(
  count: number,
  take: () => Job | null,
  relOf: (job: Job) => string,
  store: (job: Job, result: FileResult, json: string) => void,
  ocrCacheDir?: string,
): Promise<void> {
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
        const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { ocrCacheDir } });
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
