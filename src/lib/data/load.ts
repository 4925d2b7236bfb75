/**
 * Reads what `npm run ingest` wrote to public/data (SCHEMA.md) at build time. The only module of
 * src/lib/data that touches the file system: everything else takes reports as arguments, so that
 * tests and client code can use it.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { LogEntry, Report } from '../template/schema.ts';

/**
 * Where ingest writes by default (public/data); the site serves the same folder at `<base>data/`.
 * SITE_PUBLIC_DIR moves it together with Astro's public folder (astro.config.mjs).
 */
export const DATA_DIR = resolve(process.env.SITE_PUBLIC_DIR || 'public', 'data');

let reportsCache: Report[] | undefined;
let logCache: LogEntry[] | undefined;

function readJson(file: string, what: string): unknown {
  const path = join(DATA_DIR, file);
  if (!existsSync(path)) {
    throw new Error(`${path}: ${what} not found. Run \`npm run ingest\` first (the build script does).`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every report, validated against the contract; a report that does not validate stops the build. */
export function loadReports(): Report[] {
  reportsCache ??= Report.array().parse(readJson('reports.json', 'reports.json'));
  return reportsCache;
}

export function loadIngestLog(): LogEntry[] {
  logCache ??= existsSync(join(DATA_DIR, 'ingest-log.json'))
    ? LogEntry.array().parse(readJson('ingest-log.json', 'ingest-log.json'))
    : [];
  return logCache;
}

/** The copy of a report's source file under public/data/sources, if ingest made one. */
export function sourceFileName(report: Report): string | null {
  const name = `${report.id}${extname(report.source.path).toLowerCase()}`;
  return existsSync(join(DATA_DIR, 'sources', name)) ? name : null;
}

/** The header and lines of public/data/cells.csv, grouped by report id (its first field). */
let cellsCache: { header: string; byId: Map<string, string[]> } | undefined;
export function loadCellLines(): { header: string; byId: Map<string, string[]> } {
  if (cellsCache) return cellsCache;
  const path = join(DATA_DIR, 'cells.csv');
  const byId = new Map<string, string[]>();
  if (!existsSync(path)) return (cellsCache = { header: '', byId });
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines.shift() ?? '';
  for (const line of lines) {
    if (!line) continue;
    // Ids are ASCII without commas or quotes (schema.ts), so the first field ends at the first comma.
    const id = line.slice(0, line.indexOf(','));
    let list = byId.get(id);
    if (!list) byId.set(id, (list = []));
    list.push(line);
  }
  return (cellsCache = { header, byId });
}

/** The column names of a CSV file ingest wrote (headers are plain keys: no quoting needed). */
export function loadCsvHeader(file: 'reports.csv' | 'cells.csv'): string[] {
  const path = join(DATA_DIR, file);
  if (!existsSync(path)) return [];
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const first = buffer.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    return first.split(',').map((h) => h.replace(/^"|"$/g, ''));
  } finally {
    closeSync(fd);
  }
}

/** Size in bytes of a file under public/data, or null when it is absent. */
export function dataFileSize(file: string): number | null {
  const path = join(DATA_DIR, file);
  return existsSync(path) ? statSync(path).size : null;
}
