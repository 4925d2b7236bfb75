/**
 * What the parser must find in a generated file (written to truth.json). Values are as printed:
 * a cell printed blank, `/`, `-`, `—` or `无` is null (docs/SCHEMA.md). Where damage leaves more than
 * one reading, the cells concerned are listed in `uncertain`: the parser may return the right
 * value, or null with a warning note or an `inferred` entry, and never another number.
 */
import { APPLICATION_COLUMN_KEYS, rowsForEdition } from '../../src/lib/template/applications.ts';
import type { Edition } from '../../src/lib/template/editions.ts';
import type { ActiveDisclosure, Applications, Level, ReviewLitigation, SourceFormat } from '../../src/lib/template/schema.ts';
import { findDamage, type Damage } from './damage.ts';
import type { Disclosure2019, GeneratedReport } from './numbers.ts';
import type { Sections } from './prose.ts';
import type { Rendered } from './render.ts';
import type { Layout, RenderStyle } from './style.ts';
import { printedValues, setValueAt } from './values.ts';

export interface FileTruth {
  /** Path relative to the corpus folder. */
  file: string;
  layout: Layout;
  format: SourceFormat;
  encoding: 'utf-8' | 'gb18030';
  bom: boolean;
  agency: string;
  level: Level;
  year: number;
  /** The edition, under the name of the report field the ingest must fill (docs/SCHEMA.md `template`). */
  template: Edition;
  title: string[];
  damage: Damage[];
  style: RenderStyle;
  applications: Applications;
  reviewLitigation: ReviewLitigation;
  activeDisclosure: ActiveDisclosure | null;
  activeDisclosure2019: Disclosure2019 | null;
  /** Paths whose value may come back as null with a warning or `inferred` entry. */
  uncertain: string[];
  /** Paths printed blank: expected null (0 is accepted only when listed in `inferred`). */
  blank: string[];
  missingColumns: string[];
  /** Numbers quoted in the prose. */
  quotes: Sections['quotes'];
}

/** Every number the file prints, by path, in printed order (blank ones included). */
export function printedPaths(truth: FileTruth): string[] {
  return printedValues({ ...truth, edition: truth.template }).map((v) => v.path);
}

/** The printed row a value belongs to, as a path prefix: section 四 prints its 15 numbers in one row. */
function printedRowOf(path: string): string {
  const parts = path.split('.');
  return parts[0] === 'reviewLitigation' ? 'reviewLitigation' : parts.slice(0, 2).join('.');
}

export function buildTruth(report: GeneratedReport, layout: Layout, style: RenderStyle, damage: Damage[], rendered: Rendered, file: string): FileTruth {
  const copy = structuredClone({
    applications: report.applications,
    reviewLitigation: report.reviewLitigation,
    activeDisclosure: report.activeDisclosure,
    activeDisclosure2019: report.activeDisclosure2019,
  });
  const blank = (findDamage(damage, 'blankCells')?.cells ?? []).map((c) => c.path);
  for (const path of blank) setValueAt(copy, path, null);
  const uncertain = new Set<string>();
  const rowPaths = (row: string) => APPLICATION_COLUMN_KEYS.map((c) => `applications.${row}.${c}`);
  // A row missing a cell can be read several ways; a careful parser may give up on the whole row.
  const dropCell = findDamage(damage, 'dropCell');
  if (dropCell) rowPaths(dropCell.row).forEach((p) => uncertain.add(p));
  const dropTotal = findDamage(damage, 'dropTotal');
  if (dropTotal) rowPaths(dropTotal.row).forEach((p) => uncertain.add(p));
  // A blank printed as nothing at all is, in a text copy, indistinguishable from a missing cell:
  // the printed row it sits in becomes ambiguous. HTML and Word tables keep empty cells in place.
  const exactCells = layout === 'html' || layout === 'docx';
  const paths = printedValues(report).map((v) => v.path);
  for (const cell of findDamage(damage, 'blankCells')?.cells ?? []) {
    if (cell.mark !== '' || exactCells) continue;
    const row = printedRowOf(cell.path);
    paths.filter((p) => p === row || p.startsWith(`${row}.`)).forEach((p) => uncertain.add(p));
  }
  const dropColumn = findDamage(damage, 'dropColumn');
  if (dropColumn) for (const row of rowsForEdition(report.edition)) uncertain.add(`applications.${row.key}.${dropColumn.column}`);
  return {
    file,
    layout,
    format: rendered.format,
    encoding: rendered.encoding,
    bom: rendered.bom,
    agency: report.agency.name,
    level: report.agency.level,
    year: report.year,
    template: report.edition,
    title: rendered.title,
    damage,
    style,
    ...copy,
    uncertain: [...uncertain],
    blank,
    missingColumns: dropColumn ? [dropColumn.column] : [],
    quotes: report.sections.quotes,
  };
}
