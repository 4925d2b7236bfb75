/**
 * URL-safe names for agencies: the same pinyin slug ingest puts in report ids (延津县人民政府办公室 →
 * `yan-jin-xian-ren-min-zheng-fu-ban-gong-shi`), so an agency's address and its reports' ids
 * read alike. An agency's address is made from the name in its key (src/lib/agency/key.ts), so it
 * stays the same across the years and name variants the key joins. Two keys with the same pinyin
 * get a suffix: a placed agency its division code (城关镇 of 郸城县 and of 兰考县), an unplaced one
 * a short hash.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { keyCode, keyName } from './key.ts';

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

/** Slugs for a set of distinct agency keys, unique among themselves; stable for the same input. */
export function uniqueSlugs(keys: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const key of [...new Set(keys)].sort()) {
    const base = agencySlug(keyName(key)) || hash(key);
    byBase.set(base, [...(byBase.get(base) ?? []), key]);
  }
  const out = new Map<string, string>();
  for (const [base, group] of byBase) {
    // Two bodies of one division can share a pinyin too: their code does not tell them apart.
    const codes = group.map(keyCode);
    for (const [i, key] of group.entries()) {
      const code = codes[i];
      const suffix = code && codes.indexOf(code) === codes.lastIndexOf(code) ? code : hash(key);
      out.set(key, group.length === 1 ? base : `${base}-${suffix}`);
    }
  }
  return out;
}
