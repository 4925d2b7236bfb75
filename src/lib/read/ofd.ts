/**
 * OFD (GB/T 33190-2016, the national fixed-layout format) → lines of cells, through the same
 * geometry as a PDF's text layer (layout.ts). An OFD is a zip of XML: `OFD.xml` names each
 * document's root (`Doc_0/Document.xml`), which lists the pages (`Pages/Page_0/Content.xml`), the
 * default page size and the template pages; a page's content holds `TextObject`s, each with a
 * `Boundary` (its box on the page, in millimetres, y downwards), a font `Size`, an optional `CTM`
 * and `TextCode`s: text whose first character's baseline is at `X`, `Y` inside the box and whose
 * next ones follow at the advances of `DeltaX` (`g 3 4.2` is 4.2 three times).
 *
 * Each printed character becomes a run at its position, one font size high, and layout.ts joins
 * them into lines and cells as it does a PDF's runs: no new rule for OFD. The characters are the
 * Unicode text of the `TextCode`s; an OFD whose text is only glyph indices into embedded fonts
 * (or a scan saved as OFD, images only) has none to read and fails with `ofd-no-text`.
 *
 * Places (types.ts `Place`) are counted as for a PDF: the page, and the printed line on it from
 * the top, a template page's lines (running headers, page numbers) included.
 */
import { dropPageNumbers, dropRepeatedMargins, groupLines, type Page, type Run } from './layout.ts';
import { appendCapped, budgetWarnings, cut, LIMITS, spend, textBudget, type TextBudget } from './limits.ts';
import { ReadError, type RawDocument, type RawLine, type ReadWarning } from './types.ts';
import { ofdMeta } from './meta.ts';
import { walkXml } from './xml.ts';
import { checkZip } from './zip.ts';

/** Fewer visible characters than this in the whole file means there is no text to read. */
const MIN_TEXT_CHARS = 20;
/** A4 in millimetres, where neither the page nor the document says. */
const A4 = { width: 210, height: 297 };
const UTF8 = new TextDecoder('utf-8');

interface PageRef {
  content: string;
  /** The document's default page size. */
  box: Box;
  /** The template pages of the document, by ID. */
  templates: ReadonlyMap<string, string>;
}
interface Box {
  width: number;
  height: number;
}

export async function readOfd(bytes: Uint8Array): Promise<RawDocument> {
  const files = new Map<string, string>();
  await checkZip(bytes, {
    damaged: 'unreadable-ofd',
    inspect: {
      wants: (name) => /\.xml$/i.test(name),
      entry(name, data) {
        const path = normalisePath(name);
        // Readers differ in which of two entries of one name they take: what this one read could be what no viewer shows.
        if (files.has(path)) throw new ReadError('unreadable-ofd', `the OFD holds two entries named ${path}: which of them is the document is unclear, so the file is not read; re-export it`);
        files.set(path, UTF8.decode(data));
      },
    },
  });
  const xml = (path: string) => {
    const text = files.get(path);
    if (text === undefined) throw new ReadError('unreadable-ofd', `the OFD lacks ${path}, which it refers to: the file is damaged or incomplete; re-export it`);
    return text;
  };
  const pageRefs = documentPages(xml('OFD.xml'), xml);
  if (pageRefs.length === 0) throw new ReadError('unreadable-ofd', 'the OFD has no pages (its Document.xml lists none): the file is damaged or incomplete; re-export it');

  const pages: Page[] = [];
  // Shared by the pages: a TextCode of 100 million characters (a few hundred kilobytes zipped) would take gigabytes as runs.
  const budget = textBudget();
  // Each content file is parsed once, however many pages print it: a template page on every page,
  // or (a hostile file) 500 pages of one 3 MB content, which took 70 s parsed for each.
  const contents = new Map<string, PageContent>();
  const contentOf = (path: string): PageContent => {
    const known = contents.get(path);
    if (known) return { ...known, runs: reuseRuns(known.runs, budget) };
    const runs: Run[] = [];
    const content = { ...pageRuns(xml(path), path, runs, budget), runs };
    contents.set(path, content);
    return content;
  };
  for (const ref of pageRefs.slice(0, LIMITS.ofdPages.value)) {
    const page = contentOf(ref.content);
    const runs = [...page.runs];
    for (const id of page.templates) {
      const template = ref.templates.get(id);
      if (template) for (const run of contentOf(template).runs) runs.push(run);
    }
    const box = page.box ?? ref.box;
    pages.push({ width: box.width, height: box.height, lines: groupLines(runs) });
  }
  dropPageNumbers(pages);
  dropRepeatedMargins(pages);
  const textChars = pages.flatMap((p) => p.lines).reduce((n, l) => n + l.cells.join('').replace(/\s/g, '').length, 0);
  if (textChars < MIN_TEXT_CHARS) {
    throw new ReadError('ofd-no-text', `the OFD has no text to read (${pages.length} page${pages.length === 1 ? '' : 's'}, ${textChars} characters): its pages are images (a scan) or its text is only glyphs of embedded fonts; export it as PDF and ingest that`);
  }
  const lines: RawLine[] = [];
  pages.forEach((page, p) => {
    for (const l of page.lines) lines.push({ cells: l.cells, place: { page: p + 1, line: l.number }, spans: l.spans });
  });
  const doc: RawDocument = { lines, exactCells: false };
  const warnings: ReadWarning[] = [];
  if (pageRefs.length > pages.length) warnings.push({ code: 'limit-reached', message: cut('ofdPages', pageRefs.length) });
  warnings.push(...budgetWarnings(budget));
  if (warnings.length > 0) doc.warnings = warnings;
  const meta = ofdMeta(xml('OFD.xml'));
  if (meta) doc.meta = meta;
  return doc;
}

/** The pages of every document of the package, in order, with their size and template pages. */
function documentPages(ofd: string, xml: (path: string) => string): PageRef[] {
  const roots: string[] = [];
  walkXml(ofd, 'OFD.xml', 'unreadable-ofd', {
    text(text, ancestors) {
      if (ancestors.at(-1) === 'DocRoot' && text.trim()) roots.push(normalisePath(text.trim()));
    },
  });
  if (roots.length === 0) throw new ReadError('unreadable-ofd', 'OFD.xml names no document (no DocRoot): the file is damaged or not an OFD');
  const pages: PageRef[] = [];
  for (const root of roots) {
    const dir = root.slice(0, root.lastIndexOf('/') + 1);
    const templates = new Map<string, string>();
    const contents: string[] = [];
    let box: Box = A4;
    walkXml(xml(root), root, 'unreadable-ofd', {
      open(name, attributes, ancestors) {
        if (name === 'TemplatePage' && attributes.ID && attributes.BaseLoc) templates.set(attributes.ID, resolvePath(dir, attributes.BaseLoc));
        if (name === 'Page' && ancestors.at(-1) === 'Pages' && attributes.BaseLoc) contents.push(resolvePath(dir, attributes.BaseLoc));
      },
      text(text, ancestors) {
        if (ancestors.at(-1) === 'PhysicalBox' && ancestors.at(-2) === 'PageArea' && ancestors.at(-3) === 'CommonData') box = boxOf(text) ?? box;
      },
    });
    for (const content of contents) pages.push({ content, box, templates });
  }
  return pages;
}

/**
 * Appends the runs of a page's (or a template page's) content to `runs`; returns the page's own
 * size where its `Area` gives one, and the IDs of the template pages it is printed on.
 */
function pageRuns(content: string, file: string, runs: Run[], budget: TextBudget): { box: Box | null; templates: string[] } {
  let box: Box | null = null;
  const templates: string[] = [];
  let object: { x: number; y: number; size: number; ctm: number[] | null } | null = null;
  let code: Code | null = null;
  // Where the next character goes when a TextCode gives no X or Y: after the last one.
  let pen = { x: 0, y: 0 };
  walkXml(content, file, 'unreadable-ofd', {
    open(name, a, ancestors) {
      if (name === 'Template' && ancestors.length === 1 && a.TemplateID) templates.push(a.TemplateID);
      if (name === 'TextObject') {
        const [x = 0, y = 0] = numbers(a.Boundary);
        const ctm = a.CTM ? numbers(a.CTM) : null;
        object = { x, y, size: Number(a.Size) || 0, ctm: ctm && ctm.length === 6 ? ctm : null };
      } else if (name === 'TextCode' && object) {
        code = { x: a.X === undefined ? null : Number(a.X), y: a.Y === undefined ? null : Number(a.Y), deltaX: a.DeltaX, deltaY: a.DeltaY, text: '', cut: false };
      }
    },
    text(text, ancestors) {
      if (code && ancestors.at(-1) === 'TextCode') append(code, text);
      else if (ancestors.at(-1) === 'PhysicalBox' && ancestors.at(-2) === 'Area' && ancestors.at(-3) === 'Page') box = boxOf(text) ?? box;
    },
    close(name) {
      if (name === 'TextCode' && code && object) pen = codeRuns(code, object, pen, runs, budget);
      if (name === 'TextCode') code = null;
      if (name === 'TextObject') object = null;
    },
  });
  return { box, templates };
}

/** What a page's (or a template page's) content prints: its runs, its own size, the template pages it is printed on. */
interface PageContent {
  runs: Run[];
  box: Box | null;
  templates: string[];
}

/** The runs of a content printed again, as far as the file's budget lasts (one run a character). */
function reuseRuns(runs: Run[], budget: TextBudget): Run[] {
  budget.offered += runs.length;
  const room = Math.max(0, LIMITS.viewChars.value - budget.kept);
  const kept = runs.length > room ? runs.slice(0, room) : runs;
  budget.kept += kept.length;
  return kept;
}

interface Code {
  x: number | null;
  y: number | null;
  /** As written: expanded only as far as the code has characters (deltas). */
  deltaX: string | undefined;
  deltaY: string | undefined;
  text: string;
  /** Text beyond LIMITS.lineChars was left out. */
  cut: boolean;
}

/** A TextCode's text grows by `text`, never beyond LIMITS.lineChars characters. */
function append(code: Code, text: string): void {
  const next = appendCapped(code.text, text);
  code.text = next.text;
  code.cut ||= next.cut;
}

/**
 * One run per printed character of a TextCode, in page millimetres, while the file's budget lasts;
 * returns where the pen ends.
 */
function codeRuns(code: Code, object: { x: number; y: number; size: number; ctm: number[] | null }, pen: { x: number; y: number }, runs: Run[], budget: TextBudget): { x: number; y: number } {
  const text = spend(budget, code.text, code.cut);
  // Nothing kept of a code that had text: the file's budget is spent.
  if (text === '' && code.text !== '') return pen;
  const chars = [...text];
  const deltaX = deltas(code.deltaX, chars.length);
  const deltaY = deltas(code.deltaY, chars.length);
  let x = code.x ?? pen.x;
  let y = code.y ?? pen.y;
  const [a, b, c, d, e, f] = (object.ctm ?? [1, 0, 0, 1, 0, 0]) as [number, number, number, number, number, number];
  const size = object.size * Math.hypot(c, d);
  const across = Math.hypot(a, b);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const width = widthOf(ch, object.size);
    if (size > 0 && ch.trim() !== '') {
      const left = object.x + a * x + c * y + e;
      const top = object.y + b * x + d * y + f;
      runs.push({ text: ch, x: left, right: left + width * across, y: top, size });
    }
    if (i < chars.length - 1) {
      x += deltaX[i] ?? width;
      y += deltaY[i] ?? 0;
    } else x += width;
  }
  return { x, y };
}

/**
 * A character's width where the file does not say: a full em for ideographs and full-width forms
 * (U+2E80–U+9FFF, the CJK punctuation U+3000–U+303F among them; U+F900–U+FAFF; U+FF00–U+FFEF), half
 * for the rest. Read by code unit, not by a pattern: this runs for every printed character of the file.
 */
function widthOf(ch: string, size: number): number {
  const u = ch.charCodeAt(0);
  const wide = (u >= 0x2e80 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xff00 && u <= 0xffef);
  return wide ? size : size / 2;
}

/**
 * DeltaX or DeltaY: numbers, with `g N v` for N times v; never more than the `count` the code's
 * characters use (each TextCode of a small file may say `g 99999 1`: expanded in full, 3,000 of
 * them took 15 s).
 */
function deltas(text: string | undefined, count: number): number[] {
  if (!text) return [];
  const tokens = text.trim().split(/\s+/);
  const out: number[] = [];
  for (let i = 0; i < tokens.length && out.length < count; i++) {
    if (tokens[i] === 'g') {
      const times = Math.min(Number(tokens[i + 1]) || 0, count - out.length);
      const value = Number(tokens[i + 2]) || 0;
      for (let k = 0; k < times; k++) out.push(value);
      i += 2;
    } else out.push(Number(tokens[i]) || 0);
  }
  return out;
}

function numbers(text: string | undefined): number[] {
  return (text ?? '').trim().split(/\s+/).map(Number).filter((n) => Number.isFinite(n));
}

/** A PhysicalBox (`0 0 210 297`): its size. */
function boxOf(text: string): Box | null {
  const [, , width, height] = numbers(text);
  return width && height && width > 0 && height > 0 ? { width, height } : null;
}

/** A path inside the package without a leading slash or `./`, `a/../` folded. */
function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** A BaseLoc: relative to the folder of the file naming it, or absolute from the package's root. */
function resolvePath(dir: string, location: string): string {
  return normalisePath(location.startsWith('/') ? location : dir + location);
}
