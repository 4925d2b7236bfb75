/**
 * Notes a parser leaves on a report: what it inferred, repaired or could not understand. Codes
 * come from a closed set so that tests and the site can group them (STYLE.md habit 4).
 */
import type { Note } from '../template/schema.ts';

export const NOTE_CODES = {
  'not-a-report': '不是政府信息公开工作年度报告',
  'title-missing': '未找到标题',
  'agency-missing': '未识别发布机关',
  'year-missing': '未识别报告年度',
  'template-unknown': '未识别报告格式',
  'table-missing': '表格缺失',
  'row-missing': '表格行缺失',
  'row-cells': '单元格数量不符',
  'column-missing': '整列缺失',
  'cell-inferred': '推算数值',
  'cell-ambiguous': '无法确定的数值',
  'unit-converted': '单位换算',
  'section-missing': '正文部分缺失',
  'pre2019': '2019年以前的报告',
} as const;

export type NoteCode = keyof typeof NOTE_CODES;

export class NoteList {
  readonly items: Note[] = [];
  add(level: Note['level'], code: NoteCode, message: string, line?: number): void {
    this.items.push(line === undefined ? { level, code, message } : { level, code, message, line });
  }
  has(level: Note['level']): boolean {
    return this.items.some((n) => n.level === level);
  }
}
