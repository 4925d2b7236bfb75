/**
 * Workbooks of one sheet written by hand for the workbook reader's tests: SheetJS's writer goes
 * through every cell of the declared range, which for the bounds the tests reach takes seconds; a
 * sheet's XML names only its cells.
 */
import { strToU8, zipSync } from 'fflate';
import type { RawDocument } from '../../../src/lib/read/types.ts';

/** Each line as its cells, each with its reference. */
export const cells = (doc: RawDocument) => doc.lines.map((l) => l.cells.map((c, i) => `${l.cellPlaces![i]!.cell}=${c}`));

export function handWritten(ref: string, rowsXml: string, mergeRefs: string[] = [], name = '表'): Uint8Array {
  const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
  const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const merges = mergeRefs.length > 0 ? `<mergeCells count="${mergeRefs.length}">${mergeRefs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>` : '';
  return zipSync({
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': xml(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rels}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': xml(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${ref}"/><sheetData>${rowsXml}</sheetData>${merges}</worksheet>`),
  });
}
export const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
export const number = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
