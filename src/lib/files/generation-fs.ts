/**
 * A run's output, whole or not at all, in a folder that may hold other things too (a person's own
 * files in `--out`). Each run writes all its files into a new generation folder, `DIR/.ingest-gen-N/`,
 * and then swaps one link, `DIR/.ingest-current → .ingest-gen-N`, with one rename. The names a
 * reader opens are links through it, made once and never changed: `DIR/reports.json →
 * .ingest-current/reports.json`, `DIR/reports → .ingest-current/reports`. So every name moves from
 * the old run to the new at the same instant, and a run killed at any point leaves the old one in
 * place; its half-written generation is removed at the next start. A reader that must see one run
 * across many files resolves `.ingest-current` once and reads below it.
 *
 * Only names of these forms are ever removed: generations, the pointer, the links (only where they
 * point through the pointer), and, once, the files an older ingest wrote at the top (which its
 * list, `.ingest-files.json`, names); anything else in DIR is left alone. A file a person puts in
 * one of ingest's folders (`DIR/reports/` is the current generation's) is not in the generation's
 * own list, `.ingest-gen-N/.ingest-files.json`, and is linked into every next generation.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, renameSync, rmdirSync, rmSync, statfsSync, symlinkSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { linkOrCopy } from './link-fs.ts';
import { gathered, writeAtomic } from './write-fs.ts';

/** The pointer to the current generation. */
export const CURRENT = '.ingest-current';
/** The list of names ingest keeps in the folder, relative to it. */
export const WRITTEN_LIST = '.ingest-files.json';
const GENERATION = /^\.ingest-gen-(\d+)$/;
/** A folder an older ingest wrote at the top, moved aside while it is replaced by a link. */
const ASIDE = /^\.ingest-old-/;
/** The temp files of the writes of an older ingest, `name.tmp-PID`. */
const OLD_TEMP = /\.tmp-\d+$/;

/** The output could not be written (a full disk, say); the message is one line saying which folder and what to do. */
export class OutputError extends Error {}

export interface GenerationOptions {
  /** For tests of a full disk: the writes fail with ENOSPC once this many bytes are written. */
  failAfterBytes?: number;
  /**
   * For tests of a kill: called at each point of the run, `write:<name>` before each file,
   * `swap` before the swap, `tidy` after it, so that a test can end the process exactly there.
   */
  hook?: (point: string) => void;
}

/** The new generation as a run writes it: files relative to it, counted. */
export class Generation {
  readonly dir: string;
  /** The current generation's folder, whose unchanged files are linked rather than written again; null for the first run. */
  readonly previous: string | null;
  /** Bytes this run has written, and, once the disk was full, would have written. */
  bytes = 0;
  /** The first write that failed for want of space, after which writes are only counted. */
  full: NodeJS.ErrnoException | null = null;
  /** The files this run wrote, relative to the generation. */
  readonly written = new Set<string>();
  private readonly made = new Set<string>();
  private readonly options: GenerationOptions;

  constructor(dir: string, previous: string | null, options: GenerationOptions) {
    this.dir = dir;
    this.previous = previous;
    this.options = options;
  }

  /** Writes a file of the run (no temp file is needed: nobody reads the generation before the swap). */
  write(rel: string, content: Iterable<string | Uint8Array> | Uint8Array): void {
    this.options.hook?.(`write:${rel}`);
    this.written.add(rel);
    let fd: number | null = null;
    try {
      if (!this.full) {
        this.folder(rel);
        fd = openSync(join(this.dir, rel), 'w');
      }
      for (const chunk of content instanceof Uint8Array ? [content] : gathered(content)) {
        if (this.full) this.bytes += chunk.length;
        else this.append(fd!, chunk);
      }
    } catch (error) {
      if (!isFull(error)) throw error;
      this.full = error as NodeJS.ErrnoException;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }

  /** Writes bytes, or links the previous generation's file of the same name where it holds them already (its inode is kept). */
  writeOrKeep(rel: string, bytes: Uint8Array): void {
    if (this.previous && !this.full) {
      const old = join(this.previous, rel);
      const stat = lstatSync(old, { throwIfNoEntry: false });
      if (stat?.isFile() && stat.size === bytes.length && readFileSync(old).equals(bytes)) {
        this.link(old, rel);
        return;
      }
    }
    this.write(rel, bytes);
  }

  /** Puts a file that is not read through the writer (a source) in the generation: a hard link, else a copy, counted. */
  link(from: string | Buffer, rel: string): void {
    this.written.add(rel);
    if (this.full) {
      this.bytes += lstatSync(from).size;
      return;
    }
    try {
      if (linkOrCopy(from, join(this.dir, rel), this.made, { follow: false }) === 'copied') this.bytes += lstatSync(join(this.dir, rel)).size;
    } catch (error) {
      if (!isFull(error)) throw error;
      this.full = error as NodeJS.ErrnoException;
      this.bytes += lstatSync(from).size;
    }
  }

  /** Writes all of `bytes`; once the disk is full, only counts them. */
  private append(fd: number, bytes: Uint8Array): void {
    let done = 0;
    try {
      while (done < bytes.length) {
        if (this.bytes + (bytes.length - done) > (this.options.failAfterBytes ?? Infinity)) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        const n = writeSync(fd, bytes, done);
        done += n;
        this.bytes += n;
      }
    } catch (error) {
      if (!isFull(error)) throw error;
      this.full = error as NodeJS.ErrnoException;
      this.bytes += bytes.length - done;
    }
  }

  private folder(rel: string): void {
    const at = rel.lastIndexOf('/');
    const dir = at < 0 ? this.dir : join(this.dir, rel.slice(0, at));
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
  }
}

/**
 * Writes a run into `dir` as a new generation and swaps it in. `names` are the top-level names the
 * run writes (files and folders); `write` writes them into the generation. Throws OutputError, with
 * the old output untouched and the new generation removed, when the disk is full.
 */
export function writeGeneration(dir: string, what: string, names: readonly string[], write: (generation: Generation) => void, options: GenerationOptions = {}): void {
  mkdirSync(dir, { recursive: true });
  removeLeftovers(dir);
  const before = readWritten(dir);
  const oldFolders = names.filter((n) => lstatSync(join(dir, n), { throwIfNoEntry: false })?.isDirectory());
  const current = currentGeneration(dir);
  const number = Math.max(0, ...generations(dir).map((g) => Number(GENERATION.exec(g)![1]))) + 1;
  const name = `.ingest-gen-${number}`;
  const generation = new Generation(join(dir, name), current ? join(dir, current) : null, options);
  mkdirSync(generation.dir);
  const pointer = join(dir, `${CURRENT}.new-${process.pid}`);
  try {
    write(generation);
    // A person's own files in ingest's folders (`reports/`, `sources/`) go on into every generation.
    const currentList = current ? readList(join(dir, current)) : null;
    if (current && currentList) carryForeign(generation, join(dir, current), '', currentList);
    for (const n of oldFolders) carryForeign(generation, join(dir, n), `${n}/`, before);
    generation.write(WRITTEN_LIST, `${JSON.stringify([...generation.written].sort())}\n`);
    if (generation.full) throw generation.full;
    // The links of names that are new: they point into the old generation (where nothing is) until the swap.
    for (const n of names) if (!lstatSync(join(dir, n), { throwIfNoEntry: false })) symlinkSync(`${CURRENT}/${n}`, join(dir, n));
    options.hook?.('swap');
    rmSync(pointer, { force: true });
    symlinkSync(name, pointer);
    renameSync(pointer, join(dir, CURRENT));
  } catch (error) {
    rmSync(generation.dir, { recursive: true, force: true });
    rmSync(pointer, { force: true });
    throw isFull(error) ? fullError(dir, what, generation, error as NodeJS.ErrnoException) : error;
  }
  // From here the new run is what every link shows. What remains is tidying, which a kill only postpones.
  options.hook?.('tidy');
  for (const n of names) replaceWithLink(dir, n, oldFolders.includes(n));
  const kept = new Set(names);
  for (const n of before) if (!kept.has(n) && isOwnLink(dir, n)) rmSync(join(dir, n), { force: true });
  for (const g of generations(dir)) if (g !== name) rmSync(join(dir, g), { recursive: true, force: true });
  writeAtomic(join(dir, WRITTEN_LIST), `${JSON.stringify([CURRENT, name, ...names].sort())}\n`);
}

/**
 * Removes what a run killed before its end left: generations that are not current, pointers never
 * swapped in, folders moved aside, and the temp files (`name.tmp-PID`) of an older ingest's writes
 * beside the files its list names and in its folders.
 */
export function removeLeftovers(dir: string): void {
  const current = currentGeneration(dir);
  const listed = new Set([WRITTEN_LIST, ...readWritten(dir).map((n) => n.split('/')[0]!)]);
  for (const n of readdirSync(dir)) {
    const temp = OLD_TEMP.exec(n);
    const leftover = (GENERATION.test(n) && n !== current) || n.startsWith(`${CURRENT}.new-`) || ASIDE.test(n) || (temp && listed.has(n.slice(0, temp.index)));
    if (leftover) rmSync(join(dir, n), { recursive: true, force: true });
  }
  for (const n of listed) {
    if (!lstatSync(join(dir, n), { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const f of readdirSync(join(dir, n))) if (OLD_TEMP.test(f)) rmSync(join(dir, n, f), { force: true });
  }
}

function currentGeneration(dir: string): string | null {
  try {
    const target = readlinkSync(join(dir, CURRENT));
    return GENERATION.test(target) ? target : null;
  } catch {
    return null;
  }
}

function generations(dir: string): string[] {
  return readdirSync(dir).filter((n) => GENERATION.test(n));
}

/** Whether `name` in `dir` is one of the links this module makes. */
function isOwnLink(dir: string, name: string): boolean {
  try {
    return readlinkSync(join(dir, name)) === `${CURRENT}/${name}`;
  } catch {
    return false;
  }
}

/**
 * Links into the new generation the files of `from` (a generation, or a folder an older ingest
 * wrote into, whose paths take `prefix`) that ingest did not write there (`own` lists what it
 * did, relative to `from`'s parent for a folder) and does not write now: a person's own files.
 */
function carryForeign(generation: Generation, from: string, prefix: string, own: readonly string[]): void {
  const ours = new Set(own);
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = `${prefix}${relative(from, join(entry.parentPath, entry.name))}`;
    if (rel === WRITTEN_LIST || ours.has(rel) || generation.written.has(rel) || OLD_TEMP.test(rel)) continue;
    generation.link(join(entry.parentPath, entry.name), rel);
    // Not listed as ingest's: the next run carries it on in turn.
    generation.written.delete(rel);
  }
}

/** Makes `name` the link through the pointer, where an older ingest's file or folder (or nothing) is. */
function replaceWithLink(dir: string, name: string, oldFolder: boolean): void {
  if (isOwnLink(dir, name)) return;
  const link = join(dir, `${CURRENT}.new-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(`${CURRENT}/${name}`, link);
  if (oldFolder) {
    // A folder cannot be renamed over: it is moved aside first, and removed (it held only ingest's files) once the link is in.
    const aside = join(dir, `.ingest-old-${name}`);
    renameSync(join(dir, name), aside);
    renameSync(link, join(dir, name));
    rmSync(aside, { recursive: true, force: true });
  } else {
    renameSync(link, join(dir, name));
  }
}

/** The names an earlier run listed (none without a list). */
function readWritten(dir: string): string[] {
  return readList(dir) ?? [];
}

/** The list in `dir`, null without one; only plain relative names, never `..`. */
function readList(dir: string): string[] | null {
  try {
    const list = JSON.parse(readFileSync(join(dir, WRITTEN_LIST), 'utf8')) as unknown;
    return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && /^[^/.][^/]*(?:\/[^/.][^/]*)?$|^\.ingest-[a-z0-9-]+$/.test(n)) : null;
  } catch {
    return null;
  }
}

function isFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG';
}

function fullError(dir: string, what: string, generation: Generation, error: NodeJS.ErrnoException): OutputError {
  let free = '';
  try {
    const fs = statfsSync(dir);
    free = `, ${megabytes(fs.bavail * fs.bsize)} free`;
  } catch {
    // The message does without it.
  }
  return new OutputError(
    `${what} ${dir}: the disk is full (${error.code}): this run's output needs about ${megabytes(generation.bytes)}${free}; ` +
      'the previous output is left as it was and nothing of this run is kept: free space there (or choose another folder) and run again',
  );
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
