/**
 * npm run ingest -- [CONTENT_DIR] [--out OUT_DIR] [--strict] [--quiet] [--jobs N] [--cache-dir DIR | --no-cache] [--part k/n]
 *
 * Reads every report under CONTENT_DIR (default content/reports, or $CONTENT_DIR) and writes the
 * data contract of docs/SCHEMA.md to OUT_DIR (default data/, or $SITE_DATA_DIR, which the site is built from). Exit 0 when every file was
 * accounted for; with --strict, 1 when a report failed or an arithmetic check failed; 1 when the
 * output could not be written (a full disk: the previous output is kept); 2 for unusable
 * arguments, or when another run holds --out or the cache.
 *
 * With a part (`--part k/n`, or $PART), only the files of part k of n (by their content hash,
 * src/lib/ingest/parts.ts) are parsed, into the part's folder `--out DIR`, which must be given;
 * `npm run assemble-data` makes the data folder of the parts.
 */
import module from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';

// Node's compile cache keeps every module compiled (and the TypeScript stripped of its types), so
// that the main thread and each worker start in a fraction of the time. Workers take it up from
// the environment; the pipeline is imported only once it is on.
const { directory } = module.enableCompileCache();
if (directory) process.env.NODE_COMPILE_CACHE = directory;
const { runIngest } = await import('../src/lib/ingest/run-ingest.ts');
const { checkContentDir, checkOutputDir, tryWriting } = await import('../src/lib/ingest/arguments-fs.ts');
const { escapeControls } = await import('../src/lib/read/printable.ts');
const { parsePart, partLabel } = await import('../src/lib/parts/part.ts');
const { ELSEWHERE } = await import('../src/lib/ingest/run-ingest.ts');
const { LockHeld } = await import('../src/lib/files/lock-fs.ts');
const { OutputError } = await import('../src/lib/files/generation-fs.ts');
const { ingestClock } = await import('../src/lib/ingest/first-seen-fs.ts');

const USAGE = 'usage: npm run ingest -- [CONTENT_DIR] [--out OUT_DIR] [--strict] [--quiet] [--jobs N] [--cache-dir DIR | --no-cache] [--part k/n]';

function fail(message: string): never {
  process.stderr.write(`ingest: ${escapeControls(message)} (${USAGE})\n`);
  process.exit(2);
}

/** Text from file names and reports, printed without the controls that would act on the terminal. */
function say(line: string): void {
  process.stderr.write(`${escapeControls(line)}\n`);
}

/** A setting from the command line, else the environment, else the default; set but empty is an error. */
function setting(flag: string | undefined, name: string, variable: string, fallback: string): string {
  const value = flag ?? process.env[variable];
  if (value === '') fail(`${flag === '' ? `${name} is` : `${variable} is set but`} empty: give a folder${flag === '' ? '' : `, or unset ${variable} to use ${fallback}`}`);
  return value ?? fallback;
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
      part: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
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
let jobs: number | undefined;
if (args.values.jobs !== undefined) {
  jobs = Number(args.values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs takes a whole number of at least 1, got "${args.values.jobs}"`);
  // Parsing is CPU-bound: a worker beyond the cores costs memory (a gigabyte of heap at most each) and saves no time.
  if (jobs > availableParallelism()) {
    say(`ingest: --jobs ${jobs} capped to ${availableParallelism()}, the number of cores`);
    jobs = availableParallelism();
  }
}
let part;
try {
  part = parsePart(args.values.part ?? process.env.PART);
} catch (error) {
  fail(`${args.values.part === undefined ? '' : '--part: '}${(error as Error).message}`);
}
// A part's folder is not a data folder: it is named on purpose, never taken from SITE_DATA_DIR.
if (part.count > 1 && args.values.out === undefined) fail(`part ${part.index}/${part.count}: give the part's folder with --out DIR; assemble the parts' folders with npm run assemble-data`);
const content = checkContentDir(resolve(setting(args.positionals[0], 'the content folder', 'CONTENT_DIR', 'content/reports')));
if ('error' in content) fail(content.error);
const contentDir = content.dir;
const outDir = resolve(setting(args.values.out, '--out', 'SITE_DATA_DIR', 'data'));
const outProblem = checkOutputDir('--out', outDir, contentDir);
if (outProblem) fail(outProblem);
// Unchanged files are not parsed again (incremental ingest); the cache lives beside node_modules.
const cacheDir = args.values['no-cache'] ? undefined : resolve(args.values['cache-dir'] === '' ? fail('--cache-dir is empty: give a folder') : (args.values['cache-dir'] ?? '.cache/ingest'));
const cacheProblem = cacheDir ? checkOutputDir('--cache-dir', cacheDir, contentDir, true) : null;
if (cacheProblem) fail(cacheProblem);
// Only once every argument is known to be usable are the folders made and tried.
for (const [what, dir] of [['--out', outDir], ['--cache-dir', cacheDir]] as const) {
  const problem = dir ? tryWriting(what, dir) : null;
  if (problem) fail(problem);
}

// The time given to reports this run sees first (their ingestedAt); fixed by SOURCE_DATE_EPOCH.
const now = ingestClock(process.env.SOURCE_DATE_EPOCH) ?? fail(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${process.env.SOURCE_DATE_EPOCH}"`);

const quiet = args.values.quiet;
const bar = !quiet && process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
const started = Date.now();
let summary;
try {
  summary = await runIngest({
    contentDir,
    outDir,
    jobs,
    cacheDir,
    part,
    now,
    progress: (done, total, path, status) => {
      if (bar) {
        if (done === 1) bar.start(total, 0, { file: '' });
        bar.update(done, { file: escapeControls(path.slice(-40)) });
      } else if (!quiet && status !== ELSEWHERE) say(`[${done}/${total}] ${status.padEnd(7)} ${path}`);
    },
  });
} catch (error) {
  bar?.stop();
  // Another run holds a folder (exit 2, as for an unusable argument), or the output could not be written (1): one line each.
  if (!(error instanceof LockHeld || error instanceof OutputError)) throw error;
  say(`ingest: ${error.message}`);
  process.exit(error instanceof LockHeld ? 2 : 1);
}
bar?.stop();

const seconds = (Date.now() - started) / 1000;
const problems = summary.log.filter((l) => l.status === 'failed' || l.status === 'partial');
if (!quiet) for (const entry of problems) for (const message of entry.messages) say(`  ${message}`);
if (summary.cacheWarning) say(`ingest: warning: ${summary.cacheWarning}`);
const rejected = summary.cacheRejected > 0 ? `, ${summary.cacheRejected} damaged cache entr${summary.cacheRejected === 1 ? 'y' : 'ies'} ignored and rewritten` : '';
const internal = summary.internalErrors > 0 ? ` (${summary.internalErrors} of them on an internal error: a bug, please report it)` : '';
if (part.count > 1) {
  say(
    `ingest part ${partLabel(part)}: ${summary.files} paths listed, ${summary.log.length} of them in this part, in ${seconds.toFixed(1)} s: ${summary.ok} ok, ${summary.partial} partial, ` +
      `${summary.failed} failed${internal}, ${summary.skipped} skipped; ${summary.cached} unchanged file(s) taken from the cache${rejected}. Wrote the part's folder ${outDir}; ` +
      'assemble every part with npm run assemble-data -- DIR_1 … DIR_n --out data (copies, ids and the checks across years are settled there)',
  );
} else {
  say(
    `ingest: ${summary.files} files in ${seconds.toFixed(1)} s: ${summary.ok} ok, ${summary.partial} partial, ${summary.failed} failed${internal}, ${summary.skipped} skipped ` +
      `(${summary.duplicates} duplicate(s)); ${summary.unplaced} report(s) unplaced; ${summary.checksFailed} report(s) with failed checks; ${summary.cached} unchanged file(s) taken from the cache${rejected}. Wrote ${outDir}`,
  );
}
if (args.values.strict && (summary.failed > 0 || summary.checksFailed > 0)) process.exit(1);
