/**
 * An ingest run that stops at a point of its output's writing (files/generation-fs.ts `hook`), for
 * the fault tests: `node ingest-until.ts CONTENT OUT POINT kill` ends the process with SIGKILL there,
 * as `kill -9` would; `… POINT wait FILE` holds the run there (its locks taken) until FILE exists.
 */
import { existsSync } from 'node:fs';
import { runIngest } from '../../../../src/lib/ingest/run-ingest.ts';

const [content, out, point, action, file] = process.argv.slice(2) as [string, string, string, 'kill' | 'wait', string?];
const pause = new Int32Array(new SharedArrayBuffer(4));
await runIngest({
  contentDir: content,
  outDir: out,
  jobs: 1,
  output: {
    hook: (at) => {
      if (at !== point) return;
      if (action === 'kill') process.kill(process.pid, 'SIGKILL');
      process.stderr.write(`waiting at ${at}\n`);
      while (!existsSync(file!)) Atomics.wait(pause, 0, 0, 50);
    },
  },
});
