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

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_IRI = /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/;

/**
 * What RFC 4287 requires of a feed and its entries, checked by hand (no maintained Atom or RELAX NG
 * validator is installed): the root atom:feed; exactly one atom:id (an absolute IRI), atom:title and
 * atom:updated (a date-time of RFC 3339) in the feed and in each entry; an atom:author in the feed
 * or in every entry; at most one atom:content, of a type text, html or xhtml; at most one
 * rel="alternate" link per type and language; an href on every link. Returns the problems.
 */
export function atomProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.uri !== ATOM_NS || root.name !== 'feed') return [`the root is {${root.uri}}${root.name}, not atom:feed`];
  const one = (e: XmlElement, name: string, where: string): XmlElement | null => {
    const found = atomChildren(e, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} atom:${name}, not one`);
    return found[0] ?? null;
  };
  const common = (e: XmlElement, where: string) => {
    const id = one(e, 'id', where);
    if (id && !ABSOLUTE_IRI.test(id.text)) problems.push(`${where}: atom:id ${id.text} is not an absolute IRI`);
    one(e, 'title', where);
    const updated = one(e, 'updated', where);
    if (updated && !DATE_TIME.test(updated.text)) problems.push(`${where}: atom:updated ${updated.text} is not an RFC 3339 date-time`);
    const alternates = atomChildren(e, 'link').filter((l) => (l.attributes.rel ?? 'alternate') === 'alternate').map((l) => `${l.attributes.type ?? ''} ${l.attributes.hreflang ?? ''}`);
    if (new Set(alternates).size !== alternates.length) problems.push(`${where}: two rel="alternate" links of one type and language`);
    for (const l of atomChildren(e, 'link')) if (!l.attributes.href) problems.push(`${where}: a link without href`);
    for (const a of atomChildren(e, 'author')) one(a, 'name', `${where} atom:author`);
  };
  common(root, 'feed');
  const feedAuthor = atomChildren(root, 'author').length > 0;
  atomChildren(root, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    common(entry, where);
    if (!feedAuthor && atomChildren(entry, 'author').length === 0) problems.push(`${where}: no atom:author, and the feed has none`);
    const contents = atomChildren(entry, 'content');
    if (contents.length > 1) problems.push(`${where}: ${contents.length} atom:content`);
    for (const c of contents) if (!['text', 'html', 'xhtml', undefined].includes(c.attributes.type)) problems.push(`${where}: atom:content of type ${c.attributes.type}`);
  });
  return problems;
}
