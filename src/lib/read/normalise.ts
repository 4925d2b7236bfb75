/**
 * The text of every reader that takes characters from a file's own encoding of glyphs (PDF, OFD,
 * Word 97–2003, spreadsheets) passes through here, so that a repair of the characters printed is
 * made once for all of them.
 *
 * Some producers map ideographs to look-alike Kangxi radicals (U+2F00–U+2FDF, `⼀` for `一`) or
 * CJK compatibility ideographs; NFKC turns those back into the ordinary characters printed. The
 * rest of the text is left as printed (full-width punctuation stays full-width).
 */
export function normaliseText(s: string): string {
  return s.replace(/[\u2F00-\u2FDF\uF900-\uFAFF]/g, (c) => c.normalize('NFKC'));
}
