/**
 * The name of a report's source in the data folder (`sources/<name>`, docs/SCHEMA.md): the
 * report's id and an extension from its format, never from the name the file came with. Text
 * formats end in `.txt`, so that every static host serves them as plain text: a published HTML
 * report opened under the site's address must show its markup, never run its scripts
 * (`<script>`, `onerror`, an analytics tag) as a page of the site.
 */
import type { Report, SourceFormat } from './schema.ts';

const EXTENSIONS: Record<Exclude<SourceFormat, 'image'>, string> = {
  text: '.txt',
  markdown: '.md.txt',
  html: '.html.txt',
  docx: '.docx',
  pdf: '.pdf',
};

/** A page image keeps an image extension of its name (its bytes were read as one), else `.png`. */
const IMAGE_EXTENSION = /\.(png|jpe?g|tiff?)$/i;

export function sourceFileName(report: Pick<Report, 'id' | 'source'>): string {
  if (report.source.format === 'image') return `${report.id}${(IMAGE_EXTENSION.exec(report.source.path)?.[0] ?? '.png').toLowerCase()}`;
  return `${report.id}${EXTENSIONS[report.source.format]}`;
}

/** The report id a source file name belongs to: ids hold no dot (schema.ts), names end in one or two extensions. */
export function idOfSourceFile(name: string): string | null {
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : null;
}
