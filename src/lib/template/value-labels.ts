/**
 * Chinese labels for the enumerations of the data contract (schema.ts) that the template does not
 * label itself: levels, statuses, editions, kinds and scopes of agencies, how a place was found,
 * source formats. Row, column and identity labels come from the template's own modules. The pages
 * (present/labels.ts) and the Chinese CSV files (output/csv.ts) both say these.
 */
import type { AgencyKind, Level, Report, ReportEdition, Scope, SourceFormat } from './schema.ts';

export const LEVEL_LABELS: Record<Level, string> = {
  national: '国家级',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
  unknown: '层级不详',
};

/** Levels from the top down, for filters and legends. */
export { LEVEL_ORDER } from './levels.ts';

export const STATUS_LABELS: Record<'ok' | 'partial' | 'failed' | 'skipped', string> = {
  ok: '完整读取',
  partial: '部分读取',
  failed: '读取失败',
  skipped: '已跳过',
};

export const TEMPLATE_LABELS: Record<ReportEdition, string> = {
  '2021': '2021年版格式（国办公开办函〔2021〕30号）',
  '2019': '2019年版格式（国办公开办函〔2019〕60号）',
  pre2019: '2019年以前的格式（2007年条例）',
  unknown: '格式不详',
};

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  government: '人民政府（街道办事处）',
  office: '政府办公室（办公厅）',
  department: '政府部门',
  institution: '事业单位',
  other: '其他机关',
};

export const SCOPE_LABELS: Record<Scope, string> = {
  own: '本机关',
  summary: '全辖区汇总（含下级机关）',
  unknown: '未说明',
};

/** The evidence that placed an agency in its division (Report.division.how). */
export const PLACE_HOW_LABELS: Record<NonNullable<Report['division']>['how'], string> = {
  manifest: 'agencies.csv 指定',
  path: '文件夹名称',
  title: '报告标题',
  text: '报告正文',
  name: '名称在全国唯一',
};

/**
 * What the 下载原文 link gives, by the source's format: text formats are published as `.txt`
 * (template/source-file.ts), and the link says so, so that nobody expects a web page.
 */
export const SOURCE_FORMAT_LABELS: Record<SourceFormat, string> = {
  text: '纯文本 .txt',
  markdown: 'Markdown，纯文本 .md.txt',
  html: '网页源代码，纯文本 .html.txt',
  docx: 'Word 文档 .docx',
  doc: 'Word 97–2003 或 WPS 文档',
  rtf: 'RTF 文档 .rtf',
  xls: 'Excel 或 WPS 表格',
  pdf: 'PDF 文件',
  ofd: 'OFD 版式文件',
  image: '扫描图像',
};
