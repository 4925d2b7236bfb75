/**
 * npm run assemble-data -- DIR_1 … DIR_n [--out OUT_DIR] [--strict]
 *
 * Makes one data folder (default data/, or $SITE_DATA_DIR) of the folders of an ingest in parts
 * (`PART=k/n npm run ingest -- --out DIR_k`, src/lib/ingest/parts.ts): the same bytes that one
 * ingest of the whole content folder writes. The checks across reports (an agency's years) run
 * here, over every part. Exit 0 when assembled; with --strict, 1 when a report failed or an
 * arithmetic check failed; 1 when the parts do not make a whole or a part is damaged, or the
 * output cannot be written (nothing is written); 2 for unusable arguments, or when another run
 * holds --out.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerHelp } from './help.ts';
import { checkContentDir, checkOutputDir, tryWriting } from '../src/lib/ingest/arguments-fs.ts';
import { OutputError } from '../src/lib/files/generation-fs.ts';
import { LockHeld } from '../src/lib/files/lock-fs.ts';
import { assembleIngest } from '../src/lib/ingest/assemble-fs.ts';
import { ingestClock } from '../src/lib/ingest/first-seen-fs.ts';

const USAGE = 'usage: npm run assemble-data -- DIR_1 … DIR_n [--out OUT_DIR] [--strict]';

function fail(code: number, message: string): never {
  process.stderr.write(`assemble-data: ${message}${code === 2 ? ` (${USAGE})` : ''}\n`);
  process.exit(code);
}

answerHelp('Makes one data folder (default data/, or $SITE_DATA_DIR) of the folders of an ingest in parts (PART=k/n npm run ingest -- --out DIR_k). Exit 0 when assembled; with --strict, 1 when a report or a check failed; 1 when the parts do not make a whole; 2 for unusable arguments.', USAGE);
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, strict: { type: 'boolean', default: false } } });
} catch (error) {
  fail(2, (error as Error).message);
}
if (args.positionals.length === 0) fail(2, 'no part folders given');
const dirs = args.positionals.map((d) => {
  const checked = checkContentDir(resolve(d));
  if ('error' in checked) fail(2, checked.error.replace('content folder', 'part folder'));
  return checked.dir;
});
const out = resolve(args.values.out ?? (process.env.SITE_DATA_DIR || 'data'));
for (const dir of dirs) {
  const problem = checkOutputDir('--out', out, dir);
  if (problem) fail(2, problem.replaceAll('the content folder', 'a part folder').replace('the reports', 'the parts'));
}
const unwritable = tryWriting('--out', out);
if (unwritable) fail(2, unwritable);
// The time given to reports the data folder did not hold yet (their ingestedAt); fixed by SOURCE_DATE_EPOCH.
const now = ingestClock(process.env.SOURCE_DATE_EPOCH) ?? fail(2, `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${process.env.SOURCE_DATE_EPOCH}"`);

const started = Date.now();
let summary;
try {
  summary = assembleIngest(dirs, out, now);
} catch (error) {
  if (error instanceof LockHeld) fail(2, error.message);
  if (error instanceof OutputError) fail(1, error.message);
  throw error;
}
if ('problems' in summary) fail(1, `the folders do not make one ingest:\n  ${summary.problems.join('\n  ')}`);
process.stderr.write(
  `assemble-data: ${dirs.length} parts, ${summary.files} paths in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.ok} ok, ${summary.partial} partial, ${summary.failed} failed, ` +
    `${summary.skipped} skipped (${summary.duplicates} duplicate(s)); ${summary.unplaced} report(s) unplaced; ${summary.checksFailed} report(s) with failed checks. Wrote ${out}\n`,
);
if (args.values.strict && (summary.failed > 0 || summary.checksFailed > 0)) process.exit(1);
