/**
 * The printed layout of table 三 as the official format lays it out (国办公开办函〔2021〕30号 附件;
 * the 2019 edition the same but for （六）): which header cells span which columns and rows, and
 * which label cells merge over which rows. Its grid is three label columns, then one column per
 * applicant column and the total.
 *
 * The header, over three rows: the identity note (3 columns × 3 rows); 申请人情况 over every
 * applicant column and the total; under it 自然人 and 总计 (2 rows each) with 法人或其他组织
 * between them, over the five organisation columns.
 *
 * The body: 一 and 二 and 四 print their labels across the three label columns. The result rows
 * print 三、本年度办理结果 once, down all of them; a group of several rows (（三）不予公开 …) prints
 * its label once, down its rows, beside each row's own label; a group of one row prints its label
 * across two columns (in the 2019 edition （六）其他处理 is such a row).
 *
 * This is the one layout: the site renders it as an HTML table (present/report-tables.ts), the
 * corpus generator as a Word table with vertical merges (tools/corpus/model.ts). Rows list the
 * cells that begin in them, as HTML does: a cell spanning rows appears in its first row only.
 */
import {
  APPLICATION_COLUMNS,
  APPLICATIONS_HEADER,
  ROW_GROUP_LABELS,
  rowsForEdition,
  type ApplicationColumnKey,
  type ApplicationRowKey,
  type ColumnDef,
  type RowGroup,
} from './applications.ts';
import type { Edition } from './editions.ts';

/** What a cell of the layout holds; `text` beside it is its printed text from the template. */
export type LayoutContent =
  | { kind: 'identityNote' }
  | { kind: 'applicants' }
  | { kind: 'organisations' }
  | { kind: 'column'; column: ApplicationColumnKey }
  | { kind: 'results' }
  | { kind: 'group'; group: RowGroup }
  /** A row's own label; for a group of one row, the label it prints for the group (2019: （六）其他处理). */
  | { kind: 'row'; row: ApplicationRowKey; group: RowGroup }
  | { kind: 'value'; row: ApplicationRowKey; column: ApplicationColumnKey };

export interface LayoutCell {
  content: LayoutContent;
  /** The printed text; empty for a value, which each rendering fills in. */
  text: string;
  colspan: number;
  rowspan: number;
}

export interface TableLayout {
  /** The header rows. */
  head: LayoutCell[][];
  /** One row per printed row of the edition, in printed order. */
  body: LayoutCell[][];
  /** The printed row of each body row. */
  rows: ApplicationRowKey[];
  /** Leading grid columns that hold labels. */
  labelColumns: number;
}

const LABEL_COLUMNS = 3;

function cell(content: LayoutContent, text: string, colspan = 1, rowspan = 1): LayoutCell {
  return { content, text, colspan, rowspan };
}

/**
 * @param columns the columns printed, in order: all seven on the site; the corpus generator
 *   leaves one out to print a table that lacks it
 */
export function applicationsLayout(edition: Edition, columns: readonly ColumnDef[] = APPLICATION_COLUMNS): TableLayout {
  const [natural, ...organisations] = columns.filter((c) => c.kind === 'applicant');
  const total = columns.find((c) => c.kind === 'total')!;
  const column = (c: ColumnDef, rowspan = 1) => cell({ kind: 'column', column: c.key as ApplicationColumnKey }, c.label, 1, rowspan);
  const head: LayoutCell[][] = [
    [cell({ kind: 'identityNote' }, APPLICATIONS_HEADER.identityNote, LABEL_COLUMNS, 3), cell({ kind: 'applicants' }, APPLICATIONS_HEADER.applicants, columns.length)],
    [column(natural!, 2), cell({ kind: 'organisations' }, APPLICATIONS_HEADER.organisations, organisations.length), column(total, 2)],
    organisations.map((c) => column(c)),
  ];

  const printed = rowsForEdition(edition);
  const results = printed.filter((r) => r.group !== 'intake' && r.group !== 'carriedForward');
  const body = printed.map((row): LayoutCell[] => {
    const labels: LayoutCell[] = [];
    const own = { kind: 'row', row: row.key, group: row.group } as const;
    if (row.group === 'intake' || row.group === 'carriedForward') {
      labels.push(cell(own, row.label, LABEL_COLUMNS));
    } else {
      if (row === results[0]) labels.push(cell({ kind: 'results' }, APPLICATIONS_HEADER.results, 1, results.length));
      const members = printed.filter((r) => r.group === row.group);
      if (members.length === 1) {
        labels.push(cell(own, edition === '2019' && 'label2019' in row ? row.label2019 : row.label, LABEL_COLUMNS - 1));
      } else {
        if (row === members[0]) labels.push(cell({ kind: 'group', group: row.group }, ROW_GROUP_LABELS[row.group], 1, members.length));
        labels.push(cell(own, row.label));
      }
    }
    return [...labels, ...columns.map((c) => cell({ kind: 'value', row: row.key, column: c.key as ApplicationColumnKey }, ''))];
  });
  return { head, body, rows: printed.map((r) => r.key), labelColumns: LABEL_COLUMNS };
}
