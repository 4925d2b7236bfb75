/**
 * A DOCX checked before mammoth converts it: the zip's bounds (zip.ts), and the number of
 * paragraphs and table rows in its main document. mammoth builds the whole document in memory
 * first, so that 5 million empty paragraphs (half a megabyte zipped) would take gigabytes before
 * any limit of the HTML reader could apply.
 */
import { LIMITS, refused } from './limits.ts';
import { ReadError } from './types.ts';
import { checkZip } from './zip.ts';

const DOCUMENT = 'word/document.xml';
/** Start tags of a paragraph or a table row: `<w:p>`, `<w:p/>`, `<w:p w:rsidR…>`, `<w:tr>`, `<w:tr …>`. */
const BLOCK_TAGS = ['<w:p>', '<w:p/>', '<w:p ', '<w:tr>', '<w:tr '].map((t) => Buffer.from(t));

export async function checkDocx(bytes: Uint8Array): Promise<void> {
  await checkZip(bytes, {
    damaged: 'unreadable-docx',
    inspect: {
      wants: (name) => name === DOCUMENT,
      entry(_name, xml) {
        let blocks = 0;
        for (const tag of BLOCK_TAGS) {
          for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) {
            if (++blocks > LIMITS.docxBlocks.value) throw new ReadError('too-large', refused('docxBlocks'));
          }
        }
      },
    },
  });
}
