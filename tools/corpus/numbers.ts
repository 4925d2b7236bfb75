/**
 * The numbers of a generated report: a seeded, self-consistent set of tables that satisfies every
 * official and implied identity of docs/TEMPLATE.md (balance, outcomes, rowTotal, review) and, across
 * the years of one agency, the carryover and inForce heuristics too. Rows, columns and section 二
 * items are taken from src/lib/template, never re-typed, so the generator follows the template.
 *
 * Volumes follow reality: most townships receive no application in a year and print zeros
 * throughout; city governments receive hundreds.
 */
import { APPLICATION_COLUMNS, APPLICATION_ROWS, rowsForEdition, type ApplicationColumnKey, type ApplicationRowKey } from '../../src/lib/template/applications.ts';
import type { Edition } from '../../src/lib/template/editions.ts';
import { REVIEW_COLUMN_KEYS, REVIEW_GROUP_KEYS } from '../../src/lib/template/review.ts';
import { DISCLOSURE_2019, DISCLOSURE_2021, type DisclosureItem } from '../../src/lib/template/active-disclosure.ts';
import type { ActiveDisclosure, Applications, ReviewLitigation } from '../../src/lib/template/schema.ts';
import { uniqueAgency, type Agency } from './agencies.ts';
import { composeSections, type Sections } from './prose.ts';
import type { Rng } from './prng.ts';

export { createRng, type Rng } from './prng.ts';

/** Section 二 in the 2019 edition: item key → field key → value, as in `activeDisclosure2019`. */
export type Disclosure2019 = Record<string, Record<string, number>>;

export interface GeneratedReport {
  agency: Agency;
  year: number;
  edition: Edition;
  /** Every row and column; rows not printed in the report's edition are null. */
  applications: Applications;
  reviewLitigation: ReviewLitigation;
  /** Section 二 for 2021-edition reports, else null. */
  activeDisclosure: ActiveDisclosure | null;
  /** Section 二 for 2019-edition reports, else null. */
  activeDisclosure2019: Disclosure2019 | null;
  sections: Sections;
}

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;

/** 2019 and 2020 reports use the 2019 edition; 2021 onwards the 2021 edition (docs/TEMPLATE.md). */
export function editionForYear(year: number): Edition {
  return year >= 2021 ? '2021' : '2019';
}

/** Which share of applications comes from each applicant column (natural persons dominate). */
const COLUMN_SHARE: Record<Exclude<ApplicationColumnKey, 'total'>, number> = {
  naturalPerson: 85, commercialEnterprise: 8, researchInstitution: 0.4,
  socialWelfareOrganization: 0.8, legalServiceOrganization: 3, otherOrganization: 2.8,
};

/** How results are spread over the outcome rows: mostly 予以公开 and 本机关不掌握. */
const OUTCOME_WEIGHT: Partial<Record<ApplicationRowKey, number>> = {
  granted: 45, partiallyGranted: 8,
  withheldStateSecret: 0.4, withheldProhibitedByLaw: 1, withheldSecurityStability: 0.4, withheldThirdPartyRights: 2,
  withheldInternalAffairs: 2, withheldProcessInformation: 2, withheldEnforcementFiles: 0.5, withheldQueryMatters: 1,
  unableNotHeld: 20, unableNeedsCreation: 4, unableUnclear: 2,
  notProcessedComplaints: 3, notProcessedRepeated: 2, notProcessedPublications: 1, notProcessedExcessive: 1, notProcessedConfirmation: 1,
  otherOverdueCorrection: 2, otherOverdueFee: 0.3, otherOther: 2,
};

/** Poisson draws for small means, a jittered normal-ish value for large ones. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * (rng.next() + rng.next() + rng.next() - 1.5) * 2));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k++;
  return k;
}

/** Spreads `n` items over buckets in proportion to `weights`, at random. */
export function splitCount(rng: Rng, n: number, weights: readonly number[]): number[] {
  const out = weights.map(() => 0);
  let left = n;
  if (n > 300) {
    // Large counts: proportional shares with jitter, the remainder drawn one by one below.
    const jittered = weights.map((w) => w * (0.6 + 0.8 * rng.next()));
    const sum = jittered.reduce((a, b) => a + b, 0);
    jittered.forEach((w, i) => {
      out[i] = Math.floor((n * w) / sum * 0.97);
      left -= out[i]!;
    });
  }
  for (; left > 0; left--) out[rng.weighted(weights)]!++;
  return out;
}

function binomial(rng: Rng, n: number, p: number): number {
  if (p <= 0 || n === 0) return 0;
  if (n > 200) return Math.min(n, poisson(rng, n * p));
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.next() < p) k++;
  return k;
}

const APPLICANT_KEYS = APPLICATION_COLUMNS.filter((c) => c.kind === 'applicant').map((c) => c.key) as Exclude<ApplicationColumnKey, 'total'>[];

function emptyApplications(): Applications {
  return Object.fromEntries(APPLICATION_ROWS.map((r) => [r.key, Object.fromEntries(APPLICATION_COLUMNS.map((c) => [c.key, null]))])) as Applications;
}

export function generateApplications(rng: Rng, agency: Agency, edition: Edition, previous?: Applications): Applications {
  const apps = emptyApplications();
  const newTotal = poisson(rng, agency.scale * (0.3 + rng.next() * 1.4));
  const newByColumn = splitCount(rng, newTotal, APPLICANT_KEYS.map((k) => COLUMN_SHARE[k]));
  const outcomeRows = rowsForEdition(edition).filter((r) => r.outcome).map((r) => r.key as ApplicationRowKey);
  // In the 2019 edition （六）其他处理 is one row: it carries the weight of the three 2021 rows.
  const weights = outcomeRows.map((k) => (edition === '2019' && k === 'otherOther' ? 4.3 : OUTCOME_WEIGHT[k] ?? 0));
  const jitter = weights.map((w) => w * (0.3 + rng.next() * 1.4));
  const forwardRate = rng.chance(0.6) ? 0 : rng.next() * 0.12;
  APPLICANT_KEYS.forEach((col, i) => {
    const received = newByColumn[i]!;
    // carryover: this year's 上年结转 is last year's 结转下年度 (docs/TEMPLATE.md heuristic).
    const carried = previous ? previous.carriedForward[col] ?? 0 : received > 0 && rng.chance(0.15) ? rng.int(0, 2) : 0;
    const forward = binomial(rng, received + carried, forwardRate);
    const processed = received + carried - forward;
    apps.newReceived[col] = received;
    apps.carriedOver[col] = carried;
    apps.carriedForward[col] = forward;
    apps.totalProcessed[col] = processed;
    const spread = splitCount(rng, processed, jitter);
    outcomeRows.forEach((row, j) => (apps[row][col] = spread[j]!));
  });
  // rowTotal: the total column is the sum of the six applicant columns, in every printed row.
  for (const row of rowsForEdition(edition)) {
    const cells = apps[row.key as ApplicationRowKey];
    cells.total = APPLICANT_KEYS.reduce((sum, col) => sum + (cells[col] ?? 0), 0);
  }
  return apps;
}

export function generateReview(rng: Rng, agency: Agency, received: number): ReviewLitigation {
  const busy = received + agency.scale * 0.2;
  const totals = [poisson(rng, busy * 0.05), poisson(rng, busy * 0.02), 0];
  totals[2] = binomial(rng, totals[0]!, 0.2);
  const out = {} as ReviewLitigation;
  REVIEW_GROUP_KEYS.forEach((group, g) => {
    const [upheld, corrected, other, pending] = splitCount(rng, totals[g]!, [6, 1, 1.5, 1.5]);
    const cells = { upheld: upheld!, corrected: corrected!, other: other!, pending: pending!, total: totals[g]! };
    out[group] = Object.fromEntries(REVIEW_COLUMN_KEYS.map((c) => [c, cells[c]])) as ReviewLitigation[typeof group];
  });
  return out;
}

/** A money field: decimals, thousands separators and 元 allowed (see active-disclosure.ts). */
export function isMoneyField(item: DisclosureItem, fieldKey: string): boolean {
  return item.fields.find((f) => f.key === fieldKey)?.money === true;
}

/** An amount in 万元 built from whole 元, so that the 元 rendering divides back exactly. */
function money(rng: Rng, agency: Agency, large: number): number {
  if (!rng.chance(agency.enforcement * 0.5)) return 0;
  const yuan = rng.chance(0.3) ? rng.int(1, 200) * 100 : rng.int(100, large);
  return yuan / 10000;
}

function enforcementCount(rng: Rng, agency: Agency, base: number): number {
  if (!rng.chance(Math.min(1, agency.enforcement * 1.2))) return 0;
  const size = { township: 0.4, county: 3, city: 10, province: 5, national: 5, unknown: 1 }[agency.level];
  return Math.round(agency.enforcement * base * size * (0.1 + rng.next() * 1.8));
}

/** Mean 规范性文件 a year: governments issue most, townships almost none. */
function documents(agency: Agency): number {
  return agency.kind === 'government' ? 6 : agency.kind === 'township' ? 0.2 : 1.5;
}

export function generateDisclosure2021(rng: Rng, agency: Agency, previous?: ActiveDisclosure): ActiveDisclosure {
  const out: Record<string, unknown> = {};
  for (const item of DISCLOSURE_2021) {
    if (item.fields.length === 1) {
      const base = { licensing: 40, penalty: 15, coercion: 3 }[item.key as 'licensing'] ?? 0;
      out[item.key] = isMoneyField(item, 'value') ? money(rng, agency, 3_000_000) : enforcementCount(rng, agency, base);
      continue;
    }
    // 规章 only from governments that may issue them; 规范性文件 from most bodies.
    const mean = item.key === 'regulations' ? (agency.makesRegulations ? 1.5 : 0) : documents(agency);
    const prev = (previous?.[item.key as 'regulations']?.inForce ?? null) as number | null;
    const issued = poisson(rng, mean);
    const stock = prev ?? (mean > 0 ? rng.int(0, Math.round(mean * 25)) : 0);
    const repealed = Math.min(stock + issued, poisson(rng, mean * 0.4));
    // inForce heuristic: last year's 现行有效 + 本年制发 − 本年废止.
    const inForce = stock + issued - repealed;
    out[item.key] = { issued, repealed, inForce };
  }
  return out as ActiveDisclosure;
}

export function generateDisclosure2019(rng: Rng, agency: Agency): Disclosure2019 {
  const out: Disclosure2019 = {};
  for (const item of DISCLOSURE_2019) {
    const row: Record<string, number> = {};
    const docMean = item.key === 'regulations' ? (agency.makesRegulations ? 1.5 : 0) : documents(agency);
    const decisions = enforcementCount(rng, agency, { licensing: 40, penalty: 15, coercion: 3 }[item.key as 'licensing'] ?? 10);
    // 上一年项目数量 counts kinds of matters (许可事项): an agency that decides cases has some.
    const projects = decisions > 0 || rng.chance(agency.enforcement * 0.5) ? rng.int(1, 40) : 0;
    for (const field of item.fields) {
      if (isMoneyField(item, field.key)) row[field.key] = money(rng, agency, 50_000_000);
      else if (field.key === 'made' || field.key === 'published') row[field.key] = row.made ?? poisson(rng, docMean);
      else if (field.key === 'total') row[field.key] = (row.made ?? 0) + (docMean > 0 ? rng.int(0, Math.round(docMean * 25)) : 0);
      else if (field.key === 'previousYear') row[field.key] = projects;
      // 本年增/减 is negative where matters were cancelled; never below the previous count.
      else if (field.key === 'change') row[field.key] = projects > 0 && rng.chance(0.4) ? rng.int(-Math.min(3, projects), 3) : 0;
      else if (field.key === 'decisions') row[field.key] = decisions;
      else if (field.key === 'projects') row[field.key] = rng.chance(agency.enforcement + 0.2) ? rng.int(0, 40) : 0;
      else row[field.key] = 0;
    }
    out[item.key] = row;
  }
  return out;
}

export function generateReport(rng: Rng, agency: Agency, year: number, previous?: GeneratedReport): GeneratedReport {
  const edition = editionForYear(year);
  const applications = generateApplications(rng.fork('applications'), agency, edition, previous?.applications);
  const reviewLitigation = generateReview(rng.fork('review'), agency, applications.newReceived.total ?? 0);
  const activeDisclosure = edition === '2021' ? generateDisclosure2021(rng.fork('disclosure'), agency, previous?.activeDisclosure ?? undefined) : null;
  const activeDisclosure2019 = edition === '2019' ? generateDisclosure2019(rng.fork('disclosure'), agency) : null;
  const partial = { agency, year, edition, applications, reviewLitigation, activeDisclosure, activeDisclosure2019 };
  return { ...partial, sections: composeSections(rng.fork('prose'), partial) };
}

/** Several consecutive years of one agency, each year's carryover taken from the year before. */
export function generateSeries(rng: Rng, agency: Agency, years: number): GeneratedReport[] {
  const span = Math.min(years, LAST_YEAR - FIRST_YEAR + 1);
  const first = rng.int(FIRST_YEAR, LAST_YEAR - span + 1);
  const out: GeneratedReport[] = [];
  for (let y = first; y < first + span; y++) out.push(generateReport(rng.fork(y), agency, y, out.at(-1)));
  return out;
}

/** An endless, deterministic stream of reports: agency after agency, 1–5 years each. */
export function* reportStream(rng: Rng): Generator<GeneratedReport> {
  const used = new Set<string>();
  for (let n = 0; ; n++) {
    const agencyRng = rng.fork(`agency-${n}`);
    const agency = uniqueAgency(agencyRng, used);
    yield* generateSeries(agencyRng.fork('years'), agency, agencyRng.weighted([2, 3, 3, 2, 2]) + 1);
  }
}
