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
/** Bytes kept from the end of one chunk, so that a tag split between two chunks is counted once. */
const OVERLAP = 5;

export async function checkDocx(bytes: Uint8Array): Promise<void> {
  let blocks = 0;
  let tail: Buffer = Buffer.alloc(0);
  await checkZip(bytes, {
    damaged: 'unreadable-docx',
    watch: {
      entries: new Set([DOCUMENT]),
      chunk(_entry, chunk) {
        const text = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
        // Tags lying wholly in the overlap were counted with the chunk before.
        for (const tag of BLOCK_TAGS) {
          for (let at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + tag.length)) if (at + tag.length > tail.length) blocks++;
        }
        tail = text.subarray(Math.max(0, text.length - OVERLAP));
        if (blocks > LIMITS.docxBlocks.value) throw new ReadError('too-large', refused('docxBlocks', `more than ${LIMITS.docxBlocks.value.toLocaleString('en-US')}`));
      },
    },
  });
}
