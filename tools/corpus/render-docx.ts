/**
 * The `docx` layout: a real Word document written with the `docx` library, tables merged with
 * gridSpan and vMerge as in the official template. The library stamps the current time into
 * docProps/core.xml and into every zip entry, so the package is rewritten with fixed times: the
 * same seed must give the same bytes.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DocModel, TableModel } from './model.ts';

const FONT = '仿宋_GB2312';

function cellParagraph(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 21 })] });
}

function table(model: TableModel): Table {
  const rows = model.rows.map(
    (row) =>
      new TableRow({
        children: row.map(
          (tc) =>
            new TableCell({
              children: [cellParagraph(tc.merge === 'continue' ? '' : tc.text)],
              columnSpan: tc.span > 1 ? tc.span : undefined,
              verticalMerge: tc.merge === 'restart' ? VerticalMergeType.RESTART : tc.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
            }),
        ),
      }),
  );
  const widths = Array<number>(model.grid).fill(Math.floor(9000 / model.grid));
  return new Table({ rows, columnWidths: widths, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function documentOf(model: DocModel, agency: string): Document {
  const children: (Paragraph | Table)[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'title') {
      for (const line of block.lines) {
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, bold: true, size: 44, font: '方正小标宋简体' })] }));
      }
    } else if (block.kind === 'heading') {
      children.push(new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun({ text: block.text, font: '黑体' })] }));
    } else if (block.kind === 'para') {
      children.push(new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun(block.text)] }));
    } else {
      children.push(table(block.table), new Paragraph(''));
    }
  }
  return new Document({
    creator: agency,
    title: model.title.join(''),
    styles: { default: { document: { run: { font: FONT, size: 32 } } } },
    sections: [{ children }],
  });
}

/**
 * Rewrites the package with fixed timestamps. Zip times are local-time fields, so the date is
 * built from local components: the bytes then match in every time zone.
 */
function normalise(bytes: Uint8Array, year: number): Uint8Array {
  const stamp = `${year + 1}-01-15T08:00:00Z`;
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`),
    );
  }
  const mtime = new Date(year + 1, 0, 15, 8, 0, 0);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), { level: 6 });
}

export async function renderDocx(model: DocModel, meta: { agency: string; year: number }): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(documentOf(model, meta.agency));
  return normalise(new Uint8Array(buffer), meta.year);
}
