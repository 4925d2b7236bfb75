/**
 * When a report was published and where it came from, as its file alone says: its dates
 * (dates.ts) and the address a saved page states for itself. The content folder's sources.csv,
 * where there is one, has the last word at ingest.
 */
import type { RawDocument } from '../read/types.ts';
import { WebAddress, type ReportDate } from '../template/schema.ts';
import { readDates } from './dates.ts';

export interface Provenance {
  dates: ReportDate[];
  sourceUrl?: string;
}

/** @param lines the document's lines as text, in order */
export function provenance(doc: RawDocument, lines: readonly string[]): Provenance {
  const found: Provenance = { dates: readDates(doc, lines) };
  // A saved page's first address may be refused (`javascript:`); the next one it states stands.
  const url = (doc.meta?.urls ?? []).map(webAddress).find((u) => u !== null);
  if (url) found.sourceUrl = url;
  return found;
}

/** An http or https address as written, or null: `javascript:`, `file:`, relative and malformed addresses are refused. */
export function webAddress(text: string): string | null {
  const trimmed = text.trim();
  // The pattern admits only http and https; an address it admits may still be malformed (http://[).
  return WebAddress.safeParse(trimmed).success && URL.canParse(trimmed) ? trimmed : null;
}
