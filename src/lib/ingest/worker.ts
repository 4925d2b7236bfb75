/**
 * A worker thread of the ingest pool: reads the files it is sent and parses them, so that both
 * cores work (parsing is CPU-bound; the main thread only collects and writes).
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { processFile } from './process-file.ts';

parentPort!.on('message', async (job: { index: number; abs: string; rel: string }) => {
  const result = await processFile(new Uint8Array(readFileSync(job.abs)), job.rel);
  parentPort!.postMessage({ index: job.index, result });
});
