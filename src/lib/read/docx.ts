/**
 * DOCX → HTML with mammoth (the maintained converter), then the HTML reader: a Word table becomes
 * an HTML table with its merged cells, so DOCX and web pages share one path.
 *
 * Places (types.ts `Place`): a Word document has no lines, so `line` is the number of the
 * paragraph or table row, counted from the top of the body, one for each paragraph and one for
 * each table row, as Word lays them out: every paragraph mark counts, empty paragraphs included
 * (Word shows each as ¶ with formatting marks on), and a table row counts once however many
 * paragraphs its cells hold. A 表三 row in the 58th such block is thus `line: 58`. Where mammoth
 * moves text, the count follows it: a text box counts as paragraphs after the paragraph that holds
 * it, footnotes and endnotes come after the body; headers and footers are not read at all.
 */
import mammoth from 'mammoth';
import { htmlToDocument } from './html.ts';
import { docxMeta } from './meta.ts';
import { ReadError, type RawDocument } from './types.ts';

export async function readDocx(bytes: Uint8Array): Promise<RawDocument> {
  let html: string;
  try {
    // Empty paragraphs are kept so that they are counted; they give no line of text.
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false });
    html = result.value;
  } catch (error) {
    throw new ReadError('unreadable-docx', `not a readable .docx file (${(error as Error).message.split('\n')[0]}); open and re-save it in Word or LibreOffice`);
  }
  const doc = htmlToDocument(html, 'word');
  const meta = await docxMeta(bytes);
  if (meta) doc.meta = meta;
  return doc;
}
