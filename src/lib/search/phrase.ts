/**
 * What a full-text result must hold as written: each phrase in quotes ("指尖上的形式主义",
 * “指尖上的形式主义” or 「…」), and each Chinese word of two or more characters (行政复议).
 * Pagefind cuts Chinese into words once when it builds the index and again, otherwise, in the
 * browser: its own exact search ("…") finds nothing for most Chinese phrases, and without it a
 * query of 行政复议 also finds pages that only say 行政 (行政机关, 行政许可). Instead the query goes
 * to Pagefind without its quotes, for the candidates and their order, and each result is kept only
 * when its text holds every phrase (src/browser/full-text.ts). Latin words and single characters
 * are left to Pagefind. Pure.
 */

export interface ParsedQuery {
  /** What Pagefind searches: the query with its quotes taken out. */
  text: string;
  /** The phrases each result must hold, as normalised by `phraseKey`. */
  phrases: string[];
}

/** Pairs of quotes a phrase may be written in: ASCII, Chinese curly quotes, corner brackets. */
const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g;

/** A text as phrases are compared: full-width folded (NFKC), lower case, without white space. */
export function phraseKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** A run of Chinese characters (with the middle dot of names), two or more. */
const CHINESE_WORD = /[\p{Script=Han}·]{2,}/gu;

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const add = (phrase: string) => {
    const key = phraseKey(phrase);
    if (key && !phrases.includes(key)) phrases.push(key);
  };
  const unquoted = query.replace(QUOTED, (_all, ...groups: (string | undefined)[]) => {
    add(groups.slice(0, 4).find((g) => g !== undefined) ?? '');
    return ' ';
  });
  for (const word of unquoted.match(CHINESE_WORD) ?? []) add(word);
  const text = query.replace(QUOTED, (_all, ...groups: (string | undefined)[]) => ` ${groups.slice(0, 4).find((g) => g !== undefined) ?? ''} `);
  return { text: text.replace(/\s+/g, ' ').trim(), phrases };
}

/** Whether `content` holds every phrase. */
export function holdsPhrases(content: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return true;
  const key = phraseKey(content);
  return phrases.every((p) => key.includes(p));
}
