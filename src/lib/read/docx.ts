/**
 * DOCX → HTML with mammoth (the maintained converter), then the HTML reader: a Word table becomes
 * an HTML table with its merged cells, so DOCX and web pages share one path.
 */
import mammoth from 'mammoth';
import { htmlToDocument } from './html.ts';
import { ReadError, type RawDocument } from './types.ts';

export async function readDocx(bytes: Uint8Array): Promise<RawDocument> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = result.value;
  } catch (error) {
    throw new ReadError('unreadable-docx', `not a readable .docx file (${(error as Error).message.split('\n')[0]}); open and re-save it in Word or LibreOffice`);
  }
  return htmlToDocument(html);
}
