/**
 * A small seeded pseudo-random generator for the corpus generator. The corpus must be
 * byte-identical for the same seed on every machine, so nothing here touches Math.random or the
 * clock. sfc32 is fast, passes PractRand at this scale and needs only 32-bit integer arithmetic.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An index drawn in proportion to `weights` (non-negative, not all zero). */
  weighted(weights: readonly number[]): number;
  /** A new independent stream: the same label always gives the same stream for the same seed. */
  fork(label: string | number): Rng;
  readonly seed: string;
}

/** xmur3: turns a string into well-mixed 32-bit seeds for sfc32. */
function hashSeed(text: string): () => number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

export function createRng(seed: string | number): Rng {
  const seedText = String(seed);
  const mix = hashSeed(seedText);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32 is weak right after seeding.
  for (let i = 0; i < 12; i++) next();

  const rng: Rng = {
    seed: seedText,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i]!;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    fork: (label) => createRng(`${seedText}/${label}`),
  };
  return rng;
}

/** FNV-1a over bytes, as hex: a short content hash for file names without importing node:crypto. */
export function fnv1aHex(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i]!, 16777619);
    h2 = Math.imul(h2 ^ bytes[i]!, 2246822519);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
