/**
 * XML read as a stream of elements (saxes, the parser word-extractor also uses), for the formats
 * that are zips of XML (OFD). Safe by construction against the XML attacks: saxes resolves no
 * external entity and expands no entity a document declares (only the five predefined and
 * character references), and a document with a DOCTYPE is refused outright, as no format read
 * here has one.
 */
import { SaxesParser } from 'saxes';
import { causeOf, ReadError, type ReadErrorCode } from './types.ts';

export interface XmlHandlers {
  /** An element opens: its local name (no namespace prefix), its attributes, the local names of its ancestors. */
  open?(name: string, attributes: Record<string, string>, ancestors: readonly string[]): void;
  /** Text inside the innermost open element. */
  text?(text: string, ancestors: readonly string[]): void;
  close?(name: string, ancestors: readonly string[]): void;
}

/** Walks `xml` (the entry `file` of the archive); a malformed document is a ReadError with `code`. */
export function walkXml(xml: string, file: string, code: ReadErrorCode, on: XmlHandlers): void {
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let failure: Error | null = null;
  parser.on('doctype', () => {
    failure ??= new Error('it declares a DOCTYPE, which this format never has');
  });
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    on.open?.(name, tag.attributes as Record<string, string>, stack);
    stack.push(name);
  });
  parser.on('text', (text) => on.text?.(text, stack));
  parser.on('cdata', (text) => on.text?.(text, stack));
  parser.on('closetag', (tag) => {
    stack.pop();
    on.close?.(localName(tag.name), stack);
  });
  try {
    parser.write(xml);
    if (!failure) parser.close();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    failure ??= error as Error;
  }
  if (failure) throw new ReadError(code, `${file} is not well-formed XML (${causeOf(failure)}); the file is damaged: re-export it`);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
