/**
 * Copies of a fixture that are not byte-identical (ingest skips identical bytes as duplicates) yet
 * read exactly as the fixture does: the formats the corpus generator does not render (Word 97–2003,
 * workbooks, OFD) are measured on copies of their fixtures. A zip (XLSX, OFD) gets a comment of
 * `n` spaces in its end record, which every zip reader skips; an OLE file (.doc, .xls) `n` bytes
 * after its last sector, which its directory never points to.
 */

/** The zip's end-of-central-directory record, when the archive has no comment: its last 22 bytes. */
const EOCD = 0x06054b50;

export function variant(bytes: Buffer, n: number): Buffer {
  const end = bytes.length - 22;
  if (end >= 0 && bytes.readUInt32LE(end) === EOCD && bytes.readUInt16LE(end + 20) === 0) {
    const copy = Buffer.concat([bytes, Buffer.alloc(n, 0x20)]);
    copy.writeUInt16LE(n, end + 20);
    return copy;
  }
  return Buffer.concat([bytes, Buffer.alloc(n)]);
}
