/**
 * Reads what `npm run ingest` wrote (SCHEMA.md) at build time. The only module of src/lib/data
 * that touches the file system: everything else takes reports as arguments, so that tests and
 * client code can use it.
 *
 * Memory stays proportional to what pages over many reports need: reports.json is read one
 * report at a time and only each report's core (core.ts) is kept; a report page reads its full
 * report from the report's own file (`reports/<id>.json`) when it is rendered.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { dataDir } from '../build/env.ts';
import { LogEntry, Report } from '../template/schema.ts';
import { reportCore, type ReportCore } from './core.ts';
import { JsonArraySplitter } from './json-array.ts';

/**
 * Where ingest writes by default (`data/`, or SITE_DATA_DIR). The build publishes it under
 * `<base>data/` (src/lib/build/publish.ts), so the downloads keep the names ingest gave them.
 */
export const DATA_DIR = dataDir();

let coresCache: ReportCore[] | undefined;
let logCache: LogEntry[] | undefined;

function dataPath(file: string, what = file): string {
  const path = join(DATA_DIR, file);
  if (!existsSync(path)) {
    throw new Error(`${path}: ${what} not found. Run \`npm run ingest\` first (the build script does).`);
  }
  return path;
}

/**
 * Each element of a JSON array file, in order, parsed: the file is read in chunks of a few
 * megabytes, so its size is not limited by the longest string JavaScript can hold.
 */
export function* readJsonArray(path: string): Generator<unknown> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4 * 1024 * 1024);
    const decoder = new TextDecoder('utf-8');
    const splitter = new JsonArraySplitter();
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      const text = decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
      for (const element of splitter.push(text)) yield JSON.parse(element);
      if (n === 0) break;
    }
    splitter.end();
  } finally {
    closeSync(fd);
  }
}

/**
 * The core of every report, validated against the contract; a report that does not validate
 * stops the build, naming it.
 */
export function loadCores(): ReportCore[] {
  if (coresCache) return coresCache;
  const path = dataPath('reports.json');
  const cores: ReportCore[] = [];
  let i = 0;
  for (const element of readJsonArray(path)) {
    const parsed = Report.safeParse(element);
    if (!parsed.success) {
      const id = (element as { id?: unknown })?.id;
      throw new Error(`${path}: report ${i}${typeof id === 'string' ? ` (${id})` : ''} does not match the contract: ${parsed.error.issues[0]?.message ?? parsed.error.message} at ${parsed.error.issues[0]?.path.join('.') ?? '?'}. Run \`npm run ingest\` again.`);
    }
    cores.push(reportCore(parsed.data));
    i++;
  }
  return (coresCache = cores);
}

/** One report in full, from its own file (`reports/<id>.json`), validated against the contract. */
export function loadReport(id: string): Report {
  const path = dataPath(join('reports', `${id}.json`), `the file of report ${id}`);
  return Report.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function loadIngestLog(): LogEntry[] {
  if (logCache) return logCache;
  const path = join(DATA_DIR, 'ingest-log.json');
  const log: LogEntry[] = [];
  if (existsSync(path)) for (const element of readJsonArray(path)) log.push(LogEntry.parse(element));
  return (logCache = log);
}

/** The file name of a report's source under data/sources (named by id), or null when ingest kept none. */
export function sourceFileName(report: Pick<Report, 'id' | 'source'>): string | null {
  const name = `${report.id}${extname(report.source.path).toLowerCase()}`;
  return existsSync(join(DATA_DIR, 'sources', name)) ? name : null;
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

/** Size in bytes of a file ingest wrote, or null when it is absent. */
export function dataFileSize(file: string): number | null {
  const path = join(DATA_DIR, file);
  return existsSync(path) ? statSync(path).size : null;
}
