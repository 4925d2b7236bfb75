/**
 * URL-safe names for agencies: the pinyin of the grouping name without tones, e.g. 延津县人民政府办公室
 * → `yanjinxianrenminzhengfubangongshi`. Two names with the same pinyin get a short hash suffix.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

const MAX_LENGTH = 60;

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

export function pinyinSlug(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const slug = syllables
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '');
  return slug.length > MAX_LENGTH ? `${slug.slice(0, MAX_LENGTH)}-${hash(name)}` : slug || hash(name);
}

/** Slugs for a set of distinct names, unique among themselves; stable for the same input. */
export function uniqueSlugs(names: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of [...new Set(names)].sort()) {
    const base = pinyinSlug(name);
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const out = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const name of group) out.set(name, group.length === 1 ? base : `${base}-${hash(name)}`);
  }
  return out;
}
