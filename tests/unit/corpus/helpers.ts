/**
 * Shared by the generator tests: turning rendered bytes back into plain text (without the ingest
 * pipeline under test), and rendering one report with and without a chosen damage.
 */
import { strFromU8, unzipSync } from 'fflate';
import { makeDamage, type Damage, type DamageKind } from '../../../tools/corpus/damage.ts';
import { reportStream, type GeneratedReport } from '../../../tools/corpus/numbers.ts';
import { createRng } from '../../../tools/corpus/prng.ts';
import { renderReport, type Rendered } from '../../../tools/corpus/render.ts';
import { pickStyle, type Layout, type RenderStyle } from '../../../tools/corpus/style.ts';

/** The readable text of a rendered file: decoded, tags stripped, docx paragraphs one per line. */
export function plainText(rendered: Rendered): string {
  if (rendered.extension === 'docx') {
    const xml = strFromU8(unzipSync(rendered.bytes)['word/document.xml']!);
    return xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<\/w:tc>/g, '\t')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  }
  const text = new TextDecoder(rendered.encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(rendered.bytes);
  if (rendered.extension !== 'html') return text;
  return text
    .replace(/<(td|th|p|tr|h1|div)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&ldquo;/g, '“').replace(/&rdquo;/g, '”')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Text reduced for label search: no whitespace, no ASCII digits (a wrapped PDF label has the
 * row's numbers between its halves), one spelling of brackets, commas and numbering.
 */
export function squeeze(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[0-9]/g, '')
    .replace(/（/g, '(').replace(/）/g, ')')
    .replace(/，/g, ',')
    .replace(/、/g, '.');
}

/** The first `count` reports of the stream for `seed`. */
export function reports(seed: string, count: number): GeneratedReport[] {
  const stream = reportStream(createRng(seed).fork('reports'));
  return Array.from({ length: count }, () => stream.next().value!);
}

/** The first report of `seed` that satisfies `accept`. */
export function findReport(seed: string, accept: (r: GeneratedReport) => boolean, limit = 500): GeneratedReport {
  const found = reports(seed, limit).find(accept);
  if (!found) throw new Error(`no report for seed ${seed} matched within ${limit}`);
  return found;
}

export interface Pair {
  report: GeneratedReport;
  style: RenderStyle;
  damage: Damage;
  clean: Rendered;
  damaged: Rendered;
}

/** One report rendered twice with the same style and randomness: once clean, once with `kind`. */
export async function renderPair(kind: DamageKind, layout: Layout, seed: string, tweak: Partial<RenderStyle> = {}, accept: (r: GeneratedReport) => boolean = () => true): Promise<Pair> {
  const report = findReport(seed, accept);
  const style = { ...pickStyle(createRng(seed).fork('style'), layout), ...tweak };
  const damage = makeDamage(createRng(seed).fork('damage'), kind, report, []);
  if (!damage) throw new Error(`damage ${kind} does not apply to the report of seed ${seed}`);
  const rng = () => createRng(seed).fork('render');
  const clean = await renderReport(report, layout, style, [], rng());
  const damaged = await renderReport(report, layout, style, [damage], rng());
  return { report, style, damage, clean, damaged };
}

/** Cells of a tab-separated line that are numbers. */
export function numbersIn(line: string): string[] {
  return line.split('\t').filter((c) => /^-?\d+(\.\d+)?$/.test(c.trim()));
}
