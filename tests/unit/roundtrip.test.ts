/**
 * Round trip: generated reports, in every layout family, with and without damage, go through the
 * ingest pipeline (processFile) and must come out as generated.
 *
 * - Undamaged files: every number exactly as printed; year, agency, level and template as generated.
 * - Damaged files: every number either right, or null where the damage left more than one reading
 *   (listed in the truth as `uncertain`) and then only with a warning note or an `inferred` entry;
 *   cells printed blank come out null. A wrong number is never accepted, damaged or not.
 *
 * The expected values come from the generator's truth (tools/corpus/truth.ts), not from the
 * parser's own output.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROWS, rowsForEdition } from '../../src/lib/template/applications.ts';
import type { LogEntry, Report } from '../../src/lib/template/schema.ts';
import { generateCorpus, type CorpusFile } from '../../tools/corpus/corpus.ts';
import { LAYOUTS, type Layout } from '../../tools/corpus/style.ts';
import { printedPaths, type FileTruth } from '../../tools/corpus/truth.ts';
import { valueAt } from '../../tools/corpus/values.ts';
import { processFile } from '../../src/lib/ingest/process-file.ts';

/** The pipeline's documented entry point; the annotation keeps this test honest about its signature. */
const ingest: (bytes: Uint8Array, relPath: string) => Promise<{ report?: Report; log: LogEntry }> = processFile;

const REPORTS = 700; // 100 per layout, about 45% of them damaged
const DAMAGE_RATE = 0.45;
const SHOWN = Number(process.env.ROUNDTRIP_SHOW ?? 12); // problems quoted in a failure message

const files: CorpusFile[] = [];
for await (const file of generateCorpus({ reports: REPORTS, seed: 'roundtrip-1', damageRate: DAMAGE_RATE })) files.push(file);

function sameNumber(actual: unknown, expected: unknown): boolean {
  if (typeof actual !== 'number' || typeof expected !== 'number') return actual === expected;
  // Money in 万元 may be computed from 元 by the parser: allow float noise, nothing more.
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

const show = (v: unknown) => (v === undefined ? 'missing' : JSON.stringify(v));

/** Everything wrong with one file's result, as readable lines; empty when it round-trips. */
async function problems(file: CorpusFile): Promise<string[]> {
  const t: FileTruth = file.truth;
  const where = `${t.file} [${t.layout}${t.damage.length ? `; ${t.damage.map((d) => d.kind).join('+')}` : ''}]`;
  let result;
  try {
    result = await ingest(file.bytes, file.relPath);
  } catch (error) {
    return [`${where}: processFile threw: ${(error as Error).message}`];
  }
  const r = result.report;
  if (!r) return [`${where}: no report (log: ${result.log.status}: ${result.log.messages.slice(0, 2).join(' | ')})`];
  const out: string[] = [];
  for (const field of ['year', 'agency', 'template', 'level'] as const) {
    if (r[field] !== t[field]) out.push(`${where}: ${field}: expected ${show(t[field])}, got ${show(r[field])}`);
  }
  if (r.source.format !== t.format) out.push(`${where}: source.format: expected ${t.format}, got ${r.source.format}`);

  // A warning about the numbers: the generated names are in no real place, so every report is
  // also warned that it is unplaced, which says nothing about its cells.
  const warned = r.notes.some((n) => (n.level === 'warning' || n.level === 'error') && !n.code.startsWith('place-'));
  const uncertain = new Set(t.uncertain);
  const blank = new Set(t.blank);
  for (const path of printedPaths(t)) {
    const expected = valueAt(t, path);
    const actual = valueAt(r, path);
    if (sameNumber(actual, expected)) continue;
    // `inferred` lists cell paths; a row path (applications.granted) is read as covering its cells.
    const inferred = r.inferred.some((p) => p === path || path.startsWith(`${p}.`));
    if (blank.has(path) && actual === 0 && inferred) continue; // a blank read as the 0 it stands for, said so
    if (uncertain.has(path) && actual === null && (warned || inferred)) continue;
    const why = uncertain.has(path) && actual === null ? ' (null without a warning or inferred entry)' : '';
    out.push(`${where}: ${path}: expected ${show(expected)}, got ${show(actual)}${why}`);
  }
  // Rows the report's format does not print (2019: the three rows of （六）) are absent: null.
  const printedRows = new Set(rowsForEdition(t.template).map((row) => row.key));
  for (const row of APPLICATION_ROWS.filter((x) => !printedRows.has(x.key))) {
    for (const col of APPLICATION_COLUMN_KEYS) {
      const actual = valueAt(r, `applications.${row.key}.${col}`);
      if (actual !== null) out.push(`${where}: applications.${row.key}.${col}: not printed in the ${t.template} format, expected null, got ${show(actual)}`);
    }
  }
  const missing = [...r.missingColumns].sort();
  if (JSON.stringify(missing) !== JSON.stringify([...t.missingColumns].sort())) {
    out.push(`${where}: missingColumns: expected ${show(t.missingColumns)}, got ${show(r.missingColumns)}`);
  }
  return out;
}

async function check(selected: CorpusFile[]): Promise<void> {
  assert.ok(selected.length > 0, 'no files of this kind in the corpus');
  const all: string[] = [];
  for (const file of selected) all.push(...(await problems(file)));
  const failedFiles = new Set(all.map((p) => p.split(' ')[0])).size;
  assert.equal(all.length, 0, `${failedFiles} of ${selected.length} files wrong, ${all.length} problems; first ${SHOWN}:\n${all.slice(0, SHOWN).join('\n')}`);
}

describe('round trip through processFile', () => {
  it('covers every layout, both editions, and every kind of damage', () => {
    assert.deepEqual(new Set(files.map((f) => f.truth.layout)), new Set(LAYOUTS));
    assert.deepEqual(new Set(files.map((f) => f.truth.template)), new Set(['2019', '2021']));
    const kinds = new Set(files.flatMap((f) => f.truth.damage.map((d) => d.kind)));
    assert.ok(kinds.size >= 9, `damage kinds present: ${[...kinds].join(', ')}`);
  });

  for (const layout of LAYOUTS as readonly Layout[]) {
    const mine = files.filter((f) => f.truth.layout === layout);
    it(`${layout}: undamaged files come out exactly as generated`, () => check(mine.filter((f) => f.truth.damage.length === 0)));
    it(`${layout}: damaged files give the right value or a flagged null, never a wrong number`, () => check(mine.filter((f) => f.truth.damage.length > 0)));
  }
});
