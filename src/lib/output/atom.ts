/**
 * Atom 1.0 documents (RFC 4287) as text: a feed of entries, each with its id, title, time, links,
 * authors, categories and a plain-text content. Every text is XML-escaped and stripped of the
 * characters XML 1.0 cannot hold, since titles and names come from reports (untrusted): no text is
 * ever markup, so the content is `type="text"` and no report's HTML reaches a feed reader.
 */

export interface AtomLink {
  href: string;
  rel?: 'self' | 'alternate';
  type?: string;
}

export interface AtomCategory {
  term: string;
  label: string;
}

export interface AtomEntry {
  /** A permanent IRI (a tag URI): a reader knows an entry it has seen by it. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  links: AtomLink[];
  authors: string[];
  categories: AtomCategory[];
  /** Plain text, one line each. */
  content: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  links: AtomLink[];
  authors: string[];
  entries: AtomEntry[];
}

/**
 * Characters XML 1.0 does not allow anywhere (controls but tab and line breaks, lone surrogates,
 * U+FFFE and U+FFFF): removed, as no escape can write them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data or an attribute value (double-quoted). `]]>` cannot survive: `>` is escaped. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function link(l: AtomLink): string {
  const rel = l.rel ? ` rel="${l.rel}"` : '';
  const type = l.type ? ` type="${xmlText(l.type)}"` : '';
  return `<link${rel}${type} href="${xmlText(l.href)}"/>`;
}

const author = (name: string) => `<author><name>${xmlText(name)}</name></author>`;
const element = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;

function entry(e: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', e.id)}`,
    `    ${element('title', e.title)}`,
    `    ${element('updated', e.updated)}`,
    ...e.links.map((l) => `    ${link(l)}`),
    ...e.authors.map((a) => `    ${author(a)}`),
    ...e.categories.map((c) => `    <category term="${xmlText(c.term)}" label="${xmlText(c.label)}"/>`),
    `    <content type="text">${xmlText(e.content.join('\n'))}</content>`,
    '  </entry>',
  ].join('\n');
}

export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  ${element('updated', feed.updated)}`,
    ...feed.links.map((l) => `  ${link(l)}`),
    ...feed.authors.map((a) => `  ${author(a)}`),
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
