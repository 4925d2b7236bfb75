/**
 * Which text of a report was copied: the share of its prose (sections 一, 五 and 六; the tables are
 * left out, every report prints the same labels there) found in the same agency's previous report,
 * and the reports of the same year whose prose it largely shares.
 *
 * Text is compared as sets of shingles: every run of `SHINGLE` characters once punctuation and
 * spaces are dropped (Chinese has no word breaks to shingle on). The share of A found in B is the
 * part of A's shingles that B has too (containment, not Jaccard: a short report copied whole into a
 * longer one is 100% copied). It is counted exactly, shingle by shingle.
 *
 * The previous report is a lookup by agency and year, compared on all its text. The same year's
 * copies are compared on each report's own text: its shingles less the year's common wording
 * (those in more than 1% of the year's reports), so that a report written from a widely used
 * template is not "copied from its neighbour" for the template alone. They are found without
 * comparing every pair: each own text gets a MinHash signature, its bands are hashed into buckets
 * of its year (locality-sensitive hashing), and only reports that meet in a bucket, and whose
 * signatures suggest a share near 80%, are compared exactly, at most SAME_YEAR_CANDIDATES per
 * report. Left out of the signatures, the common wording no longer makes most of a year's reports
 * meet, and the work grows with the reports, not with their pairs. No npm library fitted: those
 * published (minhash, minhashjs) are untyped and little maintained, and the output must be
 * byte-identical run to run, so the seeds here are fixed.
 */
import { SAME_TEXT_SHARE, SAME_YEAR_CANDIDATES, type Copied, type Report } from '../template/schema.ts';

/** Characters per shingle: long enough that set phrases (政府信息公开工作) alone match little. */
export const SHINGLE = 8;
/** A text with fewer shingles says too little to call copied (an unread or one-line section). */
export const MIN_SHINGLES = 30;
/**
 * A shingle found in more than this share of a year's reports, and in at least BOILERPLATE_REPORTS
 * of them, is the year's common wording, left out when reports of the year are compared: a county's
 * template shared by its twenty townships stays (0.2% of a national year, and fewer than
 * BOILERPLATE_REPORTS in any corpus), the 条例's set phrases and a national template's sentences go. Near-duplicate detection at scale cuts by document
 * frequency for the same reason: two reports should meet for what they share beyond the template.
 */
export const BOILERPLATE_SHARE = 0.01;
/**
 * However small the corpus, a text shared by a county's townships (rarely more than 40 of them) is
 * what a journalist looks for, not wording to leave out: only a text in at least this many of a
 * year's reports is common wording.
 */
export const BOILERPLATE_REPORTS = 50;
/** 32 bands of 4 rows (sameYearPairs). */
const BANDS = 32;
const ROWS = 4;

/** Sections 一, 五, 六 as one string of letters and digits: punctuation, spaces and width differences dropped. */
export function proseOf(report: Pick<Report, 'sections'>): string {
  const { overview, problems, other } = report.sections;
  let out = '';
  for (const text of [overview, problems, other]) eachNormalChar(text, (chars) => (out += chars));
  return out;
}

const normalForms = new Map<string, string>();

/** A character as compared: its compatibility form (full-width letters and digits as ASCII) in lower case, or '' unless a letter or digit. */
function normalForm(ch: string): string {
  const c = ch.charCodeAt(0);
  // Most characters of a report: a CJK ideograph, an ASCII digit or letter, ASCII punctuation.
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return ch;
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  if (c < 0x80) return '';
  let form = normalForms.get(ch);
  if (form === undefined) {
    form = ch.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    normalForms.set(ch, form);
  }
  return form;
}

/**
 * Each character of `text` as compared (normalForm; the ones that are no letter or digit skipped),
 * with its UTF-16 offsets in `text`: one definition for the shares and for the passages
 * (copied-passages.ts), so that a passage's shingles are the ones counted.
 */
export function eachNormalChar(text: string, visit: (chars: string, start: number, end: number) => void): void {
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const end = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
    const form = normalForm(text.slice(i, end));
    if (form !== '') visit(form, i, end);
    i = end;
  }
}

/** FNV-1a over the UTF-16 code units, then a murmur3 finaliser to spread the bits. */
function hash32(text: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

function mix(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The hash of the shingle of `text` starting at `at`. */
export function shingleHash(text: string, at: number): number {
  return hash32(text, at, at + SHINGLE);
}

/** The distinct shingles of a prose string, hashed, in ascending order (sorted, then repeats dropped: faster than a Set). */
export function shingles(prose: string): Uint32Array {
  const all = new Uint32Array(Math.max(0, prose.length - SHINGLE + 1));
  for (let i = 0; i < all.length; i++) all[i] = shingleHash(prose, i);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  return all.slice(0, distinct);
}

/** The share of `a`'s shingles that `b` has too (both sorted ascending). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  return a.length === 0 ? 0 : commonCount(a, b, -1) / a.length;
}

// One fixed seed per MinHash row, so that signatures are the same on every run.
const SEEDS = Uint32Array.from({ length: BANDS * ROWS }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x6d2b79f5)));

/**
 * The MinHash signature: per seed, the least of the shingle hashes xored with the seed and
 * multiplied out. The shingle hashes are well mixed already; this is the one loop of the module
 * that runs signature length × shingles times, so it is kept to a multiply and a shift.
 */
export function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SEEDS.length);
  for (let k = 0; k < SEEDS.length; k++) {
    const seed = SEEDS[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < set.length; i++) {
      const h = Math.imul(set[i]! ^ seed, 0x9e3779b1);
      const v = (h ^ (h >>> 15)) >>> 0;
      if (v < min) min = v;
    }
    sig[k] = min;
  }
  return sig;
}

/** Shares are kept to a tenth of a percent: finer is noise, and the files stay byte-stable. */
const round = (share: number) => Math.round(share * 1000) / 1000;

export interface CopiedResult {
  /** Report id → what it shares; reports with too little text to compare have none. */
  copied: Map<string, Copied>;
  /** Pairs of the same year counted exactly: LSH's candidates whose signatures suggest a near copy, never every pair. */
  pairsCompared: number;
}

/** A report's near copies of its year, and whether more candidates were suggested than counted. */
interface SameYear {
  list: Copied['sameYear'];
  capped: boolean;
}

/** What copy detection reads of a report. */
export type CopiedInput = Pick<Report, 'id' | 'year' | 'agencyKey' | 'sections'>;

/**
 * Year by year, oldest first, so that only two years' shingle sets are held at once (a national
 * corpus has about 100,000 reports of a few kilobytes of sets each). A report without a year is
 * not compared: it has no previous report and no same year. The previous report is compared on all
 * its text; the same year's on their own text, the year's common wording left out (commonShingles).
 */
export function copiedText(reports: readonly CopiedInput[]): CopiedResult {
  const years = new Map<number, CopiedInput[]>();
  for (const r of reports) {
    if (r.year === null) continue;
    const list = years.get(r.year);
    if (list) list.push(r);
    else years.set(r.year, [r]);
  }
  const copied = new Map<string, Copied>();
  let compared = 0;
  let before = new Map<string, { report: CopiedInput; set: Uint32Array }>();
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const texts = new Map<CopiedInput, Uint32Array>();
    for (const r of years.get(year)!) {
      const set = shingles(proseOf(r));
      if (set.length >= MIN_SHINGLES) texts.set(r, set);
    }
    const common = commonShingles([...texts.values()]);
    const ownTexts = new Map<CopiedInput, Uint32Array>();
    for (const [r, set] of texts) {
      const own = without(set, common);
      if (own.length >= MIN_SHINGLES) ownTexts.set(r, own);
    }
    const previousYear = before;
    const sameYear = sameYearPairs(ownTexts);
    compared += sameYear.compared;
    before = new Map();
    for (const [r, set] of texts) {
      const previous = previousYear.get(`${r.agencyKey}|${year - 1}`);
      const mine = sameYear.shares.get(r);
      copied.set(r.id, {
        previousId: previous?.report.id ?? null,
        previousShare: previous ? round(containment(set, previous.set)) : null,
        sameYear: mine?.list ?? [],
        ...(mine?.capped ? { sameYearCapped: true as const } : {}),
      });
      if (r.agencyKey) before.set(`${r.agencyKey}|${year}`, { report: r, set });
    }
  }
  return { copied, pairsCompared: compared };
}

/**
 * The year's common wording: the shingles found in more than BOILERPLATE_SHARE of its reports and
 * in at least BOILERPLATE_REPORTS of them (the template's sentences, the 条例's phrases), sorted.
 * Counted by sorting all the year's sets together: a run of equal hashes is one shingle's reports.
 */
export function commonShingles(sets: readonly Uint32Array[]): Uint32Array {
  const over = Math.max(BOILERPLATE_REPORTS - 1, Math.floor(BOILERPLATE_SHARE * sets.length));
  const all = new Uint32Array(sets.reduce((sum, s) => sum + s.length, 0));
  let at = 0;
  for (const s of sets) {
    all.set(s, at);
    at += s.length;
  }
  all.sort();
  const out: number[] = [];
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i > over) out.push(all[i]!);
    i = j;
  }
  return Uint32Array.from(out);
}

/** The shingles of sorted `set` that sorted `left` has not. */
function without(set: Uint32Array, left: Uint32Array): Uint32Array {
  if (left.length === 0) return set;
  const out = new Uint32Array(set.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < set.length; i++) {
    while (j < left.length && left[j]! < set[i]!) j++;
    if (j >= left.length || left[j] !== set[i]) out[n++] = set[i]!;
  }
  return out.slice(0, n);
}

/**
 * The least containment a candidate's signature must suggest for it to be counted exactly: an
 * estimate from 128 values of a containment of 0.8 has a standard deviation of about 0.03.
 */
const ESTIMATE_FLOOR = 0.7;

/**
 * Reports of one year whose own text (their shingles beyond the year's common wording) is largely
 * found in another's: the reports that meet in an LSH bucket (32 bands of 4 rows: a pair of
 * Jaccard index 0.6 meets in some bucket with probability 0.99, of 0.2 with 0.05), and of those
 * the ones whose signatures suggest a containment near 80% (ESTIMATE_FLOOR), at most
 * SAME_YEAR_CANDIDATES per report, the highest estimates first, counted exactly. Each report
 * gathers its candidates from its own buckets, marked in an array rather than a set of pairs, so
 * that no list of candidate pairs is ever held; a pair counted for one of its reports is not
 * counted again for the other.
 */
function sameYearPairs(texts: Map<CopiedInput, Uint32Array>): { shares: Map<CopiedInput, SameYear>; compared: number } {
  const reports = [...texts.keys()];
  const sets = [...texts.values()];
  const sigs = sets.map(signature);
  // A band is hashed to a number, not kept as a string key: two bands that collide only add a
  // candidate, and strings cost most of the time.
  const buckets = new Map<number, number[]>();
  const keys = new Float64Array(reports.length * BANDS);
  sigs.forEach((sig, r) => {
    for (let b = 0; b < BANDS; b++) {
      let key = mix(b + 1);
      for (let k = b * ROWS; k < (b + 1) * ROWS; k++) key = mix(key ^ sig[k]!);
      keys[r * BANDS + b] = key;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(r);
      else buckets.set(key, [r]);
    }
  });
  const shares = new Map<CopiedInput, SameYear>();
  // Shingles in common of the pairs counted, by `a * reports.length + b` with a < b.
  const counted = new Map<number, number>();
  const seenBy = new Int32Array(reports.length).fill(-1);
  for (let a = 0; a < reports.length; a++) {
    const candidates: { b: number; equal: number }[] = [];
    for (let band = 0; band < BANDS; band++) {
      for (const b of buckets.get(keys[a * BANDS + band]!)!) {
        if (b === a || seenBy[b] === a) continue;
        seenBy[b] = a;
        // The same agency's two reports of a year are versions of one report, not copies.
        if (reports[a]!.agencyKey && reports[a]!.agencyKey === reports[b]!.agencyKey) continue;
        const equal = equalValues(sigs[a]!, sigs[b]!, sets[a]!.length, sets[b]!.length);
        if (equal >= 0) candidates.push({ b, equal });
      }
    }
    if (candidates.length === 0) continue;
    candidates.sort((x, y) => y.equal - x.equal || x.b - y.b);
    const m = sets[a]!.length;
    const list: SameYear['list'] = [];
    for (const { b } of candidates.slice(0, SAME_YEAR_CANDIDATES)) {
      const key = Math.min(a, b) * reports.length + Math.max(a, b);
      let common = counted.get(key);
      if (common === undefined) {
        const least = Math.min(m, sets[b]!.length);
        common = commonCount(sets[a]!, sets[b]!, Math.ceil(SAME_TEXT_SHARE * least) - 1);
        counted.set(key, common);
      }
      if (common / m >= SAME_TEXT_SHARE) list.push({ id: reports[b]!.id, share: round(common / m) });
    }
    list.sort((x, y) => y.share - x.share || (x.id < y.id ? -1 : 1));
    shares.set(reports[a]!, { list, capped: candidates.length > SAME_YEAR_CANDIDATES });
  }
  return { shares, compared: counted.size };
}

/**
 * How many values of the signatures of a report of `m` shingles and another of `n` are equal, or
 * -1 when too few are for the report's containment in the other to reach ESTIMATE_FLOOR: the
 * share of equal values estimates the Jaccard index J, and the pair shares J(m + n)/(1 + J)
 * shingles. Stops as soon as too few values are left to reach it (most candidates do, early).
 */
function equalValues(x: Uint32Array, y: Uint32Array, m: number, n: number): number {
  const suggests = (equal: number) => {
    const j = equal / x.length;
    return (j * (m + n)) / (1 + j) / m >= ESTIMATE_FLOOR;
  };
  // The least number of equal values that suggests it: solved for J, then settled on the formula.
  let need = Math.max(0, Math.min(x.length + 1, Math.ceil(((ESTIMATE_FLOOR * m) / (m + n - ESTIMATE_FLOOR * m)) * x.length)));
  while (need > 0 && suggests(need - 1)) need--;
  while (need <= x.length && !suggests(need)) need++;
  let equal = 0;
  for (let k = 0; k < x.length; k++) {
    if (x[k] === y[k]) equal++;
    else if (equal + (x.length - k - 1) < need) return -1;
  }
  return equal >= need ? equal : -1;
}

/**
 * The shingles two sorted sets share; 0 as soon as they cannot share more than `atMost` (neither
 * containment can reach 80% then, and most candidates stop early; -1 counts them all).
 */
function commonCount(a: Uint32Array, b: Uint32Array, atMost: number): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (common + Math.min(a.length - i, b.length - j) <= atMost) return 0;
    if (a[i]! === b[j]!) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return common;
}

/** Sets each report's `copied` field (ingest calls this once ids are final). */
export function markCopied(reports: Report[]): void {
  const { copied } = copiedText(reports);
  for (const r of reports) {
    const c = copied.get(r.id);
    if (c) r.copied = c;
  }
}
