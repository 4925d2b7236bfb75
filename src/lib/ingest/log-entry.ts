/**
 * A file's entry in the ingest log: its problems, each coded from the closed set of
 * template/notes.ts, and the lines the command line prints, one per problem (problemLine) after
 * any summary line. Every entry is made here, so that no line is printed without its coded problem.
 */
import { problemLine, type FileCode } from '../template/notes.ts';
import type { LogEntry, LogProblem } from '../template/schema.ts';

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
