/**
 * npm run build -- [--cold] [--outDir DIST] [--cache-dir DIR] [astro build's other options]
 *
 * The site build after ingest (package.json `build`). By default incremental
 * (src/lib/publish/incremental-fs.ts): only the agency groups whose inputs changed since the last
 * build are rendered again, with the shared pages; the rest comes from `.cache/site/` (or
 * `--cache-dir`). The output
 * is the same, byte for byte, as a build from nothing. `--cold` (or BUILD_COLD=1) builds
 * everything and fills the cache anew. With PART set (a split build, README "Building in parts")
 * it is `astro build` itself, without the cache.
 *
 * Exit 0 when built; 1 when the build failed (the output folder is as it was); 2 for unusable
 * arguments.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { answerHelp } from './help.ts';
import { buildIncremental } from '../src/lib/publish/incremental-fs.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const USAGE = 'usage: npm run build -- [--cold] [--outDir DIST] [--cache-dir DIR] [astro build options]';

answerHelp('Builds the site from data/, rendering again only the agencies whose inputs changed since the last build (.cache/site/); --cold builds everything. Exit 0 when built, 1 when the build failed, 2 for unusable arguments.', USAGE);
const args = process.argv.slice(2);
let cold = process.env.BUILD_COLD === '1';
let outDir = 'dist';
let cacheDir = resolve(ROOT, '.cache/site');
const astroArgs: string[] = [];
/** The value of an option given as `--name value` or `--name=value`. */
function value(arg: string, name: string, at: number): string | null {
  if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  if (arg !== name) return null;
  const next = args[at + 1];
  if (next === undefined) {
    process.stderr.write(`build: ${name} needs a folder (${USAGE})\n`);
    process.exit(2);
  }
  return next;
}
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const out = value(arg, '--outDir', i);
  const cache = value(arg, '--cache-dir', i);
  if (arg === '--cold') cold = true;
  else if (out !== null) outDir = out;
  else if (cache !== null) cacheDir = resolve(cache);
  else astroArgs.push(arg);
  if ((out ?? cache) !== null && !arg.includes('=')) i++;
}

if (process.env.PART) {
  const run = spawnSync(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build', ...astroArgs, '--outDir', outDir], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
try {
  const started = performance.now();
  const result = buildIncremental({ root: ROOT, outDir: resolve(outDir), cacheDir, cold, astroArgs, log: (line) => process.stderr.write(`${line}\n`) });
  const what = result.unchanged ? 'nothing to render' : `${result.built.length} agency groups rendered`;
  process.stderr.write(`build: ${resolve(outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s (${what})\n`);
} catch (error) {
  process.stderr.write(`build: ${(error as Error).message}\n`);
  process.exit(1);
}
