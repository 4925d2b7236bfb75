/**
 * One input file → its report (if it is one) and its ingest-log entry. Pure apart from hashing
 * and the gazetteer, read once per process, and the OCR cache a scan may use: the caller reads
 * the bytes and writes the results. Never throws: bad content is a `failed` or `skipped` entry
 * with its reason, and an exception anywhere in parsing or checking (a bug met by one unforeseen
 * layout in 100,000 files) is a `failed` entry naming the internal error, counted apart in the
 * summary, so that one file never ends a run.
 */
import { createHash } from 'node:crypto';
import { identityChecks } from '../check/identities.ts';
import { proseChecks } from '../check/prose.ts';
import { readFile, type ReadResult } from '../read/index.ts';
import { cut, LIMITS } from '../read/limits.ts';
import type { OcrCache } from '../read/ocr/types.ts';
import { ReadError, type RawDocument } from '../read/types.ts';
import { parseReport, type ParsedReport } from '../parse/report.ts';
import { simplified } from '../parse/simplified.ts';
import { gazetteer } from '../place/gazetteer-fs.ts';
import { identifyAgency } from '../place/identify.ts';
import { Report, type LogEntry } from '../template/schema.ts';
import { entryOf, failedEntry, logEntry, skippedEntry } from './log-entry.ts';
import { sectionHeading } from '../template/sections.ts';
import type { SourceLine } from '../template/source-lines.ts';
import { reportId } from './ids.ts';
import { boundNumbers } from './number-bounds.ts';
import { settleUnsure } from './unsure.ts';

export interface FileResult {
  report?: Report;
  /**
   * The report's text as read, for its 原文 view: the JSON of its lines (template/source-lines.ts),
   * which write-fs.ts writes as lines/<id>.json. Kept as text until then: a national run holds every
   * report's, and a string takes a fraction of the memory of its lines as objects.
   */
  lines?: string;
  /** The lines stop short of the text: it was longer than LIMITS.viewChars. */
  linesCut?: true;
  log: LogEntry;
  /** The file failed on an internal error (an exception in the parser or the checks), not on its content. */
  internalError?: true;
}

/** Files that are never reports, skipped without reading (the log still lists them). Page images
 * (PNG, JPEG, TIFF) are read: a scanned report is published as one; so are workbooks (.xls,
 * .xlsx, .et), in which some agencies publish their tables. A .csv is skipped: the content
 * folder's agencies.csv is the manifest, and agencies do not publish reports as CSV. */
const NOT_REPORTS = /(^|\/)(\.[^/]*|readme(\.[a-z]+)?|license(\.[a-z]+)?|thumbs\.db)$|\.(gif|webp|bmp|svg|ico|css|js|json|csv|zip|rar|7z|gz|mp[34])$/i;

export interface ProcessOptions {
  /** Where a scan's OCR results are kept between runs. */
  ocrCache?: OcrCache;
  /** Called while a long file is read (after each page of a scan). */
  onProgress?: () => void;
}

export async function processFile(bytes: Uint8Array, relPath: string, options: ProcessOptions = {}): Promise<FileResult> {
  if (NOT_REPORTS.test(relPath)) {
    return { log: skippedEntry(relPath, 'not-a-report', 'not a report file by its name') };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let read;
  try {
    read = await readFile(bytes, relPath, { cache: options.ocrCache, onPage: options.onProgress });
  } catch (error) {
    if (error instanceof ReadError) return { log: failedEntry(relPath, error.code, error.message) };
    return { log: failedEntry(relPath, 'read-error', (error as Error).message) };
  }
  try {
    return reportOf(read, relPath, sha256, bytes.length);
  } catch (error) {
    return { log: internalErrorEntry(relPath, error), internalError: true };
  }
}

/** The log entry of a file whose reading threw where it never should: names the error, asks for a report. */
export function internalErrorEntry(relPath: string, error: unknown): LogEntry {
  const e = error instanceof Error ? error : new Error(String(error));
  const where = e.stack?.split('\n').find((l) => /src\/lib\//.test(l))?.trim().replace(/^at /, '');
  return failedEntry(relPath, 'internal-error', `${e.name}: ${e.message.split('\n')[0]}${where ? ` (at ${where})` : ''}; a bug of this program, not of the file: please report it with the file`);
}

function reportOf(read: ReadResult, relPath: string, sha256: string, size: number): FileResult {
  const first = parseReport(read.doc);
  if ('notReport' in first) {
    // Where a reader stopped at a limit, the report may lie beyond it: say so.
    const cuts = (read.doc.warnings ?? []).filter((w) => w.code === 'limit-reached').map((w) => ` (${w.message})`).join('');
    return { log: skippedEntry(relPath, 'not-a-report', `${first.notReport}${cuts}`) };
  }
  // A scan's numbers the OCR was unsure of are settled first, on the report as parsed (unsure.ts).
  const parsed = settleUnsure(read.doc, first);
  for (const warning of read.doc.warnings ?? []) parsed.notes.push({ level: 'warning', code: warning.code, message: warning.message });
  boundNumbers(parsed);
  capSections(parsed);
  const view = sourceLines(read.doc);
  if (view.cut !== undefined) parsed.notes.push({ level: 'warning', code: 'limit-reached', message: cut('viewChars', view.cut) });
  const lines = read.doc.lines.map((l) => l.cells.filter((c) => c !== '').join(' '));
  // Where and who the agency is is matched in simplified characters (a mirror site's 延津縣 is 延津县); the report keeps the name as printed.
  const who = identifyAgency({ agency: simplified(parsed.agency), title: simplified(parsed.title), fromTitle: parsed.title !== '', path: relPath, lines: lines.map(simplified) }, gazetteer());
  const draft = {
    ...parsed,
    ...who.facts,
    notes: [...parsed.notes, ...who.notes],
    // A scan always says which of its numbers are uncertain, none included.
    ...(read.ocr ? { uncertain: parsed.uncertain ?? [] } : {}),
    id: reportId(parsed.year, parsed.agency, sha256),
    source: { path: relPath, format: read.format, encoding: read.encoding, sha256, bytes: size, ...(read.ocr ? { ocr: true } : {}) },
    checks: [] as Report['checks'],
  };
  draft.checks = [...identityChecks(draft), ...proseChecks(draft)];
  const report = Report.parse(draft);
  return { report, lines: JSON.stringify(view.lines), ...(view.cut !== undefined ? { linesCut: true as const } : {}), log: logEntry(report) };
}

/**
 * The document's lines for the 原文 view, in the form the browser renders (template/source-lines.ts):
 * at most LIMITS.viewChars characters, whole lines; `cut` is the number of characters read when the
 * rest was left out.
 */
function sourceLines(doc: RawDocument): { lines: SourceLine[]; cut?: number } {
  const lines: SourceLine[] = [];
  let chars = 0;
  for (const { cells, place } of doc.lines) {
    // A line with no cells (a blank line of a text file) shows nothing: the view numbers its lines by their place, so it is left out.
    if (cells.length === 0) continue;
    chars += cells.reduce((n, c) => n + c.length, 0);
    if (chars > LIMITS.viewChars.value) continue;
    const line: SourceLine = {
      ...(place.page === undefined ? {} : { page: place.page }),
      ...(place.sheet === undefined ? {} : { sheet: place.sheet }),
      line: place.line,
      cells,
    };
    lines.push(line);
  }
  return chars > LIMITS.viewChars.value ? { lines, cut: chars } : { lines };
}

/**
 * What one report contributes to its page and to the search index is bounded: each text section
 * keeps its first LIMITS.sectionChars characters, with a note (and the page's 下载原文 for the
 * rest), so that one report of 200 MB of prose cannot stall a national build.
 */
function capSections(report: ParsedReport): void {
  for (const key of Object.keys(report.sections) as (keyof ParsedReport['sections'])[]) {
    const text = report.sections[key];
    if (text.length <= LIMITS.sectionChars.value) continue;
    report.sections[key] = `${text.slice(0, LIMITS.sectionChars.value)}\n……`;
    report.notes.push({ level: 'warning', code: 'limit-reached', message: `${sectionHeading(key)}：${cut('sectionChars', text.length)}` });
  }
}
