/**
 * The corpus: N generated files with their truth, deterministic for a seed. Pure (no file system):
 * scripts/gen-corpus.ts writes the files, the round-trip test and the bench use them in memory.
 */
import { pickDamage } from './damage.ts';
import { reportStream } from './numbers.ts';
import { createRng, fnv1aHex } from './prng.ts';
import { renderReport } from './render.ts';
import { LAYOUTS, pickStyle, type Layout } from './style.ts';
import { buildTruth, type FileTruth } from './truth.ts';

export interface CorpusOptions {
  reports: number;
  seed: string;
  /** Layouts used in turn, file by file. */
  layouts?: readonly Layout[];
  /** Share of files that carry damage, 0…1. */
  damageRate?: number;
}

export interface CorpusFile {
  relPath: string;
  bytes: Uint8Array;
  truth: FileTruth;
}

export async function* generateCorpus(options: CorpusOptions): AsyncGenerator<CorpusFile> {
  const layouts = options.layouts?.length ? options.layouts : LAYOUTS;
  const rate = options.damageRate ?? 0;
  const root = createRng(options.seed);
  const stream = reportStream(root.fork('reports'));
  const digits = Math.max(3, String(options.reports - 1).length);
  for (let i = 0; i < options.reports; i++) {
    const report = stream.next().value!;
    const layout = layouts[i % layouts.length]!;
    const rng = root.fork(`file-${i}`);
    const style = pickStyle(rng.fork('style'), layout);
    const damage = pickDamage(rng.fork('damage'), report, layout, rate);
    const rendered = await renderReport(report, layout, style, damage, rng.fork('render'));
    // Named like the seeds (000_026278d421cd2b0a.txt): index, content hash, extension.
    const relPath = `${String(i).padStart(digits, '0')}_${fnv1aHex(rendered.bytes)}.${rendered.extension}`;
    yield { relPath, bytes: rendered.bytes, truth: buildTruth(report, layout, style, damage, rendered, relPath) };
  }
}
