/**
 * The stamp ingest writes beside its outputs (`data-stamp.json`, docs/SCHEMA.md): which contract
 * the reports were validated against when they were written, and which parser wrote them. Every
 * report is validated when ingest makes it (process-file.ts) and when it comes from a cache; the
 * site build reads the stamp so that it need not validate every report again (site/load-fs.ts).
 *
 * The schema version is a hash of the contract as JSON Schema, computed from the Report and
 * LogEntry schemas themselves, so that no one has to remember to raise a number: any change to a
 * field, its type, a pattern or a default changes it, and a build with another contract than the
 * ingest that wrote the data validates every report again.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { LogEntry, Report } from './schema.ts';

export const STAMP_FILE = 'data-stamp.json';

export interface DataStamp {
  /** The contract's version (`schemaVersion`): 16 hex digits. */
  schema: string;
  /** The parser's version (ingest/cache-fs.ts `parserVersion`), null where the writer did not know it. */
  parser: string | null;
}

let version: string | undefined;

/** The version of the contract this code validates against. */
export function schemaVersion(): string {
  return (version ??= createHash('sha256')
    .update(JSON.stringify([z.toJSONSchema(Report, { io: 'input' }), z.toJSONSchema(LogEntry, { io: 'input' })]))
    .digest('hex')
    .slice(0, 16));
}

/** The stamp's file: one line of JSON. */
export function stampJson(parser: string | null): string {
  return `${JSON.stringify({ schema: schemaVersion(), parser } satisfies DataStamp)}\n`;
}

/** Whether the text of a stamp file says the data was validated against this code's contract; false for anything malformed. */
export function stampTrusted(text: string | null): boolean {
  if (text === null) return false;
  try {
    const stamp = JSON.parse(text) as Partial<DataStamp> | null;
    return typeof stamp === 'object' && stamp !== null && stamp.schema === schemaVersion();
  } catch {
    return false;
  }
}

/**
 * The cheap check of a report from a stamped folder: an object with the fields every page reads
 * the type of first, so that a file cut short or of another kind is refused, not rendered.
 */
export function looksLikeReport(value: unknown): value is Report {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return (
    typeof r.id === 'string' &&
    typeof r.agency === 'string' &&
    typeof r.agencyKey === 'string' &&
    (r.year === null || typeof r.year === 'number') &&
    typeof r.level === 'string' &&
    typeof r.status === 'string' &&
    isObject(r.source) &&
    isObject(r.applications) &&
    isObject(r.reviewLitigation) &&
    isObject(r.activeDisclosure) &&
    isObject(r.sections) &&
    Array.isArray(r.checks) &&
    Array.isArray(r.notes) &&
    Array.isArray(r.unread)
  );
}
