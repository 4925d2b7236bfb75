/**
 * Which reader a file needs, from its bytes (and its name only to tell Markdown from plain text,
 * which read the same way, and to name what a damaged file was meant to be). A zip is a DOCX, an
 * XLSX or an OFD by the entries it holds, an OLE file a Word document or a workbook by its streams
 * (ole.ts), and RTF is RTF whether it is named .rtf or .doc. A PDF without a text layer, and a page image, is a scan: it is read by OCR
 * (ocr/scan.ts). Every document leaves here within the limits of limits.ts, without control
 * characters in its cells (printable.ts) and with look-alike radicals turned back into the
 * ideographs they stand for (glyphs.ts), whichever reader made it.
 *
 * Each reader but that of plain text is loaded when the first file needing it comes: the OCR
 * runtime, pdf.js and SheetJS cost a process hundreds of megabytes and a second before its first
 * file, and most runs read few scans, workbooks or Word files.
 */
import { decodeText } from './decode.ts';
import { normaliseGlyphs } from './glyphs.ts';
import { cut, LIMITS } from './limits.ts';
import { imageKind } from './ocr/image-kind.ts';
import type { ScanOptions } from './ocr/scan.ts';
import { stripControls } from './printable.ts';
import { textToDocument } from './text.ts';
import { ReadError, type RawDocument, type ReadWarning } from './types.ts';
import type { SourceFormat } from '../template/schema.ts';

export interface ReadResult {
  doc: RawDocument;
  format: SourceFormat;
  encoding: string;
  /** The text was read from images by OCR. */
  ocr?: boolean;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK.. (DOCX, XLSX and OFD are zips)
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // .doc, .wps, .xls, .et
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf (.rtf, and many a .doc)
const SHEET_NAME = /\.(xlsx|xlsm|xls|et)$/i;

export async function readFile(bytes: Uint8Array, path: string, options: ScanOptions = {}): Promise<ReadResult> {
  const result = await readAny(bytes, path, options);
  bound(result.doc);
  return result;
}

async function readAny(bytes: Uint8Array, path: string, options: ScanOptions): Promise<ReadResult> {
  if (bytes.length === 0) throw new ReadError('empty-file', 'the file is empty (0 bytes)');
  if (startsWith(bytes, PDF_MAGIC)) {
    try {
      const { readPdf } = await import('./pdf.ts');
      return { doc: await readPdf(bytes), format: 'pdf', encoding: 'binary' };
    } catch (error) {
      if (!(error instanceof ReadError && error.code === 'pdf-no-text')) throw error;
    }
    const { readScan } = await import('./ocr/scan.ts');
    return { doc: await readScan(bytes, 'pdf', options), format: 'pdf', encoding: 'binary', ocr: true };
  }
  const image = imageKind(bytes);
  if (image) {
    const { readScan } = await import('./ocr/scan.ts');
    return { doc: await readScan(bytes, image, options), format: 'image', encoding: 'binary', ocr: true };
  }
  if (startsWith(bytes, ZIP_MAGIC)) return readZipped(bytes, path);
  if (startsWith(bytes, RTF_MAGIC)) return { doc: (await import('./doc.ts')).readRtfDocument(bytes), format: 'rtf', encoding: 'binary' };
  if (startsWith(bytes, OLE_MAGIC)) {
    const ole = (await import('./ole.ts')).openOle(bytes, path);
    if (ole.kind === 'doc') return { doc: (await import('./doc.ts')).readDoc(ole), format: 'doc', encoding: 'binary' };
    return { doc: await (await import('./xls.ts')).readXls(bytes, 'ole'), format: 'xls', encoding: 'binary' };
  }
  if (/\.pdf$/i.test(path)) throw new ReadError('unreadable-pdf', 'the file is named .pdf but does not start with %PDF: it is truncated or not a PDF');
  if (/\.docx$/i.test(path)) throw new ReadError('unreadable-docx', 'the file is named .docx but is not a zip archive: it is damaged or not a .docx');
  const { text, encoding, warnings } = decodeText(bytes);
  const html = isHtml(text, path);
  const doc = html ? (await import('./html.ts')).htmlToDocument(text) : textToDocument(text);
  if (warnings.length > 0) doc.warnings = [...warnings, ...(doc.warnings ?? [])];
  return { doc, format: html ? 'html' : /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text', encoding };
}

/**
 * A zip by what it holds: `word/document.xml` a DOCX, `xl/workbook.xml` an XLSX, `OFD.xml` an OFD.
 * A damaged one, whose entries cannot be listed, is read as its name says, and fails there.
 */
async function readZipped(bytes: Uint8Array, path: string): Promise<ReadResult> {
  const names = new Set(await (await import('./zip.ts')).zipNames(bytes));
  const kind = names.has('word/document.xml') ? 'docx' : names.has('xl/workbook.xml') ? 'xls' : names.has('OFD.xml') ? 'ofd' : SHEET_NAME.test(path) ? 'xls' : /\.ofd$/i.test(path) ? 'ofd' : names.size === 0 || /\.docx$/i.test(path) ? 'docx' : null;
  if (kind === 'xls') return { doc: await (await import('./xls.ts')).readXls(bytes, 'zip'), format: 'xls', encoding: 'binary' };
  if (kind === 'ofd') return { doc: await (await import('./ofd.ts')).readOfd(bytes), format: 'ofd', encoding: 'binary' };
  if (kind === 'docx') return { doc: await (await import('./docx.ts')).readDocx(bytes), format: 'docx', encoding: 'binary' };
  throw new ReadError('unsupported-format', `a zip archive that is neither a DOCX, an XLSX nor an OFD (it holds ${[...names].slice(0, 3).join(', ')}…); unpack it and ingest the reports it holds`);
}

/**
 * What every reader's output keeps, whatever the reader did: at most LIMITS.lines lines and
 * LIMITS.lineChars characters a line, no control characters in a cell, no look-alike radicals.
 */
function bound(doc: RawDocument): void {
  const warnings: ReadWarning[] = [];
  if (doc.lines.length > LIMITS.lines.value) {
    warnings.push({ code: 'limit-reached', message: cut('lines') });
    doc.lines.length = LIMITS.lines.value;
  }
  let longLines = 0;
  for (const line of doc.lines) {
    const { cells } = line;
    let room = LIMITS.lineChars.value;
    for (let i = 0; i < cells.length; i++) {
      const cell = normaliseGlyphs(stripControls(cells[i]!));
      if (cell.length > room) {
        cells[i] = cell.slice(0, room);
        cells.length = i + 1;
        if (line.spans) line.spans.length = i + 1;
        longLines++;
        break;
      }
      cells[i] = cell;
      room -= cell.length;
    }
  }
  if (longLines > 0) warnings.push({ code: 'limit-reached', message: cut('lineChars', longLines) });
  if (warnings.length > 0) doc.warnings = [...(doc.warnings ?? []), ...warnings];
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function isHtml(text: string, path: string): boolean {
  if (/\.x?html?$/i.test(path)) return true;
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<table|<div|<p[\s>])/i.test(text.slice(0, 2000));
}
