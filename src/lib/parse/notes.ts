/**
 * Notes a parser leaves on a report: what it inferred, repaired or could not understand. Codes
 * come from the closed set of src/lib/template/notes.ts.
 */
import type { Place } from '../read/types.ts';
import type { NoteCode } from '../template/notes.ts';
import type { Note } from '../template/schema.ts';

export class NoteList {
  readonly items: Note[] = [];
  /** @param place where in the source the note is about (a note carries `line`, `page` for PDF and OFD, `sheet` and `cell` for spreadsheets) */
  add(level: Note['level'], code: NoteCode, message: string, place?: Place): void {
    const note: Note = { level, code, message };
    if (place) {
      note.line = place.line;
      if (place.page !== undefined) note.page = place.page;
      if (place.sheet !== undefined) note.sheet = place.sheet;
      if (place.cell !== undefined) note.cell = place.cell;
    }
    this.items.push(note);
  }
}
