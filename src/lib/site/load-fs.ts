/**
 * Reads what `npm run ingest` wrote (docs/SCHEMA.md) at build time: the one module of the site's
 * data layer that touches the file system. Everything else takes reports as arguments, so that
 * tests and browser code can use it.
 *
 * Memory stays proportional to what pages over many reports need: reports.json is read one
 * report at a time and only each report's core (core.ts) is kept; a report page reads its full
 * report from the report's own file (`reports/<id>.json`) when it is rendered.
 *
 * Ingest validated every report against the contract when it wrote it, and says so in its stamp
 * (template/data-stamp.ts): a stamped folder's reports get a cheap check of their shape only. An
 * unstamped folder, or one stamped for another contract, is validated in full, and a report that
 * does not validate stops the build. A report's own file is read once per build process for its
 * page and the search index both (ReportFiles below).
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonLines } from '../files/json-lines-fs.ts';
import { looksLikeReport, STAMP_FILE, stampTrusted } from '../template/data-stamp.ts';
import { LogEntry, Report } from '../template/schema.ts';
import { sourceFileName } from '../template/source-file.ts';
import { reportCore, type ReportCore } from './core.ts';

/** Full validation of one report: the report as the contract makes it, or why not. */
export type Validate = (value: unknown) => { success: true; data: Report } | { success: false; error: { message: string; issues: { message: string; path: PropertyKey[] }[] } };

/**
 * The reports' own files read in this process, by path, each until both the page and the search
 * index took it, so that a build reads and checks each file once. Kept on the global object: the
 * pages (bundled by Astro) and the search integration (loaded with the config) are different
 * copies of this module in one process. An entry is kept with the file's size and time, so that a
 * file changed meanwhile (a dev server) is read again. At most BUDGET bytes of files are held; the
 * oldest go first, and are read again if asked for.
 */
interface Held {
  size: number;
  mtimeMs: number;
  report: Report;
  takes: number;
}
const HELD_KEY = Symbol.for('gov-report-dashboard.report-files');
const BUDGET = 64 * 1024 * 1024;
/** The page and the search index: after these takes a file is not asked for again in a build. */
const TAKES = 2;

class ReportFiles {
  private readonly held = new Map<string, Held>();
  private bytes = 0;

  take(path: string, read: (path: string) => Report): Report {
    const { size, mtimeMs } = statSync(path);
    const held = this.held.get(path);
    if (held && held.size === size && held.mtimeMs === mtimeMs) {
      if (++held.takes >= TAKES) this.drop(path, held);
      return held.report;
    }
    if (held) this.drop(path, held);
    const report = read(path);
    this.held.set(path, { size, mtimeMs, report, takes: 1 });
    this.bytes += size;
    for (const [oldest, entry] of this.held) {
      if (this.bytes <= BUDGET) break;
      this.drop(oldest, entry);
    }
    return report;
  }

  private drop(path: string, held: Held): void {
    this.held.delete(path);
    this.bytes -= held.size;
  }
}

function reportFiles(): ReportFiles {
  const global = globalThis as { [HELD_KEY]?: ReportFiles };
  return (global[HELD_KEY] ??= new ReportFiles());
}

/** The files of one ingest output folder. */
export class DataFolder {
  readonly dir: string;
  private readonly validate: Validate;
  private stamped: boolean | undefined;

  /** `validate` is the contract's (tests count its calls). */
  constructor(dir: string, validate: Validate = (value) => Report.safeParse(value)) {
    this.dir = dir;
    this.validate = validate;
  }

  /** Whether ingest stamped the folder as validated against this code's contract (template/data-stamp.ts). */
  trusted(): boolean {
    if (this.stamped === undefined) {
      const path = join(this.dir, STAMP_FILE);
      this.stamped = stampTrusted(existsSync(path) ? readFileSync(path, 'utf8') : null);
    }
    return this.stamped;
  }

  /** A report as read from `where`, checked as the stamp allows; throws, naming `where` and the place, when it does not pass. */
  private checked(element: unknown, where: string): Report {
    if (this.trusted()) {
      if (looksLikeReport(element)) return element;
      throw new Error(`${where} does not have the shape of a report, though the folder is stamped as validated (${STAMP_FILE}). Run \`npm run ingest\` again.`);
    }
    const parsed = this.validate(element);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(`${where} does not match the contract: ${issue?.message ?? parsed.error.message} at ${issue?.path.join('.') ?? '?'}. Run \`npm run ingest\` again.`);
  }

  private path(file: string, what = file): string {
    const path = join(this.dir, file);
    if (!existsSync(path)) throw new Error(`${path}: ${what} not found. Run \`npm run ingest\` first (the build script does).`);
    return path;
  }

  /** The core of every report, checked (above); a report that does not pass stops the build, naming it. */
  cores(): ReportCore[] {
    const path = this.path('reports.json');
    const cores: ReportCore[] = [];
    let i = 0;
    for (const element of readJsonLines(path)) {
      const id = (element as { id?: unknown } | null)?.id;
      cores.push(reportCore(this.checked(element, `${path}: report ${i}${typeof id === 'string' ? ` (${id})` : ''}`)));
      i++;
    }
    return cores;
  }

  /** One report in full, from its own file (`reports/<id>.json`), checked (above). */
  report(id: string): Report {
    const path = this.path(join('reports', `${id}.json`), `the file of report ${id}`);
    return reportFiles().take(path, (file) => this.checked(JSON.parse(readFileSync(file, 'utf8')), file));
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
