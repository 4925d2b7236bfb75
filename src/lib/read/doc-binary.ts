/**
 * The Word 97–2003 binary format ([MS-DOC]; WPS writes `.wps` the same way): the main text as
 * paragraphs, each told apart as Word tells them, from the paragraph properties stored beside
 * the text. word-extractor reads the text of these files but not this: it turns a table cell's
 * end mark into a tab and loses the end of a row wherever its properties are stored apart (the
 * `sprmPHugePapx` that LibreOffice and Word write for every row of a wide table), so that a
 * table comes out as one run of tabs. Here the text is read through the piece table, and each
 * paragraph mark is looked up in the paragraph property pages:
 *
 * - `0x0D` ends a paragraph; inside a nested table it ends an inner cell or row
 *   (sprmPFInnerTableCell, sprmPFInnerTtp);
 * - `0x07` ends a table cell, or a table row where its paragraph is the row's end (sprmPFTtp),
 *   whose table definition (sprmTDefTable, sprmTVertMerge) says which cells are merged;
 * - `0x0C` ends a section, and its last paragraph, where the section table says a section ends
 *   there (elsewhere it is a page break inside a paragraph).
 *
 * Field codes (`{ PAGE }`) are dropped and their results kept; text deleted with track changes
 * on (sprmCFRMarkDel) is dropped, as Word shows the document with the changes accepted. Only the
 * main text is read: headers, footers, footnotes, comments and text boxes are not (docx.ts reads a
 * DOCX's footnotes; the tables of these reports are never in them).
 */
import { appendCapped } from './limits.ts';
import { causeOf, ReadError } from './types.ts';
import { decodeWindows1252 } from './windows-1252.ts';

export interface WordParagraph {
  /** The text without its end mark; line breaks (0x0B) as `\n`. */
  text: string;
  /** What ends it: a paragraph, a table cell, a table row (its end mark holds no text). */
  end: 'paragraph' | 'cell' | 'row';
  /** The paragraph is inside a table cell. */
  inTable: boolean;
  /** Its text was longer than LIMITS.lineChars characters, and is cut there. */
  cut?: true;
  /** For a row's end: each cell's merge, from the row's table definition (absent when it has none). */
  merges?: CellMerge[];
}

/** How a cell of a row is merged with its neighbours (TC80's horzMerge and vertMerge). */
export interface CellMerge {
  /** Continues the merged cell to its left: a colspan's padding. */
  horizontal: boolean;
  /** Continues the merged cell above it: a rowspan's continuation, not printed again. */
  vertical: boolean;
}

export interface WordStreams {
  wordDocument: Uint8Array;
  table0: Uint8Array | null;
  table1: Uint8Array | null;
  data: Uint8Array | null;
}

/** The first nFib of Word 97; Word 6 and 95 files have a different layout. */
const NFIB_WORD97 = 0xc1;
/** Indexes of the fc/lcb pairs used, in FibRgFcLcb97. */
const FC = { plcfSed: 6, plcfBteChpx: 12, plcfBtePapx: 13, clx: 33 } as const;
const SPRM = {
  inTable: 0x2416,
  ttp: 0x2417,
  itap: 0x6649,
  innerTableCell: 0x244b,
  innerTtp: 0x244c,
  hugePapx: 0x6646,
  defTable: 0xd608,
  vertMerge: 0xd62b,
  markDeleted: 0x0800,
} as const;
const PAGE = 512;

interface ParagraphProps {
  inTable: boolean;
  ttp: boolean;
  itap: number;
  innerCell: boolean;
  innerTtp: boolean;
  merges?: CellMerge[];
}
interface Run<T> {
  start: number;
  end: number;
  value: T;
}
interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  /** 8-bit characters (Windows-1252) rather than UTF-16. */
  compressed: boolean;
}

export function wordParagraphs(streams: WordStreams): WordParagraph[] {
  try {
    return readParagraphs(streams);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    // A read beyond a stream's end (RangeError) or a structure that points nowhere.
    throw damaged(`its structure points outside the file (${causeOf(error)})`);
  }
}

function damaged(why: string): ReadError {
  return new ReadError('unreadable-doc', `not a readable Word 97–2003 (.doc/.wps) file: ${why}; it is damaged or truncated: open and re-save it in Word or WPS, or save it as .docx`);
}

function readParagraphs({ wordDocument, table0, table1, data }: WordStreams): WordParagraph[] {
  const wd = view(wordDocument);
  if (wordDocument.length < 0x200 || wd.getUint16(0, true) !== 0xa5ec) throw damaged('its WordDocument stream does not start as one');
  const nFib = wd.getUint16(2, true);
  const flags = wd.getUint16(0x0a, true);
  if (flags & 0x0100) throw new ReadError('unreadable-doc', 'the Word document is password-protected (encrypted): save an unprotected copy and ingest again');
  if (nFib < NFIB_WORD97) throw new ReadError('unreadable-doc', `a Word 6.0/95 file (nFib ${nFib.toString(16)}), which is not read: open it in Word or WPS and save it as .docx`);
  const tableBytes = flags & 0x0200 ? table1 : table0;
  if (!tableBytes) throw damaged(`its ${flags & 0x0200 ? '1Table' : '0Table'} stream is missing`);
  const table = view(tableBytes);

  // FibBase (32 bytes), then csw and FibRgW, cslw and FibRgLw (ccpText its fourth), cbRgFcLcb and FibRgFcLcb.
  const csw = wd.getUint16(32, true);
  const rgLw = 34 + csw * 2 + 2;
  const cslw = wd.getUint16(rgLw - 2, true);
  const ccpText = wd.getUint32(rgLw + 12, true);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const fcLcb = (index: number) => ({ fc: wd.getUint32(rgFcLcb + index * 8, true), lcb: wd.getUint32(rgFcLcb + index * 8 + 4, true) });

  const pieces = readPieces(table, fcLcb(FC.clx));
  const papx = propertyRuns(wd, table, fcLcb(FC.plcfBtePapx), (fkp, crun, j) => paragraphProps(fkp, crun, j, data));
  const deleted = propertyRuns(wd, table, fcLcb(FC.plcfBteChpx), deletedRun).filter((r) => r.value);
  const sectionEnds = sectionEndCps(table, fcLcb(FC.plcfSed));
  return splitParagraphs(wordDocument, pieces, ccpText, papx, deleted, sectionEnds);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The piece table (Clx: Prc entries, then the Pcdt), which maps character positions to bytes. */
function readPieces(table: DataView, { fc, lcb }: { fc: number; lcb: number }): Piece[] {
  let at = fc;
  const end = fc + lcb;
  while (at < end && table.getUint8(at) === 0x01) at += 3 + table.getInt16(at + 1, true);
  if (at >= end || table.getUint8(at) !== 0x02) throw damaged('its piece table is missing');
  const size = table.getUint32(at + 1, true);
  const base = at + 5;
  const n = (size - 4) / 12;
  if (!Number.isInteger(n) || n < 1) throw damaged('its piece table is malformed');
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const raw = table.getUint32(base + (n + 1) * 4 + i * 8 + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    pieces.push({
      cpStart: table.getUint32(base + i * 4, true),
      cpEnd: table.getUint32(base + (i + 1) * 4, true),
      fc: compressed ? (raw & 0x3fffffff) / 2 : raw,
      compressed,
    });
  }
  return pieces;
}

/**
 * The runs of a PlcBtePapx or PlcBteChpx: for each formatted disk page (FKP) it points to, the
 * byte ranges of the text and what `read` makes of each range's properties, sorted by start.
 */
function propertyRuns<T>(wd: DataView, table: DataView, { fc, lcb }: { fc: number; lcb: number }, read: (fkp: DataView, crun: number, j: number) => T): Run<T>[] {
  const runs: Run<T>[] = [];
  if (lcb < 12) return runs;
  const n = (lcb - 4) / 8;
  for (let i = 0; i < n; i++) {
    const pn = table.getUint32(fc + (n + 1) * 4 + i * 4, true) & 0x3fffff;
    const fkp = new DataView(wd.buffer, wd.byteOffset + pn * PAGE, PAGE);
    const crun = fkp.getUint8(PAGE - 1);
    for (let j = 0; j < crun; j++) runs.push({ start: fkp.getUint32(j * 4, true), end: fkp.getUint32((j + 1) * 4, true), value: read(fkp, crun, j) });
  }
  return runs.sort((a, b) => a.start - b.start);
}

/** The properties of a paragraph run j of a PAPX page (PapxInFkp: istd, then its sprms). */
function paragraphProps(fkp: DataView, crun: number, j: number, data: Uint8Array | null): ParagraphProps {
  const props: ParagraphProps = { inTable: false, ttp: false, itap: 0, innerCell: false, innerTtp: false };
  const at = fkp.getUint8((crun + 1) * 4 + j * 13) * 2;
  if (at === 0) return props;
  const cb = fkp.getUint8(at);
  const [from, length] = cb !== 0 ? [at + 1, cb * 2 - 1] : [at + 2, fkp.getUint8(at + 1) * 2];
  readSprms(new DataView(fkp.buffer, fkp.byteOffset + from + 2, Math.max(0, length - 2)), props, data);
  return props;
}

function readSprms(grpprl: DataView, props: ParagraphProps, data: Uint8Array | null): void {
  eachSprm(grpprl, (sprm, at, size) => {
    switch (sprm) {
      case SPRM.inTable:
        props.inTable = grpprl.getUint8(at) === 1;
        break;
      case SPRM.ttp:
        props.ttp = grpprl.getUint8(at) === 1;
        break;
      case SPRM.itap:
        props.itap = grpprl.getUint32(at, true);
        break;
      case SPRM.innerTableCell:
        props.innerCell = grpprl.getUint8(at) === 1;
        break;
      case SPRM.innerTtp:
        props.innerTtp = grpprl.getUint8(at) === 1;
        break;
      case SPRM.hugePapx: {
        // The properties are in the Data stream (PrcData: cbGrpprl, then the sprms).
        if (!data) throw damaged('a paragraph points to its properties in a Data stream the file lacks');
        const offset = grpprl.getUint32(at, true);
        const d = view(data);
        readSprms(new DataView(data.buffer, data.byteOffset + offset + 2, d.getUint16(offset, true)), props, null);
        break;
      }
      case SPRM.defTable:
        props.merges = tableMerges(new DataView(grpprl.buffer, grpprl.byteOffset + at + 2, size - 2));
        break;
      case SPRM.vertMerge: {
        // VertMergeOperand: cb (2), the cell, its vertMerge (0 none, 1 continued from above, 3 first).
        const cell = props.merges?.[grpprl.getUint8(at + 1)];
        if (cell) cell.vertical = grpprl.getUint8(at + 2) === 1;
        break;
      }
    }
  });
}

/** TDefTableOperand: the number of cells, their boundaries, then a TC80 (20 bytes) for each (maybe fewer). */
function tableMerges(operand: DataView): CellMerge[] {
  const cells = operand.getUint8(0);
  const tcs = 1 + (cells + 1) * 2;
  const merges: CellMerge[] = [];
  for (let i = 0; i < cells; i++) {
    const at = tcs + i * 20;
    const flags = at + 2 <= operand.byteLength ? operand.getUint16(at, true) : 0;
    // TCGRF: horzMerge (bits 0–1: 1 the first cell of a merge, 2 or 3 merged into it), vertMerge (bits 5–6).
    merges.push({ horizontal: (flags & 0x3) >= 2, vertical: ((flags >> 5) & 0x3) === 1 });
  }
  return merges;
}

/** Calls `each` with every sprm of a grpprl, its operand's offset and size. */
function eachSprm(grpprl: DataView, each: (sprm: number, at: number, size: number) => void): void {
  for (let at = 0; at + 2 <= grpprl.byteLength; ) {
    const sprm = grpprl.getUint16(at, true);
    at += 2;
    const spra = sprm >> 13;
    let size = [1, 1, 2, 4, 2, 2, 0, 3][spra]!;
    if (spra === 6) {
      if (at >= grpprl.byteLength) return;
      // Variable operands start with their size: one byte, or two for the table definition.
      size = sprm === SPRM.defTable ? grpprl.getUint16(at, true) + 1 : grpprl.getUint8(at) + 1;
    }
    if (at + size > grpprl.byteLength) return;
    each(sprm, at, size);
    at += size;
  }
}

/** Whether a character run of a CHPX page (rgb: the word offset of its Chpx) is marked deleted. */
function deletedRun(fkp: DataView, crun: number, j: number): boolean {
  const at = fkp.getUint8((crun + 1) * 4 + j) * 2;
  if (at === 0) return false;
  const cb = fkp.getUint8(at);
  let deleted = false;
  const grpprl = new DataView(fkp.buffer, fkp.byteOffset + at + 1, Math.min(cb, PAGE - at - 1));
  eachSprm(grpprl, (sprm, op) => {
    if (sprm === SPRM.markDeleted) deleted = grpprl.getUint8(op) === 1;
  });
  return deleted;
}

/** The character positions just after each section's end mark (PlcfSed's boundaries). */
function sectionEndCps(table: DataView, { fc, lcb }: { fc: number; lcb: number }): Set<number> {
  const ends = new Set<number>();
  if (lcb < 4) return ends;
  const n = (lcb - 4) / 16;
  for (let i = 1; i <= n; i++) ends.add(table.getUint32(fc + i * 4, true));
  return ends;
}

/** The run containing `fc`, by binary search over runs sorted by start. */
function runAt<T>(runs: Run<T>[], fc: number): Run<T> | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (fc < run.start) hi = mid - 1;
    else if (fc >= run.end) lo = mid + 1;
    else return run;
  }
  return undefined;
}

const UTF_16 = new TextDecoder('utf-16le');
const NO_PROPS: ParagraphProps = { inTable: false, ttp: false, itap: 0, innerCell: false, innerTtp: false };
/** Characters of a piece decoded at a time: a piece may hold the whole text of the file. */
const WINDOW = 64 * 1024;

/**
 * The main text, character by character through the pieces, cut into paragraphs at their marks.
 * A paragraph keeps at most LIMITS.lineChars characters (one of 60 million, a 64 MB file, would
 * otherwise be built whole), its ordinary characters added a run at a time.
 */
function splitParagraphs(bytes: Uint8Array, pieces: Piece[], ccpText: number, papx: Run<ParagraphProps>[], deleted: Run<boolean>[], sectionEnds: Set<number>): WordParagraph[] {
  const paragraphs: WordParagraph[] = [];
  let text = '';
  let cut = false;
  const fields: boolean[] = []; // the open fields, innermost last: true while in its code
  let fieldCodes = 0; // how many of them are
  const add = (more: string) => {
    const next = appendCapped(text, more);
    text = next.text;
    cut ||= next.cut;
  };
  const end = (kind: WordParagraph['end'], props: ParagraphProps) => {
    const paragraph: WordParagraph = { text, end: kind, inTable: props.inTable || props.itap > 0 };
    if (kind === 'row' && props.merges) paragraph.merges = props.merges;
    if (cut) paragraph.cut = true;
    paragraphs.push(paragraph);
    text = '';
    cut = false;
  };
  for (const piece of pieces) {
    const from = piece.cpStart;
    const to = Math.min(piece.cpEnd, ccpText);
    if (to <= from) continue;
    const width = piece.compressed ? 1 : 2;
    if (piece.fc + (to - from) * width > bytes.length) throw damaged('its text runs past the end of the file');
    for (let at = from; at < to; ) {
      let stop = Math.min(to, at + WINDOW);
      const start = piece.fc + (at - from) * width;
      // A surrogate pair is decoded whole: each half alone would become U+FFFD.
      if (!piece.compressed && stop < to && (bytes[start + (stop - at) * 2 - 1]! & 0xfc) === 0xd8) stop++;
      const chars = piece.compressed ? decodeWindows1252(bytes.subarray(start, start + (stop - at))) : UTF_16.decode(bytes.subarray(start, start + (stop - at) * 2));
      readWindow(chars, at, start, width);
      at = stop;
    }
  }
  if (text !== '') paragraphs.push({ text, end: 'paragraph', inTable: false, ...(cut ? { cut: true as const } : {}) });
  return paragraphs;

  /** Characters of a piece: the first at character position `cp` and byte offset `fc0`, each `width` bytes. */
  function readWindow(chars: string, cp: number, fc0: number, width: number): void {
    let run = -1; // where the ordinary characters not yet added start
    const flush = (k: number) => {
      if (run >= 0) add(chars.slice(run, k));
      run = -1;
    };
    for (let k = 0; k < chars.length; k++) {
      const fc = fc0 + k * width;
      const gone = deleted.length > 0 && runAt(deleted, fc) !== undefined;
      const c = chars.charCodeAt(k);
      if (c >= 0x20 && fieldCodes === 0 && !gone) {
        if (run < 0) run = k;
        continue;
      }
      flush(k);
      if (gone) continue;
      // A field: 0x13, its code, 0x14 and its result (optional), 0x15; fields nest.
      if (c === 0x13) {
        fields.push(true);
        fieldCodes++;
        continue;
      }
      if (c === 0x14 || c === 0x15) {
        if (fields.length === 0) continue; // a stray mark
        if (fields.at(-1)) fieldCodes--;
        if (c === 0x14) fields[fields.length - 1] = false;
        else fields.pop();
        continue;
      }
      const mark = c === 0x0d || c === 0x07 || (c === 0x0c && sectionEnds.has(cp + k + 1));
      if (!mark && fieldCodes > 0) continue;
      if (mark) {
        const props = runAt(papx, fc)?.value ?? NO_PROPS;
        if (c === 0x07) end(props.ttp ? 'row' : props.inTable ? 'cell' : 'paragraph', props);
        else if (props.itap > 1 && props.innerTtp) end('row', props);
        else if (props.itap > 1 && props.innerCell) end('cell', props);
        else end('paragraph', props);
      } else if (c === 0x0b || c === 0x0c) add('\n');
      else if (c === 0x09) add('\t');
      else if (c === 0x1e) add('-');
      // Other control characters stand for objects (pictures, note and comment references) or optional hyphens.
    }
    flush(chars.length);
  }
}
