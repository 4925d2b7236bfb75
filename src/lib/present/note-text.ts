/**
 * A note of the parser as the site shows it (读取说明, 数据核查): its code's title and hint
 * (template/notes.ts) and its place in the source, in the words of the source's format.
 */
import { NOTE_CODES, type NoteCode } from '../template/notes.ts';
import type { Note, SourceFormat } from '../template/schema.ts';

export function noteTitle(code: NoteCode): string {
  return NOTE_CODES[code].title;
}

export function noteHint(code: NoteCode): string {
  return NOTE_CODES[code].hint;
}

/**
 * Where the note points in the source, as a person looks for it (read/types.ts `Place`): 原文第3页第12行
 * in a PDF or OFD, the 12th paragraph or table row of a Word document, the cell C12 of a
 * spreadsheet's sheet, else the file's 12th line; null when the note has no place.
 */
export function notePlace(note: Pick<Note, 'line' | 'page' | 'sheet' | 'cell'>, format: SourceFormat): string | null {
  if (note.line === undefined) return null;
  if (note.page !== undefined) return `原文第${note.page}页第${note.line}行`;
  if (note.sheet !== undefined) return `原文工作表“${note.sheet}”${note.cell ? `${note.cell}单元格` : `第${note.line}行`}`;
  if (format === 'docx' || format === 'doc' || format === 'rtf') return `原文第${note.line}个段落或表格行`;
  return `原文第${note.line}行`;
}
