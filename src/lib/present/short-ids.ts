/**
 * Short permanent ids of agencies, for addresses people share (对比's chosen agencies, its embeds):
 * eight letters and digits made from the agency's identity (agency/key.ts agencyIdentity), where
 * its address (`qian-dian-zhen-ren-min-zheng-fu-411625106`) is often five times as long. Like the
 * address, an id depends on the identity alone, so a rebuild gives the same one; an identity that
 * is gone (a report settled into a place, a namesake moved) keeps its id in the record of
 * published addresses (search/addresses.ts), which leads it to the agency its address leads to now.
 *
 * Two identities with one id (one chance in tens of millions for a national corpus) give it to
 * neither: both stay addressed by their addresses, as before ids.
 *
 * Pure and browser-safe: the build publishes each id's compare record (src/pages/rows/id/), and the
 * compare page reads ids from its address.
 */
export const SHORT_ID = /^[0-9a-z]{8}$/;

const ID_SPACE = 36 ** 8;

/** cyrb53: a 53-bit string hash, the same in Node and in every browser. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The id of an identity: `411625106 钱店镇` → eight characters of [0-9a-z]. */
export function shortId(key: string): string {
  return (hash53(key) % ID_SPACE).toString(36).padStart(8, '0');
}

export interface ShortIds {
  /** id → the address of the agency it leads to now. */
  toSlug: Map<string, string>;
  /** A current agency's address → its id; absent for an agency whose id is shared. */
  ofSlug: Map<string, string>;
}

/**
 * The ids of this build: every current agency's, and every identity's of the record that no agency
 * has any longer but whose address leads somewhere (`to`). `idOf` is shortId but where a test
 * makes two identities clash.
 */
export function shortIds(
  agencies: readonly { key: string; slug: string }[],
  record: { addresses: readonly { key: string; to?: string }[] },
  idOf: (key: string) => string = shortId,
): ShortIds {
  const claims = new Map<string, { key: string; slug: string }[]>();
  const claim = (key: string, slug: string) => {
    const id = idOf(key);
    const list = claims.get(id) ?? [];
    if (!list.some((c) => c.key === key)) claims.set(id, [...list, { key, slug }]);
  };
  for (const a of agencies) claim(a.key, a.slug);
  for (const e of record.addresses) if (e.to) claim(e.key, e.to);
  const toSlug = new Map<string, string>();
  for (const [id, list] of claims) if (list.length === 1) toSlug.set(id, list[0]!.slug);
  const ofSlug = new Map(agencies.flatMap((a) => (toSlug.get(idOf(a.key)) === a.slug ? [[a.slug, idOf(a.key)] as const] : [])));
  return { toSlug, ofSlug };
}
