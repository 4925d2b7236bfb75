/**
 * Quoted phrases in a full-text query: "指尖上的形式主义", “指尖上的形式主义” or 「…」. Pagefind
 * cuts Chinese into words once when it builds the index and again, otherwise, in the browser, so
 * its own exact search ("…") finds nothing for most Chinese phrases. Instead the words of the
 * query go to Pagefind without the quotes, and each result is kept only when its text holds every
 * phrase as written (src/browser/full-text.ts). Pure.
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

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const text = query.replace(QUOTED, (_all, ...groups: (string | undefined)[]) => {
    const inner = groups.slice(0, 4).find((g) => g !== undefined) ?? '';
    if (phraseKey(inner)) phrases.push(phraseKey(inner));
    return ` ${inner} `;
  });
  return { text: text.replace(/\s+/g, ' ').trim(), phrases };
}

/** Whether `content` holds every phrase. */
export function holdsPhrases(content: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return true;
  const key = phraseKey(content);
  return phrases.every((p) => key.includes(p));
}
