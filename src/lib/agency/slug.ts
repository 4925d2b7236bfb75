/**
 * URL-safe names for agencies: the same pinyin slug ingest puts in report ids (延津县人民政府办公室 →
 * `yan-jin-xian-ren-min-zheng-fu-ban-gong-shi`), so an agency's address and its reports' ids
 * read alike. An agency's address is made from its identity (src/lib/agency/key.ts
 * agencyIdentity) alone, never from which other agencies the corpus holds, so that it stays the
 * same when other files come and go: a placed agency's is its name's pinyin and its division code
 * (`qian-dian-zhen-411625106`), an unplaced one's its name's pinyin and a short hash of its identity
 * (name and folder), a national body's the pinyin alone. Only two identities with one address
 * (two bodies of one division whose names read alike) both take a hash of their own identity.
 * Addresses published before and since moved are kept by src/lib/site/addresses.ts.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { hasEvidence, keyCode, keyName } from './key.ts';

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

/** The address an identity derives by itself: `qian-dian-zhen-411625106`, `cheng-guan-zhen-1a2b3c`, `guo-wu-yuan-ban-gong-ting`. */
export function identitySlug(key: string): string {
  const base = agencySlug(keyName(key));
  const suffix = keyCode(key) ?? (hasEvidence(key) || !base ? hash(key) : '');
  return [base, suffix].filter(Boolean).join('-');
}

/** Slugs for a set of distinct agency identities, unique among themselves; each the same whatever else the set holds, but for a clash of two. */
export function uniqueSlugs(keys: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const key of [...new Set(keys)].sort()) {
    const base = identitySlug(key);
    byBase.set(base, [...(byBase.get(base) ?? []), key]);
  }
  const out = new Map<string, string>();
  for (const [base, group] of byBase) for (const key of group) out.set(key, group.length === 1 ? base : `${base}-${hash(key)}`);
  return out;
}
