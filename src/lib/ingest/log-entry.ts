/**
 * A file's entry in the ingest log: its problems, each coded from the closed set of
 * template/notes.ts, and the lines the command line prints, one per problem (problemLine) after
 * any summary line. Every entry is made here, so that no line is printed without its coded problem.
 */
import { problemLine, type FileCode } from '../template/notes.ts';
import type { LogEntry, LogProblem, Report } from '../template/schema.ts';

/** The entry of `path` with these problems; `summary` lines (what agencies.csv placed) come first and are no problem. */
export function entryOf(path: string, status: LogEntry['status'], problems: LogProblem[], { id, summary = [] }: { id?: string; summary?: string[] } = {}): LogEntry {
  return { path, status, ...(id === undefined ? {} : { id }), messages: [...summary, ...problems.map(problemLine)], problems };
}

/** A file that gave no report because it could not be read. */
export function failedEntry(path: string, code: FileCode, message: string): LogEntry {
  return entryOf(path, 'failed', [{ where: path, code, message }]);
}

/** A file left out on purpose (not a report, a link, a copy): its message says why. */
export function skippedEntry(path: string, code: FileCode, message: string): LogEntry {
  return entryOf(path, 'skipped', [{ where: path, code, message: `skipped, ${message}` }]);
}

/** The entry of a report: its notes above info and its failed checks, each where it is in the file. */
export function logEntry(report: Report): LogEntry {
  // file.txt:48, file.pdf:p3:12 for page 3, line 12, or file.xlsx:表三!C12 (README, "The ingest log").
  const where = (n: Report['notes'][number]) => {
    if (n.line === undefined) return '';
    if (n.page !== undefined) return `:p${n.page}:${n.line}`;
    if (n.sheet !== undefined) return `:${n.sheet}!${n.cell ?? `${n.line}:${n.line}`}`;
    return `:${n.line}`;
  };
  const path = report.source.path;
  const problems: LogProblem[] = report.notes.filter((n) => n.level !== 'info').map((n) => ({ where: `${path}${where(n)}`, level: n.level, code: n.code, message: n.message }));
  const failed = report.checks.filter((c) => !c.ok);
  if (failed.length > 0) problems.push({ where: path, code: 'checks-failed', message: `${failed.length} check(s) failed: ${[...new Set(failed.map((c) => c.id))].join(', ')}` });
  return entryOf(path, report.status, problems, { id: report.id });
}
