/**
 * Stable, URL-safe report ids: the year and a pinyin slug of the agency, e.g. 2024-qian-dian-zhen.
 */
import { agencySlug } from '../agency/slug.ts';

export function reportId(year: number | null, agency: string, sha256: string): string {
  const slug = agencySlug(agency) || `unknown-${sha256.slice(0, 8)}`;
  return `${year ?? 'nd'}-${slug}`;
}

/** Makes ids unique in input order: the second report of the same agency and year gets -2, … */
export function uniqueIds<T extends { id: string }>(items: T[]): void {
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    if (n > 1) item.id = `${item.id}-${n}`;
  }
}
