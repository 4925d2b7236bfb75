/**
 * Incremental ingest: a file whose bytes, path and parser are unchanged is not parsed again. Each
 * result is kept as one small JSON file named by a hash of (parser version, path, content), so a
 * national corpus does not need one huge cache file, and a changed parser invalidates everything.
 * Content and cache are untrusted alike: an entry is used only when it validates (`get`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../files/write-fs.ts';
import { LogEntry, Report } from '../template/schema.ts';
import type { FileResult } from './process-file.ts';

/** The cache's key of a file, and the sha256 of its bytes that its entry records. */
export interface CacheKey {
  key: string;
  path: string;
  source: string;
}

/** The first line of an entry: what it was made from, and the sha256 of the result's JSON (the second line). */
interface EntryHead {
  key: string;
  path: string;
  source: string;
  parser: string;
  checksum: string;
}

export class ResultCache {
  readonly dir: string;
  readonly version: string;
  hits = 0;
  /** Entries that did not validate: ignored (the file is parsed again) and rewritten. */
  rejected = 0;
  /** Why the cache could not be written, once it could not: the run goes on without keeping results. */
  unwritable: string | null = null;
  /** Subfolders known to exist: making each again for every result costs a system call. */
  private readonly made = new Set<string>();

  constructor(dir: string, version: string) {
    this.dir = dir;
    this.version = version;
  }

  key(relPath: string, bytes: Uint8Array): CacheKey {
    const source = sha256(bytes);
    return { key: createHash('sha256').update(this.version).update('\0').update(relPath).update('\0').update(source).digest('hex'), path: relPath, source };
  }

  /**
   * The result kept for the file, or null. An entry is trusted only when it is whole and is this
   * file's, from this parser: its head names the key, path, source sha256 and parser, its checksum
   * is the result's, and the result has the shape of one, for this path and these bytes. Anything
   * else (a damaged, truncated, copied or hand-edited entry, a folder) is removed and counted.
   */
  get(at: CacheKey): FileResult | null {
    const path = this.path(at.key);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.reject(path);
      return null;
    }
    const result = validEntry(text, at, this.version);
    if (!result) {
      this.reject(path);
      return null;
    }
    this.hits++;
    return result;
  }

  /** Keeps a result, given as its JSON (the worker that parsed the file has serialised it). A cache that cannot be written is given up, not fatal. */
  set(at: CacheKey, json: string): void {
    if (this.unwritable !== null) return;
    const head: EntryHead = { key: at.key, path: at.path, source: at.source, parser: this.version, checksum: sha256(Buffer.from(json)) };
    try {
      const sub = at.key.slice(0, 2);
      if (!this.made.has(sub)) {
        mkdirSync(join(this.dir, sub), { recursive: true });
        this.made.add(sub);
      }
      writeAtomic(this.path(at.key), [`${JSON.stringify(head)}\n`, json]);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      this.unwritable = `--cache-dir ${this.dir} cannot be written (${e.code ?? e.message}): results of this run are not kept; free space there or give another --cache-dir`;
    }
  }

  private reject(path: string): void {
    this.rejected++;
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Rewritten over when the file's result is kept, or rejected again.
    }
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** The entry's result when the entry validates, else null. */
function validEntry(text: string, at: CacheKey, parser: string): FileResult | null {
  const cut = text.indexOf('\n');
  if (cut < 0) return null;
  const json = text.slice(cut + 1);
  try {
    const head = JSON.parse(text.slice(0, cut)) as EntryHead;
    if (head.key !== at.key || head.path !== at.path || head.source !== at.source || head.parser !== parser) return null;
    if (head.checksum !== sha256(Buffer.from(json))) return null;
    const result = JSON.parse(json) as unknown;
    return isFileResult(result, at.path, at.source) ? result : null;
  } catch {
    return null;
  }
}

/**
 * Whether a value has the shape of the result of the file at `path` (process-file.ts FileResult),
 * its report (if any) of these bytes (`sha256`; null where they are not known).
 */
export function isFileResult(value: unknown, path: string, sha256: string | null): value is FileResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { log, report, lines } = value as Record<string, unknown>;
  // `problems` is read as none in a log written before it; a result must have it (its lines are its problems').
  if (!LogEntry.safeParse(log).success || (log as LogEntry).path !== path || !Array.isArray((log as LogEntry).problems)) return false;
  if (lines !== undefined && typeof lines !== 'string') return false;
  if (report === undefined) return true;
  const parsed = Report.safeParse(report);
  return parsed.success && parsed.data.source.path === path && (sha256 === null || parsed.data.source.sha256 === sha256);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The parser's version: a hash of the source of every stage that shapes a result, so that any
 * change to the reading, parsing or checking code makes old results stale.
 */
export function parserVersion(libDir: string): string {
  const hash = createHash('sha256');
  for (const stage of ['template', 'measures', 'agency', 'place', 'read', 'parse', 'check', 'ingest']) {
    const dir = join(libDir, stage);
    // Subfolders included (read/ocr/): every file, in a fixed order.
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
