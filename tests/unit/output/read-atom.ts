/**
 * An Atom document read back by saxes, a maintained, strict XML parser with namespaces: it throws
 * on anything that is not well-formed XML (an unescaped `<` or `&`, a `]]>` in text, a control
 * character). The tests read the feed as a reader would, by element and namespace.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function readXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** The child elements of an Atom element by name. */
export function atomChildren(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.uri === ATOM_NS && c.name === name);
}

/** The one child of that name (fails when there is none or more than one, as RFC 4287 requires one). */
export function atomChild(element: XmlElement, name: string): XmlElement {
  const found = atomChildren(element, name);
  if (found.length !== 1) throw new Error(`expected one atom:${name} in atom:${element.name}, found ${found.length}`);
  return found[0]!;
}
