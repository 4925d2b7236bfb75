/**
 * When each report was first ingested (the Report's `ingestedAt`, docs/SCHEMA.md): the time of the
 * run that first wrote its id, carried over from the previous run's reports.json in the same
 * OUT_DIR, and from the cache's list of when each source (by its sha256) was first parsed, so that
 * a data folder made afresh (ingest in parts assembled on another machine, as the CI workflow does)
 * keeps the times too. A report's id follows from its source's bytes (ids.ts), so an unchanged
 * report keeps its time and a feed reader does not see it again; a changed file is a new report
 * with a new time.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonLines } from '../files/json-lines-fs.ts';
import { writeAtomic } from '../files/write-fs.ts';
import type { Report } from '../template/schema.ts';

/** ISO 8601 in UTC to the second, as Atom's `updated` takes it. */
export function ingestTime(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The clock of a run: now, or `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
 * convention) when set, so that two runs over the same folder can write the same bytes. Null for a
 * value that is not a whole number of seconds.
 */
export function ingestClock(sourceDateEpoch: string | undefined): Date | null {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return new Date();
  return /^\d{1,12}$/.test(sourceDateEpoch) ? new Date(Number(sourceDateEpoch) * 1000) : null;
}

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * Report id → its `ingestedAt` in OUT_DIR's reports.json. None when there is no such file; a file
 * that cannot be read gives none either (its reports are then new to this run), never a stop.
 */
export function previousIngestTimes(outDir: string): Map<string, string> {
  const times = new Map<string, string>();
  const path = join(outDir, 'reports.json');
  if (!existsSync(path)) return times;
  try {
    for (const element of readJsonLines(path)) {
      const { id, ingestedAt } = (element ?? {}) as { id?: unknown; ingestedAt?: unknown };
      if (typeof id === 'string' && typeof ingestedAt === 'string' && TIME.test(ingestedAt)) times.set(id, ingestedAt);
    }
  } catch {
    // A damaged file from an interrupted or foreign run: what was read so far stands.
  }
  return times;
}

/** In the cache folder: source sha256 → the time it was first parsed. */
const FIRST_SEEN = 'first-seen.json';

/**
 * Gives each report the time its source was first seen by a run with this cache, or `time` for a
 * source the cache has not seen, which it then keeps. A list that cannot be read is started again.
 */
export function stampFromCache(cacheDir: string, reports: Report[], time: string): void {
  const path = join(cacheDir, FIRST_SEEN);
  let seen: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) seen = parsed as Record<string, unknown>;
  } catch {
    // No list yet, or a damaged one: every source is new to it.
  }
  let added = false;
  for (const report of reports) {
    const known = seen[report.source.sha256];
    if (typeof known === 'string' && TIME.test(known)) report.ingestedAt = known;
    else {
      seen[report.source.sha256] = report.ingestedAt = time;
      added = true;
    }
  }
  if (!added) return;
  const sorted = Object.fromEntries(Object.keys(seen).sort().map((k) => [k, seen[k]]));
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeAtomic(path, `${JSON.stringify(sorted)}\n`);
  } catch {
    // A cache that cannot be written (a full disk) is never fatal: this run's reports keep the
    // times given above, and the result cache's own writes fail alike and say so in the summary.
  }
}
