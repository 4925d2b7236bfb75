/**
 * PDF reader: rebuilds the printed layout of a PDF's text layer as lines of cells.
 *
 * pdf.js (through unpdf) gives, per page, a list of text runs with a position, a font size and
 * an advance width, in content-stream order, which is not reading order. The printed layout is
 * rebuilt from the runs' positions by layout.ts (lines by baseline, cells at wide gaps, page
 * numbers and running headers dropped), the geometry the OCR reader shares.
 *
 * Each line keeps its place (types.ts `Place`): its page and its number on that page, counted
 * from the top before page numbers and running headers are dropped, so that a person counting the
 * printed lines finds it. A line is what layout.ts groups by baseline: a table row is one line, a
 * label printed vertically one character per line is as many lines.
 */
import { getDocumentProxy } from 'unpdf';
import { dropPageNumbers, dropRepeatedMargins, groupLines, type Page, type Run } from './layout.ts';
import { budgetWarnings, cut, LIMITS, spend, textBudget, type TextBudget } from './limits.ts';
import { pdfMeta } from './meta.ts';
import { ReadError, type RawDocument, type RawLine, type ReadWarning } from './types.ts';

/** Fewer visible characters than this in the whole file means there is no real text layer. */
const MIN_TEXT_CHARS = 20;

export async function readPdf(bytes: Uint8Array): Promise<RawDocument> {
  const { pages, total, info, budget } = await extractPages(bytes);

  dropPageNumbers(pages);
  dropRepeatedMargins(pages);

  // Counted after the margins are dropped: a scanned report may still carry typed page numbers.
  const textChars = pages
    .flatMap((p) => p.lines)
    .reduce((n, l) => n + l.cells.join('').replace(/\s/g, '').length, 0);
  if (textChars < MIN_TEXT_CHARS) {
    throw new ReadError(
      'pdf-no-text',
      'PDF has no text layer (a scanned image): read.ts hands it to OCR (ocr/scan.ts)',
    );
  }

  const lines: RawLine[] = [];
  pages.forEach((page, p) => {
    for (const l of page.lines) lines.push({ cells: l.cells, place: { page: p + 1, line: l.number }, spans: l.spans });
  });
  const doc: RawDocument = { lines, exactCells: false };
  const warnings: ReadWarning[] = [...(total > pages.length ? [{ code: 'limit-reached' as const, message: cut('pdfPages', total) }] : []), ...budgetWarnings(budget)];
  if (warnings.length > 0) doc.warnings = warnings;
  const meta = pdfMeta(info);
  if (meta) doc.meta = meta;
  return doc;
}

/** Opens the PDF and turns every page into printed lines; any pdf.js failure becomes a ReadError. */
async function extractPages(bytes: Uint8Array): Promise<{ pages: Page[]; total: number; info: unknown; budget: TextBudget }> {
  let pdf;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy to stay pure.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (e) {
    throw openError(bytes, e);
  }
  try {
    const pages: Page[] = [];
    // Shared by the pages: a text item of millions of characters, or millions of items, cost no more than a report can print.
    const budget = textBudget();
    for (let n = 1; n <= Math.min(pdf.numPages, LIMITS.pdfPages.value); n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const runs: Run[] = [];
      // Once the budget has refused text, the pages left are not read: pdf.js would parse each for nothing.
      if (budget.offered <= LIMITS.viewChars.value) {
        await eachTextItem(page, (str, transform, width) => {
          // Whitespace-only items carry nonsense widths (hundreds of points in the reference file): the
          // space they stand for is recovered from the gap between the visible runs instead.
          if (str.trim() === '') return;
          const text = spend(budget, str);
          // A cut item keeps its share of the item's width: one font's characters have one width.
          const run = text && toRun(text, transform, (width * text.length) / str.length, viewport.transform);
          if (run) runs.push(run);
        });
      }
      pages.push({ width: viewport.width, height: viewport.height, lines: groupLines(runs) });
    }
    // A damaged Info dictionary leaves the dates out; it never stops the text from being read.
    const info = await pdf.getMetadata().then((m) => m.info, () => undefined);
    return { pages, total: pdf.numPages, info, budget };
  } catch (e) {
    // A damaged file can open and still fail on a page (missing objects, broken streams).
    throw new ReadError('unreadable-pdf', `PDF is damaged and its pages cannot be read (${errorText(e)}); re-download or re-export the file.`);
  } finally {
    void pdf.destroy();
  }
}

function openError(bytes: Uint8Array, e: unknown): ReadError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') {
    return new ReadError('unreadable-pdf', 'PDF is encrypted (password-protected) and cannot be read; save an unprotected copy first.');
  }
  // pdf.js says only "Invalid PDF structure"; say whether the file was a PDF at all.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    return new ReadError('unreadable-pdf', `File is not a PDF (no %PDF- header; ${errorText(e)}); check that the right file was downloaded.`);
  }
  return new ReadError('unreadable-pdf', `PDF is corrupt or truncated and cannot be opened (${errorText(e)}); re-download the file.`);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;

/**
 * Calls `each` with the page's text items in content-stream order, chunk by chunk as pdf.js makes
 * them: getTextContent would gather them first, with a spread that overflows the call stack at a
 * few hundred thousand items in a chunk (one `Tj` of a million characters printed at one place).
 * The stream is read to its end: cancelled, pdf.js goes on writing to it and throws outside any
 * caller.
 */
async function eachTextItem(page: PdfPage, each: (str: string, transform: number[], width: number) => void): Promise<void> {
  const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<{ items: ({ str?: string; transform?: number[]; width?: number } | object)[] }>;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const item of chunk.value.items) {
      // Marked-content markers carry no text.
      if ('str' in item && typeof item.str === 'string') each(item.str, item.transform!, item.width!);
    }
  }
}

/**
 * Maps one pdf.js text item to page coordinates. Going through the viewport transform puts rotated
 * pages (/Rotate 90, common for landscape tables) upright and turns y downwards.
 */
function toRun(str: string, t: number[], width: number, view: number[]): Run | undefined {
  const m = multiply(view, t);
  const size = Math.hypot(m[2]!, m[3]!);
  if (!(size > 0)) return undefined;
  return { text: str, x: m[4]!, right: m[4]! + width, y: m[5]!, size };
}

function multiply(a: number[], b: number[]): number[] {
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4, b5] = b as [number, number, number, number, number, number];
  return [
    a0 * b0 + a2 * b1,
    a1 * b0 + a3 * b1,
    a0 * b2 + a2 * b3,
    a1 * b2 + a3 * b3,
    a0 * b4 + a2 * b5 + a4,
    a1 * b4 + a3 * b5 + a5,
  ];
}
