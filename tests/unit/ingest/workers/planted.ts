/**
 * A stand-in for the ingest worker (src/lib/ingest/worker.ts) with planted failures, chosen by
 * the file's name: `oom.txt` allocates until the heap limit ends the worker, `crash.txt` throws
 * outside any handler, `exit.txt` ends the thread, `hang.txt` never answers; every other file is
 * parsed as the real worker does.
 */
import { parentPort } from 'node:worker_threads';
import { processFile } from '../../../../src/lib/ingest/process-file.ts';

parentPort!.on('message', async (job: { index: number; bytes: Uint8Array; rel: string }) => {
  if (job.rel.endsWith('oom.txt')) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
  if (job.rel.endsWith('crash.txt')) setImmediate(() => { throw new Error('planted crash'); });
  else if (job.rel.endsWith('exit.txt')) process.exit(3);
  else if (job.rel.endsWith('hang.txt')) return;
  else parentPort!.postMessage({ index: job.index, json: JSON.stringify(await processFile(job.bytes, job.rel)) });
});
