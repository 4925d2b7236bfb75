/**
 * Text boxes → the document's lines of cells, through the same geometry as a PDF's text layer
 * (read/layout.ts): each box is a run, at the middle of its box, one box high. A box read as a
 * number gives its digits-only reading (engine/recognise.ts); one whose digits were repaired from
 * look-alike letters, or read with low confidence, is marked unsure, and the document lists its
 * cell so that the number can be flagged rather than shown as fact (ingest/unsure.ts). A number box
 * that bridges two of its table's columns is split at the gutter or marked unsure (columns.ts).
 */
import { dropPageNumbers, dropRepeatedMargins, groupLines, type Page, type Run } from '../layout.ts';
import type { RawDocument, RawLine, UnsureCell } from '../types.ts';
import { fitColumns, type NumberRun } from './columns.ts';
import type { OcrBox, OcrPage } from './types.ts';

/**
 * A number whose least certain digit is below this is unsure. On the scans of
 * tests/fixtures/scans/, where every number is read right, nearly all digits of the grey scan
 * score 0.95–1.00 and a few lone zeros 0.82–0.95; on the 1-bit TIFF, lone zeros go down to 0.68.
 * The bar sits high on purpose: a right number flagged is confirmed by the identities where they
 * reach it, and only left blank where they do not, while a wrong one shown as fact is the worst
 * outcome there is.
 */
export const UNSURE_BELOW = 0.9;

export function scanToDocument(pages: OcrPage[]): RawDocument {
  const laid: Page[] = pages.map((p) => ({ width: p.width, height: p.height, lines: groupLines(fitColumns(p.boxes.map(toRun))) }));
  const pageOf = new Map<object, number>();
  laid.forEach((page, i) => page.lines.forEach((line) => pageOf.set(line, i + 1)));
  dropPageNumbers(laid);
  dropRepeatedMargins(laid);
  const lines: RawLine[] = [];
  const unsure: UnsureCell[] = [];
  for (const page of laid) {
    for (const l of page.lines) {
      l.unsure?.forEach((flag, cell) => {
        if (!flag) return;
        const at: UnsureCell = { line: lines.length, cell, page: pageOf.get(l)!, reading: l.cells[cell]! };
        const span = l.spans[cell]!;
        if (l.runs.some((r) => 'bridges' in r && r.x >= span.left && r.right <= span.right)) at.bridges = true;
        unsure.push(at);
      });
      // The place of a scan's line: its page, and its printed line there, counted as in a PDF.
      lines.push({ cells: l.cells, place: { page: pageOf.get(l)!, line: l.number }, spans: l.spans });
    }
  }
  // Present even when empty: it says the document is a scan, whose numbers ingest/unsure.ts settles.
  return { lines, exactCells: false, unsure };
}

function toRun(box: OcrBox): Run | NumberRun {
  const [left, top, right, bottom] = box.box;
  const run: Run = { text: textOf(box), x: left, right, y: (top + bottom) / 2, size: bottom - top };
  if (!box.digits) return run;
  if (box.digits.confidence < UNSURE_BELOW || box.digits.text !== compact(box.text)) run.unsure = true;
  return box.digits.text === '' ? run : { ...run, number: { read: ascii(box.text), digits: box.digits.text } };
}

/** A number's digits, when some were read; otherwise the text as read. */
function textOf(box: OcrBox): string {
  if (box.digits && box.digits.text !== '') return box.digits.text;
  return box.text;
}

/** The text as a number would print it: no spaces, full-width digits as ASCII (not a repair). */
function compact(text: string): string {
  return ascii(text).replace(/\s/g, '');
}

function ascii(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
