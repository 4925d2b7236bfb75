/**
 * Word 97–2003 (`.doc`) and WPS (`.wps`, the same binary format), and RTF (rtf.ts, often named
 * `.doc` too) → HTML → the HTML reader, in
 * the HTML the converter mammoth writes for a DOCX: paragraphs become `<p>`, a Word table an HTML table whose
 * merged cells are written as they are in a web page (a cell merged across columns with a
 * colspan, one merged down rows printed on its first row only), so that Word files of either
 * age read as web pages are (docx.ts makes the same lines of a DOCX).
 *
 * Places (types.ts `Place`) are counted as for DOCX (docx.ts): `line` is the number of the
 * paragraph or table row from the top of the body, every paragraph mark one (empty paragraphs
 * included) and each table row one, however many paragraphs its cells hold.
 */
import { wordParagraphs, type CellMerge, type WordParagraph } from './doc-binary.ts';
import { htmlToDocument } from './html.ts';
import { cut } from './limits.ts';
import type { OleFile } from './ole.ts';
import { readRtf } from './rtf.ts';
import type { RawDocument, ReadWarning } from './types.ts';

export function readDoc(ole: OleFile): RawDocument {
  const paragraphs = wordParagraphs({ wordDocument: ole.stream('WordDocument')!, table0: ole.stream('0Table'), table1: ole.stream('1Table'), data: ole.stream('Data') });
  // Cut as they were read (doc-binary.ts): the HTML reader saw them no longer than a line may be.
  const long = paragraphs.filter((p) => p.cut).length;
  return wordDocument(paragraphs, long > 0 ? [{ code: 'limit-reached', message: cut('lineChars', long) }] : []);
}

export function readRtfDocument(bytes: Uint8Array): RawDocument {
  const { paragraphs, warnings, dates } = readRtf(bytes);
  const doc = wordDocument(paragraphs, warnings);
  if (dates.length > 0) doc.meta = { dates };
  return doc;
}

/** A Word document's paragraphs read as a web page's, with the notes of what their reader left out. */
function wordDocument(paragraphs: WordParagraph[], warnings: ReadWarning[]): RawDocument {
  const doc = htmlToDocument(wordHtml(paragraphs), 'word');
  if (warnings.length > 0) doc.warnings = [...(doc.warnings ?? []), ...warnings];
  return doc;
}

/** The paragraphs as the HTML mammoth would write for them. */
export function wordHtml(paragraphs: WordParagraph[]): string {
  const html: string[] = [];
  let inTable = false;
  let cell: string[] = [];
  let cells: string[][] = [];
  for (const p of paragraphs) {
    if (p.end === 'row') {
      if (!inTable) html.push('<table>');
      inTable = true;
      html.push(row(cells, p.merges));
      cells = [];
      cell = [];
      continue;
    }
    if (p.inTable) {
      cell.push(paragraph(p.text));
      if (p.end === 'cell') {
        cells.push(cell);
        cell = [];
      }
      continue;
    }
    if (inTable || cells.length > 0 || cell.length > 0) {
      // Cells without their row's end (a damaged table): a row of what there is.
      if (cells.length > 0 || cell.length > 0) html.push(`${inTable ? '' : '<table>'}${row(cell.length > 0 ? [...cells, cell] : cells)}`);
      html.push('</table>');
      inTable = false;
      cells = [];
      cell = [];
    }
    html.push(paragraph(p.text));
  }
  if (cells.length > 0 || cell.length > 0) html.push(`${inTable ? '' : '<table>'}${row(cell.length > 0 ? [...cells, cell] : cells)}`);
  if (inTable || cells.length > 0 || cell.length > 0) html.push('</table>');
  return html.join('\n');
}

function paragraph(text: string): string {
  return `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
}

/**
 * A row's cells, merges applied: an empty cell continuing one above is left out, one continuing
 * its left neighbour widens it. A cell continuing the one above that holds text is kept as a cell:
 * Word and LibreOffice show its text, and a writer that lists a row's cells in another order than
 * its definitions (AbiWord) marks a cell of text as continuing.
 */
function row(cells: string[][], merges: CellMerge[] = []): string {
  const out: { html: string; span: number }[] = [];
  cells.forEach((content, i) => {
    const merge = merges[i];
    const empty = content.every((p) => p === '<p></p>');
    if (merge?.vertical && empty) return;
    if (merge?.horizontal && out.length > 0) {
      out.at(-1)!.span++;
      return;
    }
    out.push({ html: content.join(''), span: 1 });
  });
  return `<tr>${out.map((c) => `<td${c.span > 1 ? ` colspan="${c.span}"` : ''}>${c.html}</td>`).join('')}</tr>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
