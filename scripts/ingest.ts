/**
 * npm run ingest -- [CONTENT_DIR] [--out OUT_DIR] [--strict] [--quiet] [--jobs N] [--cache-dir DIR | --no-cache]
 *
 * Reads every report under CONTENT_DIR (default content/reports, or $CONTENT_DIR) and writes the
 * data contract of docs/SCHEMA.md to OUT_DIR (default data/, or $SITE_DATA_DIR, which the site is built from). Exit 0 when every file was
 * accounted for; with --strict, 1 when a report failed or an arithmetic check failed; 2 for
 * unusable arguments.
 */
import { existsSync, statSync } from 'node:fs';
import module from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';

// Node's compile cache keeps every module compiled (and the TypeScript stripped of its types), so
// that the main thread and each worker start in a fraction of the time. Workers take it up from
// the environment; the pipeline is imported only once it is on.
const { directory } = module.enableCompileCache();
if (directory) process.env.NODE_COMPILE_CACHE = directory;
const { runIngest } = await import('../src/lib/ingest/run-ingest.ts');

const USAGE = 'usage: npm run ingest -- [CONTENT_DIR] [--out OUT_DIR] [--strict] [--quiet] [--jobs N] [--cache-dir DIR | --no-cache]';

function fail(message: string): never {
  process.stderr.write(`ingest: ${message} (${USAGE})\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      'cache-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.positionals.length > 1) fail(`expected one content folder, got ${args.positionals.length}: ${args.positionals.join(' ')}`);
const contentDir = resolve(args.positionals[0] ?? process.env.CONTENT_DIR ?? 'content/reports');
if (!existsSync(contentDir)) fail(`content folder not found: ${contentDir}`);
if (!statSync(contentDir).isDirectory()) fail(`not a folder: ${contentDir}`);
const outDir = resolve(args.values.out ?? process.env.SITE_DATA_DIR ?? 'data');
if (existsSync(outDir) && !statSync(outDir).isDirectory()) fail(`--out is a file, not a folder: ${outDir}`);
let jobs: number | undefined;
if (args.values.jobs !== undefined) {
  jobs = Number(args.values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs takes a whole number of at least 1, got "${args.values.jobs}"`);
}

const quiet = args.values.quiet;
const bar = !quiet && process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
const started = Date.now();
const summary = await runIngest({
  contentDir,
  outDir,
  jobs,
  // Unchanged files are not parsed again (incremental ingest); the cache lives beside node_modules.
  cacheDir: args.values['no-cache'] ? undefined : resolve(args.values['cache-dir'] ?? '.cache/ingest'),
  progress: (done, total, path, status) => {
    if (bar) {
      if (done === 1) bar.start(total, 0, { file: '' });
      bar.update(done, { file: path.slice(-40) });
    } else if (!quiet) process.stderr.write(`[${done}/${total}] ${status.padEnd(7)} ${path}\n`);
  },
});
bar?.stop();

const seconds = (Date.now() - started) / 1000;
const problems = summary.log.filter((l) => l.status === 'failed' || l.status === 'partial');
if (!quiet) for (const entry of problems) for (const message of entry.messages) process.stderr.write(`  ${message}\n`);
process.stderr.write(
  `ingest: ${summary.files} files in ${seconds.toFixed(1)} s: ${summary.ok} ok, ${summary.partial} partial, ${summary.failed} failed, ${summary.skipped} skipped; ` +
    `${summary.checksFailed} report(s) with failed checks; ${summary.cached} unchanged file(s) taken from the cache. Wrote ${outDir}\n`,
);
if (args.values.strict && (summary.failed > 0 || summary.checksFailed > 0)) process.exit(1);
