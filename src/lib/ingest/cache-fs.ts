/**
 * Incremental ingest: a file whose bytes, path and parser are unchanged is not parsed again. Each
 * result is kept as one small JSON file named by a hash of (parser version, path, content), so a
 * national corpus does not need one huge cache file, and a changed parser invalidates everything.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../files/write-fs.ts';
import type { FileResult } from './process-file.ts';

export class ResultCache {
  readonly dir: string;
  readonly version: string;
  hits = 0;
  /** Subfolders known to exist: making each again for every result costs a system call. */
  private readonly made = new Set<string>();

  constructor(dir: string, version: string) {
    this.dir = dir;
    this.version = version;
  }

  key(relPath: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.version).update('\0').update(relPath).update('\0').update(bytes).digest('hex');
  }

  get(key: string): FileResult | null {
    try {
      const result = JSON.parse(readFileSync(this.path(key), 'utf8')) as FileResult;
      this.hits++;
      return result;
    } catch {
      return null;
    }
  }

  /** Keeps a result, given as its JSON (the worker that parsed the file has serialised it). */
  set(key: string, json: string): void {
    const path = this.path(key);
    const sub = key.slice(0, 2);
    if (!this.made.has(sub)) {
      mkdirSync(join(this.dir, sub), { recursive: true });
      this.made.add(sub);
    }
    writeAtomic(path, Buffer.from(json));
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
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
