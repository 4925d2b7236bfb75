/**
 * Files of every format whose text holds one string far longer than a line may be (limits.ts
 * `lineChars`), made at test time: small on disk where the format compresses (a repeated
 * character deflated), as large as the file limit allows where it does not. Each is the smallest
 * file of its format that its reader reads, written by hand from the format's specification.
 */
import { deflateSync } from 'node:zlib';
import { CFB } from '@e965/xlsx';
import { zip } from './cases.ts';

/** A DOCX whose one paragraph is `text`. */
export function docxOf(text: string): Buffer {
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>') },
    { name: 'word/document.xml', data: Buffer.from(document) },
  ]);
}

/** An XLSX of one sheet whose cells A1, A2, … hold the shared strings `strings`, in order. */
export function xlsxOf(strings: string[]): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rows = strings.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join('');
  const shared = strings.map((s) => `<si><t>${s}</t></si>`).join('');
  return zip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      ),
    },
    { name: '_rels/.rels', data: Buffer.from(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: Buffer.from(`<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData>${rows}</sheetData></worksheet>`) },
    { name: 'xl/sharedStrings.xml', data: Buffer.from(`<?xml version="1.0"?><sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${shared}</sst>`) },
  ]);
}

/**
 * A PDF of `pages` pages (one by default) that all print one content stream (deflated), `content`,
 * Helvetica as /F1. Text shown with `Tj` must be ASCII.
 */
export function pdfOf(content: string, pages = 1): Buffer {
  const stream = deflateSync(Buffer.from(content, 'latin1'));
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: Buffer) => {
    parts.push(part);
    length += part.length;
  };
  add(Buffer.from('%PDF-1.4\n'));
  // The catalog, the page tree, the font, the content, then the pages.
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ')}] >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
    ...Array<string>(pages).fill('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>'),
  ];
  objects.forEach((object, i) => {
    offsets.push(length);
    add(Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(object), Buffer.from('\nendobj\n')]));
  });
  const xref = length;
  add(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`));
  add(Buffer.from(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/**
 * A Word 97 document ([MS-DOC]) whose main text is `text`, its paragraphs ended by `\r`, in one
 * piece of 8-bit characters (Windows-1252: ASCII here) or, `utf16`, of UTF-16: a FIB with the
 * piece table's place and the text's length, the piece table in the 0Table stream, no formatting
 * (every paragraph a plain one).
 */
export function docOf(text: string, utf16 = false): Buffer {
  const TEXT_AT = 1024;
  const wordDocument = Buffer.alloc(TEXT_AT + text.length * (utf16 ? 2 : 1));
  wordDocument.writeUInt16LE(0xa5ec, 0); // wIdent
  wordDocument.writeUInt16LE(0xc1, 2); // nFib: Word 97
  wordDocument.writeUInt16LE(14, 32); // csw, then FibRgW's 14 words
  wordDocument.writeUInt16LE(22, 62); // cslw, then FibRgLw's 22 longs
  wordDocument.writeUInt32LE(text.length, 64 + 12); // ccpText, the fourth long
  wordDocument.writeUInt16LE(93, 152); // cbRgFcLcb: FibRgFcLcb97
  const CLX = 33;
  wordDocument.writeUInt32LE(0, 154 + CLX * 8); // fcClx
  wordDocument.writeUInt32LE(21, 154 + CLX * 8 + 4); // lcbClx
  wordDocument.write(text, TEXT_AT, utf16 ? 'utf16le' : 'latin1');
  // Clx: a Pcdt (0x02, its size, the character positions 0 and the text's length, one PCD
  // whose fc has the "compressed" bit and is twice the byte offset).
  const table = Buffer.alloc(21);
  table.writeUInt8(0x02, 0);
  table.writeUInt32LE(16, 1);
  table.writeUInt32LE(0, 5);
  table.writeUInt32LE(text.length, 9);
  table.writeUInt32LE(utf16 ? TEXT_AT : 0x40000000 | (TEXT_AT * 2), 13 + 2);
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, 'WordDocument', wordDocument);
  CFB.utils.cfb_add(cfb, '0Table', table);
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}
