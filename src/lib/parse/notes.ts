/**
 * Notes a parser leaves on a report: what it inferred, repaired or could not understand. Codes
 * come from the closed set of src/lib/template/notes.ts.
 */
import type { NoteCode } from '../template/notes.ts';
import type { Note } from '../template/schema.ts';

export class NoteList {
  readonly items: Note[] = [];
  add(level: Note['level'], code: NoteCode, message: string, line?: number): void {
    this.items.push(line === undefined ? { level, code, message } : { level, code, message, line });
  }
  has(level: Note['level']): boolean {
    return this.items.some((n) => n.level === level);
  }
}
