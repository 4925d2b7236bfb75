/**
 * When each report was first ingested (the Report's `ingestedAt`, docs/SCHEMA.md): the time of the
 * run that first wrote its id, carried over from the previous run's reports.json in the same
 * OUT_DIR. A report's id follows from its source's bytes (ids.ts), so an unchanged report keeps
 * its time and a feed reader does not see it again; a changed file is a new report with a new time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonLines } from '../files/json-lines-fs.ts';

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
