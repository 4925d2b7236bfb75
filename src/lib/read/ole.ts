/**
 * OLE compound files (the container of Word 97–2003 `.doc`, WPS `.wps`, Excel 97–2003 `.xls` and
 * WPS `.et` files, and of password-protected DOCX/XLSX), opened with SheetJS's CFB reader (the
 * one the spreadsheet reader uses itself). What is inside tells the format, never the file's name:
 * a `WordDocument` stream is a Word document, `Workbook` or `Book` a workbook.
 */
import { CFB as SheetCfb } from '@e965/xlsx';
import { ReadError } from './types.ts';

export type OleKind = 'doc' | 'xls';

export interface OleFile {
  kind: OleKind;
  /** The bytes of a stream at the top of the file (`WordDocument`, `1Table`), or null when it has none. */
  stream(name: string): Uint8Array | null;
}

interface CfbEntry {
  name: string;
  type: number;
  content?: Uint8Array | number[];
}
interface Cfb {
  FullPaths: string[];
  FileIndex: CfbEntry[];
}
/** SheetJS exports its CFB reader untyped: what this module uses of it. */
const CFB = SheetCfb as { read(data: Buffer, options: { type: 'buffer' }): Cfb };

/** @param path the file's name, which says only what a file that cannot be opened was meant to be */
export function openOle(bytes: Uint8Array, path: string): OleFile {
  let cfb: Cfb;
  try {
    cfb = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch {
    // SheetJS's message names its own variables (`Cannot set properties of undefined`): not said.
    const code = /\.(doc|wps)$/i.test(path) ? 'unreadable-doc' : /\.(xls|et)$/i.test(path) ? 'unreadable-xls' : 'unsupported-format';
    throw new ReadError(code, `an OLE file (the container of .doc and .xls files) whose directory cannot be read (${bytes.length.toLocaleString('en-US')} bytes): it is damaged or truncated; open and re-save it in Word, WPS or Excel`);
  }
  const top = new Map<string, CfbEntry>();
  cfb.FileIndex.forEach((entry, i) => {
    // Streams directly under the root: `Root Entry/WordDocument`.
    if (entry.type === 2 && cfb.FullPaths[i]!.split('/').length === 2) top.set(entry.name, entry);
  });
  const stream = (name: string) => {
    const content = top.get(name)?.content;
    if (!content) return null;
    return content instanceof Uint8Array ? content : Uint8Array.from(content);
  };
  if (top.has('EncryptedPackage') || top.has('EncryptionInfo')) {
    throw new ReadError('unsupported-format', 'the file is password-protected (an encrypted Office document): save an unprotected copy and ingest again');
  }
  if (top.has('WordDocument')) return { kind: 'doc', stream };
  if (top.has('Workbook') || top.has('Book')) return { kind: 'xls', stream };
  const what = top.has('PowerPoint Document') ? 'a PowerPoint presentation' : top.has('CONTENTS') ? 'a Microsoft Works document' : `streams ${[...top.keys()].slice(0, 5).join(', ') || 'none'}`;
  throw new ReadError('unsupported-format', `an OLE file that is neither a Word document nor a workbook (${what}); save the report as .docx, .doc, .xlsx or PDF and ingest again`);
}
