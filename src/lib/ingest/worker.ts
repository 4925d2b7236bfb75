/**
 * A worker thread of the ingest pool: parses the files it is sent, so that both cores work
 * (parsing is CPU-bound; the main thread reads, caches, collects and writes).
 */
import { parentPort } from 'node:worker_threads';
import { processFile } from './process-file.ts';

parentPort!.on('message', async (job: { slot: number; bytes: Uint8Array; rel: string }) => {
  const result = await processFile(job.bytes, job.rel);
  // A JSON string crosses to the main thread several times faster than a structured clone of
  // the report object.
  parentPort!.postMessage({ slot: job.slot, json: JSON.stringify(result) });
});
