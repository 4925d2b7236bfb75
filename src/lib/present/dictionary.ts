/**
 * The data dictionary (数据字典) of the downloads: every column of reports.csv and cells.csv in
 * Chinese. Number columns are described from the template (rows, columns, blocks, units), so a
 * row added there is described here at once; the column list itself is the header ingest wrote,
 * when there is one, so that the dictionary matches the file people download.
 */
import { disclosureCells } from '../template/active-disclosure.ts';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, ROW_GROUP_LABELS } from '../template/applications.ts';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../template/review.ts';
import { cellName } from '../template/cell-names.ts';
import type { Edition } from '../template/editions.ts';
import { PRE2019_TOTALS } from '../template/pre2019.ts';
import { AgencyKind, Division, Level, ReportEdition, Scope, Status } from '../template/schema.ts';
import { BOM, CELLS_HEADER, csvLine, reportsHeader } from '../output/csv.ts';
import { AGENCY_KIND_LABELS, LEVEL_LABELS, PLACE_HOW_LABELS, SCOPE_LABELS, STATUS_LABELS, TEMPLATE_LABELS } from './labels.ts';

export interface DictionaryEntry {
  column: string;
  /** The column's header in the companion file with Chinese headers (reports-zh.csv, cells-zh.csv); '' when it has none. */
  zh?: string;
  /** Which part of the report, e.g. 表三. */
  part: string;
  description: string;
  unit: string;
}

const enumText = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => `${v}＝${labels[v]}`).join('；');

const IDENTITY: readonly DictionaryEntry[] = [
  { column: 'id', part: '标识', description: '报告编号：年度加机关名称拼音，稳定、唯一，也是本站报告页的网址', unit: '' },
  { column: 'title', part: '标识', description: '报告自身的标题', unit: '' },
  { column: 'agency', part: '标识', description: '发布机关，即标题中的机关名称', unit: '' },
  { column: 'agencyKey', part: '标识', description: '机关标识：已归入地区的为区划代码加规范名称（如“320813 洪泽区”），否则为规范化的名称；同一机关不同年度、不同写法的报告标识相同', unit: '' },
  { column: 'year', part: '标识', description: '报告所属年度', unit: '年' },
  { column: 'level', part: '标识', description: `机关的行政层级（已归入地区的按行政区划；部门按其所属政府的层级）：${enumText(Level.options, LEVEL_LABELS)}`, unit: '' },
  { column: 'agencyKind', part: '机关', description: `机关类别：${enumText(AgencyKind.options, AGENCY_KIND_LABELS)}`, unit: '' },
  { column: 'scope', part: '机关', description: `报告数字的范围：${enumText(Scope.options, SCOPE_LABELS)}；汇总报告不应与其下级机关的报告相加`, unit: '' },
  { column: 'division.code', part: '地区', description: '所属行政区划代码（2位省、4位市、6位县、9位乡镇街道）；为空表示未能确定所属地区，报告的读取说明列出候选', unit: '' },
  { column: 'division.province', part: '地区', description: '所属省级行政区的正式名称', unit: '' },
  { column: 'division.city', part: '地区', description: '所属地级行政区的正式名称（直辖市、省直辖县级行政区为空）', unit: '' },
  { column: 'division.county', part: '地区', description: '所属县级行政区的正式名称', unit: '' },
  { column: 'division.township', part: '地区', description: '所属乡级行政区（乡、镇、街道）的正式名称', unit: '' },
  { column: 'division.how', part: '地区', description: `归入地区的依据：${enumText(Division.shape.how.options, PLACE_HOW_LABELS)}`, unit: '' },
  { column: 'template', part: '标识', description: `表格格式：${enumText(ReportEdition.options, TEMPLATE_LABELS)}`, unit: '' },
  { column: 'status', part: '标识', description: `读取状态：${enumText(Status.options, STATUS_LABELS)}`, unit: '' },
  { column: 'source.path', part: '来源', description: '原文文件在报告文件夹中的路径', unit: '' },
  { column: 'source.format', part: '来源', description: '原文格式：text、markdown、html、docx、doc（Word 97–2003 或 WPS 文档）、xls（Excel 或 WPS 表格）、pdf、ofd（OFD 版式文件）或 image（扫描图像：PNG、JPEG、TIFF）', unit: '' },
  { column: 'source.encoding', part: '来源', description: '原文的文字编码', unit: '' },
  { column: 'source.sha256', part: '来源', description: '原文文件的 SHA-256 校验值', unit: '' },
  { column: 'source.bytes', part: '来源', description: '原文文件大小', unit: '字节' },
  { column: 'source.ocr', part: '来源', description: '原文是扫描件（只有图像的 PDF 或图片）、数字由文字识别（OCR）读出时为 true', unit: '' },
  { column: 'missingColumns', part: '读取', description: '表三表头中缺少的列', unit: '' },
  { column: 'inferred', part: '读取', description: '推算而非读出的数字所在位置（列名形式，多个以空格分隔）；只写到行的，表示该行少印一个数字、其位置按勾稽关系确定', unit: '' },
  { column: 'uncertain', part: '读取', description: '扫描件上识别不确定、也无法用勾稽关系核实而留空的数字所在位置（列名形式，多个以空格分隔）', unit: '' },
  { column: 'checks.failed', part: '核对', description: '未通过的勾稽关系核对数', unit: '项' },
];

function disclosureEntries(edition: Edition): DictionaryEntry[] {
  return disclosureCells(edition).map(({ item, field, path }) => ({
    column: path,
    part: `表二（${edition}年版）`,
    description: `${item.block}：${item.label}，${field.label}`,
    unit: field.money ? '万元' : '件',
  }));
}

function pre2019Entries(): DictionaryEntry[] {
  return PRE2019_TOTALS.map((t) => ({ column: `pre2019.${t.key}`, part: '2019年前格式', description: t.label, unit: t.unit }));
}

function applicationEntries(): DictionaryEntry[] {
  return APPLICATION_ROWS.flatMap((row) => {
    const group = ROW_GROUP_LABELS[row.group];
    const rowText = group && group !== row.label ? `${group} ${row.label}` : row.label;
    return APPLICATION_COLUMNS.map((c) => ({
      column: `applications.${row.key}.${c.key}`,
      part: '表三',
      description: `${rowText}，${c.kind === 'total' ? '总计' : `申请人为${c.label}`}`,
      unit: '件',
    }));
  });
}

function reviewEntries(): DictionaryEntry[] {
  return REVIEW_GROUPS.flatMap((g) =>
    REVIEW_COLUMNS.map((c) => {
      const column = `reviewLitigation.${g.key}.${c.key}`;
      const name = cellName(column)!;
      return { column, part: name.table, description: `${name.row}，${name.column}`, unit: '件' };
    }),
  );
}

/** Every column the template knows, in the order of the report. */
export function templateDictionary(): DictionaryEntry[] {
  return [
    ...IDENTITY,
    ...disclosureEntries('2021'),
    ...disclosureEntries('2019'),
    ...applicationEntries(),
    ...reviewEntries(),
    ...pre2019Entries(),
  ];
}

/** Each column key of reports.csv and cells.csv → its Chinese header in the companion files. */
const ZH_HEADERS = new Map<string, string>([
  ...reportsHeader('keys').map((key, i): [string, string] => [key, reportsHeader('zh')[i]!]),
  ...CELLS_HEADER.keys.map((key, i): [string, string] => [key, CELLS_HEADER.zh[i]!]),
]);

/**
 * The dictionary of reports.csv: its header's columns described, in its order. `extra` describes
 * the columns its writer adds after the report's identity (the checklist's: views/checklist.ts).
 */
export function reportsCsvDictionary(header: readonly string[], extra: readonly DictionaryEntry[] = []): DictionaryEntry[] {
  const template = templateDictionary().map((e) => ({ ...e, zh: ZH_HEADERS.get(e.column) ?? '' }));
  const known = [...template.slice(0, IDENTITY.length), ...extra, ...template.slice(IDENTITY.length)];
  if (header.length === 0) return known.filter((e) => !e.column.startsWith('activeDisclosure2019.') && !e.column.startsWith('pre2019.'));
  const byColumn = new Map(known.map((e) => [e.column, e]));
  return header.map((column) => byColumn.get(column) ?? { column, part: '其他', description: '（模板中没有这一列的说明）', unit: '' });
}

/** cells.csv, the long form: one row per number. */
const CELLS_CSV: readonly DictionaryEntry[] = [
  { column: 'id', part: '', description: '报告编号，同 reports.csv 的 id', unit: '' },
  { column: 'agency', part: '', description: '发布机关', unit: '' },
  { column: 'year', part: '', description: '报告所属年度', unit: '年' },
  { column: 'table', part: '', description: '所在表格：二＝主动公开情况（2021年版格式），二(2019)＝主动公开情况（2019年版格式），三＝收到和处理申请情况，四＝行政复议、行政诉讼情况，pre2019＝2019年以前格式报告写明的总数', unit: '' },
  { column: 'row', part: '', description: '行的键名，与 reports.csv 列名中间一段相同（如 newReceived；表四为 reconsideration 等三组）', unit: '' },
  { column: 'column', part: '', description: '列的键名，与 reports.csv 列名最后一段相同（如 naturalPerson、total）', unit: '' },
  { column: 'value', part: '', description: '数字；空白表示原表空白、为横线或斜线，或未能读出', unit: '件或万元' },
  { column: 'inferred', part: '', description: '该数字是推算值而非读出时注明', unit: '' },
  { column: 'uncertain', part: '', description: '扫描件上该数字识别不确定、已留空时注明', unit: '' },
  { column: 'page', part: '', description: '该数字在原文（PDF或扫描件）的第几页；其他格式为空白', unit: '页' },
  { column: 'line', part: '', description: '该数字在原文的位置：文本为文件的第几行，网页为源代码的第几行，Word为第几段（表格每行算一段），PDF和扫描件为该页的第几行，电子表格为该工作表的第几行；推算值或未读出的数字为空白', unit: '行' },
  { column: 'sheet', part: '', description: '该数字所在的工作表名称（电子表格）；其他格式为空白', unit: '' },
  { column: 'cell', part: '', description: '该数字所在的单元格（电子表格，如 J44）；其他格式为空白', unit: '' },
];

export function cellsCsvDictionary(header: readonly string[]): DictionaryEntry[] {
  const entries = CELLS_CSV.map((e) => ({ ...e, zh: ZH_HEADERS.get(e.column) ?? '' }));
  if (header.length === 0) return entries;
  const byColumn = new Map(entries.map((e) => [e.column, e]));
  return header.map((column) => byColumn.get(column) ?? { column, part: '', description: '（没有这一列的说明）', unit: '' });
}

/** The dictionary as CSV (UTF-8 with BOM, for Excel). */
export function dictionaryCsv(entries: readonly DictionaryEntry[]): string {
  const lines = [csvLine(['列名', '中文列名', '所属部分', '说明', '单位']), ...entries.map((e) => csvLine([e.column, e.zh ?? '', e.part, e.description, e.unit]))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
