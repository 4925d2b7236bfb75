/**
 * Reads a JSON array one element at a time. reports.json of a national corpus is larger than the
 * longest string JavaScript can hold (about 512 MB), so it cannot be read and parsed whole: the
 * text is fed in chunks and the text of each complete element comes out, ready for JSON.parse.
 * Pure: the caller reads the file (load.ts).
 */
export class JsonArraySplitter {
  /** 0 before the opening bracket, 1 inside the array, more inside an element. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  private done = false;
  /** The current element's text so far, when it began in an earlier chunk. */
  private carry = '';
  private inElement = false;

  /** Feeds the next chunk; returns the texts of the elements completed in it. */
  push(chunk: string): string[] {
    const out: string[] = [];
    let start = this.inElement ? 0 : -1;
    let i = 0;
    while (i < chunk.length) {
      if (this.inString) {
        // Jump to the next quote or backslash: most of the text is inside strings.
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        STRING_STOP.lastIndex = i;
        const m = STRING_STOP.exec(chunk);
        if (!m) break;
        i = m.index + 1;
        if (m[0] === '\\') this.escaped = true;
        else this.inString = false;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (this.done || this.depth === 0) {
        if (isSpace(c)) {
          i++;
          continue;
        }
        if (this.done) throw new Error(`unexpected "${chunk[i]}" after the end of the array`);
        if (c !== 0x5b) throw new Error(`expected a JSON array, found "${chunk[i]}"`);
        this.depth = 1;
        i++;
        continue;
      }
      if (this.depth === 1 && (c === 0x2c || c === 0x5d)) {
        // , or ] at the top level ends the current element
        if (this.inElement) {
          out.push((this.carry + chunk.slice(start, i)).trim());
          this.carry = '';
          this.inElement = false;
          start = -1;
        } else if (c === 0x2c) throw new Error('empty element in the array');
        if (c === 0x5d) this.done = true;
        i++;
        continue;
      }
      if (!this.inElement) {
        if (isSpace(c)) {
          i++;
          continue;
        }
        this.inElement = true;
        start = i;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++; // { [
      else if (c === 0x7d || c === 0x5d) this.depth--; // } ]
      if (this.depth > 1 && !this.inString) {
        // Inside an element: jump to the next character that matters.
        STRUCTURE.lastIndex = i + 1;
        const m = STRUCTURE.exec(chunk);
        i = m ? m.index : chunk.length;
      } else i++;
    }
    if (this.inElement) this.carry += chunk.slice(start);
    return out;
  }

  /** Throws when the text ended before the array did. */
  end(): void {
    if (!this.done) throw new Error('the JSON array is not complete (truncated file?)');
  }
}

const STRING_STOP = /["\\]/g;
const STRUCTURE = /["{}[\]]/g;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;
}
