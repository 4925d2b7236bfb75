/**
 * A worker thread of the ingest pool: parses the files it is sent, so that both cores work
 * (parsing is CPU-bound; the main thread reads, caches, collects and writes).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ocrCache } from './ocr-cache-fs.ts';
import { processFile } from './process-file.ts';

const { ocrCacheDir } = workerData as { ocrCacheDir?: string };
const ocr = ocrCacheDir ? ocrCache(ocrCacheDir) : undefined;

parentPort!.on('message', async (job: { index: number; bytes: Uint8Array; rel: string }) => {
  const result = await processFile(job.bytes, job.rel, { ocrCache: ocr });
  // The result crosses to the main thread as a JSON string: no slower than a structured clone of
  // the report object, and it is what the cache stores.
  parentPort!.postMessage({ index: job.index, json: JSON.stringify(result) });
});
