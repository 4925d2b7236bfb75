/**
 * Measures computed: a report's counts (one number per count of the catalogue), and any measure,
 * count or rate, from those counts. The counts are what travels to the browser (the agency list,
 * the compare page): rates are always computed from them here, so a rate and its parts cannot
 * disagree.
 */
import { APPLICATION_ROWS } from '../template/applications.ts';
import type { Report } from '../template/schema.ts';
import { COUNT_KEYS, COUNT_MEASURES, measure, type CountKey, type CountSource, type MeasureKey, type RateKey } from './catalogue.ts';
import { sumOfKnown } from '../template/sums.ts';
import { share, type Share } from './stats.ts';

/** The tables a count is read from. */
export type Tables = Pick<Report, 'applications' | 'reviewLitigation'>;

/** One number per count of the catalogue. */
export type Counts = Record<CountKey, number | null>;

const ROWS_OF_GROUP = new Map<string, readonly string[]>();
for (const r of APPLICATION_ROWS) ROWS_OF_GROUP.set(r.group, [...(ROWS_OF_GROUP.get(r.group) ?? []), r.key]);

function read(source: CountSource, t: Tables, counts: Partial<Counts>): number | null {
  if ('row' in source) return t.applications[source.row].total;
  // Every group the catalogue sums is a result group of the template, which has rows.
  if ('group' in source) return sumOfKnown(ROWS_OF_GROUP.get(source.group)!.map((row) => t.applications[row as keyof Tables['applications']].total));
  if ('review' in source) return t.reviewLitigation[source.review][source.column];
  if ('settled' in source) {
    const g = t.reviewLitigation[source.settled];
    return g.total === null ? null : g.total - (g.pending ?? 0);
  }
  return sumOfKnown(source.sum.map((k) => counts[k]));
}

/** Every count of a report. A count made of other counts comes after them in the catalogue. */
export function countsOf(t: Tables): Counts {
  const counts: Partial<Counts> = {};
  for (const m of COUNT_MEASURES) counts[m.key] = read(m.source, t, counts);
  return counts as Counts;
}

/** A rate from the counts. */
export function rateOf(key: RateKey, counts: Counts): Share {
  const m = measure(key);
  return share(counts[m.numerator], counts[m.denominator]);
}

/** A measure's value: the count, or the rate's value. */
export function valueOf(key: MeasureKey, counts: Counts): number | null {
  const m = measure(key);
  return m.kind === 'count' ? counts[m.key] : rateOf(m.key, counts).value;
}

/**
 * A measure over several reports: a count summed over the reports that state it; a rate pooled as
 * Σ numerators ÷ Σ denominators over the reports that state both. `reported` says how many
 * reports it rests on.
 */
export function pooled(key: MeasureKey, all: readonly Counts[]): { value: number | null; share?: Share; reported: number } {
  const m = measure(key);
  if (m.kind === 'count') {
    const values = all.map((c) => c[m.key]).filter((v): v is number => v !== null);
    return { value: sumOfKnown(values), reported: values.length };
  }
  const both = all.filter((c) => c[m.numerator] !== null && c[m.denominator] !== null);
  const s = share(sumOfKnown(both.map((c) => c[m.numerator])), sumOfKnown(both.map((c) => c[m.denominator])));
  return { value: s.value, share: s, reported: both.length };
}

/** Counts as an array in COUNT_KEYS order, for the files the browser loads. */
export function encodeCounts(counts: Counts): (number | null)[] {
  return COUNT_KEYS.map((k) => counts[k]);
}

export function decodeCounts(values: readonly (number | null)[]): Counts {
  if (values.length !== COUNT_KEYS.length) throw new Error(`counts: expected ${COUNT_KEYS.length} numbers, got ${values.length} (a file from another version?)`);
  return Object.fromEntries(COUNT_KEYS.map((k, i) => [k, values[i] ?? null])) as Counts;
}
