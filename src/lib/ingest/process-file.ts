/**
 * One input file → its report (if it is one) and its ingest-log entry. Pure apart from hashing
 * and the gazetteer, read once per process: the caller reads the bytes and writes the results.
 * Never throws on bad content.
 */
import { createHash } from 'node:crypto';
import { identityChecks } from '../check/identities.ts';
import { proseChecks } from '../check/prose.ts';
import { readFile } from '../read/index.ts';
import { ReadError } from '../read/types.ts';
import { parseReport } from '../parse/report.ts';
import { gazetteer } from '../place/gazetteer-fs.ts';
import { identifyAgency } from '../place/identify.ts';
import { Report, type LogEntry } from '../template/schema.ts';
import { reportId } from './ids.ts';

export interface FileResult {
  report?: Report;
  log: LogEntry;
}

/** Files that are never reports, skipped without reading (the log still lists them). */
const NOT_REPORTS = /(^|\/)(\.[^/]*|readme(\.[a-z]+)?|license(\.[a-z]+)?|thumbs\.db)$|\.(png|jpe?g|gif|webp|bmp|svg|ico|css|js|json|csv|xlsx?|zip|rar|7z|gz|mp[34])$/i;

export async function processFile(bytes: Uint8Array, relPath: string): Promise<FileResult> {
  if (NOT_REPORTS.test(relPath)) {
    return { log: { path: relPath, status: 'skipped', messages: [`${relPath}: not-a-report: skipped, not a report file by its name`] } };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let read;
  try {
    read = await readFile(bytes, relPath);
  } catch (error) {
    if (error instanceof ReadError) return { log: { path: relPath, status: 'failed', messages: [`${relPath}: ${error.code}: ${error.message}`] } };
    return { log: { path: relPath, status: 'failed', messages: [`${relPath}: read-error: ${(error as Error).message}`] } };
  }
  const parsed = parseReport(read.doc);
  if ('notReport' in parsed) {
    return { log: { path: relPath, status: 'skipped', messages: [`${relPath}: not-a-report: skipped, ${parsed.notReport}`] } };
  }
  const lines = read.doc.lines.map((l) => l.cells.filter((c) => c !== '').join(' '));
  const who = identifyAgency({ agency: parsed.agency, title: parsed.title, fromTitle: parsed.title !== '', path: relPath, lines }, gazetteer());
  const draft = {
    ...parsed,
    ...who.facts,
    notes: [...parsed.notes, ...who.notes],
    id: reportId(parsed.year, parsed.agency, sha256),
    source: { path: relPath, format: read.format, encoding: read.encoding, sha256, bytes: bytes.length },
    checks: [] as Report['checks'],
  };
  draft.checks = [...identityChecks(draft), ...proseChecks(draft)];
  const report = Report.parse(draft);
  return { report, log: logEntry(report) };
}

export function logEntry(report: Report): LogEntry {
  // file.txt:48, or file.pdf:p3:12 for page 3, line 12 (README, "The ingest log").
  const where = (n: Report['notes'][number]) => (n.line === undefined ? '' : n.page === undefined ? `:${n.line}` : `:p${n.page}:${n.line}`);
  const messages = report.notes
    .filter((n) => n.level !== 'info')
    .map((n) => `${report.source.path}${where(n)}: ${n.level}: ${n.code}: ${n.message}`);
  const failed = report.checks.filter((c) => !c.ok);
  if (failed.length > 0) messages.push(`${report.source.path}: ${failed.length} check(s) failed: ${[...new Set(failed.map((c) => c.id))].join(', ')}`);
  return { path: report.source.path, status: report.status, id: report.id, messages };
}
