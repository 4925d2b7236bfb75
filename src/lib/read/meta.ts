/**
 * What a file says about itself outside its text (types.ts `DocumentMeta`): a web page's
 * publication date as its CMS writes it in `<head>`, and the address a saved page came from; a
 * PDF's Info dictionary; a DOCX's `docProps/core.xml`; an OFD's `DocInfo`. Values are kept as
 * written: parse/dates.ts reads the day from them. Metadata is never a reason for a file to fail:
 * a damaged or missing field is simply absent.
 */
import { Parser } from 'htmlparser2';
import type { DocumentMeta, MetaDate } from './types.ts';
import { walkXml } from './xml.ts';

/** The head of a page, and a saved page's `<!-- saved from url=… -->`, lie well within this. */
const HEAD_CHARS = 256 * 1024;
/**
 * The head is read in pieces this long, and reading stops at `<body>` or this deep a nesting:
 * htmlparser2's cost grows with the square of the depth (html.ts), and a head is never deep.
 */
const PIECE = 4096;
const MAX_DEPTH = 64;
/** A metadata value longer than this is not a date or an address. */
const MAX_VALUE = 500;
/** docProps/core.xml is a few hundred bytes; far more is not metadata. */
const MAX_CORE_BYTES = 64 * 1024;

/** `<meta name=…>` or `<meta property=…>` (lower case) that carry a page's publication date, as CMSs of government sites write them. */
const PUBLISHED_META = new Set(['pubdate', 'publishdate', 'article:published_time']);

/** The head of an HTML page: its publication date and the address it states for itself. */
export function htmlMeta(html: string): DocumentMeta | undefined {
  const dates: MetaDate[] = [];
  let saved: string | undefined;
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  let depth = 0;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (done || name === 'body' || ++depth > MAX_DEPTH) {
          done = true;
          return;
        }
        const key = (a.name ?? a.property ?? '').trim().toLowerCase();
        const content = (a.content ?? '').trim();
        if (name === 'meta' && PUBLISHED_META.has(key) && content && content.length <= MAX_VALUE) {
          dates.push({ kind: 'published', value: content, field: `<meta ${a.name === undefined ? 'property' : 'name'}="${a.name ?? a.property}">` });
        }
        if (name === 'meta' && key === 'og:url' && content) ogUrl ??= content;
        if (name === 'link' && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href) canonical ??= a.href.trim();
      },
      onclosetag() {
        depth--;
      },
      oncomment(data) {
        if (done) return;
        // Internet Explorer and Chinese browsers write `saved from url=(0041)https://…` at the top of a saved page.
        const match = /saved from url=\(\d+\)(\S+)/i.exec(data);
        if (match) saved ??= match[1];
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  for (let at = 0; at < Math.min(html.length, HEAD_CHARS) && !done; at += PIECE) parser.write(html.slice(at, at + PIECE));
  const urls = [saved, canonical, ogUrl].filter((u) => u !== undefined && u.length <= MAX_VALUE) as string[];
  if (dates.length === 0 && urls.length === 0) return undefined;
  return urls.length === 0 ? { dates } : { dates, urls };
}

/** A PDF's Info dictionary (pdf.js `getMetadata().info`): its `CreationDate` and `ModDate`. */
export function pdfMeta(info: unknown): DocumentMeta | undefined {
  const fields = (info ?? {}) as Record<string, unknown>;
  const dates: MetaDate[] = [];
  for (const [field, kind] of [['CreationDate', 'file-created'], ['ModDate', 'file-modified']] as const) {
    const value = fields[field];
    if (typeof value === 'string' && value.trim() && value.length <= MAX_VALUE) dates.push({ kind, value: value.trim(), field: `PDF ${field}` });
  }
  return dates.length > 0 ? { dates } : undefined;
}

/** An OFD's `OFD.xml`: `DocInfo`'s `CreationDate` and `ModDate`. */
export function ofdMeta(xml: string): DocumentMeta | undefined {
  return xmlDates(xml, 'OFD DocInfo', { CreationDate: 'file-created', ModDate: 'file-modified' }, 'DocInfo');
}

/** A DOCX's `docProps/core.xml` (docx-bounds.ts takes it from the zip): `dcterms:created` and `dcterms:modified`. */
export function docxMeta(core: Uint8Array): DocumentMeta | undefined {
  if (core.length > MAX_CORE_BYTES) return undefined;
  return xmlDates(new TextDecoder('utf-8').decode(core), 'docProps/core.xml', { created: 'file-created', modified: 'file-modified' }, 'coreProperties');
}

/** The text of the elements named in `kinds`, children of `parent`, each labelled `label name`; undefined when none, or when the XML is damaged. */
function xmlDates(xml: string, label: string, kinds: Record<string, MetaDate['kind']>, parent: string): DocumentMeta | undefined {
  const dates: MetaDate[] = [];
  try {
    // The code is never seen: a damaged file's metadata is left out, the reader proper reports the damage.
    walkXml(xml, label, 'unreadable-docx', {
      text(text, ancestors) {
        const name = ancestors.at(-1)!;
        const kind = Object.hasOwn(kinds, name) ? kinds[name] : undefined;
        if (kind && ancestors.at(-2) === parent && text.trim() && text.length <= MAX_VALUE) dates.push({ kind, value: text.trim(), field: `${label} ${name}` });
      },
    });
  } catch {
    return undefined;
  }
  return dates.length > 0 ? { dates } : undefined;
}
