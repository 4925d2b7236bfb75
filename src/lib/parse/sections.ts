/**
 * Section headings and the text of sections 一, 五 and 六. A heading is a short line that starts
 * with its numeral (一、 or 一. or 一，) and names its section (template/sections.ts). Reports with
 * no headings still have tables; their text sections are then left empty with a note
 * (`section-missing`, parse/report.ts).
 */
import { NOT_HEADINGS, SECTIONS, type SectionKey } from '../template/sections.ts';
import type { RawLine } from '../read/types.ts';
import { labelKey, toHalfWidth } from './normalize.ts';

/**
 * The section whose heading this line is, or null. A Markdown or rich-text copy may mark it:
 * `## 一、总体情况`, `**一、总体情况**`.
 */
export function headingOf(line: RawLine): SectionKey | null {
  const text = toHalfWidth(line.cells.join('')).replace(/^[#*\s]+|\*+$/g, '').trim();
  if (text.length > 40 || !/^.[、.,，:：\s]/.test(text)) return null;
  const section = SECTIONS.find((s) => text.startsWith(s.numeral));
  if (!section) return null;
  const key = labelKey(text);
  if (NOT_HEADINGS.some((w) => key.includes(w))) return null;
  return section.keys.some((k) => key.includes(k)) ? section.key : null;
}

/**
 * The prose between a heading and the next heading (or `end`), with lines of one paragraph joined:
 * a PDF breaks lines mid-sentence, so a line break is kept only after a sentence ends or before
 * a numbered point.
 */
export function sectionText(lines: RawLine[], from: number, to: number): string {
  const paragraphs: string[] = [];
  // The paragraph being joined, as its pieces, and its last character: a string grown by `+` and
  // looked at after each line (its end tested) is copied whole each time, quadratic in a long
  // paragraph (20,000 wrapped lines took 20 s).
  let pieces: string[] = [];
  let last = '';
  const end = () => {
    if (pieces.length > 0) paragraphs.push(pieces.join(''));
    pieces = [];
  };
  for (let i = from; i < to; i++) {
    const text = lines[i]!.cells.filter((c) => c !== '').join(' ').trim();
    if (!text) {
      end();
      continue;
    }
    const startsPoint = /^[（(]?[一二三四五六七八九十\d]+[）)、.．]|^[一二三四五六七八九十]是/.test(text);
    // end() of no pieces does nothing: a first line needs no test.
    if (startsPoint || /[。！？；：:]/.test(last)) end();
    // A wrapped line joins without a space between Chinese characters, with one between Latin words or digits.
    else if (pieces.length > 0 && /[A-Za-z0-9]/.test(last) && /^[A-Za-z0-9]/.test(text)) pieces.push(' ');
    pieces.push(text);
    last = text.at(-1)!;
  }
  end();
  return paragraphs.join('\n');
}
