/**
 * URL-safe names for agencies: the same pinyin slug ingest puts in report ids (延津县人民政府办公室 →
 * `yan-jin-xian-ren-min-zheng-fu-ban-gong-shi`), so an agency's address and its reports' ids
 * read alike. Two names with the same pinyin get a short hash suffix.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** The pinyin of a name as a slug: 钱店镇 → `qian-dian-zhen`; empty for a name without letters. */
export function agencySlug(agency: string): string {
  const syllables = pinyin(agency, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80).replace(/-+$/, '');
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/** Slugs for a set of distinct names, unique among themselves; stable for the same input. */
export function uniqueSlugs(names: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of [...new Set(names)].sort()) {
    const base = agencySlug(name) || hash(name);
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const out = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const name of group) out.set(name, group.length === 1 ? base : `${base}-${hash(name)}`);
  }
  return out;
}
