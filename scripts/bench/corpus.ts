/**
 * Writing generated corpora for the bench: the whole corpus (every layout in turn, as
 * `npm run gen-corpus` does), and one folder per layout family for the ingest-by-format numbers
 * (their readers differ: plain text layouts, HTML, PDF text, DOCX).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCorpus } from '../../tools/corpus/corpus.ts';
import { LAYOUT_FAMILY, LAYOUTS, type Layout } from '../../tools/corpus/style.ts';

export const FAMILIES = ['text', 'html', 'pdf-text', 'docx'] as const;
export type Family = (typeof FAMILIES)[number];

/** Writes `reports` files into `dir`; returns how many. */
export async function writeCorpus(dir: string, reports: number, seed: string, damageRate: number, layouts: readonly Layout[] = LAYOUTS, what = 'files'): Promise<number> {
  await mkdir(dir, { recursive: true });
  const every = Math.max(1000, Math.floor(reports / 10));
  let n = 0;
  for await (const file of generateCorpus({ reports, seed, layouts, damageRate })) {
    await writeFile(join(dir, file.relPath), file.bytes);
    if (++n % every === 0) process.stderr.write(`bench: generated ${n}/${reports} ${what}\n`);
  }
  return n;
}

export function familyLayouts(family: Family): Layout[] {
  return LAYOUTS.filter((l: Layout) => LAYOUT_FAMILY[l] === family);
}

/** `total` reports shared out over the families as evenly as possible. */
export function familyShares(total: number): number[] {
  return FAMILIES.map((_, i) => Math.floor(total / FAMILIES.length) + (i < total % FAMILIES.length ? 1 : 0));
}
