/**
 * Renders a generated report in one layout family, with its damage, to the bytes of a file.
 * Text is encoded last (UTF-8, UTF-8 with a byte-order mark, or GB18030) so that encoding damage
 * changes nothing but the bytes.
 */
import iconv from 'iconv-lite';
import type { SourceFormat } from '../../src/lib/template/schema.ts';
import { findDamage, type Damage } from './damage.ts';
import { buildModel } from './model.ts';
import type { GeneratedReport } from './numbers.ts';
import type { Rng } from './prng.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderPdfText } from './render-pdf-text.ts';
import { renderText } from './render-text.ts';
import { LAYOUT_EXTENSION, LAYOUT_FORMAT, type Layout, type RenderStyle } from './style.ts';

export { LAYOUTS, LAYOUT_FAMILY, pickStyle, type Layout, type RenderStyle } from './style.ts';

export interface Rendered {
  bytes: Uint8Array;
  /** File extension without the dot: txt, md, html, docx. */
  extension: string;
  format: SourceFormat;
  encoding: 'utf-8' | 'gb18030';
  bom: boolean;
  /** The text before encoding (absent for docx). */
  text?: string;
  /** The title line(s) as printed. */
  title: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function encode(text: string, damage: readonly Damage[]): { bytes: Uint8Array; encoding: Rendered['encoding']; bom: boolean } {
  if (findDamage(damage, 'gb18030')) return { bytes: new Uint8Array(iconv.encode(text, 'gb18030')), encoding: 'gb18030', bom: false };
  const utf8 = new TextEncoder().encode(text);
  if (!findDamage(damage, 'utf8Bom')) return { bytes: utf8, encoding: 'utf-8', bom: false };
  const out = new Uint8Array(utf8.length + 3);
  out.set(UTF8_BOM);
  out.set(utf8, 3);
  return { bytes: out, encoding: 'utf-8', bom: true };
}

export async function renderReport(report: GeneratedReport, layout: Layout, style: RenderStyle, damage: readonly Damage[], rng: Rng): Promise<Rendered> {
  const model = buildModel(report, style, damage, rng.fork('model'));
  const common = { extension: LAYOUT_EXTENSION[layout], format: LAYOUT_FORMAT[layout], title: model.title };
  if (layout === 'docx') {
    const bytes = await renderDocx(model, { agency: report.agency.name, year: report.year });
    return { ...common, bytes, encoding: 'utf-8', bom: false };
  }
  let text: string;
  if (layout === 'html') {
    // The page declares the encoding it is served in, as a real site would (gb2312 for GBK pages).
    const charset = findDamage(damage, 'gb18030') ? 'gb2312' : 'utf-8';
    text = renderHtml(model, style, { year: report.year, charset, day: rng.int(5, 31) });
  } else if (layout === 'pdf-text') {
    text = renderPdfText(model, style, rng.fork('pdf'));
  } else {
    text = renderText(model, layout, style);
  }
  return { ...common, ...encode(text, damage), text };
}
