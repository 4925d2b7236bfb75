/**
 * The incremental build, the file-system edge (incremental.ts says what is whose). Under the cache
 * folder (`.cache/site/`), one folder per version of the code (codeVersion): the last build's
 * output but its published data (`out/`), what each agency group's key was and which files are its
 * (`state.json`), and the search index's parts by their inputs (`pagefind/`,
 * search/pagefind-build-fs.ts). A build
 * 1. keys each agency group by a hash of what its pages read (views/part-inputs.ts, the bytes of
 *    its reports' files and their sources' names) and the whole by every data file's bytes;
 * 2. when the whole's key is the last build's, publishes the last output again; else runs
 *    `astro build` once with BUILD_GROUPS naming the groups whose key changed (site/env.ts): the
 *    shared pages, those groups' pages and the whole search index (unchanged parts copied);
 * 3. adds the other groups' files from the last output (hard links), which makes the new `out/`;
 * 4. writes the output folder aside (`<outDir>.new-PID`: `out/` hard-linked, the data published
 *    as every build publishes it) and swaps it in, so the output is always one whole build.
 * A changed code (any file of src/, the lockfile, the config, public/, Node, BASE_PATH, astro's options …) is
 * another folder: everything is built, and older folders are removed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { writeAtomic } from '../files/write-fs.ts';
import { linkOrCopy } from '../files/link-fs.ts';
import { WHOLE } from '../parts/part.ts';
import { buildEnv } from '../site/env.ts';
import { DataFolder } from '../site/load-fs.ts';
import { groupsText, partOfAgency } from '../site/part.ts';
import { buildSite } from '../site/site.ts';
import { addresses } from '../search/addresses.ts';
import { readAddressRecord, withoutOldReportPages } from '../search/addresses-fs.ts';
import { shortIds } from '../present/short-ids.ts';
import { agencyInputs, siteWideInputs } from '../views/part-inputs.ts';
import { GROUP_COUNT, groupsToBuild, ownerOf, readState, type BuildState, type Owner } from './incremental.ts';
import { publishData } from './publish-fs.ts';

export interface IncrementalOptions {
  /** The project's folder: its code is hashed, its Astro runs. */
  root: string;
  outDir: string;
  /** `.cache/site/`. */
  cacheDir: string;
  /** Build everything, with no cache kept from before (the cache is filled anew). */
  cold: boolean;
  /** Further arguments of `astro build`. */
  astroArgs: readonly string[];
  log: (line: string) => void;
}

export interface IncrementalResult {
  /** The groups built (1-based), of GROUP_COUNT; none when the last output was the output. */
  built: number[];
  /** The whole's key was the last build's: nothing was rendered. */
  unchanged: boolean;
}

/** The cache's folder of one version of the code (codeVersion). */
const CODE_FOLDER = /^[0-9a-f]{16}$/;

/** What shapes every page: the source, the lockfile, the config, the static files, the settings read from the environment and Astro's own options. */
export function codeVersion(root: string, env: Record<string, string | undefined>, astroArgs: readonly string[]): string {
  const hash = createHash('sha256').update(process.version).update(`\0${JSON.stringify(astroArgs)}`);
  for (const name of ['BASE_PATH', 'SITE_PUBLIC_DIR', 'SEARCH_PART_PAGES']) hash.update(`\0${name}=${env[name] ?? ''}`);
  const publicDir = env.SITE_PUBLIC_DIR || 'public';
  for (const top of ['src', publicDir, 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    const path = join(root, top);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? listFiles(path).map((rel) => join(path, rel)) : [path];
    for (const file of files) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Every file under `dir`, relative, `/`-separated, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface Keys {
  whole: string;
  groups: string[];
  groupOf: (owner: NonNullable<Owner>) => number | undefined;
}

/** Each group's key, the whole's, and which group an agency's, report's or short id's files are in. */
function keysOf(data: DataFolder, addressesFile: string): Keys {
  const site = buildSite(data.cores());
  const record = readAddressRecord(addressesFile);
  const moves = addresses(site.agencies, record);
  const ids = shortIds(site.agencies, moves.record);
  const inputs = agencyInputs(site, moves, ids);
  const everyPage = siteWideInputs(site);
  const group = (key: string) => partOfAgency(key, GROUP_COUNT);
  const hashes = Array.from({ length: GROUP_COUNT }, () => createHash('sha256').update(everyPage));
  for (const agency of [...site.agencies].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const hash = hashes[group(agency.key) - 1]!.update(`\0${inputs.get(agency.key)!}`);
    for (const r of agency.reports) hash.update(`\0${r.id}\0${sha256(readFileSync(join(data.dir, 'reports', `${r.id}.json`)))}\0${data.sourceFileName(r) ?? ''}`);
  }
  const groups = hashes.map((h) => h.digest('hex'));

  const whole = createHash('sha256').update(groups.join('\0'));
  // Ingest's own bookkeeping (`.ingest-files.json`, which names its generation, the lock) is no input.
  for (const name of readdirSync(data.dir).sort()) {
    const path = join(data.dir, name);
    if (!name.startsWith('.') && statSync(path).isFile()) whole.update(`\0${name}\0`).update(readFileSync(path));
  }
  for (const folder of ['sources', 'lines']) if (existsSync(join(data.dir, folder))) whole.update(`\0${folder}\0${readdirSync(join(data.dir, folder)).sort().join('\0')}`);
  whole.update('\0addresses\0').update(existsSync(addressesFile) ? readFileSync(addressesFile) : '');

  const bySlug = new Map<string, number>();
  for (const a of site.agencies) bySlug.set(a.slug, group(a.key));
  for (const [slug, a] of moves.moved) bySlug.set(slug, group(a.key));
  const byReport = new Map<string, number>();
  for (const r of site.reports) byReport.set(r.id, group(site.agencyOf(r).key));
  for (const [id, move] of moves.movedReports) byReport.set(id, group(move.agency.key));
  const groupOf = (owner: NonNullable<Owner>) => ('slug' in owner ? bySlug.get(owner.slug) : 'report' in owner ? byReport.get(owner.report) : bySlug.get(ids.toSlug.get(owner.shortId) ?? ''));
  return { whole: whole.digest('hex'), groups, groupOf };
}

export function buildIncremental(o: IncrementalOptions): IncrementalResult {
  const env = buildEnv();
  const code = codeVersion(o.root, process.env, o.astroArgs);
  const cache = join(o.cacheDir, code);
  // An older code's output and index parts are of no more use; a cold build keeps none. Only the
  // build's own folders are removed: anything else in the cache folder is left alone.
  if (existsSync(o.cacheDir)) for (const name of readdirSync(o.cacheDir)) if (CODE_FOLDER.test(name) && (o.cold || name !== code)) rmSync(join(o.cacheDir, name), { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const out = join(cache, 'out');
  const stateFile = join(cache, 'state.json');
  const t0 = performance.now();
  const keys = keysOf(new DataFolder(env.dataDir), env.addressesFile);
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
  const previous = existsSync(out) ? readState(existsSync(stateFile) ? readFileSync(stateFile, 'utf8') : null) : null;

  if (previous?.whole === keys.whole) {
    o.log(`build: nothing changed since the last build; its output is published again`);
    publishSite(out, o.outDir, env.dataDir);
    return { built: [], unchanged: true };
  }
  const built = groupsToBuild(previous, keys.groups);
  const chosen = (g: number) => built.includes(g);
  o.log(`build: ${built.length} of ${GROUP_COUNT} agency groups to render${previous ? '' : ' (no earlier build kept)'}, with the shared pages (keyed in ${seconds(t0)} s)`);
  const t1 = performance.now();
  const staging = join(cache, `build-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [join(o.root, 'node_modules/astro/bin/astro.mjs'), 'build', ...o.astroArgs, '--outDir', staging], {
    cwd: o.root,
    stdio: 'inherit',
    env: { ...process.env, BUILD_GROUPS: groupsText({ count: GROUP_COUNT, chosen: new Set(built) }), SEARCH_INDEX_CACHE: join(cache, 'pagefind') },
  });
  if (run.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`astro build ${run.signal ? `was ended by ${run.signal}` : `exited ${run.status}`}; the output folder is as it was`);
  }

  const t2 = performance.now();
  const files: string[][] = keys.groups.map((_, i) => (chosen(i + 1) ? [] : previous!.groups[i]!.files));
  const shared: string[] = [];
  const made = listFiles(staging);
  for (const rel of made) {
    const owner = ownerOf(rel);
    if (!owner) {
      shared.push(rel);
      continue;
    }
    const g = keys.groupOf(owner);
    if (g === undefined || !chosen(g)) throw new Error(`${join(staging, rel)}: a page of no agency group this build renders; build again with --cold`);
    files[g - 1]!.push(rel);
  }
  // Without a state the next build is a whole one: the state goes first and comes back last.
  rmSync(stateFile, { force: true });
  if (previous && built.length <= GROUP_COUNT / 2) {
    // The last output is brought up to date where it changed: its shared files and the groups built go, this build's come in.
    for (const rel of [...previous.shared, ...built.flatMap((g) => previous.groups[g - 1]!.files)]) rmSync(join(out, rel), { force: true });
    const folders = new Set<string>();
    for (const rel of made) {
      const to = join(out, rel);
      if (existsSync(to)) throw new Error(`${rel}: made by this build and kept from the last; build again with --cold`);
      if (!folders.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
      folders.add(dirname(to));
      renameSync(join(staging, rel), to);
    }
    rmSync(staging, { recursive: true, force: true });
  } else {
    // Most of it changed: the groups not built join this build's output, which replaces the last whole.
    const folders = new Set<string>();
    for (let g = 1; g <= GROUP_COUNT; g++) {
      if (chosen(g)) continue;
      for (const rel of files[g - 1]!) if (linkOrCopy(join(out, rel), join(staging, rel), folders) === 'exists') throw new Error(`${rel}: made by this build and kept from the last; build again with --cold`);
    }
    rmSync(out, { recursive: true, force: true });
    renameSync(staging, out);
  }
  const state: BuildState = { version: 1, whole: keys.whole, shared, groups: keys.groups.map((key, i) => ({ key, files: files[i]! })) };
  writeAtomic(stateFile, `${JSON.stringify(state)}\n`);
  publishSite(out, o.outDir, env.dataDir);
  o.log(`build: astro build ${((t2 - t1) / 1000).toFixed(1)} s, the rest taken and the output swapped in ${seconds(t2)} s`);
  return { built, unchanged: false };
}

/** Writes `outDir` aside from `out` (hard links) and the data it publishes, and swaps it in. */
function publishSite(out: string, outDir: string, dataDir: string): void {
  const next = `${outDir}.new-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  const made = new Set<string>();
  const pages: string[] = [];
  for (const rel of listFiles(out)) {
    linkOrCopy(join(out, rel), join(next, rel), made);
    if (rel.endsWith('/index.html')) pages.push(rel.slice(0, -'index.html'.length));
  }
  publishData(dataDir, next, withoutOldReportPages(next, pages), WHOLE);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(next, outDir);
  rmSync(old, { recursive: true, force: true });
}
