/**
 * reports.csv (one row per report, one column per number) and cells.csv (one row per cell). The
 * column headers come from the template. Text cells that a spreadsheet would run as a formula
 * (=, +, -, @ at the start) are neutralised by PapaParse's escapeFormulae. The companions for Excel
 * users (reports-zh.csv, cells-zh.csv) say in Chinese what the contract's files say in keys: the
 * headers, and the enumerated values (乡镇级 for `township`, 本机关 for `own`: template/value-labels.ts;
 * the table, row and column of a cell by their printed labels; 是 for `true`).
 */
import Papa from 'papaparse';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS } from '../template/applications.ts';
import { REVIEW_COLUMN_KEYS, REVIEW_GROUP_KEYS } from '../template/review.ts';
import { disclosureCells } from '../template/active-disclosure.ts';
import { cellName } from '../template/cell-names.ts';
import { cellReader } from '../template/cell-path.ts';
import { PRE2019_TOTALS } from '../template/pre2019.ts';
import type { Report } from '../template/schema.ts';
import { AGENCY_KIND_LABELS, LEVEL_LABELS, PLACE_HOW_LABELS, SCOPE_LABELS, SOURCE_FORMAT_LABELS, STATUS_LABELS, TEMPLATE_LABELS } from '../template/value-labels.ts';

export type Cell = string | number | null;

/**
 * A column of reports.csv that is no number of the tables: its key (the contract's header), its
 * Chinese header (the companion's), its value, and the companion's words for its values where they
 * are enumerated.
 */
export type ReportColumn = [key: string, zh: string, get: (r: Report) => Cell, zhValues?: Record<string, string>];

/** The columns of the report's identity. */
const IDENTITY_COLUMNS: ReportColumn[] = [
  ['id', '报告编号', (r) => r.id],
  ['title', '标题', (r) => r.title],
  ['agency', '发布机关', (r) => r.agency],
  ['agencyKey', '机关标识', (r) => r.agencyKey],
  ['year', '年度', (r) => r.year],
  ['level', '层级', (r) => r.level],
  ['agencyKind', '机关类别', (r) => r.agencyKind],
  ['scope', '数字范围', (r) => r.scope],
  ['division.code', '区划代码', (r) => r.division?.code ?? null],
  // The official names by level, each in its own column (北京市 has no city: 东城区 is a county).
  ['division.province', '省级行政区', divisionName(2)],
  ['division.city', '地级行政区', divisionName(4)],
  ['division.county', '县级行政区', divisionName(6)],
  ['division.township', '乡级行政区', divisionName(9)],
  ['division.how', '归入地区的依据', (r) => r.division?.how ?? null],
  ['template', '表格格式', (r) => r.template],
  ['status', '读取状态', (r) => r.status],
  ['source.path', '原文路径', (r) => r.source.path],
  ['source.format', '原文格式', (r) => r.source.format],
  ['source.encoding', '原文编码', (r) => r.source.encoding],
  ['source.sha256', '原文SHA-256', (r) => r.source.sha256],
  ['source.bytes', '原文字节数', (r) => r.source.bytes],
  ['source.ocr', '经文字识别（OCR）', (r) => (r.source.ocr ? 'true' : '')],
  ['checks.failed', '未通过核对数', (r) => r.checks.filter((c) => !c.ok).length],
  ['inferred', '推算值位置', (r) => r.inferred.join(' ')],
  ['uncertain', '识别不确定的数字位置', (r) => (r.uncertain ?? []).join(' ')],
  ['missingColumns', '缺少的列', (r) => r.missingColumns.join(' ')],
];

/** The Chinese companion's value of each enumerated column, by the contract's value. */
const ZH_VALUES: Record<string, Record<string, string>> = {
  level: LEVEL_LABELS,
  agencyKind: AGENCY_KIND_LABELS,
  scope: SCOPE_LABELS,
  'division.how': PLACE_HOW_LABELS,
  template: TEMPLATE_LABELS,
  status: STATUS_LABELS,
  'source.format': SOURCE_FORMAT_LABELS,
  'source.ocr': { true: '是' },
};

/** A flag as the companions write it: 是 for the contract's `true`. */
const ZH_TRUE = '是';

/** The name of the report's division or the one above it whose code has `digits` digits. */
function divisionName(digits: number): (r: Report) => Cell {
  return (r) => {
    const at = r.division?.codes.findIndex((c) => c.length === digits) ?? -1;
    return at >= 0 ? r.division!.names[at]! : null;
  };
}

interface CellPlace {
  table: string;
  row: string;
  column: string;
  /** The column's Chinese header in the companion files: the table, the row's and the column's printed labels. */
  zh: string;
  /** The table, row and column as cells-zh.csv names them: their printed labels. */
  zhParts: [table: string, row: string, column: string];
  /** Dotted path into the Report: `applications.granted.total`. */
  path: string;
  /** The path of the whole row, which `inferred` may name instead of the cell. */
  rowPath: string;
  get: (r: Report) => number | null;
}

function place(table: string, row: string, column: string, path: string): CellPlace {
  const name = cellName(path)!;
  const zhParts: CellPlace['zhParts'] = [name.table, name.short, name.column];
  return { table, row, column, path, zh: zhParts.filter(Boolean).join('·'), zhParts, rowPath: path.split('.').slice(0, 2).join('.'), get: cellReader(path) };
}

/** Every number a report can hold, in a fixed order derived from the template. */
export const CELL_PLACES: readonly CellPlace[] = [
  // A scalar item of section 二 (activeDisclosure.licensing) has the column `value`.
  ...disclosureCells('2021').map((c) => place('二', c.item.key, c.field.key, c.path)),
  ...disclosureCells('2019').map((c) => place('二(2019)', c.item.key, c.field.key, c.path)),
  ...APPLICATION_ROW_KEYS.flatMap((row) => APPLICATION_COLUMN_KEYS.map((column) => place('三', row, column, `applications.${row}.${column}`))),
  ...REVIEW_GROUP_KEYS.flatMap((row) => REVIEW_COLUMN_KEYS.map((column) => place('四', row, column, `reviewLitigation.${row}.${column}`))),
  // The old format's totals have one number each: no column label (the header stays 2019年前格式·行政诉讼数).
  ...PRE2019_TOTALS.map((t) => place('pre2019', t.key, 'value', `pre2019.${t.key}`)),
];

/** The places that apply to a report's edition: its own section 二 table, the pre-2019 totals only for old reports. */
const PLACES_BY_KIND = {
  pre2019: CELL_PLACES.filter((c) => c.table === 'pre2019'),
  '2019': CELL_PLACES.filter((c) => ['二(2019)', '三', '四'].includes(c.table)),
  '2021': CELL_PLACES.filter((c) => ['二', '三', '四'].includes(c.table)),
};

function placesFor(r: Report): readonly CellPlace[] {
  return r.template === 'pre2019' ? PLACES_BY_KIND.pre2019 : r.activeDisclosure2019 ? PLACES_BY_KIND['2019'] : PLACES_BY_KIND['2021'];
}

/** Excel reads UTF-8 only after a byte-order mark. */
export const BOM = '\ufeff';
/**
 * Cells a spreadsheet would run as a formula. PapaParse's own default (`escapeFormulae: true`)
 * tests /^[=+\-@\t\r].*$/, which misses a text with a line break after its first character.
 */
const FORMULA = /^[=+\-@\t\r]/;
const OPTIONS = { escapeFormulae: FORMULA, newline: '\n', header: false } as const;

/**
 * One CSV line (without its line break). Text from a report is untrusted: PapaParse quotes it and
 * neutralises formulas (=, +, -, @, as `'=…`); numbers are written as they are. Every CSV the
 * site writes, the downloads of what a page shows included (present/table-file.ts), goes through
 * this.
 */
export function csvLine(values: readonly Cell[]): string {
  return Papa.unparse([values as Cell[]], OPTIONS);
}

/** Numbers need neither quoting nor escaping; blank for null. Joined directly, as they are most of the file. */
function numberCells(values: (number | null)[]): string {
  return values.map((v) => (v === null ? '' : String(v))).join(',');
}

/** Which header a CSV file carries: the contract's keys, or the companion's Chinese headers for Excel users. */
export type Headers = 'keys' | 'zh';

/**
 * The header of reports.csv: its columns' keys, or their Chinese headers (the same columns, in the
 * same order). `extra` are the columns after the report's identity that its writer adds (the
 * checklist's: ingest/write-fs.ts).
 */
export function reportsHeader(headers: Headers = 'keys', extra: readonly ReportColumn[] = []): string[] {
  const columns = [...IDENTITY_COLUMNS, ...extra];
  return headers === 'keys' ? [...columns.map(([key]) => key), ...CELL_PLACES.map((c) => c.path)] : [...columns.map(([, zh]) => zh), ...CELL_PLACES.map((c) => c.zh)];
}

/** The header of cells.csv: keys, or Chinese headers. */
export const CELLS_HEADER = {
  keys: ['id', 'agency', 'year', 'table', 'row', 'column', 'value', 'inferred', 'uncertain', 'page', 'line', 'sheet', 'cell'],
  zh: ['报告编号', '发布机关', '年度', '表', '行', '列', '数值', '推算', '识别不确定', '原文页', '原文行', '原文工作表', '原文单元格'],
} as const;

/**
 * reports.csv as chunks: the header, then one chunk per report, so that a national corpus is
 * written without holding the whole file in memory. With `zh` headers it is the companion file
 * (reports-zh.csv): the same rows and columns, headers and enumerated values in Chinese. `extra`
 * columns follow the report's identity.
 */
export function* reportsCsv(reports: Report[], headers: Headers = 'keys', extra: readonly ReportColumn[] = []): Generator<string> {
  yield BOM + csvLine(reportsHeader(headers, extra)) + '\n';
  const columns = [...IDENTITY_COLUMNS, ...extra];
  const value = ([key, , , own]: ReportColumn, v: Cell): Cell => (headers === 'zh' && typeof v === 'string' ? ((own ?? ZH_VALUES[key])?.[v] ?? v) : v);
  for (const r of reports) {
    yield `${csvLine(columns.map((c) => value(c, c[2](r))))},${numberCells(CELL_PLACES.map((c) => c.get(r)))}\n`;
  }
}

/**
 * cells.csv as chunks: one row per number of each report. Table, row and column names are template
 * keys; in the companion file (cells-zh.csv) their printed labels, and its flags 是. `page` and `line` say
 * where the number was read (the report's `places`: blank where it was inferred or not read, and
 * `page` blank outside PDFs and scans), `sheet` and `cell` a workbook's sheet (report text, escaped
 * like any) and cell reference (blank elsewhere).
 */
export function* cellsCsv(reports: Report[], headers: Headers = 'keys'): Generator<string> {
  yield BOM + csvLine([...CELLS_HEADER[headers]]) + '\n';
  const zh = headers === 'zh';
  const flag = zh ? ZH_TRUE : 'true';
  // Labels are the template's own (no comma, quote or formula start), quoted all the same through csvLine.
  const where = new Map(CELL_PLACES.map((c) => [c, zh ? csvLine(c.zhParts) : `${c.table},${c.row},${c.column}`]));
  // Most numbers were read from no workbook: their two blank cells are written once, not through PapaParse for each.
  const noSheet = csvLine(['', '']);
  for (const r of reports) {
    const who = csvLine([r.id, r.agency, r.year]);
    const inferred = new Set(r.inferred);
    const uncertain = new Set(r.uncertain);
    const places = r.places ?? {};
    let chunk = '';
    for (const c of placesFor(r)) {
      const value = c.get(r);
      const at = places[c.path];
      chunk += `${who},${where.get(c)},${value === null ? '' : value},${inferred.has(c.path) || inferred.has(c.rowPath) ? flag : ''},${uncertain.has(c.path) ? flag : ''},${at?.page ?? ''},${at?.line ?? ''},${at?.sheet || at?.cell ? csvLine([at.sheet ?? '', at.cell ?? '']) : noSheet}\n`;
    }
    yield chunk;
  }
}
