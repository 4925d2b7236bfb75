/**
 * A worker thread of the ingest pool: parses the files it is sent, under the pool's resource
 * limits (worker-pool.ts), so that a file that would exhaust the memory takes down only this
 * thread. The main thread reads, caches, collects and writes. While a scan is read it says so
 * after each page, so that the pool's time limit applies to a page rather than to the whole scan.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ocrCache } from './ocr-cache-fs.ts';
import { internalErrorEntry, processFile, type FileResult } from './process-file.ts';

const { ocrCacheDir } = workerData as { ocrCacheDir?: string };
const ocr = ocrCacheDir ? ocrCache(ocrCacheDir) : undefined;

parentPort!.on('message', async (job: { index: number; bytes: Uint8Array; rel: string }) => {
  let result: FileResult;
  try {
    result = await processFile(job.bytes, job.rel, { ocrCache: ocr, onProgress: () => parentPort!.postMessage({ index: job.index, alive: true }) });
  } catch (error) {
    // processFile never throws by design; if it does, the file is failed, not the worker.
    result = { log: internalErrorEntry(job.rel, error), internalError: true };
  }
  // The result crosses to the main thread as a JSON string: no slower than a structured clone of
  // the report object, and it is what the cache stores.
  const ocrRejected = ocr?.takeRejected() ?? 0;
  parentPort!.postMessage({ index: job.index, json: JSON.stringify(result), ...(ocrRejected > 0 ? { ocrRejected } : {}) });
});
