/**
 * Reads back the record of published addresses (addresses.ts) from the file the environment names
 * (site/env.ts `addressesFile`): absent before the first build that published one. A file that is
 * not a record stops the build, naming it, rather than dropping the redirects it holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildEnv } from '../site/env.ts';
import { currentSite } from '../site/current-fs.ts';
import { addresses, RECORD_FILE, withoutOldReports, type Addresses, type AddressRecord } from './addresses.ts';

const Entry = z.object({ slug: z.string().min(1), key: z.string(), reports: z.array(z.string()), to: z.string().min(1).optional() });
const ReportEntry = z.object({ id: z.string().min(1), key: z.string(), year: z.number().int().nullable(), to: z.string().min(1).optional() });
const Record = z.object({ version: z.literal(1), addresses: z.array(Entry), reports: z.array(ReportEntry).optional() });

export function readAddressRecord(path: string): AddressRecord | null {
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not JSON (${(error as Error).message}). It is the record of published addresses: restore it from the last published site's agency-addresses.json.`);
  }
  const parsed = Record.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: not a record of published addresses: ${issue?.message ?? parsed.error.message} at ${issue?.path.join('.') ?? '?'}. Restore it from the last published site's agency-addresses.json.`);
  }
  return parsed.data as AddressRecord;
}

/** The pages a build wrote (`pathnames`) but those at the old report addresses of the record it published in `siteDir`. */
export function withoutOldReportPages(siteDir: string, pathnames: readonly string[]): string[] {
  return withoutOldReports(pathnames, readAddressRecord(join(siteDir, RECORD_FILE)));
}

let cached: Addresses | undefined;

/** This build's addresses: its agencies' and the ones read back, with where the moved ones lead. */
export function currentAddresses(): Addresses {
  return (cached ??= addresses(currentSite().agencies, readAddressRecord(buildEnv().addressesFile)));
}
