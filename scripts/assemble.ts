/**
 * npm run assemble -- DIST_1 DIST_2 … --out DIST [--force]
 *
 * Merges the parts of a split build (`PART=k/n npm run build -- --outDir DIST_k`, see
 * src/lib/site/part.ts) into one site: each part's own pages, data files and search index, and
 * the shared pages and assets once. Checks that the parts make a whole (same n, every k once) and
 * that the shared files are identical in every part. Files are hard-linked (copied across disks).
 *
 * Exit 0 when assembled; 1 when the parts do not fit together (nothing is written); 2 for unusable
 * arguments.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { answerHelp } from './help.ts';
import { checkParts, conflicts, PART_MARKER, planAssembly, readMarker } from '../src/lib/publish/assemble.ts';
import { linkOrCopy } from '../src/lib/files/link-fs.ts';

const USAGE = 'usage: npm run assemble -- DIST_1 DIST_2 … --out DIST [--force]';

function fail(code: number, message: string): never {
  process.stderr.write(`assemble: ${message}\n`);
  process.exit(code);
}

answerHelp('Merges the parts of a split build (PART=k/n npm run build -- --outDir DIST_k) into one site. Exit 0 when assembled, 1 when the parts do not fit together, 2 for unusable arguments.', USAGE);
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } });
} catch (error) {
  fail(2, `${(error as Error).message} (${USAGE})`);
}
const dirs = args.positionals.map((d) => resolve(d));
if (dirs.length === 0) fail(2, `no part folders given (${USAGE})`);
if (!args.values.out) fail(2, `--out DIST is required (${USAGE})`);
const out = resolve(args.values.out);
for (const d of dirs) if (!existsSync(d) || !statSync(d).isDirectory()) fail(2, `not a folder: ${d}`);
if (dirs.some((d) => out === d || out.startsWith(d + sep) || d.startsWith(out + sep))) fail(2, `--out must be outside the part folders: ${out}`);
if (existsSync(out) && readdirSync(out).length > 0 && !args.values.force) fail(2, `${out} is not empty; add --force to replace it`);

function list(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

const started = Date.now();
const markers = dirs.map((d) => (existsSync(join(d, PART_MARKER)) ? readMarker(readFileSync(join(d, PART_MARKER), 'utf8')) : null));
const problems = checkParts(markers, dirs);
if (problems.length) fail(1, `the parts do not make a whole site:\n  ${problems.join('\n  ')}`);

const plan = planAssembly(dirs.map(list));
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const differing = conflicts(plan.shared.map((s) => ({ rel: s.rel, digests: s.from.map((k) => digest(join(dirs[k]!, s.rel))) })));
if (differing.length) {
  fail(1, `${differing.length} shared file(s) differ between parts, so the parts were built from different data or code; rebuild them from the same checkout and data. First: ${differing.slice(0, 5).join(', ')}`);
}

rmSync(out, { recursive: true, force: true });
const made = new Set<string>();
let linked = 0;
let copied = 0;
const place = (from: string, rel: string) => {
  if (linkOrCopy(from, join(out, rel), made) === 'copied') copied++;
  else linked++;
};
for (const f of plan.own) place(join(dirs[f.from]!, f.rel), f.rel);
for (const f of plan.shared) place(join(dirs[f.from[0]!]!, f.rel), f.rel);

const reports = markers.reduce((n, m) => n + (m?.reports ?? 0), 0);
const agencies = markers.reduce((n, m) => n + (m?.agencies ?? 0), 0);
process.stderr.write(
  `assemble: ${dirs.length} parts (${agencies} agencies, ${reports} reports) → ${out}: ${plan.own.length} own files, ${plan.shared.length} shared files checked identical; ` +
    `${linked} linked, ${copied} copied, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
