/**
 * The three tables of a report laid out as in the official format (docs/TEMPLATE.md): section 二 block
 * by block, section 三 with its three-row header and merged group cells, section 四 as one row of
 * 15. Labels come from src/lib/template; a blank stays blank; inferred values, and numbers a scan's
 * OCR could not read with confidence, are marked.
 */
import { DISCLOSURE_2019, DISCLOSURE_2021, DISCLOSURE_CONTENT_HEADER, type DisclosureItem } from '../template/active-disclosure.ts';
import { APPLICATION_COLUMNS, APPLICATIONS_HEADER, ROW_GROUP_LABELS, rowsForFormat, type RowDef } from '../template/applications.ts';
import { SECTIONS, type SectionKey } from '../template/sections.ts';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../template/review.ts';
import type { Report } from '../template/schema.ts';
import { formatCell } from './format.ts';
import type { Cell, TableModel } from './table-model.ts';

/** For a number a scan's OCR could not read with confidence (`uncertain`): it is blank. */
export const UNCERTAIN_NOTE = '扫描件上识别不确定，留空';
/** Beside a row one of whose numbers sits where the identities put it (inferredRows). */
export const ROW_INFERRED_NOTE = '本行少印一个数字，其位置按勾稽关系确定';
/** A section's printed heading, e.g. 三、收到和处理政府信息公开申请情况. */
export function sectionHeading(key: SectionKey): string {
  const s = SECTIONS.find((x) => x.key === key)!;
  return `${s.numeral}、${s.label}`;
}

/**
 * Whether a value was inferred. Ingest lists a cell (`applications.granted.total`) when it knows
 * which one, and the whole row (`applications.granted`) when a row had one number too few and any
 * position gives the same values: then the row is marked, not a guessed cell.
 */
export function inferredRows(report: Report): Set<string> {
  return new Set(report.inferred.filter((p) => /^applications\.\w+$/.test(p)).map((p) => p.slice('applications.'.length)));
}

function valueCell(report: Report, path: string, value: number | null, missing = false): Cell {
  const inferred = report.inferred.includes(path);
  if (report.uncertain?.includes(path)) return { text: formatCell(value), uncertain: true, note: UNCERTAIN_NOTE };
  return { text: formatCell(value), inferred, note: missing ? '原表无此列' : inferred ? '推算值' : undefined };
}

export function applicationsTable(report: Report): TableModel {
  const format = report.template === '2019' ? '2019' : '2021';
  const columns = APPLICATION_COLUMNS;
  const [natural, ...rest] = columns.filter((c) => c.kind === 'applicant');
  const total = columns.find((c) => c.kind === 'total')!;
  const missing = (key: string) => report.missingColumns.includes(key);
  const colHead = (c: (typeof columns)[number], extra: Partial<Cell> = {}): Cell => ({
    text: c.label,
    header: true,
    scope: 'col',
    note: missing(c.key) ? '原表无此列' : undefined,
    ...extra,
  });
  const head: Cell[][] = [
    [
      { text: APPLICATIONS_HEADER.identityNote, header: true, colspan: 3, rowspan: 3, label: true },
      { text: APPLICATIONS_HEADER.applicants, header: true, scope: 'colgroup', colspan: columns.length },
    ],
    [colHead(natural!, { rowspan: 2 }), { text: APPLICATIONS_HEADER.organisations, header: true, scope: 'colgroup', colspan: rest.length }, colHead(total, { rowspan: 2 })],
    rest.map((c) => colHead(c)),
  ];

  const rows = rowsForFormat(format);
  const rowInferred = inferredRows(report);
  const results = rows.filter((r) => r.group !== 'intake' && r.group !== 'carriedForward');
  const body: Cell[][] = [];
  for (const row of rows) {
    const cells: Cell[] = [];
    if (row.group === 'intake' || row.group === 'carriedForward') {
      cells.push({ text: row.label, header: true, scope: 'row', colspan: 3, label: true, term: row.key });
    } else {
      if (row === results[0]) cells.push({ text: APPLICATIONS_HEADER.results, header: true, scope: 'rowgroup', rowspan: results.length, label: true });
      cells.push(...resultLabels(row, rows, format));
    }
    if (rowInferred.has(row.key)) Object.assign(cells.at(-1)!, { inferredRow: true, note: ROW_INFERRED_NOTE });
    for (const c of columns) {
      const path = `applications.${row.key}.${c.key}`;
      cells.push(valueCell(report, path, report.applications[row.key][c.key], missing(c.key)));
    }
    body.push(cells);
  }
  return { caption: sectionHeading('applications'), head, body, labelColumns: 3 };
}

/** The label cells of a result row: its group's merged cell on the group's first row, then its own. */
function resultLabels(row: RowDef, rows: readonly RowDef[], format: '2019' | '2021'): Cell[] {
  const members = rows.filter((r) => r.group === row.group);
  const single = members.length === 1;
  if (single) {
    // A group of one row prints as one cell over two columns; in the 2019 format that is （六）其他处理.
    const text = format === '2019' ? (row.label2019 ?? row.label) : row.label;
    return [{ text, header: true, scope: 'row', colspan: 2, label: true, term: row.group === 'other' ? 'other' : row.key }];
  }
  const cells: Cell[] = [];
  if (row === members[0]) {
    cells.push({ text: ROW_GROUP_LABELS[row.group], header: true, scope: 'rowgroup', rowspan: members.length, label: true, term: row.group });
  }
  cells.push({ text: row.label, header: true, scope: 'row', label: true, term: row.key });
  return cells;
}

/** `行政诉讼（未经复议直接起诉）` → [`行政诉讼`, `未经复议直接起诉`]. */
function splitGroupLabel(label: string): [string, string | null] {
  const m = /^(.+?)（(.+)）$/.exec(label);
  return m ? [m[1]!, m[2]!] : [label, null];
}

export function reviewTable(report: Report): TableModel {
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
    REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => valueCell(report, `reviewLitigation.${g.key}.${c.key}`, report.reviewLitigation[g.key][c.key]))),
  ];
  return { caption: sectionHeading('review'), head, body, labelColumns: 0 };
}

type DisclosureValues = (item: DisclosureItem, field: string) => { path: string; value: number | null };

function disclosureRows(report: Report, items: readonly DisclosureItem[], values: DisclosureValues): Cell[][] {
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
        const { path, value } = values(item, f.key);
        return { ...valueCell(report, path, value), colspan: span(i) };
      }),
    ]);
  }
  return rows;
}

export function disclosureTable(report: Report): TableModel {
  const caption = sectionHeading('active');
  if (report.template === '2019' && report.activeDisclosure2019) {
    const d = report.activeDisclosure2019;
    const body = disclosureRows(report, DISCLOSURE_2019, (item, field) => ({
      path: `activeDisclosure2019.${item.key}.${field}`,
      value: d[item.key]?.[field] ?? null,
    }));
    return { caption, head: [], body, labelColumns: 1 };
  }
  const d = report.activeDisclosure as unknown as Record<string, number | null | Record<string, number | null>>;
  const body = disclosureRows(report, DISCLOSURE_2021, (item, field) => {
    const v = d[item.key];
    return field === 'value' || typeof v !== 'object' || v === null
      ? { path: `activeDisclosure.${item.key}`, value: (v as number | null) ?? null }
      : { path: `activeDisclosure.${item.key}.${field}`, value: v[field] ?? null };
  });
  return { caption, head: [], body, labelColumns: 1 };
}
