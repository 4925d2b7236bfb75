/**
 * One input file → its report (if it is one) and its ingest-log entry. Pure apart from hashing
 * and the OCR cache a scan may use: the caller reads the bytes and writes the results. Never
 * throws on bad content.
 */
import { createHash } from 'node:crypto';
import { identityChecks } from '../check/identities.ts';
import { proseChecks } from '../check/prose.ts';
import { readFile } from '../read/index.ts';
import type { OcrCache } from '../read/ocr/types.ts';
import { ReadError } from '../read/types.ts';
import { parseReport } from '../parse/report.ts';
import { Report, type LogEntry } from '../template/schema.ts';
import { reportId } from './ids.ts';
import { settleUnsure } from './unsure.ts';

export interface FileResult {
  report?: Report;
  log: LogEntry;
}

/** Files that are never reports, skipped without reading (the log still lists them). Page images
 * (PNG, JPEG, TIFF) are read: a scanned report is published as one. */
const NOT_REPORTS = /(^|\/)(\.[^/]*|readme(\.[a-z]+)?|license(\.[a-z]+)?|thumbs\.db)$|\.(gif|webp|bmp|svg|ico|css|js|json|csv|xlsx?|zip|rar|7z|gz|mp[34])$/i;

export interface ProcessOptions {
  /** Where a scan's OCR results are kept between runs. */
  ocrCache?: OcrCache;
}

export async function processFile(bytes: Uint8Array, relPath: string, options: ProcessOptions = {}): Promise<FileResult> {
  if (NOT_REPORTS.test(relPath)) {
    return { log: { path: relPath, status: 'skipped', messages: [`${relPath}: not-a-report: skipped, not a report file by its name`] } };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let read;
  try {
    read = await readFile(bytes, relPath, { cache: options.ocrCache });
  } catch (error) {
    if (error instanceof ReadError) return { log: { path: relPath, status: 'failed', messages: [`${relPath}: ${error.code}: ${error.message}`] } };
    return { log: { path: relPath, status: 'failed', messages: [`${relPath}: read-error: ${(error as Error).message}`] } };
  }
  const first = parseReport(read.doc);
  if ('notReport' in first) {
    return { log: { path: relPath, status: 'skipped', messages: [`${relPath}: not-a-report: skipped, ${first.notReport}`] } };
  }
  const parsed = settleUnsure(read.doc, first);
  const draft = {
    ...parsed,
    // A scan always says which of its numbers are uncertain, none included.
    ...(read.ocr ? { uncertain: parsed.uncertain ?? [] } : {}),
    id: reportId(parsed.year, parsed.agency, sha256),
    source: { path: relPath, format: read.format, encoding: read.encoding, sha256, bytes: bytes.length, ...(read.ocr ? { ocr: true } : {}) },
    checks: [] as Report['checks'],
  };
  draft.checks = [...identityChecks(draft), ...proseChecks(draft)];
  const report = Report.parse(draft);
  return { report, log: logEntry(report) };
}

export function logEntry(report: Report): LogEntry {
  const where = (line?: number) => (line === undefined ? '' : `:${line}`);
  const messages = report.notes
    .filter((n) => n.level !== 'info')
    .map((n) => `${report.source.path}${where(n.line)}: ${n.level}: ${n.code}: ${n.message}`);
  const failed = report.checks.filter((c) => !c.ok);
  if (failed.length > 0) messages.push(`${report.source.path}: ${failed.length} check(s) failed: ${[...new Set(failed.map((c) => c.id))].join(', ')}`);
  return { path: report.source.path, status: report.status, id: report.id, messages };
}
