/**
 * A DOCX's zip checked and opened: the zip's bounds (zip.ts), and the number of paragraphs and
 * table rows in its main document and its notes, counted in the bytes before any XML is parsed, so that 5
 * million empty paragraphs (half a megabyte zipped) are refused before they cost anything.
 * Returns the parts docx.ts reads, as text (the metadata as stored, for meta.ts to bound).
 */
import { LIMITS, refused } from './limits.ts';
import { ReadError } from './types.ts';
import { checkZip } from './zip.ts';

const DOCUMENT = 'word/document.xml';
/** Start tags of a paragraph or a table row: `<w:p>`, `<w:p/>`, `<w:p w:rsidR…>`, `<w:tr>`, `<w:tr …>`. */
const BLOCK_TAGS = ['<w:p>', '<w:p/>', '<w:p ', '<w:tr>', '<w:tr '].map((t) => Buffer.from(t));
/** The parts read: the body, the style names (which paragraphs are headings), footnotes and endnotes, the file's dates. */
const PARTS = { document: DOCUMENT, styles: 'word/styles.xml', footnotes: 'word/footnotes.xml', endnotes: 'word/endnotes.xml', core: 'docProps/core.xml' } as const;
const UTF8 = new TextDecoder('utf-8');

export interface DocxParts {
  document: string;
  styles?: string;
  footnotes?: string;
  endnotes?: string;
  /** As stored: docx.ts's metadata reader bounds it before decoding it. */
  core?: Uint8Array;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const found = new Map<string, Buffer>();
  const wanted = new Set<string>(Object.values(PARTS));
  const blocks = { count: 0 };
  await checkZip(bytes, {
    damaged: 'unreadable-docx',
    inspect: {
      wants: (name) => wanted.has(name),
      entry(name, xml) {
        if (name === DOCUMENT || name === PARTS.footnotes || name === PARTS.endnotes) countBlocks(xml, blocks);
        // Readers differ in which of two entries of one name they take: what this one read could be what Word does not show.
        if (found.has(name)) throw new ReadError('unreadable-docx', `the DOCX holds two entries named ${name}: which of them is the document is unclear, so the file is not read; re-save it in Word or LibreOffice`);
        found.set(name, xml);
      },
    },
  });
  const text = (name: string) => {
    const data = found.get(name);
    return data === undefined ? undefined : UTF8.decode(data);
  };
  const document = text(DOCUMENT);
  if (document === undefined) throw new ReadError('unreadable-docx', `the file has no ${DOCUMENT}: it is damaged or not a .docx; open and re-save it in Word or LibreOffice`);
  return { document, styles: text(PARTS.styles), footnotes: text(PARTS.footnotes), endnotes: text(PARTS.endnotes), core: found.get(PARTS.core) };
}

/** Paragraphs and rows of the body and its notes, all read as lines, counted against one limit. */
function countBlocks(xml: Buffer, blocks: { count: number }): void {
  for (const tag of BLOCK_TAGS) {
    for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) {
      if (++blocks.count > LIMITS.docxBlocks.value) throw new ReadError('too-large', refused('docxBlocks'));
    }
  }
}
