/**
 * The downloads page (数据下载): the files ingest wrote, with their sizes, and the data dictionary
 * of both CSV files.
 */
import { cellsCsvDictionary, reportsCsvDictionary, type DictionaryEntry } from '../present/dictionary.ts';
import type { DataFolder } from '../site/load-fs.ts';
import { CHECKLIST_DICTIONARY } from './checklist.ts';

export interface DownloadFile {
  file: string;
  title: string;
  description: string;
  bytes: number | null;
}

export interface DownloadsView {
  files: DownloadFile[];
  reportsCsv: DictionaryEntry[];
  cellsCsv: DictionaryEntry[];
}

const FILES: readonly Omit<DownloadFile, 'bytes'>[] = [
  { file: 'reports-zh.csv', title: '报告汇总表（中文列名）', description: '每份报告一行，每个数字一列，列名为中文（如“表三·予以公开·总计”），层级、机关类别、统计范围等取值也为中文（如“乡镇级”“本机关”）；另有对照要求清单的每一项（满足、未满足、未知）和满足项数。UTF-8 编码带 BOM，可直接用 Excel 打开。' },
  { file: 'reports.csv', title: '报告汇总表（英文列名）', description: '与上表相同的行和列，列名为固定的英文键名（如 applications.granted.total），供程序使用。' },
  { file: 'cells-zh.csv', title: '单元格明细表（中文列名）', description: '每个数字一行（长表），表、行、列用报表上印的名称，便于用统计软件筛选、汇总。UTF-8 编码带 BOM。' },
  { file: 'cells.csv', title: '单元格明细表（英文列名）', description: '与上表相同，列名为英文键名。' },
  { file: 'reports.json', title: '完整数据（JSON）', description: '每份报告一个对象，含全部数字、正文第一、五、六部分、核对结果和读取说明。' },
  { file: 'ingest-log.json', title: '读取日志（JSON）', description: '每个输入文件一条：读取状态和提示。' },
];

/** reports.csv's dictionary, the checklist's columns with the rest. */
export const reportsDictionary = (header: readonly string[]): DictionaryEntry[] => reportsCsvDictionary(header, CHECKLIST_DICTIONARY);

export function downloadsView(data: Pick<DataFolder, 'fileSize' | 'csvHeader'>): DownloadsView {
  return {
    files: FILES.map((f) => ({ ...f, bytes: data.fileSize(f.file) })).filter((f) => f.bytes !== null),
    reportsCsv: reportsDictionary(data.csvHeader('reports.csv')),
    cellsCsv: cellsCsvDictionary(data.csvHeader('cells.csv')),
  };
}
