/**
 * The three tables of a report laid out as in the official format (docs/TEMPLATE.md): section 二 block
 * by block, section 三 with its three-row header and merged group cells, section 四 as one row of
 * 15. Labels come from src/lib/template; a blank stays blank; inferred values, and numbers a scan's
 * OCR could not read with confidence, are marked.
 */
import { DISCLOSURE_CONTENT_HEADER, DISCLOSURE_ITEMS, disclosurePath } from '../template/active-disclosure.ts';
import { ROW_GROUP_LABELS } from '../template/applications.ts';
import { applicationsLayout, type LayoutCell } from '../template/applications-layout.ts';
import { cellAt } from '../template/cell-path.ts';
import type { Edition } from '../template/editions.ts';
import { sectionHeading } from '../template/sections.ts';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../template/review.ts';
import type { Report } from '../template/schema.ts';
import { lineAnchor } from '../template/source-lines.ts';
import { formatCell } from './format.ts';
import type { Cell, CellMarks, TableModel } from './table-model.ts';

/** For a number a scan's OCR could not read with confidence (`uncertain`): it is blank. */
export const UNCERTAIN_NOTE = '扫描件上识别不确定，留空';
/** Beside a row one of whose numbers sits where the identities put it (inferredRows), marked like an inferred value. */
export const ROW_INFERRED_NOTE = '推算：本行少印一个数字，其余数字的位置按勾稽关系确定';

/**
 * Whether a value was inferred. Ingest lists a cell (`applications.granted.total`) when it knows
 * which one, and the whole row (`applications.granted`) when a row had one number too few and any
 * position gives the same values: then the row is marked, not a guessed cell.
 */
export function inferredRows(report: Report): Set<string> {
  return new Set(report.inferred.filter((p) => /^applications\.\w+$/.test(p)).map((p) => p.slice('applications.'.length)));
}

/** No marks: the tables of a report as read, without its checks. */
const NO_MARKS: CellMarks = { fails: new Map(), unread: () => false };

/**
 * The marks of a report's tables: each cell of a failed check (numbered as `failed` lists them)
 * and each value ingest could not read (`unread` names a cell, its row or its whole table).
 */
export function cellMarks(report: Pick<Report, 'unread'>, failed: readonly { cells: readonly string[] }[]): CellMarks {
  const fails = new Map<string, number>();
  failed.forEach((f, i) => {
    for (const path of f.cells) if (!fails.has(path)) fails.set(path, i + 1);
  });
  const unread = new Set(report.unread);
  return { fails, unread: (path) => unread.has(path) || unread.has(path.split('.').slice(0, 2).join('.')) || unread.has(path.split('.')[0]!) };
}

function valueCell(report: Report, marks: CellMarks, path: string, value: number | null, missing = false): Cell {
  const inferred = report.inferred.includes(path);
  const fails = marks.fails.get(path);
  const failed = fails ? { fails } : {};
  if (report.uncertain?.includes(path)) return { text: formatCell(value), uncertain: true, note: UNCERTAIN_NOTE, ...failed };
  const unread = value === null && !missing && marks.unread(path);
  // A number links to the line it was read from; an inferred one was read nowhere.
  const at = value === null ? undefined : report.places?.[path];
  return {
    text: formatCell(value),
    inferred,
    note: missing ? '原表无此列' : inferred ? '推算值' : unread ? '未能读出' : undefined,
    ...(unread ? { unread } : {}),
    ...failed,
    ...(at ? { place: lineAnchor(at) } : {}),
  };
}

/** A cell of the official layout (template/applications-layout.ts) as the site shows it. */
function layoutCell(report: Report, marks: CellMarks, { content, text, colspan, rowspan }: LayoutCell): Cell {
  const spans = { colspan: colspan > 1 ? colspan : undefined, rowspan: rowspan > 1 ? rowspan : undefined };
  const missing = (key: string) => report.missingColumns.includes(key);
  switch (content.kind) {
    case 'identityNote':
      return { text, header: true, ...spans, label: true };
    case 'applicants':
    case 'organisations':
      return { text, header: true, scope: 'colgroup', ...spans };
    case 'column':
      return { text, header: true, scope: 'col', ...spans, note: missing(content.column) ? '原表无此列' : undefined };
    case 'results':
      return { text, header: true, scope: 'rowgroup', ...spans, label: true };
    case 'group':
      return { text, header: true, scope: 'rowgroup', ...spans, label: true, term: content.group };
    case 'row':
      // A row printed under its group's label (2019: （六）其他处理) is explained as the group.
      return { text, header: true, scope: 'row', ...spans, label: true, term: text === ROW_GROUP_LABELS[content.group] ? content.group : content.row };
    case 'value': {
      const path = `applications.${content.row}.${content.column}`;
      return valueCell(report, marks, path, report.applications[content.row][content.column], missing(content.column));
    }
  }
}

export function applicationsTable(report: Report, marks: CellMarks = NO_MARKS): TableModel {
  const layout = applicationsLayout(report.template === '2019' ? '2019' : '2021');
  const rowInferred = inferredRows(report);
  const head = layout.head.map((row) => row.map((c) => layoutCell(report, marks, c)));
  const body = layout.body.map((row, i) => {
    const cells = row.map((c) => layoutCell(report, marks, c));
    const lastLabel = cells[row.findLastIndex((c) => c.content.kind !== 'value')]!;
    if (rowInferred.has(layout.rows[i]!)) Object.assign(lastLabel, { inferredRow: true, note: ROW_INFERRED_NOTE });
    return cells;
  });
  return { caption: sectionHeading('applications'), head, body, labelColumns: layout.labelColumns };
}

/** `行政诉讼（未经复议直接起诉）` → [`行政诉讼`, `未经复议直接起诉`]. */
function splitGroupLabel(label: string): [string, string | null] {
  const m = /^(.+?)（(.+)）$/.exec(label);
  return m ? [m[1]!, m[2]!] : [label, null];
}

export function reviewTable(report: Report, marks: CellMarks = NO_MARKS): TableModel {
  const [first, ...lawsuits] = REVIEW_GROUPS;
  const width = REVIEW_COLUMNS.length;
  const colHeads = (extra: Partial<Cell> = {}) => REVIEW_COLUMNS.map((c): Cell => ({ text: c.label, header: true, scope: 'col', ...extra }));
  const head: Cell[][] = [
    [
      { text: first!.label, header: true, scope: 'colgroup', colspan: width, term: first!.key },
      { text: splitGroupLabel(lawsuits[0]!.label)[0], header: true, scope: 'colgroup', colspan: width * lawsuits.length, term: 'litigation' },
    ],
    [...colHeads({ rowspan: 2 }), ...lawsuits.map((g): Cell => ({ text: splitGroupLabel(g.label)[1] ?? g.label, header: true, scope: 'colgroup', colspan: width }))],
    lawsuits.flatMap(() => colHeads()),
  ];
  const body: Cell[][] = [
    REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => valueCell(report, marks, `reviewLitigation.${g.key}.${c.key}`, report.reviewLitigation[g.key][c.key]))),
  ];
  return { caption: sectionHeading('review'), head, body, labelColumns: 0 };
}

function disclosureRows(report: Report, marks: CellMarks, edition: Edition): Cell[][] {
  const items = DISCLOSURE_ITEMS[edition];
  const width = Math.max(...items.map((i) => i.fields.length));
  const rows: Cell[][] = [];
  let block = '';
  for (const item of items) {
    const span = (i: number) => (i === item.fields.length - 1 ? width - item.fields.length + 1 : undefined);
    if (item.block !== block) {
      block = item.block;
      rows.push([{ text: block, header: true, scope: 'colgroup', colspan: width + 1, label: true }]);
      rows.push([
        { text: DISCLOSURE_CONTENT_HEADER, header: true, scope: 'col', label: true },
        ...item.fields.map((f, i): Cell => ({ text: f.label, header: true, scope: 'col', colspan: span(i) })),
      ]);
    }
    rows.push([
      { text: item.label, header: true, scope: 'row', label: true },
      ...item.fields.map((f, i): Cell => {
        const path = disclosurePath(edition, item, f);
        return { ...valueCell(report, marks, path, cellAt(report, path)), colspan: span(i) };
      }),
    ]);
  }
  return rows;
}

export function disclosureTable(report: Report, marks: CellMarks = NO_MARKS): TableModel {
  const edition: Edition = report.template === '2019' && report.activeDisclosure2019 ? '2019' : '2021';
  return { caption: sectionHeading('active'), head: [], body: disclosureRows(report, marks, edition), labelColumns: 1 };
}
