/**
 * A generated report as a layout-neutral document: title, headings, paragraphs and tables whose
 * cells merge the way the official Word template merges them (gridSpan across, vMerge down).
 * Every renderer starts from this model, so the same report looks the same in every layout and
 * structural damage (a dropped cell, column or total, blank marks) is applied once, here.
 *
 * Table labels and header texts come from src/lib/template; table 三 is laid out by the template's
 * one layout of it (applications-layout.ts), which the site renders too.
 */
import { APPLICATION_COLUMNS } from '../../src/lib/template/applications.ts';
import { applicationsLayout, type LayoutCell } from '../../src/lib/template/applications-layout.ts';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../../src/lib/template/review.ts';
import { DISCLOSURE_CONTENT_HEADER, DISCLOSURE_ITEMS, disclosurePath } from '../../src/lib/template/active-disclosure.ts';
import { SECTIONS, type SectionKey } from '../../src/lib/template/sections.ts';
import { findDamage, type Damage } from './damage.ts';
import type { GeneratedReport } from './numbers.ts';
import type { Rng } from './prng.ts';
import { styleHeader, styleLabel, type RenderStyle } from './style.ts';
import { applicationValues, disclosureValues, reviewValues, type PrintedValue } from './values.ts';

/** One Word table cell: `span` grid columns wide; `continue` cells carry on a vertical merge. */
export interface Tc {
  text: string;
  span: number;
  merge?: 'restart' | 'continue';
  kind: 'header' | 'label' | 'value';
  /** The value's path, for value cells. */
  path?: string;
}

export interface TableModel {
  name: 'disclosure' | 'applications' | 'review';
  rows: Tc[][];
  /** Leading rows that are column headers. */
  headerRows: number;
  /** Grid columns (before any damage shortens a row). */
  grid: number;
}

export type Block =
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; section: SectionKey; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'table'; table: TableModel };

export interface DocModel {
  title: string[];
  blocks: Block[];
}

// Heading wordings seen in the wild (docs/TEMPLATE.md, "Heading variants seen").
const HEADING_VARIANTS: Partial<Record<SectionKey, string[]>> = {
  review: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议及行政诉讼情况'],
  problems: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进措施', '存在问题和改进情况'],
};

/** A money value as printed: the number of 万元, with separators, or whole 元 with the unit. */
export function formatMoney(value: number, style: RenderStyle): string {
  if (value === 0) return '0';
  if (style.money === 'yuan') return `${Math.round(value * 10000)}元`;
  const [int, frac] = String(value).split('.');
  const grouped = style.money === 'thousands' ? int!.replace(/\B(?=(\d{3})+$)/g, ',') : int!;
  return frac ? `${grouped}.${frac}` : grouped;
}

function valueCell(v: PrintedValue | undefined, style: RenderStyle, blanks: Map<string, string>, span = 1): Tc {
  if (!v) return { text: '', span, kind: 'value' };
  const text = blanks.get(v.path) ?? (v.money ? formatMoney(v.value, style) : String(v.value));
  return { text, span, kind: 'value', path: v.path };
}

function disclosureTable(report: GeneratedReport, style: RenderStyle, blanks: Map<string, string>): TableModel {
  const values = new Map(disclosureValues(report).map((v) => [v.path, v]));
  const rows: Tc[][] = [];
  let block = '';
  for (const item of DISCLOSURE_ITEMS[report.edition]) {
    // A block with fewer than three numbers widens its last cell to fill the 4-column grid.
    const lastSpan = 4 - item.fields.length;
    if (item.block !== block) {
      block = item.block;
      rows.push([{ text: styleLabel(block, style), span: 4, kind: 'header' }]);
      rows.push([
        { text: DISCLOSURE_CONTENT_HEADER, span: 1, kind: 'header' },
        ...item.fields.map((f, i) => ({ text: f.label, span: i === item.fields.length - 1 ? lastSpan : 1, kind: 'header' as const })),
      ]);
    }
    rows.push([
      { text: item.label, span: 1, kind: 'label' },
      ...item.fields.map((f, i) => valueCell(values.get(disclosurePath(report.edition, item, f)), style, blanks, i === item.fields.length - 1 ? lastSpan : 1)),
    ]);
  }
  return { name: 'disclosure', rows, headerRows: 0, grid: 4 };
}

/**
 * Layout rows (a cell in its first row only, as HTML has it) → Word rows, where a cell merged down
 * starts (`restart`) in its first row and carries on (`continue`, empty) in each row below.
 */
function wordRows(rows: readonly LayoutCell[][], toTc: (c: LayoutCell) => Tc): Tc[][] {
  const merges = new Map<number, { end: number; tc: Tc }>(); // grid column → the merge down from it
  return rows.map((row, r) => {
    const out: Tc[] = [];
    let i = 0;
    for (let g = 0; i < row.length || [...merges].some(([at, m]) => at >= g && m.end > r); ) {
      const merge = merges.get(g);
      if (merge && merge.end > r) {
        out.push({ text: '', span: merge.tc.span, merge: 'continue', kind: merge.tc.kind });
        g += merge.tc.span;
        continue;
      }
      const cell = row[i++]!;
      const tc = toTc(cell);
      if (cell.rowspan > 1) {
        tc.merge = 'restart';
        merges.set(g, { end: r + cell.rowspan, tc });
      }
      out.push(tc);
      g += tc.span;
    }
    return out;
  });
}

function applicationsTable(report: GeneratedReport, style: RenderStyle, damage: readonly Damage[], blanks: Map<string, string>): TableModel {
  const dropColumn = findDamage(damage, 'dropColumn');
  const dropCell = findDamage(damage, 'dropCell');
  const dropTotal = findDamage(damage, 'dropTotal');
  const columns = APPLICATION_COLUMNS.filter((c) => c.key !== dropColumn?.column);
  const layout = applicationsLayout(report.edition, columns);
  const values = new Map(applicationValues(report).map((v) => [v.path, v]));
  const dropped = ({ content }: LayoutCell) =>
    content.kind === 'value' &&
    ((dropCell?.row === content.row && dropCell.column === content.column) || (dropTotal?.row === content.row && content.column === 'total'));
  const toTc = ({ content, text, colspan }: LayoutCell): Tc => {
    switch (content.kind) {
      case 'value':
        return valueCell(values.get(`applications.${content.row}.${content.column}`), style, blanks);
      case 'row':
      case 'group':
        return { text: styleLabel(text, style), span: colspan, kind: 'label' };
      case 'results':
        return { text, span: colspan, kind: 'label' };
      default:
        return { text, span: colspan, kind: 'header' };
    }
  };
  const rows = wordRows([...layout.head, ...layout.body.map((row) => row.filter((c) => !dropped(c)))], toTc);
  return { name: 'applications', rows, headerRows: layout.head.length, grid: layout.labelColumns + columns.length };
}

function reviewTable(report: GeneratedReport, style: RenderStyle, blanks: Map<string, string>): TableModel {
  // REVIEW_GROUPS labels read 行政诉讼（未经复议直接起诉）; the printed header nests them under 行政诉讼.
  const split = REVIEW_GROUPS.map((g) => /^(.+?)（(.+)）$/.exec(g.label)?.slice(1) ?? [g.label]);
  const top: Tc[] = [];
  for (const [parent] of split) {
    const last = top.at(-1);
    if (last && last.text === parent) last.span += REVIEW_COLUMNS.length;
    else top.push({ text: parent!, span: REVIEW_COLUMNS.length, kind: 'header' });
  }
  const second: Tc[] = [];
  const third: Tc[] = [];
  for (const parts of split) {
    const columns = REVIEW_COLUMNS.map((c) => styleHeader(c.label, style));
    if (parts.length === 1) {
      second.push(...columns.map((text) => ({ text, span: 1, merge: 'restart' as const, kind: 'header' as const })));
      third.push(...columns.map(() => ({ text: '', span: 1, merge: 'continue' as const, kind: 'header' as const })));
    } else {
      second.push({ text: parts[1]!, span: REVIEW_COLUMNS.length, kind: 'header' });
      third.push(...columns.map((text) => ({ text, span: 1, kind: 'header' as const })));
    }
  }
  const values = reviewValues(report).map((v) => valueCell(v, style, blanks));
  return { name: 'review', rows: [top, second, third, values], headerRows: 3, grid: 15 };
}

function title(report: GeneratedReport, style: RenderStyle, damage: readonly Damage[]): string[] {
  const kind = findDamage(damage, 'workReport') ? '政府信息公开工作报告' : '政府信息公开工作年度报告';
  const year = style.titleSpaces ? ` ${report.year} ${style.yearWord}` : `${report.year}${style.yearWord}`;
  const name = report.agency.name;
  if (findDamage(damage, 'titleTwoLines')) return [`${name}${year}`.trim(), kind];
  return [`${name}${year}${kind}`];
}

export function buildModel(report: GeneratedReport, style: RenderStyle, damage: readonly Damage[], rng: Rng): DocModel {
  const blanks = new Map((findDamage(damage, 'blankCells')?.cells ?? []).map((c) => [c.path, c.mark]));
  const headings = !findDamage(damage, 'noHeadings');
  const lines = title(report, style, damage);
  const blocks: Block[] = [{ kind: 'title', lines }];
  const paras = (texts: string[]) => texts.forEach((text) => blocks.push({ kind: 'para', text }));
  const tables: Partial<Record<SectionKey, TableModel>> = {
    active: disclosureTable(report, style, blanks),
    applications: applicationsTable(report, style, damage, blanks),
    review: reviewTable(report, style, blanks),
  };
  const texts: Partial<Record<SectionKey, string[]>> = {
    overview: report.sections.overview, problems: report.sections.problems, other: report.sections.other,
  };
  paras(report.sections.preamble);
  for (const section of SECTIONS) {
    const variants = HEADING_VARIANTS[section.key];
    const label = style.headingVariants && variants ? rng.pick(variants) : section.label;
    if (headings) blocks.push({ kind: 'heading', section: section.key, text: `${section.numeral}、${label}` });
    const table = tables[section.key];
    if (table) blocks.push({ kind: 'table', table });
    paras(texts[section.key] ?? []);
  }
  return { title: lines, blocks };
}

/** The cells of one row as a text copy shows them: per Word cell, or per grid column. */
export function rowTexts(row: readonly Tc[], mode: 'word' | 'grid'): string[] {
  if (mode === 'word') return row.map((tc) => (tc.merge === 'continue' ? '' : tc.text));
  return row.flatMap((tc) => [tc.merge === 'continue' ? '' : tc.text, ...Array<string>(tc.span - 1).fill('')]);
}
