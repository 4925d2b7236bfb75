/**
 * Reads what `npm run ingest` wrote (docs/SCHEMA.md) at build time: the one module of the site's
 * data layer that touches the file system. Everything else takes reports as arguments, so that
 * tests and browser code can use it.
 *
 * Memory stays proportional to what pages over many reports need: reports.json is read one
 * report at a time and only each report's core (core.ts) is kept; a report page reads its full
 * report from the report's own file (`reports/<id>.json`) when it is rendered.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LogEntry, Report } from '../template/schema.ts';
import { sourceFileName } from '../template/source-file.ts';
import { reportCore, type ReportCore } from './core.ts';

/**
 * Each element of a JSON array file as ingest writes it: `[`, then one element per line, each
 * but the last followed by a comma, then `]` (ingest/write-fs.ts jsonArrayLines). JSON never
 * holds a raw line break inside a value, so a line is an element. The file is read in chunks of a
 * few megabytes: its size is not limited by the longest string JavaScript can hold.
 */
export function* readJsonLines(path: string): Generator<unknown> {
  let lineNumber = 0;
  for (const line of readLines(path)) {
    lineNumber++;
    const text = line.endsWith(',') ? line.slice(0, -1) : line;
    if (text === '[' || text === ']' || text === '[]' || text === '') continue;
    try {
      yield JSON.parse(text);
    } catch (error) {
      throw new Error(`${path}:${lineNumber}: not one JSON element per line as ingest writes it (${(error as Error).message}). Run \`npm run ingest\` again.`);
    }
  }
}

function* readLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4 * 1024 * 1024);
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      const text = carry + decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
      const lines = text.split('\n');
      carry = lines.pop()!;
      yield* lines;
      if (n === 0) break;
    }
    if (carry) yield carry;
  } finally {
    closeSync(fd);
  }
}

/** The files of one ingest output folder. */
export class DataFolder {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private path(file: string, what = file): string {
    const path = join(this.dir, file);
    if (!existsSync(path)) throw new Error(`${path}: ${what} not found. Run \`npm run ingest\` first (the build script does).`);
    return path;
  }

  /** The core of every report, validated against the contract; a report that does not validate stops the build, naming it. */
  cores(): ReportCore[] {
    const path = this.path('reports.json');
    const cores: ReportCore[] = [];
    let i = 0;
    for (const element of readJsonLines(path)) {
      const parsed = Report.safeParse(element);
      if (!parsed.success) {
        const id = (element as { id?: unknown })?.id;
        const issue = parsed.error.issues[0];
        throw new Error(`${path}: report ${i}${typeof id === 'string' ? ` (${id})` : ''} does not match the contract: ${issue?.message ?? parsed.error.message} at ${issue?.path.join('.') ?? '?'}. Run \`npm run ingest\` again.`);
      }
      cores.push(reportCore(parsed.data));
      i++;
    }
    return cores;
  }

  /** One report in full, from its own file (`reports/<id>.json`), validated against the contract. */
  report(id: string): Report {
    return Report.parse(JSON.parse(readFileSync(this.path(join('reports', `${id}.json`), `the file of report ${id}`), 'utf8')));
  }

  ingestLog(): LogEntry[] {
    const path = join(this.dir, 'ingest-log.json');
    const log: LogEntry[] = [];
    if (existsSync(path)) for (const element of readJsonLines(path)) log.push(LogEntry.parse(element));
    return log;
  }

  /** The file name of a report's source under sources/ (named by id), or null when ingest kept none. */
  sourceFileName(report: Pick<Report, 'id' | 'source'>): string | null {
    const name = sourceFileName(report);
    return existsSync(join(this.dir, 'sources', name)) ? name : null;
  }

  /** The column names of a CSV file ingest wrote (headers are plain keys: no quoting needed). */
  csvHeader(file: 'reports.csv' | 'cells.csv'): string[] {
    const path = join(this.dir, file);
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
  fileSize(file: string): number | null {
    const path = join(this.dir, file);
    return existsSync(path) ? statSync(path).size : null;
  }
}
