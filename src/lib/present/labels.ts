/**
 * Chinese labels for the enumerations of the data contract (schema.ts) that the template does not
 * label itself: levels, statuses, formats, note levels. Row, column and identity labels come from
 * src/lib/template and are never repeated here.
 */
import type { Level, SourceFormat, TemplateKind } from '../template/schema.ts';
import { ROW_GROUP_LABELS, type RowGroup } from '../template/applications.ts';

export const LEVEL_LABELS: Record<Level, string> = {
  national: '国家级',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
  unknown: '层级不详',
};

/** Levels from the top down, for filters and legends. */
export const LEVEL_ORDER: readonly Level[] = ['national', 'province', 'city', 'county', 'township', 'unknown'];

export const STATUS_LABELS: Record<'ok' | 'partial' | 'failed' | 'skipped', string> = {
  ok: '完整读取',
  partial: '部分读取',
  failed: '读取失败',
  skipped: '已跳过',
};

export const TEMPLATE_LABELS: Record<TemplateKind, string> = {
  '2021': '2021年版格式（国办公开办函〔2021〕30号）',
  '2019': '2019年版格式（国办公开办函〔2019〕60号）',
  pre2019: '2019年以前的格式（2007年条例）',
  unknown: '格式不详',
};

export const NOTE_LEVEL_LABELS = { info: '说明', warning: '提示', error: '错误' } as const;

/**
 * What the 下载原文 link gives, by the source's format: text formats are published as `.txt`
 * (template/source-file.ts), and the link says so, so that nobody expects a web page.
 */
export const SOURCE_FORMAT_LABELS: Record<SourceFormat, string> = {
  text: '纯文本 .txt',
  markdown: 'Markdown，纯文本 .md.txt',
  html: '网页源代码，纯文本 .html.txt',
  docx: 'Word 文档 .docx',
  pdf: 'PDF 文件',
};


/** `（三）不予公开` → `不予公开`: the group label without its printed numbering. */
export function groupShortLabel(group: RowGroup): string {
  return ROW_GROUP_LABELS[group].replace(/^（[一二三四五六七八九十]+）/, '');
}
