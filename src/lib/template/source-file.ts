/**
 * The name of a report's source in the data folder (`sources/<name>`, docs/SCHEMA.md): the
 * report's id and an extension from its format, never from the name the file came with. Text
 * formats end in `.txt`, so that every static host serves them as plain text: a published HTML
 * report opened under the site's address must show its markup, never run its scripts
 * (`<script>`, `onerror`, an analytics tag) as a page of the site.
 */
import type { Report, SourceFormat } from './schema.ts';

const EXTENSIONS: Record<SourceFormat, string> = {
  text: '.txt',
  markdown: '.md.txt',
  html: '.html.txt',
  docx: '.docx',
  doc: '.doc',
  rtf: '.rtf',
  xls: '.xlsx',
  pdf: '.pdf',
  ofd: '.ofd',
  image: '.png',
};

/**
 * Formats of several kinds keep the extension of their name where it is one of theirs, so that
 * the program that opens the download is the right one (a page image's bytes were read as one, a
 * WPS file opens in WPS, an Excel 97 workbook is not a zip); else the extension above.
 */
const OWN_EXTENSIONS: Partial<Record<SourceFormat, RegExp>> = {
  image: /\.(png|jpe?g|tiff?)$/i,
  doc: /\.(doc|wps)$/i,
  xls: /\.(xlsx|xls|et)$/i,
};

export function sourceFileName(report: Pick<Report, 'id' | 'source'>): string {
  const own = OWN_EXTENSIONS[report.source.format]?.exec(report.source.path)?.[0];
  return `${report.id}${own?.toLowerCase() ?? EXTENSIONS[report.source.format]}`;
}

/** The report id a source file name belongs to: ids hold no dot (schema.ts), names end in one or two extensions. */
export function idOfSourceFile(name: string): string | null {
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : null;
}
